#pragma once
// The clipboard as a password manager uses it (the shape of KeePassXC's Clipboard): public material is copied
// plainly; private material carries the hint that tells clipboard managers not to record it
// (x-kde-passwordManagerHint: secret), and is cleared after a timeout and on quit, but only while the clipboard
// still holds what was copied, so that something the person copied since is never thrown away.

#include <QObject>
#include <QTimer>

class QMimeData;

namespace jwk {

class Clipboard : public QObject
{
    Q_OBJECT

public:
    static Clipboard* instance();
    static constexpr const char* kPasswordManagerHint = "x-kde-passwordManagerHint";

    // Copies `text`. With secret, marks it for clipboard managers and clears it after timeoutSeconds (0: never).
    void setText(const QString& text, bool secret, int timeoutSeconds = 0);
    // Clears the clipboard when it still holds the secret copied last.
    void clearCopiedSecret();
    bool holdsSecret() const;
    int secondsLeft() const { return m_secondsLeft; }

Q_SIGNALS:
    // Counts down once a second while a secret is on the clipboard; 0 when it was cleared or replaced.
    void secretCountdown(int secondsLeft);
    void secretCleared();

private:
    explicit Clipboard(QObject* parent = nullptr);
    void tick();
    void stopCountdown();
    bool clipboardStillHolds() const;

    QTimer m_tick;
    int m_secondsLeft = 0;
    QString m_secretText;
};

} // namespace jwk
