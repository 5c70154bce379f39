// jwkman-cli remote against what it must not trust or lose: an endless answer (peak memory of the process, measured
// with getrusage), control characters in a server's error (escaped on stderr), headers that would forge or override
// the request (--header and --header-file refused, nothing sent, the value never printed), --header-file for
// credentials kept out of argv, and a set that neither the server nor the store has (diff exits 2, pull warns).

#include "FakeHydraServer.h"
#include "ProcessRun.h"
#include "RemoteTestUtil.h"
#include "remote/SavedRemotes.h"
#include "store/KeyStore.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

using jwk::KeyStore;
using jwk::test::FakeHydraServer;
using Hostile = jwk::test::FakeHydraServer::Hostile;
using namespace remotetest;

namespace {

const QByteArray kHeaderSecret = "hdr-S3CRET-never-printed";

// exit code, one line on stderr starting "jwkman-cli: ", nothing on stdout
#define VERIFY_ONE_LINE_ERROR(run, code)                                                                               \
    do {                                                                                                               \
        const jwktest::ProcessRun& r_ = (run);                                                                         \
        QVERIFY2(r_.finished, qPrintable("jwkman-cli did not finish in time or crashed: " + r_.describe()));           \
        QVERIFY2(r_.exitCode == (code), qPrintable(r_.describe()));                                                    \
        QVERIFY2(r_.out.isEmpty(), qPrintable(r_.describe()));                                                         \
        QVERIFY2(r_.err.startsWith("jwkman-cli: "), qPrintable(r_.describe()));                                        \
        QVERIFY2(r_.err.endsWith('\n') && r_.err.count('\n') == 1, qPrintable(r_.describe()));                         \
    } while (false)

// The first byte of `text` a terminal would act on (C0 but LF, DEL, C1 in UTF-8), else -1.
qsizetype firstControlByte(const QByteArray& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\n') || c == 0x7f ||
            (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
             static_cast<unsigned char>(text[i + 1]) <= 0x9f)) {
            return i;
        }
    }
    return -1;
}

} // namespace

class TestCliRemoteGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // First: getrusage() gives the largest child so far.
    void endlessAnswerPeakMemory();
    void controlCharactersEscapedOnStderr();
    void headerOptionRefused_data();
    void headerOptionRefused();
    void headerFile();
    void headerFileRefused();
    void setOnNeitherSide();

private:
    jwktest::ProcessRun cli(const QStringList& args);
    QString writeFile(const QString& name, const QByteArray& content);
    QString m_storePath;
    QTemporaryDir* m_dir = nullptr;
    FakeHydraServer* m_server = nullptr;
};

void TestCliRemoteGuard::initTestCase()
{
    setUpEnvironment();
    QVERIFY(QFile::exists(QStringLiteral(JWKMAN_CLI_PATH)));
}

void TestCliRemoteGuard::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_storePath = m_dir->filePath(QStringLiteral("jwkman.sqlite"));
    m_server = new FakeHydraServer(this);
    QVERIFY(m_server->start() != 0);
}

void TestCliRemoteGuard::cleanup()
{
    delete m_server;
    m_server = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

jwktest::ProcessRun TestCliRemoteGuard::cli(const QStringList& args)
{
    jwktest::ProcessOptions options;
    options.env.insert(QStringLiteral("JWKMAN_SECRET_BACKEND"), QStringLiteral("file"));
    options.env.insert(QStringLiteral("JWKMAN_STORE"), m_storePath);
    options.env.remove(QStringLiteral("SECRETS_SYSTEM"));
    options.serveEvents = true; // the fake server lives in this thread and must answer meanwhile
    return jwktest::runProcess(QStringLiteral(JWKMAN_CLI_PATH), args, options);
}

QString TestCliRemoteGuard::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

void TestCliRemoteGuard::endlessAnswerPeakMemory()
{
    // An endless chunked answer: one line on stderr, exit 1, and the whole process stays far below the 1-2 GB such an
    // answer cost before the reply's buffer was bounded. The cap only protects the machine from a client without that
    // bound.
    m_server->setHostileCap(1024 * kMiB);
    m_server->hostileNext(Hostile::EndlessChunked);
    const jwktest::ProcessRun r = cli({QStringLiteral("remote"), QStringLiteral("pull"), QStringLiteral("--url"),
                                       m_server->url().toString(), QStringLiteral("--set"), QStringLiteral("s")});
    VERIFY_ONE_LINE_ERROR(r, 1);
    QVERIFY2(r.err.contains("grew past 64 MiB and was cut off"), qPrintable(r.describe()));
    rusage usage{};
    QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
    const qint64 peak = static_cast<qint64>(usage.ru_maxrss) * 1024; // kilobytes on Linux
    qInfo("peak resident memory of jwkman-cli remote pull on an endless chunked answer: %lld MiB (%lld bytes sent)",
          peak / kMiB, m_server->hostileBytesSent());
    QVERIFY2(peak > 0 && peak < kPeakBound, qPrintable(QStringLiteral("peak %1 MiB").arg(peak / kMiB)));
    QVERIFY2(m_server->hostileBytesSent() < 1024 * kMiB, "the client read on until the server's cap");
}

void TestCliRemoteGuard::controlCharactersEscapedOnStderr()
{
    m_server->hostileNext(Hostile::ControlCharacters);
    const jwktest::ProcessRun r = cli({QStringLiteral("remote"), QStringLiteral("diff"), QStringLiteral("--url"),
                                       m_server->url().toString(), QStringLiteral("--set"), QStringLiteral("s")});
    VERIFY_ONE_LINE_ERROR(r, 1);
    QVERIFY2(firstControlByte(r.err) < 0,
             qPrintable(QStringLiteral("control byte at %1: %2")
                            .arg(firstControlByte(r.err))
                            .arg(QString::fromLatin1(r.err.toPercentEncoding(" :;/[]\"'()-\\")))));
    QVERIFY2(r.err.contains("HTTP 400"), qPrintable(r.describe()));
    QVERIFY2(r.err.contains("bad\\u001b[2J\\u001b]0;pwned\\u0007request"), qPrintable(r.describe()));
    QVERIFY2(r.err.contains("line one\\u000d\\u000ajwkman-cli: all keys pulled\\u009b31m"), qPrintable(r.describe()));
}

void TestCliRemoteGuard::headerOptionRefused_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("said");
    const QString secret = QString::fromLatin1(kHeaderSecret);
    QTest::newRow("CR LF") << QStringLiteral("X-Proxy-Auth: %1\r\nX-Injected: 1").arg(secret)
                           << QStringLiteral("control character (CR)");
    QTest::newRow("LF") << QStringLiteral("X-Proxy-Auth: %1\nX-Injected: 1").arg(secret)
                        << QStringLiteral("control character (LF)");
    QTest::newRow("ESC") << QStringLiteral("X-Proxy-Auth: %1\u001b[2J").arg(secret) << QStringLiteral("(U+001B)");
    QTest::newRow("C1") << QStringLiteral("X-Proxy-Auth: %1\u009b").arg(secret) << QStringLiteral("(U+009B)");
    QTest::newRow("Host") << QStringLiteral("Host: %1").arg(secret) << QStringLiteral("header Host cannot be set");
    QTest::newRow("content-length") << QStringLiteral("content-length: %1").arg(secret)
                                    << QStringLiteral("client sets it itself");
    QTest::newRow("Transfer-Encoding") << QStringLiteral("Transfer-Encoding: %1").arg(secret)
                                       << QStringLiteral("client sets it itself");
    QTest::newRow("CONNECTION") << QStringLiteral("CONNECTION: %1").arg(secret)
                                << QStringLiteral("client sets it itself");
    QTest::newRow("authorization") << QStringLiteral("authorization: Bearer %1").arg(secret)
                                   << QStringLiteral("--token-file");
    QTest::newRow("no colon") << QStringLiteral("X-Proxy-Auth %1").arg(secret) << QStringLiteral("\"Name: value\"");
}

void TestCliRemoteGuard::headerOptionRefused()
{
    // Refused as a usage error (64) before anything is sent or saved; the value (a secret) never printed.
    QFETCH(QString, header);
    QFETCH(QString, said);
    jwktest::ProcessRun r =
        cli({QStringLiteral("remote"), QStringLiteral("diff"), QStringLiteral("--url"), m_server->url().toString(),
             QStringLiteral("--set"), QStringLiteral("s"), QStringLiteral("--header"), header});
    VERIFY_ONE_LINE_ERROR(r, 64);
    QVERIFY2(r.err.contains(said.toUtf8()), qPrintable(r.describe()));
    QVERIFY2(!r.err.contains(kHeaderSecret), qPrintable(r.describe()));
    QVERIFY2(firstControlByte(r.err) < 0, qPrintable(r.describe()));
    QVERIFY(m_server->requests().isEmpty());

    r = cli({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("prod"), m_server->url().toString(),
             QStringLiteral("--header"), header});
    VERIFY_ONE_LINE_ERROR(r, 64);
    QVERIFY2(!r.err.contains(kHeaderSecret), qPrintable(r.describe()));
    QVERIFY(!jwk::SavedRemotes(*KeyStore::open(m_storePath)).find(QStringLiteral("prod")));
}

void TestCliRemoteGuard::headerFile()
{
    // Credentials in a file, not in argv: comments and blank lines skipped, CRLF line endings read, repeatable, and
    // together with --header.
    const QString first = writeFile(QStringLiteral("headers"), "# the proxy in front of Hydra\r\n"
                                                               "X-Proxy-Auth: " +
                                                                   kHeaderSecret + "\r\n\r\n   \n# end\n");
    const QString second = writeFile(QStringLiteral("more-headers"), "X-Tenant: blue");
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("k1"))});
    jwktest::ProcessRun r =
        cli({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("prod"), m_server->url().toString(),
             QStringLiteral("--set"), QStringLiteral("s"), QStringLiteral("--header-file"), first,
             QStringLiteral("--header-file"), second, QStringLiteral("--header"), QStringLiteral("X-Plain: 1")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(!r.out.contains(kHeaderSecret) && !r.err.contains(kHeaderSecret));
    r = cli({QStringLiteral("remote"), QStringLiteral("diff"), QStringLiteral("prod")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(m_server->requests().size(), 1);
    const auto headers = m_server->requests().first().headers;
    QMap<QByteArray, QByteArray> sent;
    for (const auto& [name, value] : headers) {
        sent.insert(name.toLower(), value);
    }
    QCOMPARE(sent.value("x-proxy-auth"), kHeaderSecret);
    QCOMPARE(sent.value("x-tenant"), QByteArray("blue"));
    QCOMPARE(sent.value("x-plain"), QByteArray("1"));

    // --help says where credentials go
    r = cli({QStringLiteral("help"), QStringLiteral("remote")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains("--header-file <FILE>"), qPrintable(r.describe()));
    QVERIFY2(r.out.contains("Give secrets in files (--token-file, --header-file), never on the command line"),
             qPrintable(r.describe()));
}

void TestCliRemoteGuard::headerFileRefused()
{
    // A file with a forbidden header: invalid input (2) naming the file and the line, the value never printed.
    const QString path =
        writeFile(QStringLiteral("headers"), "X-Ok: 1\nAuthorization: Bearer " + kHeaderSecret + "\nX-After: 2\n");
    QVERIFY(!path.isEmpty());
    jwktest::ProcessRun r =
        cli({QStringLiteral("remote"), QStringLiteral("diff"), QStringLiteral("--url"), m_server->url().toString(),
             QStringLiteral("--set"), QStringLiteral("s"), QStringLiteral("--header-file"), path});
    VERIFY_ONE_LINE_ERROR(r, 2);
    QVERIFY2(r.err.contains(path.toUtf8()) && r.err.contains("line 2"), qPrintable(r.describe()));
    QVERIFY2(r.err.contains("--token-file"), qPrintable(r.describe()));
    QVERIFY2(!r.err.contains(kHeaderSecret), qPrintable(r.describe()));
    QVERIFY(m_server->requests().isEmpty());

    const QString injected = writeFile(QStringLiteral("injected"), "X-A: " + kHeaderSecret + "\rX-Injected: 1\n");
    r = cli({QStringLiteral("remote"), QStringLiteral("diff"), QStringLiteral("--url"), m_server->url().toString(),
             QStringLiteral("--set"), QStringLiteral("s"), QStringLiteral("--header-file"), injected});
    VERIFY_ONE_LINE_ERROR(r, 2);
    QVERIFY2(r.err.contains("line 1") && r.err.contains("control character (CR)"), qPrintable(r.describe()));
    QVERIFY(m_server->requests().isEmpty());

    r = cli({QStringLiteral("remote"), QStringLiteral("diff"), QStringLiteral("--url"), m_server->url().toString(),
             QStringLiteral("--set"), QStringLiteral("s"), QStringLiteral("--header-file"),
             m_dir->filePath(QStringLiteral("missing"))});
    VERIFY_ONE_LINE_ERROR(r, 2);
    QVERIFY2(r.err.contains("cannot be read"), qPrintable(r.describe()));
}

void TestCliRemoteGuard::setOnNeitherSide()
{
    m_server->setKeys(QStringLiteral("present"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("k1"))});
    const QString url = m_server->url().toString();

    // diff: a set neither side has fails with exit 2 and says which
    jwktest::ProcessRun r =
        cli({QStringLiteral("remote"), QStringLiteral("diff"), QStringLiteral("--url"), url, QStringLiteral("--set"),
             QStringLiteral("present"), QStringLiteral("--set"), QStringLiteral("nosuch")});
    VERIFY_ONE_LINE_ERROR(r, 2);
    QVERIFY2(r.err.contains("key set nosuch: on neither") && r.err.contains("nor in the store"),
             qPrintable(r.describe()));
    QVERIFY2(!r.err.contains("present"), qPrintable(r.describe()));

    // pull --yes: applies what there is, warns about the rest, exit 0
    r = cli({QStringLiteral("remote"), QStringLiteral("pull"), QStringLiteral("--url"), url, QStringLiteral("--set"),
             QStringLiteral("present"), QStringLiteral("--set"), QStringLiteral("nosuch"), QStringLiteral("--yes")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("warning: key set nosuch: on neither"), qPrintable(r.describe()));
    const QJsonObject pulled = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(pulled.value(QStringLiteral("applied")).toBool(), true);
    QCOMPARE(pulled.value(QStringLiteral("sets")).toArray().size(), 2);
    QCOMPARE(pulled.value(QStringLiteral("sets")).toArray().at(1).toObject().value(QStringLiteral("local_missing")),
             QJsonValue(true));
    QCOMPARE(kidsOf(KeyStore::open(m_storePath)->loadKeys(QStringLiteral("present"), true)),
             QStringList{QStringLiteral("k1")});

    // a set the store has and the server does not is a difference, not a mistake: diff exits 0
    m_server->setKeys(QStringLiteral("present"), {});
    r = cli({QStringLiteral("remote"), QStringLiteral("diff"), QStringLiteral("--url"), url, QStringLiteral("--set"),
             QStringLiteral("present")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(!r.err.contains("on neither"), qPrintable(r.describe()));
    const QJsonObject diffed = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(diffed.value(QStringLiteral("sets")).toArray().at(0).toObject().value(QStringLiteral("remote_missing")),
             QJsonValue(true));
}

QTEST_GUILESS_MAIN(TestCliRemoteGuard)
#include "tst_cli_remote_guard.moc"
