#include "JsonStrict.h"

#include <set>
#include <vector>

namespace jwk {

QString findDuplicateMember(const QByteArray& json)
{
    struct Frame
    {
        bool object;
        bool expectingKey;
        std::set<QString> names;
    };
    std::vector<Frame> stack;
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        switch (c) {
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
            // Read the string, unescaping, up to its closing quote.
            QString text;
            qsizetype j = i + 1;
            QByteArray raw;
            while (j < n && json[j] != '"') {
                if (json[j] == '\\' && j + 1 < n) {
                    const char e = json[j + 1];
                    if (e == 'u' && j + 5 < n) {
                        text += QString::fromUtf8(raw);
                        raw.clear();
                        text += QChar(static_cast<char16_t>(json.mid(j + 2, 4).toUShort(nullptr, 16)));
                        j += 6;
                        continue;
                    }
                    const char mapped = e == 'n'   ? '\n'
                                        : e == 't' ? '\t'
                                        : e == 'r' ? '\r'
                                        : e == 'b' ? '\b'
                                        : e == 'f' ? '\f'
                                                   : e;
                    raw.append(mapped);
                    j += 2;
                    continue;
                }
                raw.append(json[j]);
                ++j;
            }
            text += QString::fromUtf8(raw);
            if (!stack.empty() && stack.back().object && stack.back().expectingKey) {
                if (!stack.back().names.insert(text).second) {
                    return text;
                }
                stack.back().expectingKey = false;
            }
            i = j;
            break;
        }
        default:
            break;
        }
    }
    return {};
}

} // namespace jwk
