#include "KeyGenerationJob.h"

#include "keys/JwkError.h"

#include <QElapsedTimer>

#include <memory>

namespace jwk {

KeyGenerationJob::KeyGenerationJob(QObject* parent)
    : WorkerJob(parent)
{
}

JsonWebKey KeyGenerationJob::takeKey()
{
    JsonWebKey key = m_key.value_or(JsonWebKey());
    m_key.reset();
    return key;
}

void KeyGenerationJob::start(GenerateOptions options)
{
    if (isRunning()) {
        return;
    }
    m_key.reset();
    // What the worker shares with the reports it posts.
    struct Progress
    {
        std::atomic_int steps{0};
        std::atomic_bool pending{false};
        QElapsedTimer lastReport;
    };
    auto state = std::make_shared<Progress>();
    state->lastReport.start();
    struct Outcome
    {
        std::optional<JsonWebKey> key;
        QString message;
        bool cancelled = false;
    };
    auto outcome = std::make_shared<Outcome>();
    options.cancel = cancelFlag();
    // OpenSSL reports thousands of steps: tell the UI thread at most five times a second, so that repainting the
    // progress never competes with the person's clicks.
    options.progress = [this, state](int) {
        ++state->steps;
        if (state->lastReport.elapsed() < 200 || state->pending.exchange(true)) {
            return;
        }
        state->lastReport.restart();
        post([this, state] {
            state->pending = false;
            Q_EMIT progress(state->steps.load());
        });
    };
    WorkerJob::start(
        QStringLiteral("jwkman-generate"),
        [options, outcome] {
            try {
                outcome->key = generateKey(options);
            } catch (const JwkError& e) {
                outcome->message = e.message();
                outcome->cancelled = e.kind() == JwkError::Kind::Cancelled;
            } catch (const std::exception& e) {
                outcome->message = QString::fromUtf8(e.what());
            }
        },
        [this, outcome] {
            if (outcome->key) {
                m_key = std::move(outcome->key);
                Q_EMIT succeeded();
            } else {
                Q_EMIT failed(outcome->message, outcome->cancelled);
            }
        });
}

} // namespace jwk
