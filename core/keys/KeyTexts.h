#pragma once
// Keys held as their compact JSON text, private members included, in wiped buffers, and parsed again when read: the
// keys of a pull (the server's and the store's, 100,000 of each) take about their text's size, ~22 MB a side, rather
// than four times that as JsonWebKeys (issue #18). Read a large list a slice at a time (slice(), parsed on all cores);
// at() and the iterator parse the one key asked for.
//
// The texts are what JsonWebKey::toJson wrote of a valid key: parsing them again gives the same key, marked as admitted
// (KeyAdmission) when it was, so that its material is not checked again at each reading.

#include "keys/JsonWebKey.h"
#include "keys/SecureBytes.h"

#include <QList>

#include <initializer_list>
#include <iterator>
#include <vector>

namespace jwk {

class KeyTexts
{
public:
    KeyTexts() = default;
    KeyTexts(const QList<JsonWebKey>& keys); // NOLINT(google-explicit-constructor): a list of keys, held as texts
    KeyTexts(std::initializer_list<JsonWebKey> keys);

    void append(const JsonWebKey& key);
    // Key i of `from`, its text moved here (it reads as empty there after).
    // `admitted`: the key was admitted since (admitKey() passed on it).
    void appendTaken(KeyTexts& from, qsizetype i, bool admitted);
    KeyTexts& operator<<(const JsonWebKey& key)
    {
        append(key);
        return *this;
    }
    void reserve(qsizetype count)
    {
        m_texts.reserve(static_cast<std::size_t>(count));
        m_admitted.reserve(static_cast<std::size_t>(count));
    }

    qsizetype size() const { return static_cast<qsizetype>(m_texts.size()); }
    bool isEmpty() const { return m_texts.empty(); }
    void clear()
    {
        m_texts = {};
        m_admitted = {};
    }

    JsonWebKey at(qsizetype i) const;
    // Keys [first, first + count) (fewer at the end), parsed on all cores.
    QList<JsonWebKey> slice(qsizetype first, qsizetype count) const;
    QList<JsonWebKey> toList() const { return slice(0, size()); }
    // Lets go of the texts of keys [first, first + count) (wiped): a reader done with them. They read as empty after.
    void release(qsizetype first, qsizetype count);

    // Keys a slice holds, for readers of the whole list.
    static constexpr qsizetype kSlice = 2048;

    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = JsonWebKey;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = JsonWebKey;
        const_iterator(const KeyTexts* texts, qsizetype i)
            : m_texts(texts)
            , m_i(i)
        {
        }
        JsonWebKey operator*() const { return m_texts->at(m_i); }
        const_iterator& operator++()
        {
            ++m_i;
            return *this;
        }
        bool operator==(const const_iterator& other) const { return m_i == other.m_i; }
        bool operator!=(const const_iterator& other) const { return m_i != other.m_i; }

    private:
        const KeyTexts* m_texts;
        qsizetype m_i;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

private:
    std::vector<SecureBytes> m_texts;
    std::vector<bool> m_admitted; // JsonWebKey::materialAdmitted() of each key
};

} // namespace jwk
