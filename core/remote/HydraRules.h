#pragma once
// HydraAdminClient's rules that need no network: which failures are worth another attempt, which set names and kids
// no URL path can address, and whether a client key belongs to its certificate. Internal to core/remote.

#include "keys/SecureBytes.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

namespace jwk::hydrarules {

// Whether the private key (PEM) is the one whose public key the first certificate (PEM) holds.
bool clientKeyFitsCertificate(const QByteArray& certificatePem, const SecureBytes& keyPem);

// Errors where nothing (or nothing whole) came back: worth another attempt for the requests that may be retried.
bool isConnectionError(QNetworkReply::NetworkError error);

// Why this set name (and kid, when withKid) cannot be addressed in a URL path; empty when it can.
QString pathProblem(const QString& set, const QString& kid, bool withKid);

} // namespace jwk::hydrarules
