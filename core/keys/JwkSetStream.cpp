#include "keys/JwkSetStream.h"

#include "keys/JsonStrict.h"
#include "keys/JsonWebKeySet.h"
#include "keys/JwkError.h"
#include "keys/KeyAdmission.h"
#include "keys/KeysTr.h"
#include "keys/ParallelFor.h"
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

namespace {

// One element read: its key, or why there is none (skipped for its kty, not JSON, not a JWK).
struct Element
{
    std::optional<JsonWebKey> key;
    QStringList skipped;
    bool notJson = false;
    std::optional<JwkError> fault;
};

// Elements are read this many a thread at least (a P-256 key's parsing takes about 10 µs).
constexpr std::size_t kElementsPerThread = 128;

} // namespace

bool JwkSetStream::parseChunk(qsizetype max, QList<JsonWebKey>* keys, std::vector<qsizetype>* indices)
{
    const std::size_t seed = 0x6a776b6d616e; // fixed: the hashes only group kids for an exact comparison
    while (m_next < elementCount() && keys->size() < max) {
        // As many elements as keys are still wanted, read on all cores; then taken in order, as if read one by one:
        // the first element (by index) that is not JSON or not a JWK decides, and no more than `max` keys are taken.
        const qsizetype first = m_next;
        const qsizetype count = std::min(max - keys->size(), elementCount() - first);
        std::vector<Element> read(static_cast<std::size_t>(count));
        parallelFor(read.size(), kElementsPerThread, [&](std::size_t k) {
            Element& element = read[k];
            const qsizetype i = first + static_cast<qsizetype>(k);
            QJsonValue value;
            if (!m_top.tryArrayElement(i, &value)) {
                element.notJson = true; // why is asked below, for the first such element only
                return;
            }
            try {
                element.key = JsonWebKeySet::elementKey(value, i, &element.skipped);
            } catch (const JwkError& e) {
                element.fault = e;
            }
        });
        for (std::size_t k = 0; k < read.size(); ++k) {
            Element& element = read[k];
            const qsizetype i = m_next++;
            if (element.notJson) {
                QJsonValue value;
                QJsonParseError error{};
                m_top.arrayElement(i, &value, &error);
                refuse(notJsonReason(error));
                return false;
            }
            if (element.fault) {
                refuseForFault(*element.fault);
                return false;
            }
            m_skipped << element.skipped;
            if (!element.key) {
                continue;
            }
            ++m_keyCount;
            if (const QString kid = element.key->kid(); !kid.isEmpty()) {
                m_kidHashes.emplace_back(qHash(kid, seed), i);
            }
            if (m_duplicateMember.isNull()) { // else no key is handed out: none kept
                keys->append(std::move(*element.key));
                indices->push_back(i);
            }
        }
    }
    return true;
}

void JwkSetStream::refuseForFault(const JwkError& fault)
{
    // What is said first, as when the text was read as one document: that it is not JSON at all (a later key may not
    // be), then a member named twice, then the key's fault. Only on this path is the whole text parsed at once.
    QJsonParseError whole{};
    QJsonDocument::fromJson(m_json, &whole);
    if (whole.error != QJsonParseError::NoError) {
        refuse(notJsonReason(whole));
    } else if (!m_duplicateMember.isNull()) {
        refuse(duplicateMemberReason(m_duplicateMember));
    } else {
        refuse(fault.message());
    }
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
