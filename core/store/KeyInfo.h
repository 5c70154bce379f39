#pragma once
// What the store says about its key sets and keys without decrypting anything: the public facts kept in clear beside
// each encrypted key (sealed with the system secret), and what an add of keys did.

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace jwk {

struct KeySetInfo
{
    QString name;
    QString description;
    QDateTime created;
    QDateTime updated;
    int keyCount = 0;
    QString signingKid; // empty when the set has no private key, or a row of it is tampered
    bool deleted = false;
    bool tampered = false; // a key of the set was changed without the secret: its signer is not known
};

// Tampered: the row's clear columns were changed without the system secret (their seal does not match); it is never
// the signer and nothing public is made from it.
enum class KeyRole { Signing, Private, PublicOnly, CannotDecrypt, Tampered };
QString keyRoleName(KeyRole role); // "signing", "private", "public only", "cannot decrypt", "tampered"

struct KeyInfo
{
    QString setName;
    QString kid;
    qint64 sequence = 0; // higher is newer
    QString kty;
    QString crv;
    int sizeBits = 0;
    QString alg;
    QString use;
    QString thumbprint;
    bool hasPrivate = false;
    bool decryptable = true; // a configured secret matches the row
    KeyRole role = KeyRole::PublicOnly;
    QDateTime created;
    bool deleted = false;
    QString typeDescription() const; // "RSA 4096", "EC P-256"
};

} // namespace jwk

// Moved, not copied, when a list of them grows: queryKeys() appends 100,000 of them one by one.
Q_DECLARE_TYPEINFO(jwk::KeySetInfo, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(jwk::KeyInfo, Q_RELOCATABLE_TYPE);

namespace jwk {

// Every live set and every live key (newest first within a set), read at once: KeyStore::listing().
struct StoreListing
{
    QList<KeySetInfo> sets;
    QList<KeyInfo> keys;
};

// Where added keys go in their set. Newest: on top, as Hydra's own import does (a new private key becomes the
// signer). BelowSigner: the set's signer and every key above it stay on top, the added keys right below them, so
// the signer does not change (a set without a signer: as Newest).
enum class KeyPlacement { Newest, BelowSigner };

struct AddKeysResult
{
    QStringList added;   // kids
    QStringList skipped; // "kid: reason" (duplicates by thumbprint)
    QStringList failed;  // "kid: reason"
};

} // namespace jwk
