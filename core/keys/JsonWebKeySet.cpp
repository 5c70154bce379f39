#include "keys/JsonWebKeySet.h"

#include "keys/JsonStrict.h"
#include "keys/JsonTopLevel.h"
#include "keys/JwkError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <QCoreApplication>

namespace {
// Messages for people: translated when the desktop app has installed a translator; the CLI installs none and
// prints the English source text.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::JsonWebKeySet)
};
} // namespace

namespace jwk {

JsonWebKeySet JsonWebKeySet::fromJson(const QByteArray& json)
{
    return fromJson(json, {});
}

JsonWebKeySet JsonWebKeySet::fromJson(const QByteArray& json, const std::function<void(JsonWebKey&&)>& take)
{
    // Read member by member and key by key (JsonTopLevel), never as one document of the whole text: a Hydra answer of
    // 100,000 keys (23 MB) took 114 MB as one QJsonDocument (issue #18). What is said, and in which order, is as when
    // the whole text was read first: not JSON at all, then a member named twice, then not an object, then the set's
    // or a key's fault. The whole text is parsed as one document only to say what is wrong with it.
    struct NotJson
    {
        QJsonParseError error;
    };
    const auto notJson = [](const QJsonParseError& error) {
        return JwkError(Tr::tr("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    };
    const auto duplicate = [](const QString& name) {
        return JwkError(
            Tr::tr("member \"%1\" occurs twice in one object: a JWK must name each member once").arg(name.left(64)));
    };
    // The verdict on a text that could not be read as a JWK Set, in the order above; `fault` when the text is a JSON
    // object naming each member once.
    const auto verdict = [&](const JwkError& fault) {
        QJsonParseError whole{};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &whole);
        if (whole.error != QJsonParseError::NoError) {
            return notJson(whole);
        }
        if (const QString name = findDuplicateMember(json); !name.isNull()) {
            return duplicate(name);
        }
        if (!doc.isObject()) {
            return JwkError(Tr::tr("a JWK Set must be a JSON object with a \"keys\" array"));
        }
        return fault;
    };
    JsonTopLevel top;
    QJsonParseError error{};
    if (!top.read(json, QStringLiteral("keys"), &error)) {
        throw verdict(notJson(error));
    }
    JsonWebKeySet set;
    try {
        if (!top.hasArray()) {
            return fromJson(top.members()); // "keys" missing or not an array: says so
        }
        set = fromElements(
            top.members(), top.arraySize(),
            [&top](qsizetype i) {
                QJsonValue value;
                QJsonParseError elementError{};
                if (!top.arrayElement(i, &value, &elementError)) {
                    throw NotJson{elementError};
                }
                return value;
            },
            take);
    } catch (const NotJson& e) {
        throw verdict(notJson(e.error));
    } catch (const JwkError& e) {
        throw verdict(e);
    }
    if (const QString name = findDuplicateMember(json); !name.isNull()) {
        throw duplicate(name);
    }
    return set;
}

JsonWebKeySet JsonWebKeySet::fromJson(const QJsonObject& object)
{
    const auto keys = object.constFind(QStringLiteral("keys"));
    if (keys == object.constEnd()) {
        throw JwkError(Tr::tr("member \"keys\" is missing: a JWK Set holds its keys in a \"keys\" array"));
    }
    if (!keys->isArray()) {
        throw JwkError(Tr::tr("member \"keys\" must be an array"));
    }
    QJsonObject members = object;
    members.remove(QStringLiteral("keys"));
    const QJsonArray array = keys->toArray();
    return fromElements(members, array.size(), [&array](qsizetype i) { return array.at(i); });
}

JsonWebKeySet JsonWebKeySet::fromElements(const QJsonObject& members, qsizetype count,
                                          const std::function<QJsonValue(qsizetype)>& element,
                                          const std::function<void(JsonWebKey&&)>& take)
{
    JsonWebKeySet set;
    set.m_extra = members;
    if (!take) {
        set.m_keys.reserve(count);
    }
    for (qsizetype i = 0; i < count; ++i) {
        if (std::optional<JsonWebKey> key = elementKey(element(i), i, &set.m_skipped)) {
            if (take) {
                take(std::move(*key));
            } else {
                set.m_keys.append(std::move(*key));
            }
        }
    }
    return set;
}

std::optional<JsonWebKey> JsonWebKeySet::elementKey(const QJsonValue& value, qsizetype index, QStringList* skipped)
{
    if (!value.isObject()) {
        throw JwkError(Tr::tr("keys[%1]: a JWK must be a JSON object").arg(index));
    }
    try {
        return JsonWebKey::fromJson(value.toObject());
    } catch (const JwkError& e) {
        if (e.kind() == JwkError::Kind::Unsupported) {
            *skipped << Tr::tr("keys[%1] skipped: %2").arg(index).arg(e.message());
            return std::nullopt;
        }
        throw JwkError(Tr::tr("keys[%1]: %2").arg(index).arg(e.message()), e.kind());
    }
}

QString JsonWebKeySet::duplicateKidWarning(const QString& kid)
{
    return Tr::tr("kid \"%1\" is used by more than one key in the set").arg(kid);
}

QStringList JsonWebKeySet::duplicateKids() const
{
    QSet<QString> seen;
    QStringList duplicates;
    for (const auto& key : m_keys) {
        const QString kid = key.kid();
        if (kid.isEmpty()) {
            continue;
        }
        if (seen.contains(kid) && !duplicates.contains(kid)) {
            duplicates << kid;
        }
        seen.insert(kid);
    }
    return duplicates;
}

QStringList JsonWebKeySet::warnings() const
{
    QStringList warnings = m_skipped;
    for (const auto& kid : duplicateKids()) {
        warnings << duplicateKidWarning(kid);
    }
    return warnings;
}

bool JsonWebKeySet::hasPrivateKeys() const
{
    return std::any_of(m_keys.begin(), m_keys.end(), [](const JsonWebKey& k) { return k.isPrivate(); });
}

JsonWebKeySet JsonWebKeySet::publicSet() const
{
    JsonWebKeySet set;
    set.m_extra = m_extra;
    for (const auto& key : m_keys) {
        if (key.hasPublicForm()) {
            set.m_keys.append(key.publicKey());
        }
    }
    return set;
}

SecureBytes JsonWebKeySet::toJson(bool includePrivate, JsonFormat format) const
{
    JwkSetWriter writer(includePrivate, format);
    for (const auto& item : m_keys) {
        writer.add(item);
    }
    return writer.finish(m_extra);
}

JwkSetWriter::JwkSetWriter(bool includePrivate, JsonFormat format)
    : m_includePrivate(includePrivate)
    , m_format(format)
{
    m_out.append('{');
    newline(1);
    m_out.append(m_format == JsonFormat::Indented ? "\"keys\": [" : "\"keys\":[");
}

void JwkSetWriter::newline(int depth)
{
    if (m_format == JsonFormat::Indented) {
        m_out.append('\n');
        for (int i = 0; i < depth; ++i) {
            m_out.append("    ", 4);
        }
    }
}

bool JwkSetWriter::add(const JsonWebKey& key)
{
    // Without private members an oct key would be a JWK without "k": it has no public form, leave it out.
    if (!m_includePrivate && !key.hasPublicForm()) {
        return false;
    }
    if (m_count++ > 0) {
        m_out.append(',');
    }
    newline(2);
    // Re-indent the key's own lines by two levels.
    const SecureBytes text = key.toJson(m_includePrivate, m_format);
    for (std::size_t j = 0; j < text.size(); ++j) {
        const char c = text.constChars()[j];
        m_out.append(c);
        if (c == '\n') {
            m_out.append("        ", 8);
        }
    }
    return true;
}

SecureBytes JwkSetWriter::finish(const QJsonObject& extra)
{
    if (m_count > 0) {
        newline(1);
    }
    m_out.append(']');
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        m_out.append(',');
        newline(1);
        writeJsonValue(m_out, QJsonValue(it.key()), m_format);
        m_out.append(m_format == JsonFormat::Indented ? ": " : ":");
        writeJsonValue(m_out, it.value(), m_format, 1);
    }
    newline(0);
    m_out.append('}');
    return std::move(m_out);
}

} // namespace jwk
