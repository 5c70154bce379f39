#pragma once
// A remote Ory Hydra admin endpoint as the person set it up: where it is, how to authenticate, which CA
// certificates to trust in addition to the system's, an optional client certificate for mutual TLS, and the
// key sets to track (Hydra has no endpoint that lists sets).

#include "keys/SecureBytes.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace jwk {

struct RemoteProfile
{
    QString name;
    QUrl adminUrl;                                 // base URL without /admin, e.g. https://hydra.example.com:4445
    QUrl publicUrl;                                // optional, for /.well-known/jwks.json
    SecureBytes bearerToken;                       // empty: none (Ory Network uses a bearer API key)
    QList<QPair<QByteArray, SecureBytes>> headers; // custom headers, values secret (proxies' credentials)
    QByteArray caCertificatesPem;                  // extra trusted CAs
    QByteArray clientCertificatePem;               // mutual TLS
    SecureBytes clientKeyPem;
    QStringList trackedSets = defaultTrackedSets();
    int timeoutMs = 10000;

    static QStringList defaultTrackedSets()
    {
        return {QStringLiteral("hydra.openid.id-token"), QStringLiteral("hydra.jwt.access-token")};
    }
};

} // namespace jwk
