#include "keys/JwkSetStream.h"

#include "keys/JsonStrict.h"
#include "keys/JsonWebKeySet.h"
#include "keys/JwkError.h"
#include "keys/KeyAdmission.h"
#include "keys/KeysTr.h"
#include "keys/SecureBytes.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace jwk {

QString notJsonReason(const QJsonParseError& error)
{
    return KeyImporterTr::tr("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString());
}

QString duplicateMemberReason(const QString& name)
{
    return KeyImporterTr::tr("member \"%1\" occurs twice in one object: a JWK must name each member once")
        .arg(name.left(64));
}

JwkSetStream::JwkSetStream(QByteArray json, QString source)
    : m_json(std::move(json))
    , m_source(std::move(source))
{
}

JwkSetStream::~JwkSetStream()
{
    wipe(m_json); // only when this is the last holder of the text
}

std::unique_ptr<JwkSetStream> JwkSetStream::open(QByteArray json, QString source)
{
    std::unique_ptr<JwkSetStream> stream(new JwkSetStream(std::move(json), std::move(source)));
    QJsonParseError error{};
    if (!stream->m_top.read(stream->m_json, QStringLiteral("keys"), &error) || !stream->m_top.hasArray()) {
        return nullptr;
    }
    // A member named twice anywhere refuses the input (the key read may not be the one meant). Known now, it keeps any
    // key from being handed out; the elements are still read, for what is said first when one is not JSON.
    stream->m_duplicateMember = findDuplicateMember(stream->m_json);
    return stream;
}

bool JwkSetStream::next(qsizetype max, QList<ImportedKey>* out)
{
    out->clear();
    while (!m_ended) {
        QList<JsonWebKey> keys;
        std::vector<qsizetype> indices;
        if (!parseChunk(max, &keys, &indices)) {
            return false; // refused: what was handed out is dropped by the caller
        }
        const std::vector<QString> problems = admitKeys(keys);
        out->reserve(keys.size());
        for (qsizetype k = 0; k < keys.size(); ++k) {
            const QString origin = KeyImporterTr::tr("%1, keys[%2]").arg(m_source).arg(indices[std::size_t(k)]);
            if (const QString& problem = problems[std::size_t(k)]; problem.isEmpty()) {
                out->append({std::move(keys[k]), origin});
            } else {
                m_checkFailures.append({origin, problem});
            }
        }
        if (m_next >= elementCount()) {
            finish();
        }
        if (!out->isEmpty()) {
            return true;
        }
    }
    return false;
}

bool JwkSetStream::parseChunk(qsizetype max, QList<JsonWebKey>* keys, std::vector<qsizetype>* indices)
{
    const std::size_t seed = 0x6a776b6d616e; // fixed: the hashes only group kids for an exact comparison
    try {
        while (m_next < elementCount() && keys->size() < max) {
            const qsizetype i = m_next++;
            QJsonValue value;
            QJsonParseError error{};
            if (!m_top.arrayElement(i, &value, &error)) {
                refuse(notJsonReason(error));
                return false;
            }
            std::optional<JsonWebKey> key = JsonWebKeySet::elementKey(value, i, &m_skipped);
            if (!key) {
                continue;
            }
            ++m_keyCount;
            if (const QString kid = key->kid(); !kid.isEmpty()) {
                m_kidHashes.emplace_back(qHash(kid, seed), i);
            }
            if (m_duplicateMember.isNull()) { // else no key is handed out: none kept
                keys->append(std::move(*key));
                indices->push_back(i);
            }
        }
    } catch (const JwkError& e) {
        // What is said first, as when the text was read as one document: that it is not JSON at all (a later key may
        // not be), then a member named twice, then the key's fault. Only on this path is the whole text parsed at once.
        QJsonParseError whole{};
        QJsonDocument::fromJson(m_json, &whole);
        if (whole.error != QJsonParseError::NoError) {
            refuse(notJsonReason(whole));
        } else if (!m_duplicateMember.isNull()) {
            refuse(duplicateMemberReason(m_duplicateMember));
        } else {
            refuse(e.message());
        }
        return false;
    }
    return true;
}

void JwkSetStream::refuse(const QString& reason)
{
    m_ended = true;
    m_refused = true;
    m_result = ImportResult{};
    m_result.failures.append({m_source, reason});
    m_checkFailures.clear();
    m_kidHashes.clear();
}

void JwkSetStream::finish()
{
    m_ended = true;
    m_result.failures << m_checkFailures;
    m_checkFailures.clear();
    if (m_keyCount == 0) {
        m_refused = true;
        m_result.failures.append({m_source, m_skipped.isEmpty()
                                                ? KeyImporterTr::tr("the JWK Set holds no keys")
                                                : KeyImporterTr::tr("the JWK Set holds no usable key (%1)")
                                                      .arg(m_skipped.join(QStringLiteral("; ")))});
    } else {
        m_result.warnings << m_skipped;
        for (const QString& kid : duplicateKids()) {
            m_result.warnings << JsonWebKeySet::duplicateKidWarning(kid);
        }
    }
    m_kidHashes.clear();
    m_kidHashes.shrink_to_fit();
    if (!m_duplicateMember.isNull()) {
        m_refused = true;
        m_result.failures.append({m_source, duplicateMemberReason(m_duplicateMember)});
    }
}

// JsonWebKeySet::duplicateKids() of the keys read: each kid used twice, in the order of its second use. Only elements
// whose kid hashes meet another's are read again; their kids are compared exactly.
QStringList JwkSetStream::duplicateKids() const
{
    std::vector<std::pair<std::size_t, qsizetype>> byHash = m_kidHashes;
    std::sort(byHash.begin(), byHash.end());
    std::vector<qsizetype> candidates;
    for (std::size_t i = 0; i < byHash.size();) {
        std::size_t j = i + 1;
        while (j < byHash.size() && byHash[j].first == byHash[i].first) {
            ++j;
        }
        if (j - i > 1) {
            for (std::size_t k = i; k < j; ++k) {
                candidates.push_back(byHash[k].second);
            }
        }
        i = j;
    }
    std::sort(candidates.begin(), candidates.end());
    QSet<QString> seen;
    QStringList duplicates;
    for (const qsizetype index : candidates) {
        QJsonValue value;
        QJsonParseError error{};
        m_top.arrayElement(index, &value, &error); // read before: it is JSON, a JWK with a kid
        const QString kid = value.toObject().value(QStringLiteral("kid")).toString();
        if (seen.contains(kid) && !duplicates.contains(kid)) {
            duplicates << kid;
        }
        seen.insert(kid);
    }
    return duplicates;
}

} // namespace jwk
