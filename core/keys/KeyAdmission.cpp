#include "keys/KeyAdmission.h"

#include "keys/JwkError.h"
#include "keys/KeyChecks.h"
#include "keys/OpenSslKey.h"
#include "keys/ParallelFor.h"
#include "text/TextEscape.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::KeyAdmission)
};
} // namespace

namespace jwk {

QString kidProblem(const QString& kid)
{
    if (kid.size() > 255) {
        return Tr::tr("the kid has %1 characters; at most 255 are stored (as in Hydra)").arg(kid.size());
    }
    for (const QChar c : kid) {
        const char16_t u = c.unicode();
        // C0, DEL and C1 controls, line separators and bidirectional overrides: they would reach terminals as escape
        // sequences or make a kid read as another.
        if (isUnsafeForDisplay(u)) {
            return Tr::tr("the kid contains a control character (U+%1)")
                .arg(QString::number(u, 16).toUpper().rightJustified(4, QLatin1Char('0')));
        }
    }
    return {};
}

QString keyAdmissionProblem(const JsonWebKey& key)
{
    if (QString problem = kidProblem(key.kid()); !problem.isEmpty()) {
        return problem;
    }
    if (key.type() == KeyType::Oct || key.materialAdmitted()) {
        return {};
    }
    try {
        if (key.type() == KeyType::EC) {
            checkEcJwk(key); // the point on its curve, the scalar and the point a pair: no EVP_PKEY needed
            return {};
        }
        if (key.type() == KeyType::RSA && (!key.isPrivate() || key.privateMember(QStringLiteral("p")))) {
            checkRsaJwk(key); // the numbers toEvpPkey would check, without building the key from them
            return {};
        }
        toEvpPkey(key); // RSA with d alone (its factors recovered and checked there), OKP points usable
    } catch (const JwkError& e) {
        return e.message();
    }
    return {};
}

QString keyAdmissionProblem(const JsonWebKey& key, const EVP_PKEY* decoded)
{
    if (QString problem = kidProblem(key.kid()); !problem.isEmpty()) {
        return problem;
    }
    // A private RSA key with d alone (no CRT members) is completed by toEvpPkey, which then checks it.
    const bool incompleteRsa = key.type() == KeyType::RSA && key.isPrivate() && !key.privateMember(QStringLiteral("p"));
    if (!decoded || incompleteRsa || key.materialAdmitted()) {
        return keyAdmissionProblem(key);
    }
    try {
        checkDecodedKey(decoded, key);
    } catch (const JwkError& e) {
        return e.message();
    }
    return {};
}

QString admitKey(JsonWebKey& key)
{
    QString problem = keyAdmissionProblem(key);
    key.m_materialAdmitted = problem.isEmpty();
    return problem;
}

QString admitKey(JsonWebKey& key, const EVP_PKEY* decoded)
{
    QString problem = keyAdmissionProblem(key, decoded);
    key.m_materialAdmitted = problem.isEmpty();
    return problem;
}

std::vector<QString> admitKeys(QList<JsonWebKey>& keys)
{
    std::vector<QString> problems(static_cast<std::size_t>(keys.size()));
    JsonWebKey* const data = keys.data(); // detaches here, on this thread, before any other touches the list
    // At least 256 keys a thread: a P-256 key's checks take about 20 µs, a thread's start about as much as one key.
    parallelFor(problems.size(), 256, [&](std::size_t i) { problems[i] = admitKey(data[i]); });
    return problems;
}

} // namespace jwk
