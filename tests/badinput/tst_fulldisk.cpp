// A store on a real full disk (issue 6, "Bad inputs": "a full disk (a store on a tiny tmpfs)"). The test enters a
// private mount namespace of its own before anything else runs, then mounts a 2 MiB tmpfs per case and fills it so
// that the next write cannot complete: no byte free, less than SQLite's 32 KiB WAL index free, or room to open the
// store but not for the write. Each jwkman-cli write (generate, add-set, import, delete, rotate-secret, empty-trash,
// restore, a new store) must fail within the bound with exit 1 and one stderr line saying the disk is full and that
// nothing was changed; the store's files (.sqlite, .secret, and no -wal or -shm left behind) must be byte-for-byte
// as they were, and once space is freed the store opens and lists the same keys and trash. An export to a full disk
// fails the same way and leaves no file there (QSaveFile). KeyStore itself, open like the desktop app's while the
// disk fills, refuses each write the same way and still reads; a secret file is never left empty or cut.
//
// Mounting needs root (CAP_SYS_ADMIN). Without it the test fails with a message that says so: it never skips, so a
// CI run that lost its privileges cannot pass quietly (the read-only row of tst_badinputs needs root as well). The
// mounts live in this process's own mount namespace: whatever happens (a failure, a crash, a kill), they vanish with
// the process and its children, and are never seen by the rest of the machine.

#include "ProcessRun.h"
#include "keys/JsonWebKey.h"
#include "keys/KeyFileWriter.h"
#include "keys/KeyGenerator.h"
#include "keys/SecureBytes.h"
#include "store/KeyStore.h"
#include "store/StoreError.h"
#include "store/StoreSpace.h"
#include "store/SystemSecret.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace {

constexpr qint64 kDiskBytes = 2 * 1024 * 1024;
constexpr int kBoundMs = 60000; // no command may take longer, full disk or not
const char kFiller[] = "filler";
const QByteArray kNewSecret = "full-disk-new-secret-0123"; // for rotate-secret: SECRETS_SYSTEM=new,old

QString g_namespaceProblem; // set in main() before any thread exists: why this process cannot mount (empty: it can)

QString enterPrivateMountNamespace()
{
    if (::geteuid() != 0) {
        return QStringLiteral("this test mounts a tiny tmpfs and must run as root (CAP_SYS_ADMIN); run ctest as "
                              "root, as scripts/test.sh does in CI");
    }
    if (::unshare(CLONE_NEWNS) != 0) {
        return QStringLiteral("cannot enter a private mount namespace (unshare: %1); the test needs CAP_SYS_ADMIN "
                              "to mount a tmpfs")
            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    }
    // Nothing mounted here propagates back to the machine's namespace.
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        return QStringLiteral("cannot make the mount namespace private (mount: %1)")
            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    }
    return {};
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return f.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.flush();
}

QString b64u(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// `count` oct keys of `octets` octets each, with kids `prefix`0..: a JWK Set whose rows fill many pages.
QByteArray octKeys(int count, int octets, const QString& prefix)
{
    QJsonArray keys;
    for (int i = 0; i < count; ++i) {
        QByteArray k(octets, '\0');
        for (int j = 0; j < octets; ++j) {
            k[j] = char((i * 131 + j * 7 + 1) & 0xff);
        }
        keys.append(QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct")},
                                {QStringLiteral("kid"), prefix + QString::number(i)},
                                {QStringLiteral("k"), b64u(k)}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("keys"), keys}}).toJson(QJsonDocument::Compact);
}

QString vectorPath(const QString& relative)
{
    return QStringLiteral(JWKMAN_TEST_DATA_DIR) + u'/' + relative;
}

// Every file in a folder but the filler, with its bytes.
QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> files;
    const QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : names) {
        // The store's lock file (empty, made when a store is opened where it can be) holds nothing of the store.
        if (name != QLatin1String(kFiller) && !name.endsWith(QLatin1String(".sqlite.lock"))) {
            files.insert(name, readFile(dir + u'/' + name));
        }
    }
    return files;
}

QString describeDifference(const QMap<QString, QByteArray>& before, const QMap<QString, QByteArray>& after)
{
    QStringList problems;
    QStringList names = before.keys() + after.keys();
    names.removeDuplicates();
    for (const QString& name : std::as_const(names)) {
        if (!after.contains(name)) {
            problems << name + QStringLiteral(" is gone");
        } else if (!before.contains(name)) {
            problems << QStringLiteral("%1 was left behind (%2 bytes)").arg(name).arg(after.value(name).size());
        } else if (after.value(name) != before.value(name)) {
            problems << name + QStringLiteral(" changed");
        }
    }
    return problems.join(QStringLiteral("; "));
}

using Run = jwktest::ProcessRun;

// A tmpfs of kDiskBytes on a fresh temporary folder, unmounted when done (the namespace would drop it anyway).
class TinyDisk
{
public:
    TinyDisk()
    {
        if (!m_dir.isValid()) {
            m_problem = QStringLiteral("no temporary folder");
            return;
        }
        const QByteArray options = "size=" + QByteArray::number(kDiskBytes) + ",mode=0700";
        if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                    options.constData()) != 0) {
            m_problem = QStringLiteral("mount -t tmpfs on %1: %2")
                            .arg(m_dir.path(), QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        m_mounted = true;
    }
    ~TinyDisk()
    {
        if (m_mounted) {
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
        }
    }
    TinyDisk(const TinyDisk&) = delete;
    TinyDisk& operator=(const TinyDisk&) = delete;

    bool isMounted() const { return m_mounted; }
    QString problem() const { return m_problem; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    qint64 available() const
    {
        struct statvfs s = {};
        if (::statvfs(QFile::encodeName(m_dir.path()).constData(), &s) != 0) {
            return -1;
        }
        return qint64(s.f_bavail) * qint64(s.f_frsize);
    }

    // Writes a filler file until the disk refuses a page, then gives back exactly `leave` bytes (whole pages).
    bool fill(qint64 leave)
    {
        const QByteArray path = QFile::encodeName(filePath(QLatin1String(kFiller)));
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0) {
            return false;
        }
        const QByteArray page(4096, 'F');
        qint64 size = 0;
        for (;;) {
            const ssize_t n = ::write(fd, page.constData(), size_t(page.size()));
            if (n <= 0) {
                break;
            }
            size += n;
        }
        const int writeErrno = errno;
        const bool ok = writeErrno == ENOSPC && ::ftruncate(fd, size - leave) == 0;
        ::close(fd);
        return ok && available() == leave;
    }

    void unfill() { QFile::remove(filePath(QLatin1String(kFiller))); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_problem;
};

Run runCli(const QStringList& args, const QProcessEnvironment& env)
{
    jwktest::ProcessOptions options;
    options.env = env;
    options.waitMs = kBoundMs;
    return jwktest::runProcess(QStringLiteral(JWKMAN_CLI_PATH), args, options);
}

// One line on stderr, from jwkman-cli, containing every part (case-insensitive).
bool oneLineSaying(const Run& r, const QStringList& parts)
{
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    if (lines.size() != 1 || !lines.first().startsWith("jwkman-cli: ")) {
        return false;
    }
    const QString line = QString::fromUtf8(lines.first());
    for (const QString& part : parts) {
        if (!line.contains(part, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

jwk::SystemSecret secretList(const QList<QByteArray>& values)
{
    QList<jwk::SecureBytes> list;
    for (const QByteArray& v : values) {
        list << jwk::SecureBytes::fromByteArray(v);
    }
    return jwk::SystemSecret::fromList(std::move(list));
}

QList<jwk::JsonWebKey> jwksKeys(const QByteArray& jwks)
{
    QList<jwk::JsonWebKey> keys;
    const QJsonArray array = QJsonDocument::fromJson(jwks).object().value(QStringLiteral("keys")).toArray();
    for (const QJsonValue& v : array) {
        keys << jwk::JsonWebKey::fromJson(v.toObject());
    }
    return keys;
}

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cliOnFullDisk_data();
    void cliOnFullDisk();
    void exportToFullDisk_data();
    void exportToFullDisk();
    void openStoreWhenDiskFills();
    void secretFileOnFullDisk();
    void keyFileWriterOnFullDisk();

private:
    QProcessEnvironment environment() const;
    // Copies the prepared store (.sqlite and .secret) into `dir` as jwkman.sqlite.
    bool copyStore(const QString& dir) const;
    // `keys S` and `trash`, as jwkman-cli prints them.
    QByteArray listing(const QString& storePath) const;

    QTemporaryDir m_work;
    QString m_template; // the prepared store, on the ordinary disk
    QByteArray m_fileSecret;
    QByteArray m_listing;
    QString m_manyKeys; // a JWK Set of 2000 keys to import
};

QProcessEnvironment TestFullDisk::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JWKMAN_SECRET_BACKEND"), QStringLiteral("file"));
    env.insert(QStringLiteral("HOME"), m_work.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_work.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("SECRETS_SYSTEM"));
    env.remove(QStringLiteral("JWKMAN_STORE"));
    return env;
}

bool TestFullDisk::copyStore(const QString& dir) const
{
    const QString to = dir + QStringLiteral("/jwkman.sqlite");
    return QFile::copy(m_template, to) &&
           QFile::copy(m_template.chopped(7) + QStringLiteral(".secret"), dir + QStringLiteral("/jwkman.secret"));
}

QByteArray TestFullDisk::listing(const QString& storePath) const
{
    const Run keys =
        runCli({QStringLiteral("keys"), QStringLiteral("S"), QStringLiteral("--store"), storePath}, environment());
    const Run trash = runCli({QStringLiteral("trash"), QStringLiteral("--store"), storePath}, environment());
    if (keys.exitCode != 0 || trash.exitCode != 0) {
        return "listing failed: " + keys.err + trash.err;
    }
    return keys.out + trash.out;
}

void TestFullDisk::initTestCase()
{
    if (!g_namespaceProblem.isEmpty()) {
        QFAIL(qPrintable(g_namespaceProblem));
    }
    QVERIFY(m_work.isValid());
    QVERIFY(QFile::exists(QStringLiteral(JWKMAN_CLI_PATH)));
    // The template: set S with three keys from the vectors, a set "bulk" of 300 large oct keys in the trash
    // (rotate-secret and empty-trash rewrite their many pages) and a set "big" of 40 (a private export of some
    // 30 KB). The secret is a generated jwkman.secret file.
    const QString dir = m_work.filePath(QStringLiteral("template"));
    QVERIFY(QDir().mkpath(dir));
    m_template = dir + QStringLiteral("/jwkman.sqlite");
    const QString bulk = m_work.filePath(QStringLiteral("bulk.jwks"));
    QVERIFY(writeFile(bulk, octKeys(300, 512, QStringLiteral("bulk-"))));
    const QString big = m_work.filePath(QStringLiteral("big.jwks"));
    QVERIFY(writeFile(big, octKeys(40, 512, QStringLiteral("big-"))));
    m_manyKeys = m_work.filePath(QStringLiteral("many.jwks"));
    QVERIFY(writeFile(m_manyKeys, octKeys(2000, 32, QStringLiteral("many-"))));
    const QList<QStringList> steps = {
        {QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("S"),
         vectorPath(QStringLiteral("rfc/rfc7517_A2_ec_p256_private.json")),
         vectorPath(QStringLiteral("rfc/rfc8037_A1_ed25519_private.json")),
         vectorPath(QStringLiteral("rfc/rfc7517_A2_rsa_private.json"))},
        {QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("bulk"), bulk},
        {QStringLiteral("delete"), QStringLiteral("bulk")},
        {QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("big"), big},
    };
    for (QStringList args : steps) {
        args << QStringLiteral("--store") << m_template;
        const Run r = runCli(args, environment());
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(args.first() + u' ' + r.describe()));
    }
    QVERIFY(QFile::exists(dir + QStringLiteral("/jwkman.secret")));
    QVERIFY2(snapshot(dir).keys() == QStringList({QStringLiteral("jwkman.secret"), QStringLiteral("jwkman.sqlite")}),
             qPrintable(snapshot(dir).keys().join(u' ')));
    m_fileSecret = readFile(dir + QStringLiteral("/jwkman.secret")).trimmed();
    m_listing = listing(m_template);
    QVERIFY2(m_listing.contains("\"bulk\"") && !m_listing.startsWith("listing failed"), m_listing.constData());
    // What the test relies on: a tmpfs of this size holds the store with room to spare.
    QVERIFY(QFileInfo(m_template).size() < kDiskBytes / 2);
}

void TestFullDisk::cliOnFullDisk_data()
{
    QTest::addColumn<QStringList>("args"); // @STORE: the store on the tiny disk; @NEW: a new store there
    QTest::addColumn<qint64>("leave");     // bytes left free on the tiny disk
    QTest::addColumn<bool>("rotate");      // SECRETS_SYSTEM=new,old (the file's secret) for rotate-secret

    const QStringList store = {QStringLiteral("--store"), QStringLiteral("@STORE")};
    struct Command
    {
        const char* name;
        QStringList args;
        bool bigWrite; // the write does not fit in what is left once the store is open (96 KiB free)
        bool rotate;
    };
    const QList<Command> commands = {
        {"generate",
         QStringList{QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"),
                     QStringLiteral("--set"), QStringLiteral("S")} +
             store,
         false, false},
        {"add-set", QStringList{QStringLiteral("add-set"), QStringLiteral("T")} + store, false, false},
        {"import 2000 keys",
         QStringList{QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("S"), QStringLiteral("@MANY")} +
             store,
         true, false},
        {"delete a key", QStringList{QStringLiteral("delete"), QStringLiteral("S"), QStringLiteral("1")} + store, false,
         false},
        {"delete a set", QStringList{QStringLiteral("delete"), QStringLiteral("S")} + store, false, false},
        {"restore a set", QStringList{QStringLiteral("restore"), QStringLiteral("bulk")} + store, false, false},
        {"empty-trash", QStringList{QStringLiteral("empty-trash")} + store, true, false},
        {"rotate-secret", QStringList{QStringLiteral("rotate-secret")} + store, true, true},
        {"generate into a new store",
         {QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("--set"),
          QStringLiteral("S"), QStringLiteral("--store"), QStringLiteral("@NEW")},
         false,
         false},
    };
    const QList<std::pair<const char*, qint64>> levels = {
        {"no byte free", 0},
        {"16 KiB free (less than the WAL index)", 16 * 1024},
        {"96 KiB free (opens, the write does not fit)", 96 * 1024},
    };
    for (const Command& c : commands) {
        for (const auto& [levelName, leave] : levels) {
            if (leave >= jwk::kStoreMinimumFreeBytes && !c.bigWrite) {
                continue;
            }
            QTest::addRow("%s, %s", c.name, levelName) << c.args << leave << c.rotate;
        }
    }
}

void TestFullDisk::cliOnFullDisk()
{
    QFETCH(QStringList, args);
    QFETCH(qint64, leave);
    QFETCH(bool, rotate);

    TinyDisk disk;
    QVERIFY2(disk.isMounted(), qPrintable(disk.problem()));
    QVERIFY(copyStore(disk.path()));
    const QString storePath = disk.filePath(QStringLiteral("jwkman.sqlite"));
    const QMap<QString, QByteArray> before = snapshot(disk.path());
    QCOMPARE(before.size(), 2);
    QVERIFY2(disk.fill(leave), qPrintable(QStringLiteral("%1 bytes free").arg(disk.available())));

    for (QString& a : args) {
        if (a == QStringLiteral("@STORE")) {
            a = storePath;
        } else if (a == QStringLiteral("@NEW")) {
            a = disk.filePath(QStringLiteral("new/jwkman.sqlite"));
        } else if (a == QStringLiteral("@MANY")) {
            a = m_manyKeys;
        }
    }
    QProcessEnvironment env = environment();
    if (rotate) {
        env.insert(QStringLiteral("SECRETS_SYSTEM"), QString::fromLatin1(kNewSecret + ',' + m_fileSecret));
    }
    const Run r = runCli(args, env);
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(oneLineSaying(r, {QStringLiteral("disk"), QStringLiteral("full"), QStringLiteral("nothing was changed")}),
             qPrintable(r.describe()));
    qInfo("%s", qPrintable(r.describe()));

    // Byte for byte, with no -wal, -shm, new store or secret file left behind; checked before space is freed.
    const QString difference = describeDifference(before, snapshot(disk.path()));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY2(!QFileInfo::exists(disk.filePath(QStringLiteral("new"))) ||
                 QDir(disk.filePath(QStringLiteral("new"))).isEmpty(),
             "the new store's folder holds files");

    disk.unfill();
    QCOMPARE(listing(storePath), m_listing);
    QVERIFY2(describeDifference(before, snapshot(disk.path())).isEmpty(), "listing changed the store");
    // And with room again the same command would write: the store is whole.
    const Run again = runCli({QStringLiteral("add-set"), QStringLiteral("after"), QStringLiteral("--store"), storePath},
                             environment());
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
}

void TestFullDisk::exportToFullDisk_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<bool>("withPrivate");
    QTest::addColumn<qint64>("leave");
    QTest::newRow("private, no byte free") << QStringLiteral("S") << true << qint64(0);
    QTest::newRow("private, 8 KiB free (the JWK Set needs 30 KB)") << QStringLiteral("big") << true << qint64(8 * 1024);
    QTest::newRow("public, no byte free") << QStringLiteral("S") << false << qint64(0);
}

// The store is on the ordinary disk; the file goes to the full one. QSaveFile: no file, no temporary file, and no
// audit row for a private export that did not happen.
void TestFullDisk::exportToFullDisk()
{
    QFETCH(QString, set);
    QFETCH(bool, withPrivate);
    QFETCH(qint64, leave);

    QTemporaryDir storeDir;
    QVERIFY(storeDir.isValid());
    QVERIFY(copyStore(storeDir.path()));
    const QString storePath = storeDir.filePath(QStringLiteral("jwkman.sqlite"));
    const QMap<QString, QByteArray> storeBefore = snapshot(storeDir.path());

    TinyDisk disk;
    QVERIFY2(disk.isMounted(), qPrintable(disk.problem()));
    QVERIFY(disk.fill(leave));
    const QString out = disk.filePath(QStringLiteral("export.jwks"));
    QStringList args = {QStringLiteral("export"),  set,      QStringLiteral("--out"), out,
                        QStringLiteral("--store"), storePath};
    if (withPrivate) {
        args << QStringLiteral("--private");
    }
    const Run r = runCli(args, environment());
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(oneLineSaying(r, {out, QStringLiteral("cannot be written"), QStringLiteral("no space left")}),
             qPrintable(r.describe()));
    qInfo("%s", qPrintable(r.describe()));
    QVERIFY2(snapshot(disk.path()).isEmpty(), qPrintable(snapshot(disk.path()).keys().join(u' ')));
    const QString difference = describeDifference(storeBefore, snapshot(storeDir.path()));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// KeyStore open (as in the desktop app) while the disk fills up: every write fails with the full-disk message and
// rolls back, reads go on, and once closed the files are as they were.
void TestFullDisk::openStoreWhenDiskFills()
{
    TinyDisk disk;
    QVERIFY2(disk.isMounted(), qPrintable(disk.problem()));
    QVERIFY(copyStore(disk.path()));
    const QString storePath = disk.filePath(QStringLiteral("jwkman.sqlite"));
    const QMap<QString, QByteArray> before = snapshot(disk.path());
    const QList<jwk::JsonWebKey> many = jwksKeys(readFile(m_manyKeys));
    QCOMPARE(many.size(), 2000);
    QStringList kidsBefore;
    {
        auto store = jwk::KeyStore::open(storePath, secretList({kNewSecret, m_fileSecret}));
        for (const jwk::KeyInfo& info : store->keys(QStringLiteral("S"))) {
            kidsBefore << info.kid;
        }
        QCOMPARE(kidsBefore.size(), 3);
        QVERIFY(QFile::exists(storePath + QStringLiteral("-shm")));
        QVERIFY(disk.fill(0));

        const QList<std::pair<const char*, std::function<void()>>> writes = {
            {"addKeys", [&] { store->addKeys(QStringLiteral("S"), many); }},
            {"createKeySet", [&] { store->createKeySet(QStringLiteral("T")); }},
            {"deleteKey", [&] { store->trash().deleteKey(QStringLiteral("S"), kidsBefore.first()); }},
            {"deleteKeySet", [&] { store->trash().deleteSet(QStringLiteral("S")); }},
            {"restoreKeySet", [&] { store->trash().restoreSet(QStringLiteral("bulk")); }},
            {"emptyTrash", [&] { store->trash().empty(); }},
            {"rotateSecret", [&] { store->rotateSecret(); }},
        };
        for (const auto& [name, write] : writes) {
            QElapsedTimer timer;
            timer.start();
            try {
                write();
                QFAIL(qPrintable(QStringLiteral("%1 succeeded on a full disk").arg(QLatin1String(name))));
            } catch (const jwk::StoreError& e) {
                QVERIFY2(e.kind() == jwk::StoreError::Kind::Io, name);
                QVERIFY2(e.message().contains(QStringLiteral("disk is full")) &&
                             e.message().contains(QStringLiteral("nothing was changed")),
                         qPrintable(QLatin1String(name) + QStringLiteral(": ") + e.message()));
                qInfo("%s: %s", name, qPrintable(e.message()));
            }
            QVERIFY2(timer.elapsed() < kBoundMs, name);
            QStringList kids;
            for (const jwk::KeyInfo& info : store->keys(QStringLiteral("S"))) {
                kids << info.kid;
            }
            QVERIFY2(kids == kidsBefore, name);
        }
    }
    const QString difference = describeDifference(before, snapshot(disk.path()));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    disk.unfill();
    QCOMPARE(listing(storePath), m_listing);
}

// A new store's secret, generated into jwkman.secret on a full disk: an error, and no empty or cut secret file that
// would later be taken for the store's secret.
void TestFullDisk::secretFileOnFullDisk()
{
    TinyDisk disk;
    QVERIFY2(disk.isMounted(), qPrintable(disk.problem()));
    QVERIFY(disk.fill(0));
    try {
        jwk::SystemSecret::resolve(disk.filePath(QStringLiteral("jwkman.sqlite")), true);
        QFAIL("a secret file was written on a full disk");
    } catch (const jwk::StoreError& e) {
        QVERIFY2(e.kind() == jwk::StoreError::Kind::Io, qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("No space left on device")), qPrintable(e.message()));
    }
    QVERIFY2(snapshot(disk.path()).isEmpty(), qPrintable(snapshot(disk.path()).keys().join(u' ')));
}

// The writer behind every key file export (core/keys/KeyFileWriter: the desktop app's and jwkman-cli export's): an
// error, and no file, neither the target nor a temporary one.
void TestFullDisk::keyFileWriterOnFullDisk()
{
    TinyDisk disk;
    QVERIFY2(disk.isMounted(), qPrintable(disk.problem()));
    const jwk::JsonWebKey key = [] {
        jwk::GenerateOptions options;
        options.alg = QStringLiteral("RS256");
        options.bits = 2048;
        return jwk::generateKey(options);
    }();
    // a JWK Set's worth of private material, larger than the space left in every round
    jwk::SecureBytes content;
    for (int i = 0; i < 8; ++i) {
        content.append(key.toJson(true, jwk::JsonFormat::Indented));
    }
    QVERIFY(content.size() > 8192);
    for (const qint64 leave : {qint64(0), qint64(4096)}) {
        QVERIFY(disk.fill(leave));
        const QString target = disk.filePath(QStringLiteral("key.jwk"));
        const QString error = jwk::writeKeyFile(target, content, true);
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
        QVERIFY2(error.contains(target), qPrintable(error));
        QVERIFY2(!QFile::exists(target), "a file was put in place on a full disk");
        disk.unfill();
        QVERIFY2(snapshot(disk.path()).isEmpty(), qPrintable(snapshot(disk.path()).keys().join(u' ')));
    }
    // with space, the same call writes the whole file, readable by its owner only
    QCOMPARE(jwk::writeKeyFile(disk.filePath(QStringLiteral("key.jwk")), content, true), QString());
    QFile written(disk.filePath(QStringLiteral("key.jwk")));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), content.view());
    QCOMPARE(written.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

int main(int argc, char** argv)
{
    // Before Qt starts a thread: this process and its children get a mount namespace of their own.
    g_namespaceProblem = enterPrivateMountNamespace();
    qputenv("JWKMAN_SECRET_BACKEND", "file");
    qunsetenv("SECRETS_SYSTEM");
    QCoreApplication app(argc, argv);
    TestFullDisk test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fulldisk.moc"
