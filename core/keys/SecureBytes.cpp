#include "keys/SecureBytes.h"

#include <openssl/crypto.h>

#include <algorithm>

namespace jwk {

void secureWipe(void* data, std::size_t size) noexcept
{
    if (data && size) {
        OPENSSL_cleanse(data, size);
    }
}

void wipe(QByteArray& bytes) noexcept
{
    // data() would detach a shared array and wipe only the copy: wipe in place only when we own it.
    if (!bytes.isEmpty() && bytes.isDetached()) {
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

void reserveWiping(QByteArray& bytes, qsizetype more)
{
    const qsizetype needed = bytes.size() + std::max<qsizetype>(more, 0);
    if (needed <= bytes.capacity()) {
        return;
    }
    QByteArray larger;
    larger.reserve(std::max(needed, 2 * bytes.capacity()));
    larger.append(bytes.constData(), bytes.size());
    wipe(bytes);
    bytes = std::move(larger);
}

void wipe(QString& text) noexcept
{
    if (!text.isEmpty() && text.isDetached()) {
        OPENSSL_cleanse(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

} // namespace jwk
