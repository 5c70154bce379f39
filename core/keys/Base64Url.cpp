#include "keys/Base64Url.h"

#include <array>
#include <type_traits>

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
    // Grown once to its final size and written through a pointer (a secret is not copied by repeated growth).
    const auto old = static_cast<std::size_t>(out.size());
    const std::size_t length = n / 3 * 4 + (n % 3 == 0 ? 0 : n % 3 + 1);
    out.resize(static_cast<decltype(out.size())>(old + length));
    auto* dst = reinterpret_cast<char*>(out.data()) + old;
    std::size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        const unsigned v = (in[i] << 16) | (in[i + 1] << 8) | in[i + 2];
        dst[0] = kUrlAlphabet[(v >> 18) & 63];
        dst[1] = kUrlAlphabet[(v >> 12) & 63];
        dst[2] = kUrlAlphabet[(v >> 6) & 63];
        dst[3] = kUrlAlphabet[v & 63];
        dst += 4;
    }
    if (n - i == 1) {
        const unsigned v = in[i] << 16;
        dst[0] = kUrlAlphabet[(v >> 18) & 63];
        dst[1] = kUrlAlphabet[(v >> 12) & 63];
    } else if (n - i == 2) {
        const unsigned v = (in[i] << 16) | (in[i + 1] << 8);
        dst[0] = kUrlAlphabet[(v >> 18) & 63];
        dst[1] = kUrlAlphabet[(v >> 12) & 63];
        dst[2] = kUrlAlphabet[(v >> 6) & 63];
    }
}

// Decodes `n` characters at `src` (without padding) into `out`; false when a character is outside the alphabet, the
// length is impossible (1 mod 4) or the trailing bits are not zero (a non-canonical encoding).
template<typename Out, typename Char>
bool decodeImpl(Out& out, const Char* src, qsizetype n, const std::array<signed char, 128>& table)
{
    if (n % 4 == 1) {
        return false;
    }
    // The output has its final size from the start (no reallocation leaves a copy of a secret behind) and is
    // written through a pointer.
    const auto size = static_cast<std::size_t>(n / 4 * 3 + (n % 4 == 0 ? 0 : n % 4 - 1));
    out.resize(size);
    auto* dst = reinterpret_cast<unsigned char*>(out.data());
    // A character outside ASCII or the alphabet makes the OR of the values negative (the table holds -1, and an
    // index of 128 or more is folded into the sign by the first test): one branch per group of four.
    const auto value = [&](Char c) -> int {
        const auto u = static_cast<unsigned>(static_cast<std::make_unsigned_t<Char>>(c));
        return u < 128 ? table[u] : -1;
    };
    qsizetype i = 0;
    std::size_t o = 0;
    for (; i + 4 <= n; i += 4) {
        const int a = value(src[i]), b = value(src[i + 1]), c = value(src[i + 2]), d = value(src[i + 3]);
        if ((a | b | c | d) < 0) {
            return false;
        }
        const unsigned v = (unsigned(a) << 18) | (unsigned(b) << 12) | (unsigned(c) << 6) | unsigned(d);
        dst[o] = static_cast<unsigned char>(v >> 16);
        dst[o + 1] = static_cast<unsigned char>(v >> 8);
        dst[o + 2] = static_cast<unsigned char>(v);
        o += 3;
    }
    const qsizetype rest = n - i;
    if (rest == 2) {
        const int a = value(src[i]), b = value(src[i + 1]);
        if ((a | b) < 0) {
            return false;
        }
        dst[o] = static_cast<unsigned char>((a << 2) | (b >> 4));
        return (b & 0x0f) == 0; // leftover bits must be zero for a canonical encoding
    }
    if (rest == 3) {
        const int a = value(src[i]), b = value(src[i + 1]), c = value(src[i + 2]);
        if ((a | b | c) < 0) {
            return false;
        }
        const unsigned v = (unsigned(a) << 10) | (unsigned(b) << 4) | (unsigned(c) >> 2);
        dst[o] = static_cast<unsigned char>(v >> 8);
        dst[o + 1] = static_cast<unsigned char>(v);
        return (c & 0x03) == 0;
    }
    return true;
}

template<typename Out>
bool decodeImpl(Out& out, QStringView text, const std::array<signed char, 128>& table)
{
    return decodeImpl(out, text.utf16(), text.size(), table);
}

} // namespace

QByteArray encode(const unsigned char* data, std::size_t size)
{
    QByteArray out;
    encodeImpl(out, data, size);
    return out;
}

QByteArray encodeUrlPadded(const unsigned char* data, std::size_t size)
{
    QByteArray out;
    encodeImpl(out, data, size);
    out.append((3 - size % 3) % 3, '=');
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

std::optional<QByteArray> decodeUrlPadded(QByteArrayView text)
{
    qsizetype n = text.size();
    if (n % 4 == 0) {
        for (int pad = 0; n > 0 && pad < 2 && text[n - 1] == '='; ++pad) {
            --n;
        }
    }
    QByteArray out;
    if (!decodeImpl(out, text.data(), n, kUrlTable)) {
        return std::nullopt;
    }
    return out;
}

} // namespace jwk::base64url
