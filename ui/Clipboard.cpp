#include "Clipboard.h"

#include "keys/SecureBytes.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace jwk {

Clipboard* Clipboard::instance()
{
    static Clipboard* clipboard = [] {
        auto* c = new Clipboard(qApp);
        // On quit, while the application (and its clipboard connection) is still there.
        QObject::connect(qApp, &QCoreApplication::aboutToQuit, c, &Clipboard::clearCopiedSecret);
        return c;
    }();
    return clipboard;
}

Clipboard::Clipboard(QObject* parent)
    : QObject(parent)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &Clipboard::tick);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, [this] {
        // Something else was copied: the countdown no longer protects anything.
        if (!m_secretText.isEmpty() && !clipboardStillHolds()) {
            wipe(m_secretText);
            stopCountdown();
        }
    });
}

void Clipboard::setText(const QString& text, bool secret, int timeoutSeconds)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    auto* mime = new QMimeData;
    mime->setText(text);
    if (secret) {
        mime->setData(QString::fromLatin1(kPasswordManagerHint), QByteArrayLiteral("secret"));
    }
    wipe(m_secretText);
    stopCountdown();
    if (secret) {
        m_secretText = text;
    }
    clipboard->setMimeData(mime, QClipboard::Clipboard);
    if (clipboard->supportsSelection()) {
        auto* selection = new QMimeData;
        selection->setText(text);
        if (secret) {
            selection->setData(QString::fromLatin1(kPasswordManagerHint), QByteArrayLiteral("secret"));
        }
        clipboard->setMimeData(selection, QClipboard::Selection);
    }
    if (secret && timeoutSeconds > 0) {
        m_secondsLeft = timeoutSeconds;
        m_tick.start();
        Q_EMIT secretCountdown(m_secondsLeft);
    }
}

bool Clipboard::clipboardStillHolds() const
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
    return mime && mime->text() == m_secretText;
}

bool Clipboard::holdsSecret() const
{
    return !m_secretText.isEmpty() && clipboardStillHolds();
}

void Clipboard::tick()
{
    if (--m_secondsLeft > 0) {
        Q_EMIT secretCountdown(m_secondsLeft);
        return;
    }
    clearCopiedSecret();
}

void Clipboard::stopCountdown()
{
    const bool wasCounting = m_tick.isActive();
    m_tick.stop();
    m_secondsLeft = 0;
    if (wasCounting) {
        Q_EMIT secretCountdown(0);
    }
}

void Clipboard::clearCopiedSecret()
{
    if (m_secretText.isEmpty()) {
        stopCountdown();
        return;
    }
    QClipboard* clipboard = QGuiApplication::clipboard();
    const bool ours = clipboardStillHolds();
    if (ours) {
        clipboard->clear(QClipboard::Clipboard);
    }
    if (clipboard->supportsSelection()) {
        const QMimeData* selection = clipboard->mimeData(QClipboard::Selection);
        if (selection && selection->text() == m_secretText) {
            clipboard->clear(QClipboard::Selection);
        }
    }
    wipe(m_secretText);
    stopCountdown();
    if (ours) {
        Q_EMIT secretCleared();
    }
}

} // namespace jwk
