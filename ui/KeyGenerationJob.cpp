#include "KeyGenerationJob.h"

#include "keys/JwkError.h"

#include <QElapsedTimer>

#include <memory>

namespace jwk {

KeyGenerationJob::KeyGenerationJob(QObject* parent)
    : QObject(parent)
{
}

KeyGenerationJob::~KeyGenerationJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool KeyGenerationJob::isRunning() const
{
    return m_busy;
}

void KeyGenerationJob::cancel()
{
    m_cancel = true;
}

JsonWebKey KeyGenerationJob::takeKey()
{
    JsonWebKey key = m_key.value_or(JsonWebKey());
    m_key.reset();
    return key;
}

void KeyGenerationJob::start(GenerateOptions options)
{
    if (m_busy) {
        return;
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel = false;
    m_busy = true;
    m_steps = 0;
    m_key.reset();
    options.cancel = &m_cancel;
    // OpenSSL reports thousands of steps: tell the UI thread at most five times a second, so that repainting the
    // progress never competes with the person's clicks.
    auto lastReport = std::make_shared<QElapsedTimer>();
    lastReport->start();
    options.progress = [this, lastReport](int) {
        ++m_steps;
        if (lastReport->elapsed() < 200 || m_progressPending.exchange(true)) {
            return;
        }
        lastReport->restart();
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_progressPending = false;
                Q_EMIT progress(m_steps.load());
            },
            Qt::QueuedConnection);
    };
    m_thread = QThread::create([this, options] {
        try {
            JsonWebKey key = generateKey(options);
            QMetaObject::invokeMethod(
                this,
                [this, key] {
                    m_key = key;
                    m_busy = false;
                    Q_EMIT succeeded();
                },
                Qt::QueuedConnection);
        } catch (const JwkError& e) {
            const QString message = e.message();
            const bool cancelled = e.kind() == JwkError::Kind::Cancelled;
            QMetaObject::invokeMethod(
                this,
                [this, message, cancelled] {
                    m_busy = false;
                    Q_EMIT failed(message, cancelled);
                },
                Qt::QueuedConnection);
        } catch (const std::exception& e) {
            const QString message = QString::fromUtf8(e.what());
            QMetaObject::invokeMethod(
                this,
                [this, message] {
                    m_busy = false;
                    Q_EMIT failed(message, false);
                },
                Qt::QueuedConnection);
        }
    });
    m_thread->setObjectName(QStringLiteral("jwkman-generate"));
    m_thread->start();
}

} // namespace jwk
