#pragma once
// Generates one key on a worker thread (RSA 4096 takes seconds): reports the prime search as progress and can be
// cancelled; the UI thread stays free.

#include "WorkerJob.h"
#include "keys/KeyGenerator.h"

#include <optional>

namespace jwk {

class KeyGenerationJob : public WorkerJob
{
    Q_OBJECT

public:
    explicit KeyGenerationJob(QObject* parent = nullptr);

    void start(GenerateOptions options);
    // The key, after succeeded().
    JsonWebKey takeKey();

Q_SIGNALS:
    void progress(int steps);
    void succeeded();
    void failed(const QString& message, bool cancelled);

private:
    std::optional<JsonWebKey> m_key;
};

} // namespace jwk
