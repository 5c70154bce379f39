// jwkman-cli and what an attacker can plant around it (issue 11): export --out onto a symbolic link (to a file or
// dangling) is refused with one line that says so, nothing written and the link's target untouched; and the process
// turns off core dumps and ptrace by others (RLIMIT_CORE 0, not dumpable) before it reads a key: checked from
// outside, on /proc, while jwkman-cli waits for a key on standard input.

#include "ProcessRun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int kWaitMs = 60000;

QString cliPath()
{
    return QStringLiteral(JWKMAN_CLI_PATH);
}

// RFC 7517 Appendix A.2: a private EC P-256 key.
const QByteArray kPrivateEc =
    R"({"kty":"EC","crv":"P-256","x":"MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4",)"
    R"("y":"4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM","d":"870MB6gfuTJ4HtUnUvYMyJpr5eUZNP4Bk43bVdj3eAE"})";

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

jwktest::ProcessRun cli(const QStringList& args)
{
    jwktest::ProcessOptions options;
    options.waitMs = kWaitMs;
    options.env = jwktest::cliEnvironment();
    return jwktest::runProcess(cliPath(), args, options);
}

bool oneLine(const QByteArray& err)
{
    return err.count('\n') == 1 && err.endsWith('\n') && err.startsWith("jwkman-cli: ");
}

// "Max core file size" of /proc/PID/limits: the soft limit as written there ("0", "unlimited"), empty if unreadable.
QByteArray coreLimitOf(qint64 pid)
{
    const QByteArray limits = readAll(QStringLiteral("/proc/%1/limits").arg(pid));
    for (const QByteArray& line : limits.split('\n')) {
        if (line.startsWith("Max core file size")) {
            return line.mid(QByteArrayLiteral("Max core file size").size()).simplified().split(' ').value(0);
        }
    }
    return {};
}

// The owner of /proc/PID/environ: the process's own user while it is dumpable, root once it is not (the folder
// /proc/PID itself keeps the user either way).
qint64 procOwnerOf(qint64 pid)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(QStringLiteral("/proc/%1/environ").arg(pid)).constData(), &st) != 0) {
        return -1;
    }
    return st.st_uid;
}

} // namespace

#define QVERIFY_RUN(run, code)                                                                                         \
    do {                                                                                                               \
        const jwktest::ProcessRun& r_ = (run);                                                                         \
        QVERIFY2(r_.finished&& r_.exitCode == (code), qPrintable(r_.describe()));                                      \
    } while (false)

class TestCliTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportRefusesSymlink_data();
    void exportRefusesSymlink();
    void noCoreDumpsWhileReadingAKey();
    void noControlCharactersReachTheTerminal();
};

void TestCliTrust::exportRefusesSymlink_data()
{
    QTest::addColumn<bool>("withPrivate");
    QTest::addColumn<bool>("dangling");
    QTest::newRow("private, link to a file") << true << false;
    QTest::newRow("private, dangling link") << true << true;
    QTest::newRow("public, link to a file") << false << false;
    QTest::newRow("public, dangling link") << false << true;
}

void TestCliTrust::exportRefusesSymlink()
{
    QFETCH(bool, withPrivate);
    QFETCH(bool, dangling);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY_RUN(
        cli({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("--set"),
             QStringLiteral("s"), QStringLiteral("--kid"), QStringLiteral("a"), QStringLiteral("--store"), store}),
        0);

    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("elsewhere")));
    const QString target = dir.filePath(QStringLiteral("elsewhere/target"));
    if (!dangling) {
        QVERIFY(writeAll(target, "not yours\n"));
    }
    const QString link = dir.filePath(QStringLiteral("out.jwks"));
    QVERIFY(QFile::link(target, link));

    QStringList args{
        QStringLiteral("export"), QStringLiteral("s"), QStringLiteral("--out"), link, QStringLiteral("--store"), store};
    if (withPrivate) {
        args << QStringLiteral("--private");
    }
    const jwktest::ProcessRun r = cli(args);
    QVERIFY_RUN(r, 1);
    QVERIFY2(oneLine(r.err), r.err.constData());
    QVERIFY2(r.err.contains("symbolic link") && r.err.contains(link.toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty());
    // The link is still the link; its target is as it was (or still absent), and nothing else was written there.
    QVERIFY(QFileInfo(link).isSymLink());
    if (dangling) {
        QVERIFY(!QFileInfo::exists(target));
    } else {
        QCOMPARE(readAll(target), QByteArray("not yours\n"));
    }
    const QStringList beside = QDir(dir.filePath(QStringLiteral("elsewhere")))
                                   .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    QCOMPARE(beside, dangling ? QStringList() : QStringList{QStringLiteral("target")});
    // The same export to a plain path works (the refusal is the link's, not the export's).
    args[3] = dir.filePath(QStringLiteral("plain.jwks"));
    QVERIFY_RUN(cli(args), 0);
    QVERIFY(QJsonDocument::fromJson(readAll(args[3])).object().contains(QStringLiteral("keys")));
}

void TestCliTrust::noCoreDumpsWhileReadingAKey()
{
    // The child starts with core files allowed (the soft limit raised to the hard one), and, when the test runs as
    // root, as another user: /proc/PID/environ belongs to the process's user while it is dumpable, to root once it is
    // not, which only tells the two apart when that user is not root.
    rlimit core{};
    QVERIFY(getrlimit(RLIMIT_CORE, &core) == 0);
    QVERIFY2(core.rlim_max != 0, "the hard RLIMIT_CORE is 0 here: a child cannot be started with core files "
                                 "allowed, so this test could not see jwkman-cli turn them off");
    const bool asRoot = ::getuid() == 0;
    const uid_t childUid = asRoot ? 65534 : ::getuid(); // nobody
    QProcess p;
    p.setProgram(cliPath());
    p.setArguments({QStringLiteral("public"), QStringLiteral("-")});
    p.setProcessEnvironment(jwktest::cliEnvironment());
    p.setChildProcessModifier([asRoot] {
        rlimit allowed{};
        if (getrlimit(RLIMIT_CORE, &allowed) != 0) {
            _exit(120);
        }
        allowed.rlim_cur = allowed.rlim_max;
        if (setrlimit(RLIMIT_CORE, &allowed) != 0) {
            _exit(121);
        }
        if (asRoot && (setgroups(0, nullptr) != 0 || setgid(65534) != 0 || setuid(65534) != 0)) {
            _exit(122);
        }
    });
    p.start();
    QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
    const qint64 pid = p.processId();

    // jwkman-cli now waits for the key on standard input (kept open). Wait until /proc shows it hardened, or it
    // ends, or a minute has passed (a hung or unhardened process; never a measure of speed).
    QByteArray limit;
    qint64 owner = -1;
    QElapsedTimer waited;
    waited.start();
    while (p.state() == QProcess::Running && waited.elapsed() < kWaitMs) {
        limit = coreLimitOf(pid);
        owner = procOwnerOf(pid);
        if (limit == "0" && owner == 0) {
            break;
        }
        QThread::msleep(10);
    }
    const bool running = p.state() == QProcess::Running;
    // Now give it the key: the process looked at is the one that reads it, and it still works.
    p.write(kPrivateEc);
    p.closeWriteChannel();
    if (!p.waitForFinished(kWaitMs)) {
        p.kill();
        p.waitForFinished(5000);
    }
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(running, qPrintable(QStringLiteral("jwkman-cli ended before it read a key (exit %1): %2")
                                     .arg(p.exitCode())
                                     .arg(QString::fromUtf8(err))));
    QVERIFY2(
        limit == "0",
        qPrintable(
            QStringLiteral("Max core file size of jwkman-cli: \"%1\", expected 0").arg(QString::fromLatin1(limit))));
    QVERIFY2(owner == 0,
             qPrintable(QStringLiteral("/proc/%1/environ belongs to uid %2 (the process's user %3): jwkman-cli "
                                       "is still dumpable")
                            .arg(pid)
                            .arg(owner)
                            .arg(childUid)));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 0, err.constData());
    const QJsonObject pub = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(pub.value(QStringLiteral("x")).toString(), QStringLiteral("MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4"));
    QVERIFY(!pub.contains(QStringLiteral("d")));
}

// Issue 11 #8: names from the input (a file name here; kids, set names and server text go through the same lines)
// reach stderr with their control characters escaped: ESC, BEL and the rest cannot move the cursor, recolour the
// terminal or set its title.
void TestCliTrust::noControlCharactersReachTheTerminal()
{
    QTemporaryDir dir;
    const QString evil = dir.filePath(QString::fromUtf8("bad\x1b]0;pwned\x07\x1b[31m\u202e.jwk"));
    {
        QFile f(evil);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"kty\":\"EC\"}");
    }
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    const QList<QStringList> commands = {
        {QStringLiteral("inspect"), evil},
        {QStringLiteral("public"), evil},
        {QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("s"), evil, QStringLiteral("--store"),
         store},
    };
    for (const QStringList& args : commands) {
        const jwktest::ProcessRun r = cli(args);
        QVERIFY2(r.finished && r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("bad\\u001b]0;pwned\\u0007\\u001b[31m\\u202e.jwk"), qPrintable(r.describe()));
        for (const char c : r.err) {
            QVERIFY2(static_cast<unsigned char>(c) >= 0x20 || c == '\n', qPrintable(args.first()));
        }
        QVERIFY2(!r.err.contains("\xe2\x80\xae"), "a right-to-left override reached stderr");
    }
}

QTEST_GUILESS_MAIN(TestCliTrust)
#include "tst_cli_trust.moc"
