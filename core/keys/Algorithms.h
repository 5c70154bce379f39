#pragma once
// The JOSE algorithms (RFC 7518, RFC 8037) JWK Manager can make keys for, in one table: what key each needs,
// its default size or curve, its `use`, and a line on what it is for. The CLI, the generate dialog and the
// lint all read it.

#include "keys/JsonWebKey.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace jwk {

struct AlgorithmInfo
{
    QString name;        // "RS256"
    KeyType keyType;     // RSA, EC, OKP or Oct
    int defaultBits;     // RSA modulus or oct key size; 0 for curves
    int minBits;         // smallest size accepted for RSA and oct
    QStringList curves;  // curves the algorithm takes (EC/OKP), the default first
    QString use;         // "sig" or "enc"
    QString description; // one line for people
    bool hydraGenerates; // Ory Hydra's POST /admin/keys/{set} accepts it
};

const QList<AlgorithmInfo>& algorithms();
// nullptr when unknown. Names are case-sensitive, as in JOSE.
const AlgorithmInfo* findAlgorithm(const QString& name);
QStringList algorithmNames();

// Whether `alg` fits the key (kty, curve, size). Returns an empty string when it does, otherwise the reason.
QString algorithmMismatch(const QString& alg, const JsonWebKey& key);

} // namespace jwk
