#pragma once
// What every GUI test needs: a temporary store opened with a known secret, settings in a file of the test's own,
// message boxes answered by the test, and a few keys made quickly.

#include "Appearance.h"
#include "MessageBox.h"
#include "Settings.h"
#include "keys/KeyGenerator.h"
#include "store/KeyStore.h"
#include "store/SystemSecret.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <memory>

namespace jwk::test {

inline void prepareEnvironment()
{
    // Never the person's secret service or settings; never a secret from the environment.
    qputenv("JWKMAN_SECRET_BACKEND", "file");
    qunsetenv("SECRETS_SYSTEM");
    qunsetenv("JWKMAN_STORE");
    QApplication::setApplicationName(QStringLiteral("jwkman-gui-tests"));
    QApplication::setOrganizationName(QStringLiteral("jwkman-gui-tests"));
    MessageBox::setTestMode(true);
    installTranslations(QStringLiteral("en"));
}

inline QByteArray testSecretText()
{
    return QByteArrayLiteral("gui-test-secret-0123456789abcdef");
}

inline SystemSecret testSecret()
{
    return SystemSecret::fromList({SecureBytes::fromByteArray(testSecretText())});
}

inline std::unique_ptr<KeyStore> openStore(const QString& path)
{
    return KeyStore::open(path, testSecret());
}

inline JsonWebKey makeKey(const QString& alg, const QString& kid = QString())
{
    GenerateOptions o;
    o.alg = alg;
    o.kid = kid;
    if (alg.startsWith(QLatin1String("RS")) || alg.startsWith(QLatin1String("PS"))) {
        o.bits = 2048;
    }
    return generateKey(o);
}

// Drops `urls` on `target` at `pos` as a file manager does (enter, move, drop); true when both were accepted.
inline bool dropFiles(QWidget* target, const QPoint& pos, const QList<QUrl>& urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return enter.isAccepted() && drop.isAccepted();
}

inline QString vector(const QString& name)
{
    return QStringLiteral(JWKMAN_TEST_DATA_DIR "/pem/valid/") + name;
}

} // namespace jwk::test
