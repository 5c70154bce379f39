#include "store/SecretService.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace jwk::secretservice {
namespace {

// Runs a QtKeychain job to its end, or for at most 5 s (a secret service that hangs is no reason for the app to).
void runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

QString serviceName()
{
    return QStringLiteral("jwkman");
}

bool available()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
           qEnvironmentVariable("JWKMAN_SECRET_BACKEND") != QStringLiteral("file");
}

std::optional<SecureBytes> read(const QString& key, QString* error)
{
    if (!available()) {
        *error = QStringLiteral("no session bus");
        return std::nullopt;
    }
    QKeychain::ReadPasswordJob job(serviceName());
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError) {
        *error = job.errorString();
        return std::nullopt;
    }
    QByteArray data = job.binaryData();
    SecureBytes secret = SecureBytes::fromByteArray(data);
    wipe(data);
    return secret;
}

bool write(const QString& key, const SecureBytes& secret)
{
    if (!available()) {
        return false;
    }
    QKeychain::WritePasswordJob job(serviceName());
    job.setKey(key);
    job.setBinaryData(QByteArray(secret.constChars(), static_cast<qsizetype>(secret.size())));
    runJob(job);
    return job.error() == QKeychain::NoError;
}

bool remove(const QString& key)
{
    if (!available()) {
        return true;
    }
    QKeychain::DeletePasswordJob job(serviceName());
    job.setKey(key);
    runJob(job);
    return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
}

} // namespace jwk::secretservice
