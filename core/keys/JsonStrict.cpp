#include "keys/JsonStrict.h"

#include <cstring>
#include <set>
#include <string>
#include <vector>

namespace jwk {
namespace {

// The index of the quote that closes the string whose opening quote is at `open` (n when there is none), and
// whether the string holds an escape.
qsizetype closingQuote(const char* data, qsizetype n, qsizetype open, bool* escaped)
{
    *escaped = false;
    qsizetype j = open + 1;
    while (j < n) {
        const void* quote = std::memchr(data + j, '"', static_cast<std::size_t>(n - j));
        if (!quote) {
            return n;
        }
        const qsizetype q = static_cast<const char*>(quote) - data;
        // The quote is escaped when an odd number of backslashes stands right before it.
        qsizetype backslashes = 0;
        while (q - 1 - backslashes > open && data[q - 1 - backslashes] == '\\') {
            ++backslashes;
        }
        if (std::memchr(data + j, '\\', static_cast<std::size_t>(q - j))) {
            *escaped = true;
        }
        if (backslashes % 2 == 0) {
            return q;
        }
        j = q + 1;
    }
    return n;
}

// The member name between `begin` and `end` (exclusive) with its escapes resolved, as UTF-8.
std::string unescaped(const char* data, qsizetype begin, qsizetype end)
{
    QString text;
    QByteArray raw;
    for (qsizetype j = begin; j < end;) {
        if (data[j] == '\\' && j + 1 < end) {
            const char e = data[j + 1];
            if (e == 'u' && j + 5 < end) {
                text += QString::fromUtf8(raw);
                raw.clear();
                text += QChar(static_cast<char16_t>(QByteArray(data + j + 2, 4).toUShort(nullptr, 16)));
                j += 6;
                continue;
            }
            raw.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'b' ? '\b' : e == 'f' ? '\f' : e);
            j += 2;
            continue;
        }
        raw.append(data[j]);
        ++j;
    }
    text += QString::fromUtf8(raw);
    return text.toStdString();
}

} // namespace

QString findDuplicateMember(const QByteArray& json)
{
    struct Frame
    {
        bool object;
        bool expectingKey;
        std::set<std::string> names;
    };
    std::vector<Frame> stack;
    const char* data = json.constData();
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        switch (data[i]) {
        case '{':
            stack.push_back({true, true, {}});
            break;
        case '[':
            stack.push_back({false, false, {}});
            break;
        case '}':
        case ']':
            if (!stack.empty()) {
                stack.pop_back();
            }
            break;
        case ',':
            if (!stack.empty() && stack.back().object) {
                stack.back().expectingKey = true;
            }
            break;
        case '"': {
            bool escaped = false;
            const qsizetype close = closingQuote(data, n, i, &escaped);
            if (!stack.empty() && stack.back().object && stack.back().expectingKey) {
                // Names without escapes (nearly all) are their own bytes; values are skipped without copying.
                std::string name = escaped ? unescaped(data, i + 1, close)
                                           : std::string(data + i + 1, static_cast<std::size_t>(close - i - 1));
                if (!stack.back().names.insert(name).second) {
                    return QString::fromStdString(name);
                }
                stack.back().expectingKey = false;
            }
            i = close;
            break;
        }
        default:
            break;
        }
    }
    return {};
}

} // namespace jwk
