#pragma once
// Generates one key on a worker thread (RSA 4096 takes seconds): reports the prime search as progress and can be
// cancelled; the UI thread stays free.

#include "keys/KeyGenerator.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <optional>

namespace jwk {

class KeyGenerationJob : public QObject
{
    Q_OBJECT

public:
    explicit KeyGenerationJob(QObject* parent = nullptr);
    ~KeyGenerationJob() override;

    void start(GenerateOptions options);
    void cancel();
    bool isRunning() const;
    // The key, after succeeded().
    JsonWebKey takeKey();

Q_SIGNALS:
    void progress(int steps);
    void succeeded();
    void failed(const QString& message, bool cancelled);

private:
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    bool m_busy = false; // from start() until succeeded() or failed() is delivered
    std::atomic_int m_steps{0};
    std::atomic_bool m_progressPending{false};
    std::optional<JsonWebKey> m_key;
};

} // namespace jwk
