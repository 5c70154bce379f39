#include "KeyGenerationJob.h"

#include "JwkError.h"

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
    return m_thread && m_thread->isRunning();
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
    if (isRunning()) {
        return;
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel = false;
    m_steps = 0;
    m_key.reset();
    options.cancel = &m_cancel;
    options.progress = [this](int) {
        ++m_steps;
        // OpenSSL reports thousands of steps: post at most one update at a time so the event loop is not flooded.
        if (!m_progressPending.exchange(true)) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_progressPending = false;
                    Q_EMIT progress(m_steps.load());
                },
                Qt::QueuedConnection);
        }
    };
    m_thread = QThread::create([this, options] {
        try {
            JsonWebKey key = generateKey(options);
            QMetaObject::invokeMethod(
                this,
                [this, key] {
                    m_key = key;
                    Q_EMIT succeeded();
                },
                Qt::QueuedConnection);
        } catch (const JwkError& e) {
            const QString message = e.message();
            const bool cancelled = e.kind() == JwkError::Kind::Cancelled;
            QMetaObject::invokeMethod(
                this, [this, message, cancelled] { Q_EMIT failed(message, cancelled); }, Qt::QueuedConnection);
        } catch (const std::exception& e) {
            const QString message = QString::fromUtf8(e.what());
            QMetaObject::invokeMethod(
                this, [this, message] { Q_EMIT failed(message, false); }, Qt::QueuedConnection);
        }
    });
    m_thread->setObjectName(QStringLiteral("jwkman-generate"));
    m_thread->start();
}

} // namespace jwk
