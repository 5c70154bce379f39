#pragma once
// HydraAdminClient's rules that need no network: which failures are worth another attempt, which set names and kids
// no URL path can address, and whether a client key belongs to its certificate. Internal to core/remote.

#include "keys/SecureBytes.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

namespace jwk::hydrarules {

// Whether the private key (PEM) is the one whose public key the first certificate (PEM) holds.
bool clientKeyFitsCertificate(const QByteArray& certificatePem, const SecureBytes& keyPem);

// Errors where nothing (or nothing whole) came back: worth another attempt for the requests that may be retried.
bool isConnectionError(QNetworkReply::NetworkError error);

// Why a TLS handshake with `host` failed, for people, from the certificate errors Qt reported: a certificate for
// another name, one expired or not yet valid, or one from a CA this machine does not trust, each with what to do about
// it (several causes joined with "; "). Empty when none of these is among them.
QString tlsFailure(const QList<QSslError>& errors, const QString& host);

// Why this set name (and kid, when withKid) cannot be addressed in a URL path; empty when it can.
QString pathProblem(const QString& set, const QString& kid, bool withKid);
// Why this OAuth2 client id cannot be addressed in a URL path (empty, "." or ".."); empty when it can.
QString clientIdProblem(const QString& clientId);

} // namespace jwk::hydrarules
