#include "Base64Url.h"

#include <array>

namespace jwk::base64url {
namespace {

constexpr char kUrlAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

constexpr std::array<signed char, 128> makeTable(const char* alphabet)
{
    std::array<signed char, 128> table{};
    for (auto& v : table) {
        v = -1;
    }
    for (int i = 0; i < 64; ++i) {
        table[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
    }
    return table;
}

constexpr auto kUrlTable = makeTable(kUrlAlphabet);
constexpr auto kStdTable = makeTable("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");

template<typename Out>
void encodeImpl(Out& out, const unsigned char* in, std::size_t n)
{
    std::size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        const unsigned v = (in[i] << 16) | (in[i + 1] << 8) | in[i + 2];
        out.append(kUrlAlphabet[(v >> 18) & 63]);
        out.append(kUrlAlphabet[(v >> 12) & 63]);
        out.append(kUrlAlphabet[(v >> 6) & 63]);
        out.append(kUrlAlphabet[v & 63]);
    }
    if (n - i == 1) {
        const unsigned v = in[i] << 16;
        out.append(kUrlAlphabet[(v >> 18) & 63]);
        out.append(kUrlAlphabet[(v >> 12) & 63]);
    } else if (n - i == 2) {
        const unsigned v = (in[i] << 16) | (in[i + 1] << 8);
        out.append(kUrlAlphabet[(v >> 18) & 63]);
        out.append(kUrlAlphabet[(v >> 12) & 63]);
        out.append(kUrlAlphabet[(v >> 6) & 63]);
    }
}

// Decodes `text` (without padding) into `out`; false when a character is outside the alphabet, the length is
// impossible (1 mod 4) or the trailing bits are not zero (a non-canonical encoding).
template<typename Out>
bool decodeImpl(Out& out, QStringView text, const std::array<signed char, 128>& table)
{
    const qsizetype n = text.size();
    if (n % 4 == 1) {
        return false;
    }
    // The output has its final size from the start (no reallocation leaves a copy of a secret behind) and is
    // written through a pointer.
    const auto size = static_cast<std::size_t>(n / 4 * 3 + (n % 4 == 0 ? 0 : n % 4 - 1));
    out.resize(size);
    auto* dst = reinterpret_cast<unsigned char*>(out.data());
    const char16_t* src = reinterpret_cast<const char16_t*>(text.utf16());
    const auto sextet = [&](char16_t c, unsigned& value) {
        if (c >= 128 || table[c] < 0) {
            return false;
        }
        value = static_cast<unsigned>(table[c]);
        return true;
    };
    qsizetype i = 0;
    std::size_t o = 0;
    unsigned a = 0, b = 0, c = 0, d = 0;
    for (; i + 4 <= n; i += 4) {
        if (!sextet(src[i], a) || !sextet(src[i + 1], b) || !sextet(src[i + 2], c) || !sextet(src[i + 3], d)) {
            return false;
        }
        const unsigned v = (a << 18) | (b << 12) | (c << 6) | d;
        dst[o++] = static_cast<unsigned char>(v >> 16);
        dst[o++] = static_cast<unsigned char>(v >> 8);
        dst[o++] = static_cast<unsigned char>(v);
    }
    const qsizetype rest = n - i;
    if (rest == 2) {
        if (!sextet(src[i], a) || !sextet(src[i + 1], b)) {
            return false;
        }
        dst[o++] = static_cast<unsigned char>((a << 2) | (b >> 4));
        return (b & 0x0f) == 0; // leftover bits must be zero for a canonical encoding
    }
    if (rest == 3) {
        if (!sextet(src[i], a) || !sextet(src[i + 1], b) || !sextet(src[i + 2], c)) {
            return false;
        }
        const unsigned v = (a << 10) | (b << 4) | (c >> 2);
        dst[o++] = static_cast<unsigned char>(v >> 8);
        dst[o++] = static_cast<unsigned char>(v);
        return (c & 0x03) == 0;
    }
    return true;
}

} // namespace

QByteArray encode(const unsigned char* data, std::size_t size)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>((size * 4 + 2) / 3));
    encodeImpl(out, data, size);
    return out;
}

QByteArray encode(const QByteArray& bytes)
{
    return encode(reinterpret_cast<const unsigned char*>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
}

void encodeTo(SecureBytes& out, const unsigned char* data, std::size_t size)
{
    encodeImpl(out, data, size);
}

std::optional<QByteArray> decode(QStringView text)
{
    QByteArray out;
    if (!decodeImpl(out, text, kUrlTable)) {
        return std::nullopt;
    }
    return out;
}

std::optional<SecureBytes> decodeSecret(QStringView text)
{
    SecureBytes out;
    if (!decodeImpl(out, text, kUrlTable)) {
        return std::nullopt;
    }
    return out;
}

std::optional<QByteArray> decodeStandard(QStringView text)
{
    qsizetype n = text.size();
    if (n % 4 != 0) {
        return std::nullopt;
    }
    int pad = 0;
    while (n > 0 && pad < 2 && text[n - 1] == u'=') {
        --n;
        ++pad;
    }
    QByteArray out;
    if (!decodeImpl(out, text.first(n), kStdTable)) {
        return std::nullopt;
    }
    return out;
}

} // namespace jwk::base64url
