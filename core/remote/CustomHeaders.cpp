#include "remote/CustomHeaders.h"

#include "text/TextEscape.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::CustomHeaders)
};
} // namespace

namespace jwk {
namespace {

// RFC 9110 token characters.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        return true;
    }
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// The name of the first control character in `value` (C0, DEL, or C1 written in UTF-8), else empty.
QString controlCharacterIn(QByteArrayView value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        if (c == '\r') {
            return QStringLiteral("CR");
        }
        if (c == '\n') {
            return QStringLiteral("LF");
        }
        if (c < 0x20 || c == 0x7f) {
            return QStringLiteral("U+%1").arg(c, 4, 16, QLatin1Char('0')).toUpper();
        }
        if (c == 0xc2 && i + 1 < value.size()) {
            const auto next = static_cast<unsigned char>(value[i + 1]);
            if (next >= 0x80 && next <= 0x9f) {
                return QStringLiteral("U+%1").arg(next, 4, 16, QLatin1Char('0')).toUpper();
            }
        }
    }
    return {};
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t')) {
        text = text.sliced(1);
    }
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t')) {
        text.chop(1);
    }
    return text;
}

} // namespace

QString customHeaderProblem(QByteArrayView name, QByteArrayView value)
{
    if (name.isEmpty()) {
        return Tr::tr("a header has no name: write it as \"Name: value\"");
    }
    for (const char c : name) {
        if (!isTokenChar(c)) {
            return Tr::tr("the header name \"%1\" has a character a header name cannot have (letters, digits and "
                          "!#$%&'*+-.^_`|~ only)")
                .arg(escapeControlCharacters(QString::fromLatin1(name.first(std::min<qsizetype>(name.size(), 60)))));
        }
    }
    static const QByteArrayView reserved[] = {"Host", "Content-Length", "Transfer-Encoding", "Connection",
                                              "Authorization"};
    for (const QByteArrayView r : reserved) {
        if (name.compare(r, Qt::CaseInsensitive) == 0) {
            const QString nameText = QString::fromLatin1(name);
            if (r == QByteArrayView("Authorization")) {
                return Tr::tr("the header %1 cannot be set as a custom header: give the bearer token as the token "
                              "(jwkman-cli: --token-file FILE)")
                    .arg(nameText);
            }
            return Tr::tr("the header %1 cannot be set as a custom header: the client sets it itself").arg(nameText);
        }
    }
    if (const QString control = controlCharacterIn(value); !control.isEmpty()) {
        return Tr::tr("the value of the header %1 has a control character (%2): a header value is one line of "
                      "text")
            .arg(QString::fromLatin1(name), control);
    }
    return {};
}

QString customHeadersProblem(const CustomHeaderList& headers)
{
    for (const auto& [name, value] : headers) {
        if (QString problem = customHeaderProblem(name, value.view()); !problem.isEmpty()) {
            return problem;
        }
    }
    return {};
}

ParsedHeader parseCustomHeader(QByteArrayView line)
{
    ParsedHeader header;
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || trimmed(line.first(colon)).isEmpty()) {
        header.problem = Tr::tr("a header is written as \"Name: value\"; this one has no name before a colon");
        return header;
    }
    const QByteArrayView name = trimmed(line.first(colon));
    const QByteArrayView value = trimmed(line.sliced(colon + 1));
    header.problem = customHeaderProblem(name, value);
    if (header.problem.isEmpty()) {
        header.name = name.toByteArray();
        header.value.append(value.data(), static_cast<std::size_t>(value.size()));
    }
    return header;
}

QString parseCustomHeaderLines(QByteArrayView text, CustomHeaderList& out)
{
    int number = 0;
    while (!text.isEmpty()) {
        ++number;
        qsizetype end = text.indexOf('\n');
        const QByteArrayView line = end < 0 ? text : text.first(end);
        text = end < 0 ? QByteArrayView() : text.sliced(end + 1);
        const QByteArrayView content = trimmed(line.endsWith('\r') ? line.first(line.size() - 1) : line);
        if (content.isEmpty() || content.startsWith('#')) {
            continue;
        }
        ParsedHeader header = parseCustomHeader(line);
        if (!header.problem.isEmpty()) {
            return Tr::tr("line %1: %2").arg(QString::number(number), header.problem);
        }
        out.append({header.name, std::move(header.value)});
    }
    return {};
}

} // namespace jwk
