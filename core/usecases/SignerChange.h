#pragma once
// Which key of a set signs, before and after an import or a delete. Hydra signs with the newest private key of a
// set, so adding a private key on top, or trashing the signer, changes what every token is signed with. Both front
// ends say so from here: the desktop asks before an import that would change it and confirms before the signer is
// trashed; the CLI warns and reports it in its JSON.

#include "store/KeyInfo.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <set>

namespace jwk {

class JsonWebKey;
class KeyStore;

// What people are told about a signing key: its kid and what it signs with.
struct SignerFacts
{
    QString kid;
    QString kty;
    QString crv;
    int sizeBits = 0;
    QString alg;
    QString use;

    static SignerFacts of(const KeyInfo& info);
    static SignerFacts of(const JsonWebKey& key);
    // "ES256 key k1", "RSA 2048 key k2 without alg"
    QString describe() const;
    // Why Hydra cannot sign with it, or it should not ("it has no alg: Hydra cannot sign with a key without alg");
    // empty when nothing is wrong.
    QString problem() const;
};

struct SignerChange
{
    QString setName;
    std::optional<SignerFacts> before; // the signer now (none: the set has no private key)
    std::optional<SignerFacts> after;  // the signer once done

    bool changes() const;
    // "ES256 key X signed; now RSA 2048 key Y without alg signs. Hydra cannot sign with a key without alg." Empty
    // when the signer stays.
    QString text() const;
};

// The signer `keys` would make if added on top of `setName` (as KeyStore::addKeys() adds them: a key the set holds
// already, by kid or thumbprint, or one that fails the admission check is not added). A missing set has no signer.
SignerChange signerChangeOnImport(const KeyStore& store, const QString& setName, const QList<JsonWebKey>& keys);
// signerChangeOnImport() for keys that come a chunk at a time: add() the chunks in order until it says the signer
// after the import is known (a private key that would be added), or until there are no more.
class SignerPrediction
{
public:
    SignerPrediction(const KeyStore& store, const QString& setName);
    bool add(const QList<JsonWebKey>& keys); // true once the signer after is known
    const SignerChange& change() const { return m_change; }

private:
    SignerChange m_change;
    std::set<QString> m_kids;
    std::set<QString> m_thumbprints;
    bool m_decided = false;
};

// The signer once `kids` of `setName` are in the trash.
SignerChange signerChangeOnDelete(const KeyStore& store, const QString& setName, const QStringList& kids);
// The signer of `setName` now, as the `after` of a change whose `before` was taken earlier.
SignerChange signerChangeSince(const KeyStore& store, const QString& setName, const std::optional<SignerFacts>& before);
// The signer of `setName` now; none for a missing set or one without a private key.
std::optional<SignerFacts> currentSigner(const KeyStore& store, const QString& setName);

} // namespace jwk
