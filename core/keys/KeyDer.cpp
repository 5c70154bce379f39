#include "keys/KeyDer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace jwk {

namespace {

// DER lengths: short form below 128, else 0x8N and N big-endian bytes.
void appendLength(SecureBytes& out, std::size_t length)
{
    if (length < 0x80) {
        out.append(static_cast<char>(length));
        return;
    }
    std::array<unsigned char, sizeof(std::size_t)> bytes{};
    int n = 0;
    for (std::size_t l = length; l; l >>= 8) {
        bytes[static_cast<std::size_t>(n++)] = static_cast<unsigned char>(l & 0xff);
    }
    out.append(static_cast<char>(0x80 | n));
    while (n--) {
        out.append(static_cast<char>(bytes[static_cast<std::size_t>(n)]));
    }
}

SecureBytes tlv(unsigned char tag, const SecureBytes& content)
{
    SecureBytes out;
    out.reserve(content.size() + 6);
    out.append(static_cast<char>(tag));
    appendLength(out, content.size());
    out.append(content);
    return out;
}

SecureBytes bytes(const char* data, std::size_t size)
{
    return SecureBytes(data, size);
}

SecureBytes bytes(const QByteArray& data)
{
    return SecureBytes(data.constData(), static_cast<std::size_t>(data.size()));
}

// An unsigned big-endian number as a DER INTEGER: no leading zero octets, one 0x00 when the top bit is set.
SecureBytes integer(const unsigned char* data, std::size_t size)
{
    std::size_t skip = 0;
    while (skip + 1 < size && data[skip] == 0) {
        ++skip;
    }
    SecureBytes content;
    content.reserve(size - skip + 1);
    if (size == 0) {
        content.append('\0');
    } else if (data[skip] & 0x80) {
        content.append('\0');
    }
    content.append(reinterpret_cast<const char*>(data + skip), size - skip);
    return tlv(0x02, content);
}

SecureBytes integer(const QByteArray& data)
{
    return integer(reinterpret_cast<const unsigned char*>(data.constData()), static_cast<std::size_t>(data.size()));
}

SecureBytes integer(const SecureBytes& data)
{
    return integer(data.data(), data.size());
}

SecureBytes smallInteger(unsigned char value)
{
    return tlv(0x02, bytes(reinterpret_cast<const char*>(&value), 1));
}

SecureBytes sequence(std::initializer_list<const SecureBytes*> parts)
{
    SecureBytes content;
    std::size_t total = 0;
    for (const auto* p : parts) {
        total += p->size();
    }
    content.reserve(total);
    for (const auto* p : parts) {
        content.append(*p);
    }
    return tlv(0x30, content);
}

SecureBytes bitString(const SecureBytes& content)
{
    SecureBytes withUnused;
    withUnused.reserve(content.size() + 1);
    withUnused.append('\0'); // no unused bits
    withUnused.append(content);
    return tlv(0x03, withUnused);
}

// The DER of the algorithm OIDs (tag and length included) and of NULL.
const QByteArray kRsaEncryption = QByteArray::fromHex("06092a864886f70d010101");
const QByteArray kNull = QByteArray::fromHex("0500");
const QByteArray kEcPublicKey = QByteArray::fromHex("06072a8648ce3d0201");

struct Curve
{
    const char* crv;
    const char* oidHex;
    std::size_t bytes; // coordinate and scalar length
};

constexpr Curve kEc[] = {
    {"P-256", "06082a8648ce3d030107", 32}, {"P-384", "06052b81040022", 48}, {"P-521", "06052b81040023", 66}};
constexpr Curve kOkp[] = {{"X25519", "06032b656e", 32},
                          {"X448", "06032b656f", 56},
                          {"Ed25519", "06032b6570", 32},
                          {"Ed448", "06032b6571", 57}};

template<std::size_t N>
const Curve* findCurve(const Curve (&curves)[N], const QString& crv)
{
    for (const auto& c : curves) {
        if (crv == QLatin1String(c.crv)) {
            return &c;
        }
    }
    return nullptr;
}

SecureBytes algorithm(const QByteArray& oid, const QByteArray& parameters)
{
    const SecureBytes o = bytes(oid), p = bytes(parameters);
    return sequence({&o, &p});
}

SecureBytes ecPoint(const JsonWebKey& key)
{
    SecureBytes point;
    const QByteArray x = key.publicMember(QStringLiteral("x")), y = key.publicMember(QStringLiteral("y"));
    point.reserve(static_cast<std::size_t>(1 + x.size() + y.size()));
    point.append('\x04');
    point.append(x);
    point.append(y);
    return point;
}

} // namespace

std::optional<QByteArray> spkiDer(const JsonWebKey& key)
{
    SecureBytes alg, subjectPublicKey;
    switch (key.type()) {
    case KeyType::RSA: {
        alg = algorithm(kRsaEncryption, kNull);
        const SecureBytes n = integer(key.publicMember(QStringLiteral("n")));
        const SecureBytes e = integer(key.publicMember(QStringLiteral("e")));
        subjectPublicKey = sequence({&n, &e});
        break;
    }
    case KeyType::EC: {
        const Curve* curve = findCurve(kEc, key.curve());
        if (!curve) {
            return std::nullopt;
        }
        alg = algorithm(kEcPublicKey, QByteArray::fromHex(curve->oidHex));
        subjectPublicKey = ecPoint(key);
        break;
    }
    case KeyType::OKP: {
        const Curve* curve = findCurve(kOkp, key.curve());
        if (!curve) {
            return std::nullopt;
        }
        alg = algorithm(QByteArray::fromHex(curve->oidHex), QByteArray());
        subjectPublicKey = bytes(key.publicMember(QStringLiteral("x")));
        break;
    }
    case KeyType::Oct:
        return std::nullopt;
    }
    const SecureBytes bits = bitString(subjectPublicKey);
    const SecureBytes spki = sequence({&alg, &bits});
    return QByteArray(spki.constChars(), static_cast<qsizetype>(spki.size()));
}

std::optional<SecureBytes> pkcs8Der(const JsonWebKey& key)
{
    if (!key.isPrivate()) {
        return std::nullopt;
    }
    const SecureBytes version0 = smallInteger(0);
    SecureBytes alg, privateKey;
    switch (key.type()) {
    case KeyType::RSA: {
        static const char* const members[] = {"d", "p", "q", "dp", "dq", "qi"};
        std::vector<SecureBytes> numbers;
        for (const char* name : members) {
            const SecureBytes* value = key.privateMember(QLatin1String(name));
            if (!value) {
                return std::nullopt; // d alone: OpenSSL completes the key (toEvpPkey) and writes it
            }
            numbers.push_back(integer(*value));
        }
        const SecureBytes n = integer(key.publicMember(QStringLiteral("n")));
        const SecureBytes e = integer(key.publicMember(QStringLiteral("e")));
        alg = algorithm(kRsaEncryption, kNull);
        privateKey =
            sequence({&version0, &n, &e, &numbers[0], &numbers[1], &numbers[2], &numbers[3], &numbers[4], &numbers[5]});
        break;
    }
    case KeyType::EC: {
        const Curve* curve = findCurve(kEc, key.curve());
        const SecureBytes* d = key.privateMember(QStringLiteral("d"));
        if (!curve || !d || d->size() > curve->bytes) {
            return std::nullopt;
        }
        alg = algorithm(kEcPublicKey, QByteArray::fromHex(curve->oidHex));
        // ECPrivateKey (RFC 5915) as OpenSSL writes it inside PKCS#8: version 1, the scalar padded to the order's
        // length, no [0] parameters (the AlgorithmIdentifier names the curve), the public point as [1].
        SecureBytes scalar(curve->bytes - d->size());
        scalar.append(*d);
        const SecureBytes version1 = smallInteger(1);
        const SecureBytes octets = tlv(0x04, scalar);
        const SecureBytes publicKey = tlv(0xa1, bitString(ecPoint(key)));
        privateKey = sequence({&version1, &octets, &publicKey});
        break;
    }
    case KeyType::OKP: {
        const Curve* curve = findCurve(kOkp, key.curve());
        const SecureBytes* d = key.privateMember(QStringLiteral("d"));
        if (!curve || !d) {
            return std::nullopt;
        }
        alg = algorithm(QByteArray::fromHex(curve->oidHex), QByteArray());
        privateKey = tlv(0x04, *d); // CurvePrivateKey (RFC 8410), version 0 without the public key
        break;
    }
    case KeyType::Oct:
        return std::nullopt;
    }
    const SecureBytes wrapped = tlv(0x04, privateKey);
    return sequence({&version0, &alg, &wrapped});
}

SecureBytes pemArmour(const char* label, const SecureBytes& der)
{
    QByteArray base64 = der.view().toBase64();
    SecureBytes out;
    out.reserve(static_cast<std::size_t>(base64.size() + base64.size() / 64 + 64));
    out.append(QByteArray("-----BEGIN ") + label + "-----\n");
    for (qsizetype i = 0; i < base64.size(); i += 64) {
        out.append(base64.constData() + i, static_cast<std::size_t>(std::min<qsizetype>(64, base64.size() - i)));
        out.append('\n');
    }
    out.append(QByteArray("-----END ") + label + "-----\n");
    wipe(base64);
    return out;
}

} // namespace jwk
