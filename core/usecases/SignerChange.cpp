#include "usecases/SignerChange.h"

#include "keys/JsonWebKey.h"
#include "keys/KeyAdmission.h"
#include "store/KeyStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>

#include <set>

namespace {
// Messages for people: translated when the desktop app has installed a translator; the CLI installs none and
// prints the English source text.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::SignerChange)
};
} // namespace

namespace jwk {

SignerFacts SignerFacts::of(const KeyInfo& info)
{
    return {info.kid, info.kty, info.crv, info.sizeBits, info.alg, info.use};
}

SignerFacts SignerFacts::of(const JsonWebKey& key)
{
    return {key.kid(), key.kty(), key.curve(), key.sizeBits(), key.alg(), key.use()};
}

QString SignerFacts::describe() const
{
    if (!alg.isEmpty()) {
        return Tr::tr("%1 key %2").arg(alg, kid);
    }
    const QString type =
        crv.isEmpty() ? QStringLiteral("%1 %2").arg(kty).arg(sizeBits) : QStringLiteral("%1 %2").arg(kty, crv);
    return Tr::tr("%1 key %2 without alg").arg(type, kid);
}

QString SignerFacts::problem() const
{
    QStringList problems;
    if (alg.isEmpty()) {
        problems << Tr::tr("Hydra cannot sign with a key without alg");
    }
    if (use == QStringLiteral("enc")) {
        problems << Tr::tr("the key is marked for encryption (use enc), not for signing");
    }
    if (kty == QStringLiteral("oct")) {
        problems << Tr::tr("an oct key is a shared secret: every verifier would need it");
    }
    return problems.join(QStringLiteral("; "));
}

bool SignerChange::changes() const
{
    return before.has_value() != after.has_value() || (before && after && before->kid != after->kid);
}

QString SignerChange::text() const
{
    if (!changes()) {
        return QString();
    }
    QString text;
    if (before && after) {
        text = Tr::tr("In %1, %2 signed; now %3 signs.").arg(setName, before->describe(), after->describe());
    } else if (after) {
        text = Tr::tr("In %1, %2 signs now (no key signed before).").arg(setName, after->describe());
    } else {
        text = Tr::tr("In %1, %2 signed; now no key signs (no private key is left).").arg(setName, before->describe());
    }
    if (after) {
        if (const QString problem = after->problem(); !problem.isEmpty()) {
            text += QLatin1Char(' ') + problem.at(0).toUpper() + problem.mid(1) + QLatin1Char('.');
        }
    }
    return text;
}

namespace {

// The live keys of a set, newest first, read once (every row's seal is checked on the way); none for a missing set.
QList<KeyInfo> liveKeys(const KeyStore& store, const QString& setName)
{
    try {
        return store.keys(setName);
    } catch (const StoreError& e) {
        if (e.kind() == StoreError::Kind::NotFound) {
            return {};
        }
        throw;
    }
}

// The signer among them. A set with a tampered row has none (KeyStore shows no key of it as the signer): nothing is
// claimed about it.
std::optional<SignerFacts> signerOf(const QList<KeyInfo>& keys)
{
    for (const auto& k : keys) {
        if (k.role == KeyRole::Signing) {
            return SignerFacts::of(k);
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<SignerFacts> currentSigner(const KeyStore& store, const QString& setName)
{
    // Without listing the set: 100,000 keys are not held to name one (issue #18).
    try {
        const std::optional<KeyInfo> signer = store.signer(setName);
        return signer ? std::optional<SignerFacts>(SignerFacts::of(*signer)) : std::nullopt;
    } catch (const StoreError& e) {
        if (e.kind() == StoreError::Kind::NotFound) {
            return std::nullopt;
        }
        throw;
    }
}

SignerPrediction::SignerPrediction(const KeyStore& store, const QString& setName)
{
    const QList<KeyInfo> present = liveKeys(store, setName);
    m_change = SignerChange{setName, signerOf(present), std::nullopt};
    m_change.after = m_change.before;
    for (const auto& k : present) {
        m_kids.insert(k.kid);
        m_thumbprints.insert(k.thumbprint);
    }
    for (const auto& e : store.trash().entries()) {
        if (e.setName == setName && !e.kid.isEmpty()) {
            m_kids.insert(e.kid);
        }
    }
}

bool SignerPrediction::add(const QList<JsonWebKey>& keys)
{
    // addKeys() in short: a thumbprint the set holds (or an earlier key of the list) is skipped, a kid it holds (live
    // or in the trash) fails; the first private key added becomes the newest and so the signer.
    for (const auto& key : keys) {
        if (m_decided) {
            break;
        }
        // The kid addKeys() would give it: an oct key without one gets a new random kid, so never a clash.
        const QString kid = key.kid().isEmpty() && key.type() != KeyType::Oct ? key.thumbprint() : key.kid();
        const QString thumbprint = key.type() == KeyType::Oct ? QString() : key.thumbprint();
        if (!keyAdmissionProblem(key).isEmpty() || (!thumbprint.isEmpty() && m_thumbprints.count(thumbprint)) ||
            (!kid.isEmpty() && m_kids.count(kid))) {
            continue;
        }
        m_kids.insert(kid);
        m_thumbprints.insert(thumbprint);
        if (key.isPrivate()) {
            m_change.after = SignerFacts::of(key);
            m_change.after->kid = kid.isEmpty() ? Tr::tr("(a new random kid)") : kid;
            m_decided = true;
        }
    }
    return m_decided;
}

SignerChange signerChangeOnImport(const KeyStore& store, const QString& setName, const QList<JsonWebKey>& keys)
{
    SignerPrediction prediction(store, setName);
    prediction.add(keys);
    return prediction.change();
}

SignerChange signerChangeOnDelete(const KeyStore& store, const QString& setName, const QStringList& kids)
{
    const QList<KeyInfo> present = liveKeys(store, setName);
    SignerChange change{setName, signerOf(present), std::nullopt};
    if (!change.before || !kids.contains(change.before->kid)) {
        change.after = change.before;
        return change;
    }
    // The next signer: the newest authentic private key that stays (keys() lists newest first).
    for (const auto& k : present) {
        if (!kids.contains(k.kid) && (k.role == KeyRole::Signing || k.role == KeyRole::Private)) {
            change.after = SignerFacts::of(k);
            break;
        }
    }
    return change;
}

SignerChange signerChangeSince(const KeyStore& store, const QString& setName, const std::optional<SignerFacts>& before)
{
    return {setName, before, currentSigner(store, setName)};
}

} // namespace jwk
