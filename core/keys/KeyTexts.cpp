#include "keys/KeyTexts.h"

#include "keys/ParallelFor.h"

#include <algorithm>

namespace jwk {

KeyTexts::KeyTexts(const QList<JsonWebKey>& keys)
{
    reserve(keys.size());
    for (const JsonWebKey& key : keys) {
        append(key);
    }
}

KeyTexts::KeyTexts(std::initializer_list<JsonWebKey> keys)
{
    reserve(static_cast<qsizetype>(keys.size()));
    for (const JsonWebKey& key : keys) {
        append(key);
    }
}

void KeyTexts::append(const JsonWebKey& key)
{
    SecureBytes text = key.toJson(true, JsonFormat::Compact);
    m_texts.push_back(SecureBytes(text.data(), text.size())); // no spare capacity kept with each of 100,000 keys
    m_admitted.push_back(key.materialAdmitted());
}

void KeyTexts::appendTaken(KeyTexts& from, qsizetype i, bool admitted)
{
    m_texts.push_back(std::move(from.m_texts[static_cast<std::size_t>(i)]));
    m_admitted.push_back(admitted);
}

JsonWebKey KeyTexts::at(qsizetype i) const
{
    JsonWebKey key = JsonWebKey::fromJson(m_texts[static_cast<std::size_t>(i)].view());
    key.m_materialAdmitted = m_admitted[static_cast<std::size_t>(i)];
    return key;
}

QList<JsonWebKey> KeyTexts::slice(qsizetype first, qsizetype count) const
{
    const qsizetype n = std::clamp<qsizetype>(std::min(count, size() - first), 0, size());
    QList<JsonWebKey> keys(n);
    JsonWebKey* out = keys.data(); // detached here, not by each thread
    parallelFor(static_cast<std::size_t>(n), 256,
                [&](std::size_t i) { out[i] = at(first + static_cast<qsizetype>(i)); });
    return keys;
}

void KeyTexts::release(qsizetype first, qsizetype count)
{
    const qsizetype last = std::min(first + count, size());
    for (qsizetype i = first; i < last; ++i) {
        m_texts[static_cast<std::size_t>(i)] = SecureBytes();
    }
}

} // namespace jwk
