// The custom header rule of core/remote (CustomHeaders.h), which jwkman-cli --header and --header-file and the
// desktop's remote dialog all use, and the escape of control characters (core/text/TextEscape.h) for text from
// outside shown to people.

#include "remote/CustomHeaders.h"
#include "text/TextEscape.h"

#include <QtTest>

using namespace jwk;

class TestCustomHeaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptedLines_data();
    void acceptedLines();
    void refusedLines_data();
    void refusedLines();
    void headerFile();
    void headerFileProblemHasLineNumber();
    void escape_data();
    void escape();
};

void TestCustomHeaders::acceptedLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("plain") << QByteArray("X-Proxy-Auth: abc") << QByteArray("X-Proxy-Auth") << QByteArray("abc");
    QTest::newRow("spaces and tabs trimmed")
        << QByteArray(" X-A \t:\t a b \t") << QByteArray("X-A") << QByteArray("a b");
    QTest::newRow("CR of a CRLF line ending") << QByteArray("X-A: v\r") << QByteArray("X-A") << QByteArray("v");
    QTest::newRow("colon in the value") << QByteArray("X-Url: https://a:1/") << QByteArray("X-Url")
                                        << QByteArray("https://a:1/");
    QTest::newRow("empty value") << QByteArray("X-Empty:") << QByteArray("X-Empty") << QByteArray();
    QTest::newRow("UTF-8 value") << QByteArray("X-Name: J\xc3\xbcrgen") << QByteArray("X-Name")
                                 << QByteArray("J\xc3\xbcrgen");
    QTest::newRow("Proxy-Authorization is a proxy's") << QByteArray("Proxy-Authorization: Basic eA==")
                                                      << QByteArray("Proxy-Authorization") << QByteArray("Basic eA==");
    QTest::newRow("token characters") << QByteArray("X!#$%&'*+-.^_`|~9: v") << QByteArray("X!#$%&'*+-.^_`|~9")
                                      << QByteArray("v");
}

void TestCustomHeaders::acceptedLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    const ParsedHeader h = parseCustomHeader(line);
    QVERIFY2(h.problem.isEmpty(), qPrintable(h.problem));
    QCOMPARE(h.name, name);
    QCOMPARE(h.value.view(), value);
}

void TestCustomHeaders::refusedLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("said");
    QTest::newRow("no colon") << QByteArray("X-A v") << QStringLiteral("\"Name: value\"");
    QTest::newRow("no name") << QByteArray(": v") << QStringLiteral("\"Name: value\"");
    QTest::newRow("space in the name") << QByteArray("X A: v") << QStringLiteral("header name \"X A\"");
    QTest::newRow("CR inside") << QByteArray("X-A: v\r\nX-B: w") << QStringLiteral("control character (CR)");
    QTest::newRow("LF inside") << QByteArray("X-A: v\nX-B: w") << QStringLiteral("control character (LF)");
    QTest::newRow("lone CR before the end") << QByteArray("X-A: v\rw") << QStringLiteral("control character (CR)");
    QTest::newRow("tab inside") << QByteArray("X-A: v\tw") << QStringLiteral("(U+0009)");
    QTest::newRow("ESC") << QByteArray("X-A: \x1b[31m") << QStringLiteral("(U+001B)");
    QTest::newRow("C1 CSI") << QByteArray("X-A: a\xc2\x9b") << QStringLiteral("(U+009B)");
    QTest::newRow("Host") << QByteArray("Host: evil.example") << QStringLiteral("header Host cannot be set");
    QTest::newRow("host") << QByteArray("host: evil.example") << QStringLiteral("header host cannot be set");
    QTest::newRow("Content-Length") << QByteArray("Content-Length: 0")
                                    << QStringLiteral("header Content-Length cannot be set");
    QTest::newRow("transfer-encoding") << QByteArray("transfer-encoding: chunked")
                                       << QStringLiteral("header transfer-encoding cannot be set");
    QTest::newRow("CONNECTION") << QByteArray("CONNECTION: close") << QStringLiteral("header CONNECTION cannot be set");
    QTest::newRow("Authorization") << QByteArray("Authorization: Bearer x") << QStringLiteral("--token-file");
    QTest::newRow("aUtHoRiZaTiOn") << QByteArray("aUtHoRiZaTiOn: Bearer x") << QStringLiteral("--token-file");
}

void TestCustomHeaders::refusedLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, said);
    const ParsedHeader h = parseCustomHeader(line);
    QVERIFY2(h.problem.contains(said), qPrintable(h.problem));
    QVERIFY(h.name.isEmpty());
    QVERIFY(h.value.isEmpty());
    // The value is never quoted (it may be a secret), and the sentence is one line without control characters.
    for (const QChar c : h.problem) {
        QVERIFY2(c.unicode() >= 0x20 && (c.unicode() < 0x7f || c.unicode() > 0x9f), qPrintable(h.problem));
    }
    QVERIFY2(!h.problem.contains(QStringLiteral("evil.example")) && !h.problem.contains(QStringLiteral("Bearer")),
             qPrintable(h.problem));
    // The same rule for a header as a profile holds it.
    const qsizetype colon = line.indexOf(':');
    if (colon > 0) {
        const CustomHeaderList list{{line.left(colon).trimmed(), SecureBytes::fromByteArray(line.mid(colon + 1))}};
        QVERIFY(!customHeadersProblem(list).isEmpty());
    }
}

void TestCustomHeaders::headerFile()
{
    const QByteArray text = "# proxy credentials\r\n"
                            "X-Proxy-Auth: s3cret\r\n"
                            "\n"
                            "   \t\n"
                            "  # indented comment\n"
                            "X-Tenant: blue\n"
                            "X-Last: no newline";
    CustomHeaderList headers{{"X-Before", SecureBytes::fromByteArray("kept")}};
    QCOMPARE(parseCustomHeaderLines(text, headers), QString());
    QCOMPARE(headers.size(), 4);
    QCOMPARE(headers[0].first, QByteArray("X-Before"));
    QCOMPARE(headers[1].first, QByteArray("X-Proxy-Auth"));
    QCOMPARE(headers[1].second.view(), QByteArray("s3cret"));
    QCOMPARE(headers[2].first, QByteArray("X-Tenant"));
    QCOMPARE(headers[2].second.view(), QByteArray("blue"));
    QCOMPARE(headers[3].second.view(), QByteArray("no newline"));
    QCOMPARE(customHeadersProblem(headers), QString());
}

void TestCustomHeaders::headerFileProblemHasLineNumber()
{
    CustomHeaderList headers;
    const QString problem = parseCustomHeaderLines("# c\nX-A: 1\nAuthorization: Bearer s3cret\n", headers);
    QVERIFY2(problem.startsWith(QStringLiteral("line 3: ")), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("--token-file")), qPrintable(problem));
    QVERIFY2(!problem.contains(QStringLiteral("s3cret")), qPrintable(problem));
}

void TestCustomHeaders::escape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("Not Found: set a/b") << QStringLiteral("Not Found: set a/b");
    QTest::newRow("ESC") << QStringLiteral("\u001b[2Jx") << QStringLiteral("\\u001b[2Jx");
    QTest::newRow("CR LF TAB NUL") << QString::fromUtf16(u"a\r\n\tb\0c", 7)
                                   << QStringLiteral("a\\u000d\\u000a\\u0009b\\u0000c");
    QTest::newRow("DEL and C1") << QStringLiteral("\u007f\u0085\u009b") << QStringLiteral("\\u007f\\u0085\\u009b");
    QTest::newRow("bidi override and line separator")
        << QStringLiteral("a\u202eb\u2028c\u2066") << QStringLiteral("a\\u202eb\\u2028c\\u2066");
    QTest::newRow("other text kept") << QStringLiteral("J\u00fcrgen \u00a0\u20ac \\u001b")
                                     << QStringLiteral("J\u00fcrgen \u00a0\u20ac \\u001b");
}

void TestCustomHeaders::escape()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(escapeControlCharacters(text), escaped);
}

QTEST_GUILESS_MAIN(TestCustomHeaders)
#include "tst_customheaders.moc"
