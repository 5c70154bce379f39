#include "models/KeySearchIndex.h"

#include <string_view>

namespace jwk {
namespace {

// Lower case as QString::toLower() does it; ASCII without a detour through a new QString.
void appendLower(QByteArray& out, const QString& field)
{
    const QChar* p = field.constData();
    const qsizetype n = field.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i].unicode() >= 0x80) {
            out += field.toLower().toUtf8();
            return;
        }
    }
    const qsizetype start = out.size();
    out.resize(start + n);
    char* d = out.data() + start;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = static_cast<char>(p[i].unicode());
        d[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
    }
}

} // namespace

void KeySearchIndex::appendText(QByteArray& out, const KeyInfo& k)
{
    appendLower(out, k.kid);
    out += '\n';
    appendLower(out, k.alg);
    out += '\n';
    appendLower(out, k.kty);
    out += '\n';
    // KeyInfo::typeDescription(), without building it.
    if (k.kty.isEmpty()) {
        out += '?';
    } else {
        appendLower(out, k.kty);
        out += ' ';
        if (k.kty == QLatin1String("RSA") || k.kty == QLatin1String("oct")) {
            out += QByteArray::number(k.sizeBits);
        } else {
            appendLower(out, k.crv);
        }
    }
    out += '\n';
    appendLower(out, k.thumbprint);
    out += '\n';
    appendLower(out, k.setName);
}

void KeySearchIndex::build(const QList<KeyInfo>& keys)
{
    m_text.clear();
    m_offsets.clear();
    m_offsets.reserve(keys.size() + 1);
    // Roughly: two 43-character thumbprints (kid and thumbprint), short facts and the set name.
    m_text.reserve(keys.size() * 128);
    for (const KeyInfo& k : keys) {
        m_offsets.push_back(m_text.size());
        appendText(m_text, k);
    }
    m_offsets.push_back(m_text.size());
    m_text.squeeze();
    m_built = true;
}

void KeySearchIndex::clear()
{
    m_text = QByteArray();
    m_offsets = {};
    m_built = false;
}

QList<QByteArray> KeySearchIndex::needles(const QStringList& terms)
{
    QList<QByteArray> result;
    for (const QString& term : terms) {
        if (!term.isEmpty()) {
            result << term.toLower().toUtf8();
        }
    }
    return result;
}

bool KeySearchIndex::matches(int row, const QList<QByteArray>& needles) const
{
    const std::string_view text(m_text.constData() + m_offsets[row],
                                static_cast<size_t>(m_offsets[row + 1] - m_offsets[row]));
    for (const QByteArray& needle : needles) {
        if (text.find(std::string_view(needle.constData(), static_cast<size_t>(needle.size()))) ==
            std::string_view::npos) {
            return false;
        }
    }
    return true;
}

QByteArray KeySearchIndex::text(int row) const
{
    return m_text.mid(m_offsets[row], m_offsets[row + 1] - m_offsets[row]);
}

} // namespace jwk
