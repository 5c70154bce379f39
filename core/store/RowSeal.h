#pragma once
// Authentication of the store's clear columns. The key material is encrypted (Hydra's AES-GCM), but the facts kept
// in clear for listing and search (public JWK, thumbprint, order, whether a key is private) and the staged rotations
// could be edited by anyone who can write the file. Each such row carries an HMAC-SHA256 over its clear columns,
// keyed from the system secret that encrypted it, so that an edit without the secret is seen and refused.
//
// An oct key's RFC 7638 thumbprint is an unkeyed hash of its secret; it is never stored in clear, only keyed
// (storedOctThumbprint), which still finds duplicates under the same secret.

#include "keys/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <initializer_list>

namespace jwk::rowseal {

// The MAC key belonging to one AES key of the system secret.
SecureBytes macKey(const SecureBytes& aesKey);

// Hex HMAC-SHA256 over the fields, each length-prefixed (no two lists of fields give the same input).
QByteArray mac(const SecureBytes& key, std::initializer_list<QByteArrayView> fields);

// Whether `expected` (hex) is the MAC of the fields under `key`; compared in constant time.
bool matches(const SecureBytes& key, std::initializer_list<QByteArrayView> fields, QByteArrayView expected);

// What the thumbprint column holds for an oct key: "hmac:" and base64url of a keyed hash of the thumbprint.
QString storedOctThumbprint(const SecureBytes& key, const QString& thumbprint);
bool isKeyedThumbprint(const QString& column);

} // namespace jwk::rowseal
