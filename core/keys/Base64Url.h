#pragma once
// base64url without padding (RFC 7515 §2, RFC 4648 §5), strict on decoding: the JWK members must use exactly
// this alphabet, no '=' and no white space, and the unused bits of the last character must be zero.

#include "keys/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace jwk::base64url {

QByteArray encode(const QByteArray& bytes);
QByteArray encode(const unsigned char* data, std::size_t size);
void encodeTo(SecureBytes& out, const unsigned char* data, std::size_t size);

// Returns nullopt when the text is not canonical unpadded base64url.
std::optional<QByteArray> decode(QStringView text);
// Decodes secret material straight into a wiped-on-free buffer.
std::optional<SecureBytes> decodeSecret(QStringView text);

// Standard base64 with padding (x5c), strict.
std::optional<QByteArray> decodeStandard(QStringView text);

// base64url with '=' padding, as Go's base64.URLEncoding writes it.
QByteArray encodeUrlPadded(const unsigned char* data, std::size_t size);
// base64url with or without '=' padding (what Go's base64.URLEncoding writes: Hydra's encrypted key rows), strict
// otherwise.
std::optional<QByteArray> decodeUrlPadded(QByteArrayView text);

} // namespace jwk::base64url
