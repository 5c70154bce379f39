#pragma once
// A JWK Set imported a chunk of keys at a time: its text is scanned once (JsonTopLevel), then its keys are parsed,
// checked (admitKeys, on all cores) and handed on a few thousand at a time, so that an import of 100,000 keys never
// holds them all at once (issue #18: a key held as a JsonWebKey is about four times its text). The importer reads every
// JWK Set through this class, so what is said about an input, and in which order, is the same whether its keys are
// taken a chunk at a time (KeyImport, into the store) or all together (importKeys).
//
// Whether the input is refused as a whole (a later element that is not JSON, not a JWK, a member named twice) can only
// be known at its end; keys handed out before then are the caller's to drop (the store rolls the input back).

#include "keys/JsonTopLevel.h"
#include "keys/KeyImporter.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace jwk {

class JwkError;

// What the import says of a text that is not JSON, and of an object that names a member twice.
QString notJsonReason(const QJsonParseError& error);
QString duplicateMemberReason(const QString& name);

class JwkSetStream
{
public:
    // `json` from its first '{' (kept by the stream). Null when it is not a JSON object with a "keys" array: the
    // importer reads such a text as one JWK, or says why it is neither.
    static std::unique_ptr<JwkSetStream> open(QByteArray json, QString source);
    ~JwkSetStream(); // wipes its copy of the text (it may hold private keys)
    JwkSetStream(const JwkSetStream&) = delete;
    JwkSetStream& operator=(const JwkSetStream&) = delete;

    // Elements of the "keys" array: at least as many keys as the set gives.
    qsizetype elementCount() const { return m_top.arraySize(); }

    // The next at most `max` keys that passed their checks, in the set's order, with their origins ("f.jwks, keys[3]").
    // False, with none, once the set has been read to its end; result() and refused() then tell what it gave.
    bool next(qsizetype max, QList<ImportedKey>* keys);

    // Once read to its end: the failures (keys that failed their checks, or the input as a whole) and warnings (keys
    // skipped for a kty not understood, kids used twice). `keys` is always empty.
    const ImportResult& result() const { return m_result; }
    // Once read to its end: true when none of the keys handed out may be kept.
    bool refused() const { return m_refused; }

private:
    JwkSetStream(QByteArray json, QString source);
    bool parseChunk(qsizetype max, QList<JsonWebKey>* keys, std::vector<qsizetype>* indices);
    void refuse(const QString& reason);
    void refuseForFault(const JwkError& fault); // an element that is not a JWK

    void finish();
    QStringList duplicateKids() const;

    QByteArray m_json;
    QString m_source;
    JsonTopLevel m_top;
    QString m_duplicateMember; // found before any key is read: the input will be refused, so no key is handed out
    qsizetype m_next = 0;      // the next element to read
    qsizetype m_keyCount = 0;  // keys read (not skipped), checked or not
    bool m_ended = false;
    bool m_refused = false;
    QStringList m_skipped;
    QList<ImportFailure> m_checkFailures;
    // (a seeded hash of the kid, element index) of every key with a kid: kids used twice are found at the end from
    // these and the few elements whose hashes meet, not from 100,000 kids held as strings.
    std::vector<std::pair<std::size_t, qsizetype>> m_kidHashes;
    ImportResult m_result;
};

} // namespace jwk
