#include "keys/JsonWebKey.h"

#include "keys/Base64Url.h"
#include "keys/JsonStrict.h"
#include "keys/JwkError.h"
#include "keys/KeysTr.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <openssl/evp.h>

#include <cstring>
#include <memory>

#include <QCoreApplication>

namespace jwk {
namespace {

const QString kKty = QStringLiteral("kty");

struct CurveSpec
{
    KeyType type;
    const char16_t* name;
    int bytes; // length of x (and y) and d
    int bits;
};

constexpr CurveSpec kCurves[] = {
    {KeyType::EC, u"P-256", 32, 256},    {KeyType::EC, u"P-384", 48, 384},  {KeyType::EC, u"P-521", 66, 521},
    {KeyType::OKP, u"Ed25519", 32, 256}, {KeyType::OKP, u"Ed448", 57, 456}, {KeyType::OKP, u"X25519", 32, 256},
    {KeyType::OKP, u"X448", 56, 448},
};

const CurveSpec* findCurve(KeyType type, const QString& crv)
{
    for (const auto& c : kCurves) {
        if (c.type == type && crv == QStringView(c.name)) {
            return &c;
        }
    }
    return nullptr;
}

const QStringList kRsaPublic = {QStringLiteral("n"), QStringLiteral("e")};
const QStringList kRsaPrivate = {QStringLiteral("d"),  QStringLiteral("p"),  QStringLiteral("q"),
                                 QStringLiteral("dp"), QStringLiteral("dq"), QStringLiteral("qi")};
const QStringList kAllPrivate = {QStringLiteral("d"),   QStringLiteral("p"),  QStringLiteral("q"),
                                 QStringLiteral("dp"),  QStringLiteral("dq"), QStringLiteral("qi"),
                                 QStringLiteral("oth"), QStringLiteral("k")};
// Members that carry key material for some kty; on another kty they are refused rather than kept.
const QStringList kKeyMaterial = {QStringLiteral("n"), QStringLiteral("e"), QStringLiteral("x"), QStringLiteral("y"),
                                  QStringLiteral("crv")};

QString describeType(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return JsonWebKeyTr::tr("a boolean");
    case QJsonValue::Double:
        return JsonWebKeyTr::tr("a number");
    case QJsonValue::String:
        return JsonWebKeyTr::tr("a string");
    case QJsonValue::Array:
        return JsonWebKeyTr::tr("an array");
    case QJsonValue::Object:
        return JsonWebKeyTr::tr("an object");
    default:
        return QStringLiteral("undefined");
    }
}

[[noreturn]] void fail(const QString& message, JwkError::Kind kind = JwkError::Kind::InvalidInput)
{
    throw JwkError(message, kind);
}

QString requireString(const QJsonObject& o, const QString& name)
{
    const auto it = o.constFind(name);
    if (it == o.constEnd()) {
        fail(JsonWebKeyTr::tr("member \"%1\" is missing").arg(name));
    }
    if (!it->isString()) {
        fail(JsonWebKeyTr::tr("member \"%1\" must be a string, not %2").arg(name, describeType(*it)));
    }
    return it->toString();
}

QByteArray decodePublic(const QJsonObject& o, const QString& name)
{
    const QString text = requireString(o, name);
    auto bytes = base64url::decode(text);
    if (!bytes) {
        fail(JsonWebKeyTr::tr("member \"%1\" is not base64url without padding").arg(name));
    }
    if (bytes->isEmpty()) {
        fail(JsonWebKeyTr::tr("member \"%1\" is empty").arg(name));
    }
    return *bytes;
}

SecureBytes decodePrivate(const QJsonValue& v, const QString& name)
{
    if (!v.isString()) {
        fail(JsonWebKeyTr::tr("member \"%1\" must be a string, not %2").arg(name, describeType(v)));
    }
    auto bytes = base64url::decodeSecret(v.toString());
    if (!bytes) {
        fail(JsonWebKeyTr::tr("member \"%1\" is not base64url without padding").arg(name));
    }
    if (bytes->isEmpty()) {
        fail(JsonWebKeyTr::tr("member \"%1\" is empty").arg(name));
    }
    return std::move(*bytes);
}

// RFC 7518 §2 Base64urlUInt: the minimum number of octets.
void requireMinimalUInt(const unsigned char* data, std::size_t size, const QString& name)
{
    if (size > 1 && data[0] == 0) {
        fail(JsonWebKeyTr::tr("member \"%1\" has a leading zero octet; RFC 7518 requires the minimum number of octets")
                 .arg(name));
    }
}

void checkOptionalString(const QJsonObject& o, const QString& name)
{
    const auto it = o.constFind(name);
    if (it != o.constEnd() && !it->isString()) {
        fail(JsonWebKeyTr::tr("member \"%1\" must be a string, not %2").arg(name, describeType(*it)));
    }
}

void checkKeyOps(const QJsonObject& o)
{
    const auto it = o.constFind(QStringLiteral("key_ops"));
    if (it == o.constEnd()) {
        return;
    }
    if (!it->isArray()) {
        fail(JsonWebKeyTr::tr("member \"key_ops\" must be an array of strings, not %1").arg(describeType(*it)));
    }
    QSet<QString> seen;
    for (const auto& op : it->toArray()) {
        if (!op.isString()) {
            fail(JsonWebKeyTr::tr("member \"key_ops\" must contain only strings"));
        }
        if (seen.contains(op.toString())) {
            fail(JsonWebKeyTr::tr("member \"key_ops\" lists \"%1\" twice").arg(op.toString()));
        }
        seen.insert(op.toString());
    }
}

void checkX509Members(const QJsonObject& o, KeyType type)
{
    const auto x5c = o.constFind(QStringLiteral("x5c"));
    if (x5c != o.constEnd()) {
        if (type == KeyType::Oct) {
            fail(JsonWebKeyTr::tr("member \"x5c\" cannot belong to an oct key"));
        }
        if (!x5c->isArray() || x5c->toArray().isEmpty()) {
            fail(JsonWebKeyTr::tr("member \"x5c\" must be a non-empty array of base64 certificates"));
        }
        int i = 0;
        for (const auto& c : x5c->toArray()) {
            if (!c.isString() || !base64url::decodeStandard(c.toString()) ||
                base64url::decodeStandard(c.toString())->isEmpty()) {
                fail(JsonWebKeyTr::tr("member \"x5c\" entry %1 is not standard base64 (RFC 7517 §4.7)").arg(i));
            }
            ++i;
        }
    }
    const struct
    {
        const char* name;
        int length;
    } thumbs[] = {{"x5t", 20}, {"x5t#S256", 32}};
    for (const auto& t : thumbs) {
        if (!o.contains(QLatin1StringView(t.name))) {
            continue;
        }
        const QString name = QString::fromLatin1(t.name);
        const QString text = requireString(o, name);
        const auto bytes = base64url::decode(text);
        if (!bytes) {
            fail(JsonWebKeyTr::tr("member \"%1\" is not base64url without padding").arg(name));
        }
        if (bytes->size() != t.length) {
            fail(
                JsonWebKeyTr::tr("member \"%1\" must be %2 octets, not %3").arg(name).arg(t.length).arg(bytes->size()));
        }
    }
}

} // namespace

const QStringList& JsonWebKey::privateMemberNames()
{
    return kAllPrivate;
}

bool JsonWebKey::isPrivateMemberName(const QString& name)
{
    return kAllPrivate.contains(name);
}

JsonWebKey JsonWebKey::fromJson(const QByteArray& json)
{
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        fail(JsonWebKeyTr::tr("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    }
    if (const QString name = findDuplicateMember(json); !name.isNull()) {
        throw JwkError(JsonWebKeyTr::tr("member \"%1\" occurs twice in one object: a JWK must name each member once")
                           .arg(name.left(64)));
    }
    if (!doc.isObject()) {
        fail(JsonWebKeyTr::tr("a JWK must be a JSON object"));
    }
    return fromJson(doc.object());
}

JsonWebKey JsonWebKey::fromJson(const QJsonObject& object)
{
    JsonWebKey key;
    for (const auto& name : kAllPrivate) {
        const auto it = object.constFind(name);
        if (it == object.constEnd()) {
            continue;
        }
        if (name == QStringLiteral("oth")) {
            fail(JsonWebKeyTr::tr("multi-prime RSA keys (member \"oth\") are not supported"),
                 JwkError::Kind::Unsupported);
        }
        key.m_private.emplace(name, decodePrivate(*it, name));
    }
    if (key.m_private.empty()) {
        key.m_members = object;
    } else {
        // The public members copied into an object of their own: a copy of `object` with the private members
        // removed would share its text buffer, and keep the private members' base64url there, outside the wiped
        // buffers, for as long as the key lives (and twice the memory: issue #18).
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!key.m_private.count(it.key())) {
                key.m_members.insert(it.key(), it.value());
            }
        }
    }
    key.validate();
    return key;
}

JsonWebKey JsonWebKey::fromMembers(const QJsonObject& publicMembers, std::map<QString, SecureBytes> privateMembers)
{
    JsonWebKey key;
    key.m_members = publicMembers;
    key.m_private = std::move(privateMembers);
    key.validate();
    return key;
}

void JsonWebKey::validate()
{
    const QString kty = requireString(m_members, kKty);
    if (kty == QStringLiteral("RSA")) {
        m_type = KeyType::RSA;
    } else if (kty == QStringLiteral("EC")) {
        m_type = KeyType::EC;
    } else if (kty == QStringLiteral("OKP")) {
        m_type = KeyType::OKP;
    } else if (kty == QStringLiteral("oct")) {
        m_type = KeyType::Oct;
    } else if (kty.isEmpty()) {
        fail(JsonWebKeyTr::tr("member \"kty\" is empty"));
    } else {
        fail(JsonWebKeyTr::tr("member \"kty\": key type \"%1\" is not supported (RSA, EC, OKP and oct are)").arg(kty),
             JwkError::Kind::Unsupported);
    }

    for (const auto& name :
         {QStringLiteral("kid"), QStringLiteral("alg"), QStringLiteral("use"), QStringLiteral("x5u")}) {
        checkOptionalString(m_members, name);
    }
    checkKeyOps(m_members);
    checkX509Members(m_members, m_type);

    auto refuse = [&](const QStringList& allowed) {
        for (const auto& name : kKeyMaterial) {
            if (!allowed.contains(name) && m_members.contains(name)) {
                fail(JsonWebKeyTr::tr("member \"%1\" does not belong to a key of kty %2").arg(name, kty));
            }
        }
        for (const auto& [name, value] : m_private) {
            if (!allowed.contains(name)) {
                fail(JsonWebKeyTr::tr("member \"%1\" does not belong to a key of kty %2").arg(name, kty));
            }
        }
    };

    switch (m_type) {
    case KeyType::RSA: {
        static const QStringList rsaMembers = kRsaPublic + kRsaPrivate;
        refuse(rsaMembers);
        for (const auto& name : kRsaPublic) {
            const QByteArray v = decodePublic(m_members, name);
            requireMinimalUInt(reinterpret_cast<const unsigned char*>(v.constData()),
                               static_cast<std::size_t>(v.size()), name);
            if (name == QLatin1StringView("n") && static_cast<unsigned char>(v.back()) % 2 == 0) {
                fail(JsonWebKeyTr::tr("member \"n\": an RSA modulus must be odd"));
            }
        }
        if (!m_private.empty()) {
            if (!m_private.count(QStringLiteral("d"))) {
                fail(JsonWebKeyTr::tr("member \"d\" is missing but other private RSA members are present"));
            }
            const bool anyCrt = m_private.size() > 1;
            if (anyCrt) {
                for (const auto& name : kRsaPrivate) {
                    if (!m_private.count(name)) {
                        fail(JsonWebKeyTr::tr("member \"%1\" is missing: RFC 7518 §6.3.2 requires all of p, q, dp, dq "
                                              "and qi when any of them is present")
                                 .arg(name));
                    }
                }
            }
            // Bounded work on hostile input: no private member is longer than the modulus, and d is below it,
            // before any arithmetic (a 100,000-bit d would make every exponentiation with it that much slower).
            const QByteArray n = decodePublic(m_members, QStringLiteral("n"));
            for (const auto& [name, value] : m_private) {
                requireMinimalUInt(value.data(), value.size(), name);
                const auto nSize = static_cast<std::size_t>(n.size());
                if (value.size() > nSize || (name == QLatin1StringView("d") && value.size() == nSize &&
                                             std::memcmp(value.data(), n.constData(), nSize) >= 0)) {
                    fail(JsonWebKeyTr::tr(
                             "member \"%1\" (%2 octets) is not below the modulus \"n\" (%3 octets): it cannot "
                             "belong to this RSA key")
                             .arg(name)
                             .arg(value.size())
                             .arg(n.size()));
                }
            }
        }
        break;
    }
    case KeyType::EC:
    case KeyType::OKP: {
        const bool ec = m_type == KeyType::EC;
        refuse(ec ? QStringList{QStringLiteral("crv"), QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("d")}
                  : QStringList{QStringLiteral("crv"), QStringLiteral("x"), QStringLiteral("d")});
        const QString crv = requireString(m_members, QStringLiteral("crv"));
        const CurveSpec* spec = findCurve(m_type, crv);
        if (!spec) {
            fail(JsonWebKeyTr::tr("member \"crv\": curve \"%1\" is not supported for kty %2 (%3)")
                     .arg(crv, kty,
                          ec ? JsonWebKeyTr::tr("P-256, P-384 and P-521 are")
                             : JsonWebKeyTr::tr("Ed25519, Ed448, X25519 and X448 are")),
                 JwkError::Kind::Unsupported);
        }
        for (const auto& name :
             ec ? QStringList{QStringLiteral("x"), QStringLiteral("y")} : QStringList{QStringLiteral("x")}) {
            const QByteArray v = decodePublic(m_members, name);
            if (v.size() != spec->bytes) {
                fail(JsonWebKeyTr::tr("member \"%1\" must be %2 octets for %3, not %4")
                         .arg(name)
                         .arg(spec->bytes)
                         .arg(crv)
                         .arg(v.size()));
            }
        }
        if (const auto* d = privateMember(QStringLiteral("d")); d && d->size() != std::size_t(spec->bytes)) {
            fail(JsonWebKeyTr::tr("member \"d\" must be %1 octets for %2, not %3")
                     .arg(spec->bytes)
                     .arg(crv)
                     .arg(d->size()));
        }
        break;
    }
    case KeyType::Oct:
        refuse({QStringLiteral("k")});
        if (!m_private.count(QStringLiteral("k"))) {
            fail(JsonWebKeyTr::tr("member \"k\" is missing"));
        }
        break;
    }
}

QString JsonWebKey::kty() const
{
    return m_members.value(kKty).toString();
}

QString JsonWebKey::curve() const
{
    return m_members.value(QStringLiteral("crv")).toString();
}

int JsonWebKey::sizeBits() const
{
    switch (m_type) {
    case KeyType::RSA: {
        const QByteArray n = publicMember(QStringLiteral("n"));
        if (n.isEmpty()) {
            return 0;
        }
        int top = static_cast<unsigned char>(n[0]);
        int bits = static_cast<int>(n.size() - 1) * 8;
        while (top) {
            ++bits;
            top >>= 1;
        }
        return bits;
    }
    case KeyType::EC:
    case KeyType::OKP: {
        const auto* spec = findCurve(m_type, curve());
        return spec ? spec->bits : 0;
    }
    case KeyType::Oct: {
        const auto* k = privateMember(QStringLiteral("k"));
        return k ? static_cast<int>(k->size() * 8) : 0;
    }
    }
    return 0;
}

QString JsonWebKey::typeDescription() const
{
    switch (m_type) {
    case KeyType::RSA:
        return QStringLiteral("RSA %1").arg(sizeBits());
    case KeyType::EC:
    case KeyType::OKP:
        return QStringLiteral("%1 %2").arg(kty(), curve());
    case KeyType::Oct:
        return QStringLiteral("oct %1").arg(sizeBits());
    }
    return {};
}

QStringList JsonWebKey::keyOps() const
{
    QStringList ops;
    for (const auto& v : m_members.value(QStringLiteral("key_ops")).toArray()) {
        ops << v.toString();
    }
    return ops;
}

void JsonWebKey::setKid(const QString& kid)
{
    kid.isEmpty() ? m_members.remove(QStringLiteral("kid")) : void(m_members.insert(QStringLiteral("kid"), kid));
}

void JsonWebKey::setAlg(const QString& alg)
{
    alg.isEmpty() ? m_members.remove(QStringLiteral("alg")) : void(m_members.insert(QStringLiteral("alg"), alg));
}

void JsonWebKey::setUse(const QString& use)
{
    use.isEmpty() ? m_members.remove(QStringLiteral("use")) : void(m_members.insert(QStringLiteral("use"), use));
}

void JsonWebKey::setMember(const QString& name, const QJsonValue& value)
{
    if (kAllPrivate.contains(name) || kKeyMaterial.contains(name) || name == kKty) {
        fail(JsonWebKeyTr::tr("member \"%1\" is key material and cannot be set on its own").arg(name));
    }
    QJsonObject copy = m_members;
    copy.insert(name, value);
    checkOptionalString(copy, QStringLiteral("kid"));
    checkOptionalString(copy, QStringLiteral("alg"));
    checkOptionalString(copy, QStringLiteral("use"));
    checkKeyOps(copy);
    checkX509Members(copy, m_type);
    m_members = copy;
}

void JsonWebKey::removeMember(const QString& name)
{
    if (kAllPrivate.contains(name) || kKeyMaterial.contains(name) || name == kKty) {
        fail(JsonWebKeyTr::tr("member \"%1\" is key material and cannot be removed on its own").arg(name));
    }
    m_members.remove(name);
}

bool JsonWebKey::hasMember(const QString& name) const
{
    return m_members.contains(name) || m_private.count(name);
}

JsonWebKey JsonWebKey::publicKey() const
{
    if (m_type == KeyType::Oct) {
        fail(JsonWebKeyTr::tr("an oct key is symmetric: it has no public form"));
    }
    JsonWebKey key;
    key.m_type = m_type;
    key.m_members = m_members;
    // key_ops of the public form: the operations a public key can do (RFC 7517 §4.3). "sign", "decrypt",
    // "unwrapKey", "deriveKey" and "deriveBits" need the private key, as latchset jose also decides.
    const auto ops = m_members.constFind(QStringLiteral("key_ops"));
    if (ops != m_members.constEnd()) {
        static const QStringList privateOps = {QStringLiteral("sign"), QStringLiteral("decrypt"),
                                               QStringLiteral("unwrapKey"), QStringLiteral("deriveKey"),
                                               QStringLiteral("deriveBits")};
        QJsonArray kept;
        for (const auto& op : ops->toArray()) {
            if (!privateOps.contains(op.toString())) {
                kept.append(op);
            }
        }
        if (kept.isEmpty()) {
            key.m_members.remove(QStringLiteral("key_ops"));
        } else {
            key.m_members.insert(QStringLiteral("key_ops"), kept);
        }
    }
    return key;
}

QByteArray JsonWebKey::publicMember(const QString& name) const
{
    const auto v = m_members.value(name);
    if (!v.isString()) {
        return {};
    }
    return base64url::decode(v.toString()).value_or(QByteArray());
}

const SecureBytes* JsonWebKey::privateMember(const QString& name) const
{
    const auto it = m_private.find(name);
    return it == m_private.end() ? nullptr : &it->second;
}

SecureBytes JsonWebKey::toJson(bool includePrivate, JsonFormat format) const
{
    std::vector<JsonOutMember> members;
    for (auto it = m_members.begin(); it != m_members.end(); ++it) {
        members.push_back({it.key(), it.value(), nullptr});
    }
    if (includePrivate) {
        for (const auto& [name, value] : m_private) {
            members.push_back({name, QJsonValue(), &value});
        }
    }
    SecureBytes out;
    // Room for the whole text from the start: an RSA-4096 private JWK is about 3.2 KB.
    out.reserve(m_type == KeyType::RSA ? 4096 : 512);
    writeObjectMembers(out, std::move(members), format, 0);
    return out;
}

bool JsonWebKey::sameKeyAs(const JsonWebKey& other) const
{
    if (m_type != other.m_type) {
        return false;
    }
    // For oct the thumbprint input holds k itself; the private comparison below covers it.
    if (m_type != KeyType::Oct && thumbprintInput() != other.thumbprintInput()) {
        return false;
    }
    if (m_private.size() != other.m_private.size()) {
        return false;
    }
    for (const auto& [name, value] : m_private) {
        const auto* o = other.privateMember(name);
        if (!o || !(*o == value)) {
            return false;
        }
    }
    return true;
}

} // namespace jwk
