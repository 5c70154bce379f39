// SystemSecret: SECRETS_SYSTEM read as Ory Hydra reads secrets.system (ory/x castx: comma-separated values by
// Go's encoding/csv, or a JSON array), at least 16 characters per secret, the first encrypting; without it, a
// secret generated on first use into `<store basename>.secret` beside the store with mode 0600 (the secret
// service is never asked: JWKMAN_SECRET_BACKEND=file).

#include "StoreTestUtil.h"
#include "store/KeyStore.h"
#include "store/SecretCipher.h"
#include "store/StoreFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace jwk;
using namespace storetest;

namespace {

QStringList secretStrings(const SystemSecret& s)
{
    QStringList out;
    for (const auto& secret : s.secrets()) {
        out << QString::fromUtf8(bytes(secret));
    }
    return out;
}

// Restores SECRETS_SYSTEM to unset when a test function ends, whatever happens.
struct EnvGuard
{
    ~EnvGuard() { qunsetenv("SECRETS_SYSTEM"); }
};

} // namespace

class TestSystemSecret : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void parse_data();
    void parse();
    void tooShort_data();
    void tooShort();
    void malformed_data();
    void malformed();
    void firstEncryptsAllDecrypt();
    void keysAndFingerprints();
    void resolveFromEnvironment();
    void resolveGeneratesFile();
    void resolveGeneratedFileNames_data();
    void resolveGeneratedFileNames();
    void resolveReadsExistingFile();
    void resolveWithoutGenerating();
    void storeOpenUsesGeneratedSecret();
    void refusesSecretFileOthersCanReach_data();
    void refusesSecretFileOthersCanReach();
    void refusesStoreOthersCanReach_data();
    void refusesStoreOthersCanReach();
    void generatedSecretNeverReplacesOne();
};

void TestSystemSecret::initTestCase()
{
    setUpEnvironment();
}

void TestSystemSecret::init()
{
    qunsetenv("SECRETS_SYSTEM");
}

void TestSystemSecret::parse_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QStringList>("expected");
    const QString a = QStringLiteral("aaaaaaaaaaaaaaaa-first");
    const QString b = QStringLiteral("bbbbbbbbbbbbbbbb-second");
    QTest::newRow("one") << a.toUtf8() << QStringList{a};
    QTest::newRow("exactly 16") << QByteArray("0123456789abcdef") << QStringList{QStringLiteral("0123456789abcdef")};
    QTest::newRow("csv a,b") << (a + u',' + b).toUtf8() << QStringList{a, b};
    QTest::newRow("csv three") << QByteArray("secret-one-0123456,secret-two-0123456,secret-three-0123")
                               << QStringList{QStringLiteral("secret-one-0123456"),
                                              QStringLiteral("secret-two-0123456"),
                                              QStringLiteral("secret-three-0123")};
    QTest::newRow("csv quoted field with commas")
        << QByteArray("\"with,commas,inside-0123\",plain-secret-0123456")
        << QStringList{QStringLiteral("with,commas,inside-0123"), QStringLiteral("plain-secret-0123456")};
    QTest::newRow("csv quoted second field")
        << QByteArray("plain-secret-0123456,\"x,y,z-0123456789abc\"")
        << QStringList{QStringLiteral("plain-secret-0123456"), QStringLiteral("x,y,z-0123456789abc")};
    QTest::newRow("csv escaped quote") << QByteArray("\"say \"\"hello\"\", twice\",plain-secret-0123456")
                                       << QStringList{QStringLiteral("say \"hello\", twice"),
                                                      QStringLiteral("plain-secret-0123456")};
    QTest::newRow("csv keeps spaces") << QByteArray(" spaced secret 0123 ,plain-secret-0123456")
                                      << QStringList{QStringLiteral(" spaced secret 0123 "),
                                                     QStringLiteral("plain-secret-0123456")};
    QTest::newRow("json array") << QByteArray("[\"") + a.toUtf8() + "\", \"" + b.toUtf8() + "\"]" << QStringList{a, b};
    QTest::newRow("json array with comma in an item")
        << QByteArray("[\"json,with,commas-0123\",\"second-secret-0123\"]")
        << QStringList{QStringLiteral("json,with,commas-0123"), QStringLiteral("second-secret-0123")};
    QTest::newRow("json array, one") << QByteArray(" [\"only-one-secret-0123\"] ")
                                     << QStringList{QStringLiteral("only-one-secret-0123")};
    QTest::newRow("json escapes") << QByteArray("[\"quote\\\" and \\u00e9-0123456\"]")
                                  << QStringList{QStringLiteral("quote\" and \u00e9-0123456")};
    QTest::newRow("utf-8") << QStringLiteral("ключ-секрет-16-символов").toUtf8()
                           << QStringList{QStringLiteral("ключ-секрет-16-символов")};
}

void TestSystemSecret::parse()
{
    QFETCH(QByteArray, value);
    QFETCH(QStringList, expected);
    const SystemSecret s = SystemSecret::fromEnvironmentValue(value);
    QCOMPARE(secretStrings(s), expected);
    QCOMPARE(s.source(), SystemSecret::Source::Environment);
    QCOMPARE(s.keys().size(), expected.size());
    QCOMPARE(s.fingerprints().size(), expected.size());
}

void TestSystemSecret::tooShort_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("shortSecret");
    QTest::newRow("one of 15") << QByteArray("fifteen-chars-x") << QStringLiteral("fifteen-chars-x");
    QTest::newRow("one of 10") << QByteArray("tenchars10") << QStringLiteral("tenchars10");
    QTest::newRow("short first") << QByteArray("short-secret,long-enough-secret-0123")
                                 << QStringLiteral("short-secret");
    QTest::newRow("short rotated") << QByteArray("long-enough-secret-0123,oldshort") << QStringLiteral("oldshort");
    QTest::newRow("json short") << QByteArray("[\"long-enough-secret-0123\",\"jsonshort\"]")
                                << QStringLiteral("jsonshort");
    QTest::newRow("quoted short") << QByteArray("\"q,short\",long-enough-secret-0123") << QStringLiteral("q,short");
}

void TestSystemSecret::tooShort()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, shortSecret);
    const auto error = storeErrorOf([&] { SystemSecret::fromEnvironmentValue(value); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::BadSecret);
    QVERIFY2(error->message().contains(QStringLiteral("16")), qPrintable(error->message()));
    // Never the secret, nor any other secret of the list.
    QVERIFY2(!error->message().contains(shortSecret), qPrintable(error->message()));
    QVERIFY(!error->message().contains(QStringLiteral("long-enough-secret")));
    QVERIFY(!QByteArray(error->what()).contains(shortSecret.toUtf8()));

    // The same through fromList.
    const auto listError =
        storeErrorOf([&] { SystemSecret::fromList({SecureBytes::fromByteArray(shortSecret.toUtf8())}); });
    QVERIFY(listError);
    QCOMPARE(listError->kind(), StoreError::Kind::BadSecret);
    QVERIFY(!listError->message().contains(shortSecret));
}

void TestSystemSecret::malformed_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("mustNotShow");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("only commas") << QByteArray(",,") << QString();
    QTest::newRow("unterminated quote") << QByteArray("\"unterminated-secret-0123")
                                        << QStringLiteral("unterminated-secret");
    QTest::newRow("json not an array") << QByteArray("[\"json-secret-0123456\"") << QStringLiteral("json-secret");
    QTest::newRow("json numbers") << QByteArray("[12345678901234567890]") << QStringLiteral("12345678901234567890");
    QTest::newRow("json empty") << QByteArray("[]") << QString();
}

void TestSystemSecret::malformed()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, mustNotShow);
    const auto error = storeErrorOf([&] { SystemSecret::fromEnvironmentValue(value); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::BadSecret);
    QVERIFY(!error->message().isEmpty());
    if (!mustNotShow.isEmpty()) {
        QVERIFY2(!error->message().contains(mustNotShow), qPrintable(error->message()));
    }
}

void TestSystemSecret::firstEncryptsAllDecrypt()
{
    const QByteArray oldSecret = "the-old-secret-0123456789";
    const QByteArray newSecret = "the-new-secret-0123456789";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const JsonWebKey before = generate(QStringLiteral("ES256"), 0, QStringLiteral("before"));
    const JsonWebKey after = generate(QStringLiteral("ES256"), 0, QStringLiteral("after"));
    {
        auto store = KeyStore::open(path, secrets(oldSecret));
        store->addKeys(QStringLiteral("s"), {before});
    }
    {
        // new,old: the old secret still decrypts; what is written now is under the new one.
        auto store = KeyStore::open(path, secrets(newSecret + ',' + oldSecret));
        QVERIFY(store->loadKey(QStringLiteral("s"), QStringLiteral("before")).sameKeyAs(before));
        store->addKeys(QStringLiteral("s"), {after});
    }
    {
        // The new key decrypts with the new secret alone, the old one does not.
        auto store = KeyStore::open(path, secrets(oldSecret + ',' + newSecret));
        QVERIFY(store->loadKey(QStringLiteral("s"), QStringLiteral("after")).sameKeyAs(after));
    }
    {
        auto store = KeyStore::open(path, secrets(oldSecret));
        const auto error = storeErrorOf([&] { store->loadKey(QStringLiteral("s"), QStringLiteral("after")); });
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::Undecryptable);
    }
}

void TestSystemSecret::keysAndFingerprints()
{
    const SystemSecret s = secrets("first-secret-0123456,second-secret-0123456");
    QCOMPARE(bytes(s.keys()[0]), sha256("first-secret-0123456"));
    QCOMPARE(bytes(s.keys()[1]), sha256("second-secret-0123456"));
    // Fingerprints identify a key without being it: 8 bytes of SHA-256 over the key, in hex.
    QCOMPARE(s.fingerprints()[0], sha256(sha256("first-secret-0123456")).left(8).toHex());
    QVERIFY(s.fingerprints()[0] != s.fingerprints()[1]);
    QVERIFY(!s.fingerprints()[0].contains(bytes(s.keys()[0]).left(8).toHex()));
    QVERIFY(s.locationDescription().contains(QStringLiteral("SECRETS_SYSTEM")));
    QVERIFY(!s.locationDescription().contains(QStringLiteral("first-secret")));
}

void TestSystemSecret::resolveFromEnvironment()
{
    EnvGuard guard;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    qputenv("SECRETS_SYSTEM", "env-secret-0123456789,older-secret-0123456789");
    const SystemSecret s = SystemSecret::resolve(path);
    QCOMPARE(s.source(), SystemSecret::Source::Environment);
    QCOMPARE(secretStrings(s),
             (QStringList{QStringLiteral("env-secret-0123456789"), QStringLiteral("older-secret-0123456789")}));
    // SECRETS_SYSTEM wins: nothing is generated.
    QVERIFY(!QFileInfo::exists(SystemSecret::secretFilePath(path)));

    qputenv("SECRETS_SYSTEM", "short");
    const auto error = storeErrorOf([&] { SystemSecret::resolve(path); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::BadSecret);
    QVERIFY(!QFileInfo::exists(SystemSecret::secretFilePath(path)));
}

void TestSystemSecret::resolveGeneratesFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const QString secretFile = dir.filePath(QStringLiteral("store.secret"));
    QCOMPARE(SystemSecret::secretFilePath(path), secretFile);
    QVERIFY(!QFileInfo::exists(secretFile));

    const SystemSecret first = SystemSecret::resolve(path);
    QCOMPARE(first.source(), SystemSecret::Source::File);
    QCOMPARE(first.location(), secretFile);
    QVERIFY(first.locationDescription().contains(secretFile));
    QCOMPARE(first.secrets().size(), 1);
    const QByteArray secret = bytes(first.secrets().first());
    // 32 random bytes as base64url without padding: 43 characters.
    QCOMPARE(secret.size(), 43);
    static const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    QVERIFY(base64url.match(QString::fromLatin1(secret)).hasMatch());
    QCOMPARE(QByteArray::fromBase64(secret, QByteArray::Base64UrlEncoding).size(), 32);

    const QFileInfo info(secretFile);
    QVERIFY(info.exists());
    QCOMPARE(fileMode(secretFile), 0600);
    QCOMPARE(readAll(secretFile).trimmed(), secret);
    // Nothing else was left beside it (no temporary file of the atomic write).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("store.secret")});

    // The next call reuses it.
    const SystemSecret second = SystemSecret::resolve(path);
    QCOMPARE(bytes(second.secrets().first()), secret);
    QCOMPARE(second.source(), SystemSecret::Source::File);
    const SystemSecret third = SystemSecret::resolve(path, false);
    QCOMPARE(bytes(third.secrets().first()), secret);

    // Another store in the same folder gets its own secret.
    const SystemSecret other = SystemSecret::resolve(dir.filePath(QStringLiteral("other.sqlite")));
    QVERIFY(bytes(other.secrets().first()) != secret);
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("other.secret"))));
}

void TestSystemSecret::resolveGeneratedFileNames_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<QString>("secretFile");
    QTest::newRow("sqlite") << QStringLiteral("jwkman.sqlite") << QStringLiteral("jwkman.secret");
    QTest::newRow("no suffix") << QStringLiteral("keys") << QStringLiteral("keys.secret");
    QTest::newRow("dots in the name") << QStringLiteral("team.keys.db") << QStringLiteral("team.keys.secret");
    QTest::newRow("sub folder") << QStringLiteral("a/b/store.sqlite") << QStringLiteral("a/b/store.secret");
}

void TestSystemSecret::resolveGeneratedFileNames()
{
    QFETCH(QString, store);
    QFETCH(QString, secretFile);
    QTemporaryDir dir;
    const SystemSecret s = SystemSecret::resolve(dir.filePath(store));
    QCOMPARE(s.location(), dir.filePath(secretFile));
    QVERIFY(QFileInfo::exists(dir.filePath(secretFile)));
}

void TestSystemSecret::resolveReadsExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY(writeAll(dir.filePath(QStringLiteral("store.secret")), "a-secret-from-a-backup-0123\n"));
    const SystemSecret s = SystemSecret::resolve(path, false);
    QCOMPARE(secretStrings(s), QStringList{QStringLiteral("a-secret-from-a-backup-0123")});

    // A short secret in the file is refused like a short SECRETS_SYSTEM, without showing it.
    QVERIFY(writeAll(dir.filePath(QStringLiteral("store.secret")), "tooshort\n"));
    const auto error = storeErrorOf([&] { SystemSecret::resolve(path); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::BadSecret);
    QVERIFY(!error->message().contains(QStringLiteral("tooshort")));
}

void TestSystemSecret::resolveWithoutGenerating()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const auto error = storeErrorOf([&] { SystemSecret::resolve(path, false); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::WrongSecret);
    QVERIFY2(error->message().contains(QStringLiteral("SECRETS_SYSTEM")), qPrintable(error->message()));
    QVERIFY(error->message().contains(SystemSecret::secretFilePath(path)));
    // Nothing was written.
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestSystemSecret::storeOpenUsesGeneratedSecret()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const JsonWebKey key = generate(QStringLiteral("ES256"), 0, QStringLiteral("k1"));
    {
        auto store = KeyStore::open(path);
        QCOMPARE(store->secret().source(), SystemSecret::Source::File);
        store->addKeys(QStringLiteral("s"), {key});
    }
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("store.secret"))));
    {
        auto store = KeyStore::open(path);
        QVERIFY(store->loadKey(QStringLiteral("s"), QStringLiteral("k1")).sameKeyAs(key));
    }
    // The store exists: losing its secret file does not make a new secret, it is an error that says what to do.
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("store.secret"))));
    const auto error = storeErrorOf([&] { KeyStore::open(path); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::WrongSecret);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("store.secret"))));
}

// A secret file that is a symlink, another user's, or open to group or others is refused before it is read: whoever
// could write it could choose the store's secret (and lock its owner out). Nothing is written, nothing generated.
void TestSystemSecret::refusesSecretFileOthersCanReach_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mode 0644") << "0644"
                               << "mode 0644";
    QTest::newRow("mode 0620") << "0620"
                               << "mode 0620";
    QTest::newRow("symlink to an owner-only file") << "symlink"
                                                   << "symbolic link";
    QTest::newRow("dangling symlink") << "dangling"
                                      << "symbolic link";
    QTest::newRow("another user's") << "other-owner"
                                    << "another user";
}

void TestSystemSecret::refusesSecretFileOthersCanReach()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const QString secretPath = dir.filePath(QStringLiteral("store.secret"));
    const QString real = dir.filePath(QStringLiteral("elsewhere"));
    QVERIFY(writeAll(real, "a-secret-from-a-backup-0123\n"));
    if (kind == QStringLiteral("symlink")) {
        QVERIFY(QFile::link(real, secretPath));
    } else if (kind == QStringLiteral("dangling")) {
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nothing-here")), secretPath));
    } else {
        QVERIFY(writeAll(secretPath, "a-secret-from-a-backup-0123\n"));
        if (kind == QStringLiteral("other-owner")) {
            QVERIFY(::chown(QFile::encodeName(secretPath).constData(), 65534, 65534) == 0);
        } else {
            QVERIFY(::chmod(QFile::encodeName(secretPath).constData(), kind.toInt(nullptr, 8)) == 0);
        }
    }
    for (bool allowGenerate : {false, true}) {
        const auto error = storeErrorOf([&] { SystemSecret::resolve(path, allowGenerate); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(expected), qPrintable(error->message()));
        QVERIFY2(!error->message().contains(QStringLiteral("a-secret-from")), qPrintable(error->message()));
    }
    // The store is not created either, and the dangling link still points nowhere.
    QVERIFY(!storeErrorOf([&] { KeyStore::open(path); }).value().message().isEmpty());
    QVERIFY(!QFileInfo::exists(path));
    if (kind == QStringLiteral("dangling")) {
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nothing-here"))));
    }
}

void TestSystemSecret::refusesStoreOthersCanReach_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mode 0644") << "0644"
                               << "mode 0644";
    QTest::newRow("mode 0606") << "0606"
                               << "mode 0606";
    QTest::newRow("symlink") << "symlink"
                             << "symbolic link";
    QTest::newRow("another user's") << "other-owner"
                                    << "another user";
}

void TestSystemSecret::refusesStoreOthersCanReach()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("real.sqlite"));
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const JsonWebKey key = generate(QStringLiteral("ES256"), 0, QStringLiteral("k1"));
    KeyStore::open(kind == QStringLiteral("symlink") ? real : path)->addKeys(QStringLiteral("s"), {key});
    if (kind == QStringLiteral("symlink")) {
        QVERIFY(QFile::copy(dir.filePath(QStringLiteral("real.secret")), dir.filePath(QStringLiteral("store.secret"))));
        QVERIFY(QFile::link(real, path));
    } else if (kind == QStringLiteral("other-owner")) {
        QVERIFY(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
    } else {
        QVERIFY(::chmod(QFile::encodeName(path).constData(), kind.toInt(nullptr, 8)) == 0);
    }
    const auto error = storeErrorOf([&] { KeyStore::open(path); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Io);
    QVERIFY2(error->message().contains(expected), qPrintable(error->message()));
    // An explicit secret does not get around it.
    QVERIFY(storeErrorOf([&] { KeyStore::open(path, SystemSecret::resolve(path, false)); }));
}

// The generated secret is created exclusively: when a secret file appears between the check and the write (another
// process), that one is the secret and is returned; it is never replaced.
void TestSystemSecret::generatedSecretNeverReplacesOne()
{
    QTemporaryDir dir;
    const QString secretPath = dir.filePath(QStringLiteral("store.secret"));
    SecureBytes first("the-first-writers-secret-0123\n", 30);
    QVERIFY(createFileExclusively(secretPath, first));
    QCOMPARE(fileMode(secretPath), 0600);
    SecureBytes second("the-second-writers-secret-012\n", 30);
    QVERIFY(!createFileExclusively(secretPath, second));
    QCOMPARE(readFile(secretPath), QByteArray("the-first-writers-secret-0123\n"));
    // No temporary file is left behind by either call.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("store.secret")});
    const SystemSecret s = SystemSecret::resolve(dir.filePath(QStringLiteral("store.sqlite")), true);
    QCOMPARE(secretStrings(s), QStringList{QStringLiteral("the-first-writers-secret-0123")});
    QVERIFY2(s.locationDescription().contains(QStringLiteral("(mode 0600)")), qPrintable(s.locationDescription()));
}

QTEST_GUILESS_MAIN(TestSystemSecret)
#include "tst_systemsecret.moc"
