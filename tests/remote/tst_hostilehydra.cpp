// HydraAdminClient against a hostile server (the fake Hydra's hostile modes): an endless chunked answer while the
// client's thread is busy costs the answer limit and no more (peak memory measured), an answer that drips in ends at
// the time-out with a sentence that says so, an answer that announces more than the limit is refused before its body
// is read, control characters in an error's reason phrase and body reach the error sentence escaped, and a profile
// whose custom headers break the header rule (as a store an attacker edited could hold) sends nothing.

#include "FakeHydraServer.h"
#include "RemoteTestUtil.h"
#include "remote/HydraAdminClient.h"

#include <QFile>
#include <QThread>
#include <QtTest>

using jwk::HydraAdminClient;
using jwk::HydraResult;
using jwk::RemoteProfile;
using jwk::SecureBytes;
using jwk::test::FakeHydraServer;
using Hostile = jwk::test::FakeHydraServer::Hostile;
using namespace remotetest;

namespace {

QString describe(const HydraResult& r)
{
    return QStringLiteral("ok %1, HTTP %2, attempts %3, timedOut %4: %5")
        .arg(r.ok)
        .arg(r.httpStatus)
        .arg(r.attempts)
        .arg(r.timedOut)
        .arg(r.error);
}

// The peak resident memory of this process so far (VmHWM), in bytes; -1 when /proc cannot tell.
qint64 peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
        }
    }
    return -1;
}

// The first character a terminal would act on (C0, DEL, C1), else -1.
qsizetype firstControlCharacter(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            return i;
        }
    }
    return -1;
}

// The fake Hydra in a thread of its own: it goes on sending while the client's thread is busy (a desktop whose event
// loop is held up by other work), as a real server would.
class ServerThread
{
public:
    ServerThread()
    {
        m_thread.start();
        m_context->moveToThread(&m_thread);
        run([this] {
            m_server = new FakeHydraServer;
            m_server->start();
        });
    }
    ~ServerThread()
    {
        run([this] { delete m_server; });
        m_thread.quit();
        m_thread.wait();
        delete m_context;
    }
    template<typename F>
    void run(F f)
    {
        QMetaObject::invokeMethod(m_context, f, Qt::BlockingQueuedConnection);
    }
    FakeHydraServer* server() const { return m_server; }

private:
    QThread m_thread;
    QObject* m_context = new QObject;
    FakeHydraServer* m_server = nullptr;
};

} // namespace

class TestHostileHydra : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // First: the peak memory of the process is measured (VmHWM only grows).
    void endlessChunkedAnswerWhileBusy();
    void dripEndsAtTimeout();
    void hugeContentLengthRefusedUnread_data();
    void hugeContentLengthRefusedUnread();
    void controlCharactersEscaped();
    void badProfileHeadersNotSent_data();
    void badProfileHeadersNotSent();

private:
    static RemoteProfile profile(const QUrl& url, int timeoutMs = 10000);
};

void TestHostileHydra::initTestCase()
{
    setUpEnvironment();
}

RemoteProfile TestHostileHydra::profile(const QUrl& url, int timeoutMs)
{
    RemoteProfile p;
    p.name = QStringLiteral("hostile");
    p.adminUrl = url;
    p.timeoutMs = timeoutMs;
    return p;
}

void TestHostileHydra::endlessChunkedAnswerWhileBusy()
{
    // The default limit (64 MiB). The server stops at 512 MiB only so that a client without a bound on what it reads
    // cannot take the test machine down; a bounded client never gets near it.
    constexpr qint64 cap = 512 * kMiB;
    ServerThread hostile;
    hostile.run([&] {
        hostile.server()->setHostileCap(cap);
        hostile.server()->hostileNext(Hostile::EndlessChunked);
    });
    HydraAdminClient client(profile(hostile.server()->url()));
    client.setRetryPolicy(0, 10);
    QCOMPARE(client.maxAnswerBytes(), 64 * kMiB);
    auto* request = client.getKeySet(QStringLiteral("s"));
    // Once the answer flows, this thread is busy for a while: Qt's HTTP thread must not read on without bound.
    QVERIFY(spinUntil([&] { return hostile.server()->hostileBytesSent() > 0; }, 10000));
    QThread::msleep(2000);
    const HydraResult r = HydraAdminClient::wait(request);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("grew past 64 MiB and was cut off")), qPrintable(describe(r)));
    QCOMPARE(r.attempts, 1);
    // What the server got rid of: the limit and the buffers on the way (Qt's, the kernel's), far from the cap.
    const qint64 sent = hostile.server()->hostileBytesSent();
    QVERIFY2(sent < 64 * kMiB + 48 * kMiB, qPrintable(QStringLiteral("%1 bytes sent").arg(sent)));
    const qint64 peak = peakResidentBytes();
    QVERIFY(peak > 0);
    qInfo("peak resident memory of the test process (VmHWM) after an endless chunked answer: %lld MiB", peak / kMiB);
    QVERIFY2(peak < kPeakBound, qPrintable(QStringLiteral("peak %1 MiB").arg(peak / kMiB)));
}

void TestHostileHydra::dripEndsAtTimeout()
{
    // One byte every 20 ms, without end: bounded by the time-out, and the sentence says the answer began but did not
    // end (not "no answer").
    FakeHydraServer server;
    QVERIFY(server.start() != 0);
    server.hostileNext(Hostile::Drip);
    HydraAdminClient client(profile(server.url(), 1000));
    client.setRetryPolicy(0, 10);
    const HydraResult r = HydraAdminClient::wait(client.getKeySet(QStringLiteral("s")));
    QVERIFY(!r.ok);
    QVERIFY(r.timedOut);
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.attempts, 1);
    QVERIFY2(r.error.contains(QStringLiteral("HTTP 200, but the whole answer did not arrive within 1 s")),
             qPrintable(describe(r)));
    QVERIFY2(r.error.contains(QStringLiteral("bytes came")), qPrintable(describe(r)));
    QVERIFY2(r.error.contains(QStringLiteral("longer time-out")), qPrintable(describe(r)));
    QVERIFY2(server.hostileBytesSent() > 0, "the drip never began");
}

void TestHostileHydra::hugeContentLengthRefusedUnread_data()
{
    QTest::addColumn<QByteArray>("contentLength");
    QTest::addColumn<QString>("said");
    QTest::newRow("1 TiB") << QByteArray("1099511627776") << QStringLiteral("1099511627776 bytes");
    QTest::newRow("one past the limit") << QByteArray::number(64 * kMiB + 1) << QStringLiteral("67108865 bytes");
    QTest::newRow("past 2^64") << QByteArray("99999999999999999999999") << QStringLiteral("bytes");
}

void TestHostileHydra::hugeContentLengthRefusedUnread()
{
    // The server announces the size and then sends a few bytes and nothing more: only the announcement shows the
    // answer is too large. Refused at once (well before the 5 s time-out), and not retried: another attempt would
    // be announced the same.
    QFETCH(QByteArray, contentLength);
    QFETCH(QString, said);
    FakeHydraServer server;
    QVERIFY(server.start() != 0);
    server.setHugeContentLength(contentLength);
    server.hostileNext(Hostile::HugeContentLength, 3);
    HydraAdminClient client(profile(server.url(), 5000));
    client.setRetryPolicy(2, 10);
    const HydraResult r = HydraAdminClient::wait(client.getKeySet(QStringLiteral("s")));
    QVERIFY(!r.ok);
    QVERIFY2(!r.timedOut, qPrintable(describe(r)));
    QCOMPARE(r.attempts, 1);
    QVERIFY2(r.error.contains(QStringLiteral("the server announced an answer of")), qPrintable(describe(r)));
    QVERIFY2(r.error.contains(said), qPrintable(describe(r)));
    QVERIFY2(r.error.contains(QStringLiteral("more than the 64 MiB allowed")), qPrintable(describe(r)));
    QCOMPARE(server.requests().size(), 1);
}

void TestHostileHydra::controlCharactersEscaped()
{
    // ESC sequences, BEL, CR LF and C1 in the reason phrase and in every field of the error body: the sentence holds
    // them as \uXXXX, the raw fields keep what the server sent (for programs).
    FakeHydraServer server;
    QVERIFY(server.start() != 0);
    server.hostileNext(Hostile::ControlCharacters);
    HydraAdminClient client(profile(server.url()));
    const HydraResult r = HydraAdminClient::wait(client.getKeySet(QStringLiteral("s")));
    QVERIFY(!r.ok);
    QCOMPARE(r.httpStatus, 400);
    QVERIFY2(firstControlCharacter(r.error) < 0,
             qPrintable(QStringLiteral("control character at %1 in: %2")
                            .arg(firstControlCharacter(r.error))
                            .arg(QString::fromLatin1(r.error.toUtf8().toPercentEncoding(" :;/[]\"'()-")))));
    QVERIFY2(r.error.contains(QStringLiteral("bad\\u001b[2J\\u001b]0;pwned\\u0007request")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("line one\\u000d\\u000ajwkman-cli: all keys pulled\\u009b31m")),
             qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("debug: \\u001b[31mred")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("Bad\\u001b[1mReq\\u0007uest")), qPrintable(r.error));
    QCOMPARE(r.hydraError, QStringLiteral("bad\u001b[2J\u001b]0;pwned\u0007request"));
}

void TestHostileHydra::badProfileHeadersNotSent_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("said");
    const QByteArray secret = "s3cret-header-value";
    QTest::newRow("CR LF: a forged header")
        << QByteArray("X-Proxy-Auth") << secret + "\r\nX-Injected: 1" << QStringLiteral("control character (CR)");
    QTest::newRow("LF alone") << QByteArray("X-Proxy-Auth") << secret + "\nX-Injected: 1"
                              << QStringLiteral("control character (LF)");
    QTest::newRow("ESC") << QByteArray("X-Proxy-Auth") << secret + "\x1b[2J" << QStringLiteral("(U+001B)");
    QTest::newRow("DEL") << QByteArray("X-Proxy-Auth") << secret + "\x7f" << QStringLiteral("(U+007F)");
    QTest::newRow("C1 in UTF-8") << QByteArray("X-Proxy-Auth") << secret + "\xc2\x9b" << QStringLiteral("(U+009B)");
    QTest::newRow("NUL") << QByteArray("X-Proxy-Auth") << secret + QByteArray(1, '\0') << QStringLiteral("(U+0000)");
    QTest::newRow("Host") << QByteArray("Host") << secret << QStringLiteral("client sets it itself");
    QTest::newRow("content-length") << QByteArray("content-length") << secret
                                    << QStringLiteral("client sets it itself");
    QTest::newRow("TRANSFER-ENCODING") << QByteArray("TRANSFER-ENCODING") << secret
                                       << QStringLiteral("client sets it itself");
    QTest::newRow("Connection") << QByteArray("Connection") << secret << QStringLiteral("client sets it itself");
    QTest::newRow("authorization") << QByteArray("authorization") << secret << QStringLiteral("--token-file");
    QTest::newRow("space in the name") << QByteArray("X Proxy") << secret << QStringLiteral("header name");
    QTest::newRow("CR LF in the name") << QByteArray("X-A\r\nX-B") << secret << QStringLiteral("header name");
}

void TestHostileHydra::badProfileHeadersNotSent()
{
    // A profile as the store gives it back: the client checks the headers itself and sends nothing.
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QString, said);
    FakeHydraServer server;
    QVERIFY(server.start() != 0);
    RemoteProfile p = profile(server.url());
    p.headers.append({name, SecureBytes::fromByteArray(value)});
    HydraAdminClient client(p);
    const HydraResult r = HydraAdminClient::wait(client.getKeySet(QStringLiteral("s")));
    QVERIFY(!r.ok);
    QCOMPARE(r.httpStatus, 0);
    QVERIFY2(r.error.contains(QStringLiteral("not sent")), qPrintable(r.error));
    QVERIFY2(r.error.contains(said), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("correct the custom headers")), qPrintable(r.error));
    QVERIFY2(!r.error.contains(QStringLiteral("s3cret")), qPrintable(r.error));
    QVERIFY2(firstControlCharacter(r.error) < 0, qPrintable(r.error));
    QCOMPARE(server.requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestHostileHydra)
#include "tst_hostilehydra.moc"
