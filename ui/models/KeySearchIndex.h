#pragma once
// What the key search looks at, for every key of a KeyModel at once: per key its kid, alg, kty, type, thumbprint and
// set name, in lower case, as UTF-8 in one buffer. Built in one pass when the first search is typed (about 15 ms for
// 100,000 keys), then every keystroke is a substring search over short slices of it: no allocation per key and no
// QVariant on the way.

#include "store/KeyInfo.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <vector>

namespace jwk {

class KeySearchIndex
{
public:
    void build(const QList<KeyInfo>& keys);
    void clear();
    bool isBuilt() const { return m_built; }

    // The words of a search in the form matches() takes: lower case, UTF-8, no empty ones.
    static QList<QByteArray> needles(const QStringList& terms);
    // Whether key `row` holds every needle (in any of its fields; a needle never spans two fields).
    bool matches(int row, const QList<QByteArray>& needles) const;
    // The searched text of key `row`, fields separated by '\n' (what SearchRole shows).
    QByteArray text(int row) const;

    // Appends the searched text of `key` to `out`.
    static void appendText(QByteArray& out, const KeyInfo& key);

private:
    QByteArray m_text;
    std::vector<qsizetype> m_offsets; // key i's text is [m_offsets[i], m_offsets[i + 1])
    bool m_built = false;
};

} // namespace jwk
