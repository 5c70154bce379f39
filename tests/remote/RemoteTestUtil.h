#pragma once
// Helpers shared by the remote tests: the environment (JWKMAN_SECRET_BACKEND=file), keys as Hydra stores them
// (JSON objects), a test CA with a CA-signed server certificate for https, and waiting on signals while the
// in-process fake Hydra server keeps serving.

#include "keys/Certificate.h"
#include "keys/JsonWebKey.h"
#include "keys/KeyGenerator.h"
#include "keys/OpenSslKey.h"

#include <QByteArray>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTimer>
#include <QtTest>

#include <openssl/pem.h>

#include <functional>

namespace remotetest {

constexpr qint64 kMiB = 1024 * 1024;
// The bound on peak memory while an endless answer arrives. Under AddressSanitizer (the CI's sanitizer stage) freed
// memory is held back in ASan's quarantine (256 MiB by default) and every allocation carries shadow memory, so the
// same process peaks higher (350 MiB measured); the unbounded client this guards against took 1-2 GiB.
#if defined(__SANITIZE_ADDRESS__)
#define JWKMAN_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define JWKMAN_UNDER_ASAN 1
#endif
#endif
#ifdef JWKMAN_UNDER_ASAN
constexpr qint64 kPeakBound = 200 * kMiB + 256 * kMiB;
#else
constexpr qint64 kPeakBound = 200 * kMiB;
#endif

inline void setUpEnvironment()
{
    qputenv("JWKMAN_SECRET_BACKEND", "file");
    qunsetenv("SECRETS_SYSTEM");
    qunsetenv("JWKMAN_STORE");
}

inline QJsonObject toObject(const jwk::JsonWebKey& key, bool includePrivate = true)
{
    const jwk::SecureBytes json = key.toJson(includePrivate, jwk::JsonFormat::Compact);
    return QJsonDocument::fromJson(json.view()).object();
}

inline jwk::JsonWebKey makeKey(const QString& alg, const QString& kid, int bits = 0)
{
    jwk::GenerateOptions options;
    options.alg = alg;
    options.kid = kid;
    options.bits = bits;
    return jwk::generateKey(options);
}

// A JWK as JSON (private members included) for the fake server's database.
inline QJsonObject makeJwk(const QString& alg, const QString& kid, int bits = 0)
{
    return toObject(makeKey(alg, kid, bits));
}

inline QStringList kidsOf(const QList<QJsonObject>& keys)
{
    QStringList kids;
    for (const auto& k : keys) {
        kids << k.value(QStringLiteral("kid")).toString();
    }
    return kids;
}

inline QStringList kidsOf(const QList<jwk::JsonWebKey>& keys)
{
    QStringList kids;
    for (const auto& k : keys) {
        kids << k.kid();
    }
    return kids;
}

// Runs the event loop until `done` holds or `timeoutMs` passes; returns whether it holds.
inline bool spinUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return true;
}

inline QByteArray privateKeyPem(EVP_PKEY* key)
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, static_cast<qsizetype>(size));
    BIO_free(bio);
    return pem;
}

// A test CA and a server certificate it signed for 127.0.0.1 and localhost (EC P-256, made with the core).
struct TlsMaterial
{
    QByteArray caPem;
    QSslCertificate serverCertificate;
    QSslKey serverKey;
    // A client certificate for mutual TLS, issued by the same CA (CN "jwkman test client").
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;

    // The server certificate names `serverNames` and is valid for `serverDays` days from now (negative: it expired
    // that many days ago).
    static TlsMaterial make(const QString& caName = QStringLiteral("JWK Manager Test CA"),
                            const QStringList& serverNames = {QStringLiteral("IP:127.0.0.1"),
                                                              QStringLiteral("DNS:localhost")},
                            int serverDays = 30)
    {
        TlsMaterial m;
        const jwk::EvpPkeyPtr caKey = jwk::toEvpPkey(makeKey(QStringLiteral("ES256"), QStringLiteral("ca")));
        const jwk::EvpPkeyPtr serverKey = jwk::toEvpPkey(makeKey(QStringLiteral("ES256"), QStringLiteral("server")));
        const jwk::Certificate ca =
            jwk::Certificate::makeCertificate(caKey.get(), caName, {}, 30, nullptr, caKey.get(), true);
        const jwk::Certificate server = jwk::Certificate::makeCertificate(
            serverKey.get(), serverNames.value(0).section(u':', 1), serverNames, serverDays, &ca, caKey.get(), false);
        m.caPem = ca.toPem();
        m.serverCertificate = QSslCertificate(server.toPem(), QSsl::Pem);
        m.serverKey = QSslKey(privateKeyPem(serverKey.get()), QSsl::Ec, QSsl::Pem);
        const jwk::EvpPkeyPtr clientKey = jwk::toEvpPkey(makeKey(QStringLiteral("ES256"), QStringLiteral("client")));
        m.clientCertificatePem =
            jwk::Certificate::makeCertificate(clientKey.get(), QStringLiteral("jwkman test client"), {}, 30, &ca,
                                              caKey.get(), false)
                .toPem();
        m.clientKeyPem = privateKeyPem(clientKey.get());
        return m;
    }
};

} // namespace remotetest
