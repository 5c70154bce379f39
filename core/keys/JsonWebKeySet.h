#pragma once
// A JWK Set (RFC 7517 §5): the keys in their order plus any other top-level members, kept for round trips.

#include "keys/JsonWebKey.h"

#include <functional>
#include <optional>

namespace jwk {

// A JWK Set written a key at a time, as JsonWebKeySet::toJson() writes it: an export of 100,000 keys holds its text,
// not the keys (issue #18).
class JwkSetWriter
{
public:
    JwkSetWriter(bool includePrivate, JsonFormat format);
    // False (and nothing written) for a key without a public form when the set is written without private members.
    bool add(const JsonWebKey& key);
    qsizetype count() const { return m_count; }
    // The text, with `extra` members after "keys". The writer is spent.
    SecureBytes finish(const QJsonObject& extra = {});

private:
    void newline(int depth);
    bool m_includePrivate;
    JsonFormat m_format;
    SecureBytes m_out;
    qsizetype m_count = 0;
};

class JsonWebKeySet
{
public:
    JsonWebKeySet() = default;
    explicit JsonWebKeySet(QList<JsonWebKey> keys)
        : m_keys(std::move(keys))
    {
    }

    // Throws JwkError naming the key ("keys[2]: member \"n\" ...") when a key is invalid. Keys whose kty is
    // not understood are skipped with a warning, as RFC 7517 §5 asks.
    static JsonWebKeySet fromJson(const QJsonObject& object);
    static JsonWebKeySet fromJson(const QByteArray& json);
    // fromJson() with the keys handed to `take` as they are read, in order, none kept in the set returned (a reader
    // that holds 100,000 keys otherwise, issue #18). When it throws, the keys taken are the caller's to drop.
    static JsonWebKeySet fromJson(const QByteArray& json, const std::function<void(JsonWebKey&&)>& take);
    // The same for a set read element by element (JsonTopLevel): `members` are its members but "keys", `element(i)`
    // gives keys[i] (and may throw to stop the reading); the keys go to `take` when it is given.
    static JsonWebKeySet fromElements(const QJsonObject& members, qsizetype count,
                                      const std::function<QJsonValue(qsizetype)>& element,
                                      const std::function<void(JsonWebKey&&)>& take = {});

    // One element of a set's "keys" array, as fromElements() reads it: the key; none, with `skipped` told why, when its
    // kty is not understood; throws JwkError naming keys[index] when it is not a valid JWK.
    static std::optional<JsonWebKey> elementKey(const QJsonValue& value, qsizetype index, QStringList* skipped);
    // The warning for a kid that more than one key of a set uses.
    static QString duplicateKidWarning(const QString& kid);

    const QList<JsonWebKey>& keys() const { return m_keys; }
    QList<JsonWebKey>& keys() { return m_keys; }
    void append(const JsonWebKey& key) { m_keys.append(key); }
    qsizetype size() const { return m_keys.size(); }
    bool isEmpty() const { return m_keys.isEmpty(); }

    // kids that occur more than once, each named once.
    QStringList duplicateKids() const;
    // Warnings from parsing (skipped keys) and duplicate kids.
    QStringList warnings() const;

    bool hasPrivateKeys() const;
    // The set with private members dropped; oct keys, which have no public form, are left out.
    JsonWebKeySet publicSet() const;

    // Without includePrivate, keys that have no public form (oct) are left out.
    SecureBytes toJson(bool includePrivate, JsonFormat format = JsonFormat::Indented) const;

private:
    QList<JsonWebKey> m_keys;
    QJsonObject m_extra;
    QStringList m_skipped;
};

} // namespace jwk
