// jwkman-cli's store commands as scripts use them: the built binary (JWKMAN_CLI_PATH) with --store in a
// temporary folder, checking standard output (JSON), standard error (one line on failure) and the exit status
// (0 ok, 2 bad input or wrong secret, 64 usage, 1 I/O) of sets, keys, add-set, generate --set, import, export,
// delete, trash, restore, empty-trash, rotate-secret, secret-location and hydra-defaults.

#include "StoreTestUtil.h"
#include "keys/JsonWebKeySet.h"
#include "store/KeyStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace jwk;
using namespace storetest;

namespace {

constexpr int kWaitMs = 60000;
constexpr int kRsa4096WaitMs = 600000;

QString cliPath()
{
    return QStringLiteral(JWKMAN_CLI_PATH);
}

QString vector(const QString& name)
{
    return QStringLiteral(JWKMAN_TEST_DATA_DIR "/pem/valid/") + name;
}

// The thumbprint pem/expected.json gives for a file of pem/valid/.
QString thumbprintOf(const QString& name)
{
    const QJsonArray entries =
        QJsonDocument::fromJson(readAll(QStringLiteral(JWKMAN_TEST_DATA_DIR "/pem/expected.json")))
            .object()
            .value(QStringLiteral("entries"))
            .toArray();
    for (const auto& e : entries) {
        if (e.toObject().value(QStringLiteral("file")).toString() == QStringLiteral("valid/") + name) {
            return e.toObject().value(QStringLiteral("expected_thumbprint_sha256")).toString();
        }
    }
    qFatal("no entry valid/%s in pem/expected.json", qPrintable(name));
}

// The environment of one CLI run: no SECRETS_SYSTEM unless given, the file backend, nothing from $HOME.
QProcessEnvironment cliEnvironment(const QString& secrets = QString())
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JWKMAN_SECRET_BACKEND"), QStringLiteral("file"));
    env.remove(QStringLiteral("SECRETS_SYSTEM"));
    env.remove(QStringLiteral("JWKMAN_STORE"));
    if (!secrets.isNull()) {
        env.insert(QStringLiteral("SECRETS_SYSTEM"), secrets);
    }
    return env;
}

struct Store
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QString secrets; // SECRETS_SYSTEM for every run; null: the generated secret file

    Run run(QStringList args, int waitMs = kWaitMs) const
    {
        args << QStringLiteral("--store") << path;
        return runProgram(cliPath(), args, {}, waitMs, cliEnvironment(secrets));
    }
    Run runWith(const QString& secretsValue, QStringList args) const
    {
        args << QStringLiteral("--store") << path;
        return runProgram(cliPath(), args, {}, kWaitMs, cliEnvironment(secretsValue));
    }
};

QJsonDocument json(const Run& r)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("not JSON: %s", qPrintable(r.describe()));
    }
    return doc;
}

QStringList kidsOf(const QJsonArray& keys)
{
    QStringList kids;
    for (const auto& k : keys) {
        kids << k.toObject().value(QStringLiteral("kid")).toString();
    }
    return kids;
}

bool oneLine(const QByteArray& err)
{
    return err.count('\n') == 1 && err.endsWith('\n') && err.startsWith("jwkman-cli: ");
}

const QStringList kPrivateMembers = {QStringLiteral("d"),  QStringLiteral("p"),  QStringLiteral("q"),
                                     QStringLiteral("dp"), QStringLiteral("dq"), QStringLiteral("qi"),
                                     QStringLiteral("k")};

const QRegularExpression
    kUuidV4(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));

} // namespace

#define QVERIFY_RUN(run, code)                                                                                         \
    do {                                                                                                               \
        const Run& r_ = (run);                                                                                         \
        QVERIFY2(r_.finished&& r_.exitCode == (code), qPrintable(r_.describe()));                                      \
    } while (false)

class TestCliStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void setsAndAddSet();
    void generateIntoSet();
    void keysListing();
    void importVectors();
    void importFailures();
    void exportPublic();
    void exportPrivate();
    void trashCommands();
    void wrongSecret();
    void shortSecret();
    void missingSecretFile();
    void rotateSecret();
    void secretLocation();
    void usageAndIoErrors_data();
    void usageAndIoErrors();
    void ioErrors();
    void hydraDefaults();
    void hydraDefaultsWithATrashedSet();
    void storeFromEnvironment();
    void globalOptionsBeforeTheCommand();
    void usageErrorQuotesTheHelpSynopsis();
    void setNamesHydraCannotAddress();
};

void TestCliStore::initTestCase()
{
    setUpEnvironment();
    QVERIFY(QFileInfo::exists(cliPath()));
}

void TestCliStore::setsAndAddSet()
{
    Store s;
    Run r = s.run({QStringLiteral("sets")});
    QVERIFY_RUN(r, 0);
    QVERIFY(json(r).isArray());
    QVERIFY(json(r).array().isEmpty());
    // The store and its generated secret were made beside each other, owner-only.
    QCOMPARE(fileMode(s.path), 0600);
    QCOMPARE(fileMode(s.dir.filePath(QStringLiteral("store.secret"))), 0600);

    r = s.run({QStringLiteral("add-set"), QStringLiteral("hydra.jwt.access-token"), QStringLiteral("--description"),
               QStringLiteral("JWT access tokens")});
    QVERIFY_RUN(r, 0);
    QCOMPARE(json(r).object().value(QStringLiteral("created")).toString(), QStringLiteral("hydra.jwt.access-token"));
    QVERIFY_RUN(s.run({QStringLiteral("add-set"), QStringLiteral("another")}), 0);

    r = s.run({QStringLiteral("add-set"), QStringLiteral("another")});
    QVERIFY_RUN(r, 2);
    QVERIFY2(oneLine(r.err), r.err.constData());
    QVERIFY(r.err.contains("exists already"));

    r = s.run({QStringLiteral("sets"), QStringLiteral("--compact")});
    QVERIFY_RUN(r, 0);
    QCOMPARE(r.out.count('\n'), 1);
    const QJsonArray sets = json(r).array();
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("another"));
    const QJsonObject access = sets[1].toObject();
    QCOMPARE(access.value(QStringLiteral("name")).toString(), QStringLiteral("hydra.jwt.access-token"));
    QCOMPARE(access.value(QStringLiteral("description")).toString(), QStringLiteral("JWT access tokens"));
    QCOMPARE(access.value(QStringLiteral("keys")).toInt(), 0);
    QVERIFY(access.value(QStringLiteral("signing_kid")).isNull());
}

void TestCliStore::generateIntoSet()
{
    Store s;
    Run r = s.run({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"),
                   QStringLiteral("--set"), QStringLiteral("s")});
    QVERIFY_RUN(r, 0);
    // The public JWK is printed, never the private one.
    const QJsonObject pub = json(r).object();
    QCOMPARE(pub.value(QStringLiteral("kty")).toString(), QStringLiteral("EC"));
    QVERIFY(!pub.contains(QStringLiteral("d")));
    const QString kid = pub.value(QStringLiteral("kid")).toString();
    QVERIFY(!kid.isEmpty());

    r = s.run({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("HS256"), QStringLiteral("--set"),
               QStringLiteral("s"), QStringLiteral("--kid"), QStringLiteral("hmac")});
    QVERIFY_RUN(r, 0);
    const QJsonObject oct = json(r).object();
    QCOMPARE(oct.value(QStringLiteral("kty")).toString(), QStringLiteral("oct"));
    QCOMPARE(oct.value(QStringLiteral("kid")).toString(), QStringLiteral("hmac"));
    QVERIFY(!oct.contains(QStringLiteral("k")));

    // Same kid again: refused with exit 2.
    r = s.run({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("--set"),
               QStringLiteral("s"), QStringLiteral("--kid"), QStringLiteral("hmac")});
    QVERIFY_RUN(r, 2);
    QVERIFY2(oneLine(r.err), r.err.constData());

    r = s.run({QStringLiteral("keys"), QStringLiteral("s")});
    QVERIFY_RUN(r, 0);
    QCOMPARE(kidsOf(json(r).array()), (QStringList{QStringLiteral("hmac"), kid}));
    // --store without --set is a usage error.
    QVERIFY_RUN(s.run({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256")}), 64);
}

void TestCliStore::keysListing()
{
    Store s;
    QVERIFY_RUN(
        s.run({QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("s"),
               vector(QStringLiteral("ec_p256_spki_public.pem")), vector(QStringLiteral("rsa2048_pkcs8_private.pem")),
               vector(QStringLiteral("ed25519_pkcs8_private.pem"))}),
        0);
    const Run r = s.run({QStringLiteral("keys"), QStringLiteral("s")});
    QVERIFY_RUN(r, 0);
    const QJsonArray keys = json(r).array();
    QCOMPARE(keys.size(), 3);
    // The first key listed is the newest; the newest private key signs.
    const QJsonObject ec = keys[0].toObject();
    QCOMPARE(ec.value(QStringLiteral("kid")).toString(), thumbprintOf(QStringLiteral("ec_p256_spki_public.pem")));
    QCOMPARE(ec.value(QStringLiteral("thumbprint")).toString(), ec.value(QStringLiteral("kid")).toString());
    QCOMPARE(ec.value(QStringLiteral("kty")).toString(), QStringLiteral("EC"));
    QCOMPARE(ec.value(QStringLiteral("type")).toString(), QStringLiteral("EC P-256"));
    QCOMPARE(ec.value(QStringLiteral("role")).toString(), QStringLiteral("public only"));
    QVERIFY(QDateTime::fromString(ec.value(QStringLiteral("created")).toString(), Qt::ISODate).isValid());
    QCOMPARE(keys[1].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("signing"));
    QCOMPARE(keys[1].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("RSA 2048"));
    QCOMPARE(keys[2].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("private"));
    QCOMPARE(keys[2].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("OKP Ed25519"));

    const Run missing = s.run({QStringLiteral("keys"), QStringLiteral("nope")});
    QVERIFY_RUN(missing, 2);
    QVERIFY2(oneLine(missing.err) && missing.err.contains("nope"), missing.err.constData());
}

void TestCliStore::importVectors()
{
    Store s;
    const QString pass = s.dir.filePath(QStringLiteral("pass.txt"));
    QVERIFY(writeAll(pass, "correct horse\n"));
    const QStringList files = {vector(QStringLiteral("bundle_4_keys.pem")),
                               vector(QStringLiteral("chain_2certs_leaf_then_ca.pem")),
                               vector(QStringLiteral("rsa2048_pkcs8_encrypted.pem")),
                               vector(QStringLiteral("rsa2048_pkcs1_encrypted_legacy.pem")),
                               vector(QStringLiteral("x25519_pkcs8_private.pem"))};
    QStringList args = {QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("imported"),
                        QStringLiteral("--passphrase-file"), pass};
    args << files;
    Run r = s.run(args);
    QVERIFY_RUN(r, 0);
    QJsonObject summary = json(r).object();
    // The bundle's four keys, the chain's leaf (with its x5c), X25519; both encrypted RSA files hold the
    // bundle's RSA key: skipped by thumbprint.
    QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 6);
    QCOMPARE(summary.value(QStringLiteral("skipped")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("skipped_keys")).toArray().size(), 2);
    QVERIFY(summary.value(QStringLiteral("skipped_keys"))
                .toArray()[0]
                .toString()
                .startsWith(thumbprintOf(QStringLiteral("rsa2048_pkcs8_private.pem"))));

    r = s.run({QStringLiteral("keys"), QStringLiteral("imported")});
    QVERIFY_RUN(r, 0);
    const QStringList kids = kidsOf(json(r).array());
    QCOMPARE(kids, (QStringList{thumbprintOf(QStringLiteral("rsa2048_pkcs8_private.pem")),
                                thumbprintOf(QStringLiteral("ec_p256_spki_public.pem")),
                                thumbprintOf(QStringLiteral("ed25519_pkcs8_private.pem")),
                                thumbprintOf(QStringLiteral("ec_p384_sec1_private.pem")),
                                thumbprintOf(QStringLiteral("chain_leaf_p256_cert.pem")),
                                thumbprintOf(QStringLiteral("x25519_pkcs8_private.pem"))}));

    // The same again: everything is skipped, nothing fails.
    r = s.run(args);
    QVERIFY_RUN(r, 0);
    summary = json(r).object();
    QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("skipped")).toInt(), 8);
    QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 0);

    // The chain's leaf kept its certificates.
    r = s.run({QStringLiteral("export"), QStringLiteral("imported")});
    QVERIFY_RUN(r, 0);
    const QJsonArray exported = json(r).object().value(QStringLiteral("keys")).toArray();
    QJsonObject leaf;
    for (const auto& k : exported) {
        if (k.toObject().value(QStringLiteral("kid")).toString() ==
            thumbprintOf(QStringLiteral("chain_leaf_p256_cert.pem"))) {
            leaf = k.toObject();
        }
    }
    QCOMPARE(leaf.value(QStringLiteral("x5c")).toArray().size(), 2);
}

void TestCliStore::importFailures()
{
    Store s;
    const QString wrong = s.dir.filePath(QStringLiteral("wrong.txt"));
    QVERIFY(writeAll(wrong, "incorrect horse\n"));
    const QString garbage = s.dir.filePath(QStringLiteral("garbage.pem"));
    QVERIFY(writeAll(garbage, "not a key at all\n"));
    // A wrong passphrase and an unreadable file fail; the good key of the same call is still imported.
    Run r = s.run({QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("s"),
                   QStringLiteral("--passphrase-file"), wrong, vector(QStringLiteral("rsa2048_pkcs8_encrypted.pem")),
                   garbage, vector(QStringLiteral("ec_p384_sec1_private.pem"))});
    QVERIFY_RUN(r, 2);
    const QJsonObject summary = json(r).object();
    QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("failures")).toArray().size(), 2);
    // The P-384 key has no alg and becomes the signer: warned first, then the one error line.
    const qsizetype split = r.err.indexOf('\n') + 1;
    QVERIFY2(r.err.left(split).startsWith("jwkman-cli: warning: In s, EC P-384 key ") &&
                 r.err.left(split).endsWith(" without alg signs now (no key signed before). Hydra cannot sign with a "
                                            "key without alg.\n"),
             r.err.constData());
    QVERIFY2(oneLine(r.err.mid(split)), r.err.constData());
    QVERIFY(!r.err.contains("incorrect horse"));
    // Usage.
    QVERIFY_RUN(s.run({QStringLiteral("import"), vector(QStringLiteral("ec_p384_sec1_private.pem"))}), 64);
    QVERIFY_RUN(s.run({QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("s")}), 64);
}

void TestCliStore::exportPublic()
{
    Store s;
    QVERIFY_RUN(s.run({QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("s"),
                       vector(QStringLiteral("bundle_4_keys.pem"))}),
                0);
    QVERIFY_RUN(s.run({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("HS256"),
                       QStringLiteral("--set"), QStringLiteral("s"), QStringLiteral("--kid"), QStringLiteral("hmac")}),
                0);
    const Run r = s.run({QStringLiteral("export"), QStringLiteral("s")});
    QVERIFY_RUN(r, 0);
    QVERIFY2(r.err.contains("oct"), r.err.constData()); // a warning that the oct key was left out
    const QJsonObject set = json(r).object();
    const QJsonArray keys = set.value(QStringLiteral("keys")).toArray();
    QCOMPARE(keys.size(), 4);
    for (const auto& k : keys) {
        const QJsonObject o = k.toObject();
        QVERIFY(o.value(QStringLiteral("kty")).toString() != QStringLiteral("oct"));
        for (const auto& m : kPrivateMembers) {
            QVERIFY2(!o.contains(m), qPrintable(m));
        }
    }
    // It is a JWK Set the core parses, and nothing in it is private.
    const JsonWebKeySet parsed = JsonWebKeySet::fromJson(r.out);
    QCOMPARE(parsed.size(), 4);
    QVERIFY(!parsed.hasPrivateKeys());
    // To a file: not made owner-only (it is public).
    const QString out = s.dir.filePath(QStringLiteral("public.jwks"));
    QVERIFY_RUN(s.run({QStringLiteral("export"), QStringLiteral("s"), QStringLiteral("--out"), out}), 0);
    QCOMPARE(JsonWebKeySet::fromJson(readAll(out)).size(), 4);
    // An unknown set.
    QVERIFY_RUN(s.run({QStringLiteral("export"), QStringLiteral("nope")}), 2);
}

void TestCliStore::exportPrivate()
{
    Store s;
    QVERIFY_RUN(s.run({QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("s"),
                       vector(QStringLiteral("bundle_4_keys.pem"))}),
                0);
    QVERIFY_RUN(s.run({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("HS256"),
                       QStringLiteral("--set"), QStringLiteral("s"), QStringLiteral("--kid"), QStringLiteral("hmac")}),
                0);
    const QString out = s.dir.filePath(QStringLiteral("private.jwks"));
    const Run r = s.run(
        {QStringLiteral("export"), QStringLiteral("s"), QStringLiteral("--private"), QStringLiteral("--out"), out});
    QVERIFY_RUN(r, 0);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(fileMode(out), 0600);
    // Nothing left beside it (the atomic write's temporary file).
    QCOMPARE(QDir(s.dir.path()).entryList({QStringLiteral("private.jwks*")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("private.jwks")});

    const QJsonObject set = QJsonDocument::fromJson(readAll(out)).object();
    const QJsonArray keys = set.value(QStringLiteral("keys")).toArray();
    QCOMPARE(keys.size(), 5);
    QCOMPARE(keys[0].toObject().value(QStringLiteral("kid")).toString(), QStringLiteral("hmac"));
    QVERIFY(keys[0].toObject().contains(QStringLiteral("k")));
    int withPrivate = 0;
    for (const auto& k : keys) {
        const QJsonObject o = k.toObject();
        for (const auto& m : kPrivateMembers) {
            if (o.contains(m)) {
                ++withPrivate;
                break;
            }
        }
    }
    QCOMPARE(withPrivate, 4); // the bundle's EC P-256 key is public
    const JsonWebKeySet parsed = JsonWebKeySet::fromJson(readAll(out));
    QCOMPARE(parsed.size(), 5);
    QVERIFY(parsed.hasPrivateKeys());
    // The RSA key is exactly the vector's.
    const QJsonObject expected =
        QJsonDocument::fromJson(readAll(QStringLiteral(JWKMAN_TEST_DATA_DIR "/pem/expected.json")))
            .object()
            .value(QStringLiteral("entries"))
            .toArray()[0]
            .toObject()
            .value(QStringLiteral("expected_jwk"))
            .toObject();
    QJsonObject rsa;
    for (const auto& k : keys) {
        if (k.toObject().value(QStringLiteral("kty")).toString() == QStringLiteral("RSA")) {
            rsa = k.toObject();
        }
    }
    for (const auto& m : {"n", "e", "d", "p", "q", "dp", "dq", "qi"}) {
        QCOMPARE(rsa.value(QString::fromLatin1(m)), expected.value(QString::fromLatin1(m)));
    }

    // To standard output too.
    const Run stdoutRun = s.run({QStringLiteral("export"), QStringLiteral("s"), QStringLiteral("--private")});
    QVERIFY_RUN(stdoutRun, 0);
    QCOMPARE(JsonWebKeySet::fromJson(stdoutRun.out).size(), 5);

    // An existing file with open permissions is replaced by an owner-only one.
    const QString loose = s.dir.filePath(QStringLiteral("loose.jwks"));
    QVERIFY(writeAll(loose, "{}"));
    QFile::setPermissions(loose, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                     QFileDevice::ReadOther);
    QVERIFY_RUN(s.run({QStringLiteral("export"), QStringLiteral("s"), QStringLiteral("--private"),
                       QStringLiteral("--out"), loose}),
                0);
    QCOMPARE(fileMode(loose), 0600);
    // A folder that does not exist: I/O failure, exit 1.
    const Run bad = s.run({QStringLiteral("export"), QStringLiteral("s"), QStringLiteral("--private"),
                           QStringLiteral("--out"), s.dir.filePath(QStringLiteral("no/such/dir/x.jwks"))});
    QVERIFY_RUN(bad, 1);
    QVERIFY(oneLine(bad.err));

    // Audited once written, one entry per key whose private part left (not the public EC key), with the form and
    // where it went; the failed export is not in the log. The same entries as the desktop writes (core/usecases).
    const auto store = KeyStore::open(s.path);
    QStringList audited;
    for (const auto& e : store->audit().entries()) {
        if (e.action == QStringLiteral("exported-private")) {
            audited.prepend(e.detail);
        }
    }
    QCOMPARE(audited.size(), 3 * 4);
    QCOMPARE(audited.count(QStringLiteral("jwks to ") + out), 4);
    QCOMPARE(audited.count(QStringLiteral("jwks to standard output")), 4);
    QCOMPARE(audited.count(QStringLiteral("jwks to ") + loose), 4);
}

void TestCliStore::trashCommands()
{
    Store s;
    QVERIFY_RUN(s.run({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"),
                       QStringLiteral("--set"), QStringLiteral("s"), QStringLiteral("--kid"), QStringLiteral("a")}),
                0);
    QVERIFY_RUN(s.run({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"),
                       QStringLiteral("--set"), QStringLiteral("s"), QStringLiteral("--kid"), QStringLiteral("b")}),
                0);
    QVERIFY_RUN(s.run({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"),
                       QStringLiteral("--set"), QStringLiteral("t"), QStringLiteral("--kid"), QStringLiteral("c")}),
                0);

    Run r = s.run({QStringLiteral("delete"), QStringLiteral("s"), QStringLiteral("a")});
    QVERIFY_RUN(r, 0);
    QCOMPARE(json(r).object().value(QStringLiteral("trashed")).toString(), QStringLiteral("s/a"));
    r = s.run({QStringLiteral("keys"), QStringLiteral("s")});
    QCOMPARE(kidsOf(json(r).array()), QStringList{QStringLiteral("b")});
    r = s.run({QStringLiteral("delete"), QStringLiteral("t")});
    QVERIFY_RUN(r, 0);
    QCOMPARE(json(r).object().value(QStringLiteral("trashed")).toString(), QStringLiteral("t"));
    r = s.run({QStringLiteral("sets")});
    QCOMPARE(json(r).array().size(), 1);

    r = s.run({QStringLiteral("trash")});
    QVERIFY_RUN(r, 0);
    const QJsonArray trash = json(r).array();
    QCOMPARE(trash.size(), 2);
    QJsonObject setEntry;
    QJsonObject keyEntry;
    for (const auto& e : trash) {
        (e.toObject().contains(QStringLiteral("kid")) ? keyEntry : setEntry) = e.toObject();
    }
    QCOMPARE(setEntry.value(QStringLiteral("set")).toString(), QStringLiteral("t"));
    QCOMPARE(setEntry.value(QStringLiteral("keys")).toInt(), 1);
    QCOMPARE(keyEntry.value(QStringLiteral("set")).toString(), QStringLiteral("s"));
    QCOMPARE(keyEntry.value(QStringLiteral("kid")).toString(), QStringLiteral("a"));
    QVERIFY(QDateTime::fromString(keyEntry.value(QStringLiteral("deleted")).toString(), Qt::ISODate).isValid());

    r = s.run({QStringLiteral("restore"), QStringLiteral("s"), QStringLiteral("a")});
    QVERIFY_RUN(r, 0);
    QCOMPARE(json(r).object().value(QStringLiteral("restored")).toString(), QStringLiteral("s/a"));
    r = s.run({QStringLiteral("restore"), QStringLiteral("t")});
    QVERIFY_RUN(r, 0);
    QCOMPARE(json(r).object().value(QStringLiteral("restored")).toString(), QStringLiteral("t"));
    r = s.run({QStringLiteral("trash")});
    QVERIFY(json(r).array().isEmpty());
    QCOMPARE(kidsOf(json(s.run({QStringLiteral("keys"), QStringLiteral("s")})).array()),
             (QStringList{QStringLiteral("b"), QStringLiteral("a")}));

    // Restoring what is not in the trash, deleting what is not there: exit 2, one line.
    r = s.run({QStringLiteral("restore"), QStringLiteral("s"), QStringLiteral("a")});
    QVERIFY_RUN(r, 2);
    QVERIFY(oneLine(r.err));
    r = s.run({QStringLiteral("delete"), QStringLiteral("s"), QStringLiteral("zzz")});
    QVERIFY_RUN(r, 2);
    QVERIFY(oneLine(r.err));

    QVERIFY_RUN(s.run({QStringLiteral("delete"), QStringLiteral("s"), QStringLiteral("a")}), 0);
    QVERIFY_RUN(s.run({QStringLiteral("delete"), QStringLiteral("t")}), 0);
    r = s.run({QStringLiteral("empty-trash")});
    QVERIFY_RUN(r, 0);
    QCOMPARE(json(r).object().value(QStringLiteral("purged_keys")).toInt(), 2);
    QVERIFY(json(s.run({QStringLiteral("trash")})).array().isEmpty());
    QVERIFY_RUN(s.run({QStringLiteral("restore"), QStringLiteral("t")}), 2);
    r = s.run({QStringLiteral("empty-trash")});
    QCOMPARE(json(r).object().value(QStringLiteral("purged_keys")).toInt(), 0);
}

void TestCliStore::wrongSecret()
{
    Store s;
    s.secrets = QStringLiteral("the-right-secret-0123");
    QVERIFY_RUN(s.run({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"),
                       QStringLiteral("--set"), QStringLiteral("s")}),
                0);
    const QByteArray before = readAll(s.path);
    const QString wrong = QStringLiteral("another-20-char-key!");
    QCOMPARE(wrong.size(), 20);
    for (const QStringList& args :
         {QStringList{QStringLiteral("sets")}, QStringList{QStringLiteral("keys"), QStringLiteral("s")},
          QStringList{QStringLiteral("export"), QStringLiteral("s"), QStringLiteral("--private")},
          QStringList{QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"),
                      QStringLiteral("--set"), QStringLiteral("s")},
          QStringList{QStringLiteral("rotate-secret")}, QStringList{QStringLiteral("empty-trash")}}) {
        const Run r = s.runWith(wrong, args);
        QVERIFY_RUN(r, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(oneLine(r.err), r.err.constData());
        QVERIFY2(r.err.contains("SECRETS_SYSTEM"), r.err.constData());
        QVERIFY(!r.err.contains(wrong.toUtf8()));
        QVERIFY(!r.err.contains("the-right-secret"));
    }
    QCOMPARE(readAll(s.path), before);
    QVERIFY_RUN(s.run({QStringLiteral("sets")}), 0);
}

void TestCliStore::shortSecret()
{
    Store s;
    for (const QString& value : {QStringLiteral("tenchars10"), QStringLiteral("long-enough-secret-0123,short"),
                                 QStringLiteral("[\"tenchars10\"]")}) {
        const Run r = s.runWith(value, {QStringLiteral("sets")});
        QVERIFY_RUN(r, 2);
        QVERIFY2(oneLine(r.err), r.err.constData());
        QVERIFY(r.err.contains("16"));
        QVERIFY(!r.err.contains("tenchars10"));
        QVERIFY(!r.err.contains("short\n") && !r.err.contains("long-enough"));
    }
    // Nothing was created.
    QVERIFY(!QFileInfo::exists(s.path));
}

void TestCliStore::missingSecretFile()
{
    Store s;
    QVERIFY_RUN(s.run({QStringLiteral("add-set"), QStringLiteral("x")}), 0);
    QVERIFY(QFile::remove(s.dir.filePath(QStringLiteral("store.secret"))));
    const Run r = s.run({QStringLiteral("sets")});
    QVERIFY_RUN(r, 2);
    QVERIFY2(oneLine(r.err) && r.err.contains("SECRETS_SYSTEM"), r.err.constData());
    // No new secret was made for the existing store.
    QVERIFY(!QFileInfo::exists(s.dir.filePath(QStringLiteral("store.secret"))));
}

void TestCliStore::rotateSecret()
{
    Store s;
    const QString oldSecret = QStringLiteral("old-secret-0123456789");
    const QString newSecret = QStringLiteral("new-secret-0123456789");
    s.secrets = oldSecret;
    QVERIFY_RUN(s.run({QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("s"),
                       vector(QStringLiteral("bundle_4_keys.pem"))}),
                0);
    QVERIFY_RUN(s.run({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"),
                       QStringLiteral("--set"), QStringLiteral("t")}),
                0);

    Run r = s.runWith(newSecret + u',' + oldSecret, {QStringLiteral("rotate-secret")});
    QVERIFY_RUN(r, 0);
    QJsonObject o = json(r).object();
    QCOMPARE(o.value(QStringLiteral("reencrypted")).toInt(), 5);
    QCOMPARE(o.value(QStringLiteral("already_current")).toInt(), 0);
    QVERIFY(o.value(QStringLiteral("undecryptable")).toArray().isEmpty());
    r = s.runWith(newSecret + u',' + oldSecret, {QStringLiteral("rotate-secret")});
    QVERIFY_RUN(r, 0);
    QCOMPARE(json(r).object().value(QStringLiteral("reencrypted")).toInt(), 0);
    QCOMPARE(json(r).object().value(QStringLiteral("already_current")).toInt(), 5);

    // The new secret alone reads every private key; the old one no longer opens the store.
    r = s.runWith(newSecret, {QStringLiteral("export"), QStringLiteral("s"), QStringLiteral("--private")});
    QVERIFY_RUN(r, 0);
    QCOMPARE(JsonWebKeySet::fromJson(r.out).size(), 4);
    r = s.runWith(oldSecret, {QStringLiteral("sets")});
    QVERIFY_RUN(r, 2);
    QVERIFY(r.err.contains("SECRETS_SYSTEM"));
    // JSON array form.
    QVERIFY_RUN(s.runWith(QStringLiteral("[\"%1\"]").arg(newSecret), {QStringLiteral("sets")}), 0);
}

void TestCliStore::secretLocation()
{
    Store s;
    QVERIFY_RUN(s.run({QStringLiteral("add-set"), QStringLiteral("x")}), 0);
    const QString secretFile = s.dir.filePath(QStringLiteral("store.secret"));
    Run r = s.run({QStringLiteral("secret-location")});
    QVERIFY_RUN(r, 0);
    QVERIFY2(r.out.contains(secretFile.toUtf8()), r.out.constData());
    QVERIFY(r.out.contains("0600"));
    QVERIFY(r.out.contains(QFileInfo(s.path).absoluteFilePath().toUtf8()));
    const QByteArray secret = readAll(secretFile).trimmed();
    QVERIFY(!r.out.contains(secret));

    r = s.run({QStringLiteral("secret-location"), QStringLiteral("--show-secret")});
    QVERIFY_RUN(r, 0);
    QVERIFY(r.out.contains(secret + '\n'));
    QVERIFY(r.err.contains("backup")); // the warning goes to stderr, the secret only to stdout
    QVERIFY(!r.err.contains(secret));

    // With SECRETS_SYSTEM set (the file's secret first, so that it opens).
    r = s.runWith(QString::fromLatin1(secret) + QStringLiteral(",older-secret-0123456"),
                  {QStringLiteral("secret-location")});
    QVERIFY_RUN(r, 0);
    QVERIFY2(r.out.contains("SECRETS_SYSTEM") && r.out.contains("2 secrets"), r.out.constData());
    QVERIFY(!r.out.contains(secret));
}

void TestCliStore::usageAndIoErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("keys without SET") << QStringList{QStringLiteral("keys")} << 64;
    QTest::newRow("keys with two") << QStringList{QStringLiteral("keys"), QStringLiteral("a"), QStringLiteral("b")}
                                   << 64;
    QTest::newRow("sets with an argument") << QStringList{QStringLiteral("sets"), QStringLiteral("x")} << 64;
    QTest::newRow("add-set without SET") << QStringList{QStringLiteral("add-set")} << 64;
    QTest::newRow("delete without SET") << QStringList{QStringLiteral("delete")} << 64;
    QTest::newRow("delete with three") << QStringList{QStringLiteral("delete"), QStringLiteral("a"),
                                                      QStringLiteral("b"), QStringLiteral("c")}
                                       << 64;
    QTest::newRow("restore without SET") << QStringList{QStringLiteral("restore")} << 64;
    QTest::newRow("export without SET") << QStringList{QStringLiteral("export")} << 64;
    QTest::newRow("trash with an argument") << QStringList{QStringLiteral("trash"), QStringLiteral("x")} << 64;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("sets"), QStringLiteral("--frobnicate")} << 64;
    QTest::newRow("empty set name") << QStringList{QStringLiteral("add-set"), QString()} << 2;
}

void TestCliStore::usageAndIoErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    Store s;
    const Run r = s.run(args);
    QVERIFY_RUN(r, code);
    QVERIFY2(oneLine(r.err), r.err.constData());
}

void TestCliStore::ioErrors()
{
    // A store that is a folder, or in a folder that cannot be made: I/O, exit 1.
    Store s;
    Run io = runProgram(cliPath(), {QStringLiteral("sets"), QStringLiteral("--store"), s.dir.path()}, {}, kWaitMs,
                        cliEnvironment(QStringLiteral("some-secret-0123456789")));
    QVERIFY_RUN(io, 1);
    QVERIFY(oneLine(io.err));
    const QString blocker = s.dir.filePath(QStringLiteral("file"));
    QVERIFY(writeAll(blocker, "x"));
    io = runProgram(cliPath(),
                    {QStringLiteral("sets"), QStringLiteral("--store"), blocker + QStringLiteral("/s.sqlite")}, {},
                    kWaitMs, cliEnvironment(QStringLiteral("some-secret-0123456789")));
    QVERIFY_RUN(io, 1);
    QVERIFY(oneLine(io.err));
}

void TestCliStore::hydraDefaults()
{
    Store s;
    QElapsedTimer timer;
    timer.start();
    Run r = s.run({QStringLiteral("hydra-defaults")}, kRsa4096WaitMs);
    QVERIFY_RUN(r, 0);
    qInfo("hydra-defaults made three RSA 4096 keys in %lld ms", timer.elapsed());
    QJsonObject o = json(r).object();
    const QStringList names = {QStringLiteral("hydra.openid.id-token"), QStringLiteral("hydra.jwt.access-token"),
                               QStringLiteral("hydra.https-tls")};
    QStringList created;
    for (const auto& v : o.value(QStringLiteral("created")).toArray()) {
        created << v.toString();
    }
    QCOMPARE(created, names);
    QVERIFY(o.value(QStringLiteral("already_present")).toArray().isEmpty());

    for (const auto& name : names) {
        r = s.run({QStringLiteral("keys"), name});
        QVERIFY_RUN(r, 0);
        const QJsonArray keys = json(r).array();
        QCOMPARE(keys.size(), 1);
        const QJsonObject k = keys[0].toObject();
        QCOMPARE(k.value(QStringLiteral("kty")).toString(), QStringLiteral("RSA"));
        QCOMPARE(k.value(QStringLiteral("type")).toString(), QStringLiteral("RSA 4096"));
        QCOMPARE(k.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(k.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
        QCOMPARE(k.value(QStringLiteral("role")).toString(), QStringLiteral("signing"));
        const QString kid = k.value(QStringLiteral("kid")).toString();
        QVERIFY2(kUuidV4.match(kid).hasMatch(), qPrintable(kid));

        r = s.run({QStringLiteral("export"), name, QStringLiteral("--private")});
        QVERIFY_RUN(r, 0);
        const QJsonObject jwk = json(r).object().value(QStringLiteral("keys")).toArray()[0].toObject();
        QCOMPARE(jwk.value(QStringLiteral("kid")).toString(), kid);
        QCOMPARE(
            QByteArray::fromBase64(jwk.value(QStringLiteral("n")).toString().toLatin1(), QByteArray::Base64UrlEncoding)
                .size(),
            512);
        QCOMPARE(jwk.value(QStringLiteral("e")).toString(), QStringLiteral("AQAB"));
        QVERIFY(jwk.contains(QStringLiteral("d")) && jwk.contains(QStringLiteral("qi")));
        const bool tls = name == QStringLiteral("hydra.https-tls");
        QCOMPARE(jwk.contains(QStringLiteral("x5c")), tls);
        if (!tls) {
            continue;
        }
        // The certificate: x5t and x5t#S256 are its SHA-1 and SHA-256, it certifies this key, for localhost and
        // 127.0.0.1.
        const QJsonArray x5c = jwk.value(QStringLiteral("x5c")).toArray();
        QCOMPARE(x5c.size(), 1);
        const QByteArray der = QByteArray::fromBase64(x5c[0].toString().toLatin1());
        QVERIFY(!der.isEmpty());
        QCOMPARE(jwk.value(QStringLiteral("x5t")).toString(),
                 b64u(QCryptographicHash::hash(der, QCryptographicHash::Sha1)));
        QCOMPARE(jwk.value(QStringLiteral("x5t#S256")).toString(), b64u(sha256(der)));
        const QString derFile = s.dir.filePath(QStringLiteral("tls.der"));
        QVERIFY(writeAll(derFile, der));
        const Run text = runProgram(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-inform"),
                                                                QStringLiteral("DER"), QStringLiteral("-in"), derFile,
                                                                QStringLiteral("-noout"), QStringLiteral("-text")});
        QVERIFY_RUN(text, 0);
        QVERIFY2(text.out.contains("DNS:localhost"), text.out.constData());
        QVERIFY2(text.out.contains("IP Address:127.0.0.1"), text.out.constData());
        QVERIFY(text.out.contains("Public-Key: (4096 bit)"));
        const Run modulus =
            runProgram(QStringLiteral("openssl"),
                       {QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                        derFile, QStringLiteral("-noout"), QStringLiteral("-modulus")});
        QVERIFY_RUN(modulus, 0);
        const QByteArray n =
            QByteArray::fromBase64(jwk.value(QStringLiteral("n")).toString().toLatin1(), QByteArray::Base64UrlEncoding);
        QCOMPARE(modulus.out.trimmed(), "Modulus=" + n.toHex().toUpper());
        // The public export carries the certificate too.
        r = s.run({QStringLiteral("export"), name});
        const QJsonObject pub = json(r).object().value(QStringLiteral("keys")).toArray()[0].toObject();
        QCOMPARE(pub.value(QStringLiteral("x5c")).toArray(), x5c);
        QVERIFY(!pub.contains(QStringLiteral("d")));
    }

    // Again: nothing is created.
    timer.restart();
    r = s.run({QStringLiteral("hydra-defaults")}, kRsa4096WaitMs);
    QVERIFY_RUN(r, 0);
    QVERIFY2(timer.elapsed() < 30000, "nothing to generate the second time");
    o = json(r).object();
    QVERIFY(o.value(QStringLiteral("created")).toArray().isEmpty());
    QCOMPARE(o.value(QStringLiteral("already_present")).toArray().size(), 3);
    // A rotation policy for each set is suggested, not applied.
    const QJsonArray suggested = o.value(QStringLiteral("suggested_policies")).toArray();
    QCOMPARE(suggested.size(), 3);
    QCOMPARE(suggested.at(0).toObject(), (QJsonObject{{QStringLiteral("set"), QStringLiteral("hydra.openid.id-token")},
                                                      {QStringLiteral("rotate_every_days"), 90},
                                                      {QStringLiteral("overlap_days"), 7}}));
    QCOMPARE(suggested.at(2).toObject().value(QStringLiteral("overlap_days")), QJsonValue());
    QCOMPARE(json(s.run({QStringLiteral("policy"), QStringLiteral("hydra.openid.id-token")}))
                 .object()
                 .value(QStringLiteral("rotate_every_days")),
             QJsonValue());
    for (const auto& name : names) {
        QCOMPARE(json(s.run({QStringLiteral("keys"), name})).array().size(), 1);
    }
}

void TestCliStore::hydraDefaultsWithATrashedSet()
{
    // A Hydra set in the trash cannot be filled: refused at once (exit 2), before any RSA 4096 generation, and
    // nothing is half made.
    Store s;
    QVERIFY_RUN(s.run({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"),
                       QStringLiteral("--set"), QStringLiteral("hydra.jwt.access-token")}),
                0);
    QVERIFY_RUN(s.run({QStringLiteral("delete"), QStringLiteral("hydra.jwt.access-token")}), 0);
    QElapsedTimer timer;
    timer.start();
    const Run r = s.run({QStringLiteral("hydra-defaults")}, kRsa4096WaitMs);
    QVERIFY_RUN(r, 2);
    QVERIFY2(timer.elapsed() < 20000, "refused before generating");
    QVERIFY2(oneLine(r.err) && r.err.contains("trash") && r.err.contains("hydra.jwt.access-token"), r.err.constData());
    QVERIFY(!r.err.contains("generating"));
    QVERIFY(json(s.run({QStringLiteral("sets")})).array().isEmpty());
    // Restored, the set counts as present and the two others are made.
    QVERIFY_RUN(s.run({QStringLiteral("restore"), QStringLiteral("hydra.jwt.access-token")}), 0);
    const Run again = s.run({QStringLiteral("hydra-defaults")}, kRsa4096WaitMs);
    QVERIFY_RUN(again, 0);
    QCOMPARE(json(again).object().value(QStringLiteral("created")).toArray().size(), 2);
    QCOMPARE(json(again).object().value(QStringLiteral("already_present")).toArray(),
             QJsonArray{QStringLiteral("hydra.jwt.access-token")});
}

void TestCliStore::storeFromEnvironment()
{
    // Without --store: $JWKMAN_STORE; --store wins over it.
    QTemporaryDir dir;
    const QString fromEnv = dir.filePath(QStringLiteral("env.sqlite"));
    const QString explicitPath = dir.filePath(QStringLiteral("explicit.sqlite"));
    QProcessEnvironment env = cliEnvironment(QStringLiteral("environment-secret-0123"));
    env.insert(QStringLiteral("JWKMAN_STORE"), fromEnv);
    Run r = runProgram(cliPath(), {QStringLiteral("add-set"), QStringLiteral("in-env")}, {}, kWaitMs, env);
    QVERIFY_RUN(r, 0);
    QVERIFY(QFileInfo::exists(fromEnv));
    r = runProgram(cliPath(),
                   {QStringLiteral("add-set"), QStringLiteral("in-explicit"), QStringLiteral("--store"), explicitPath},
                   {}, kWaitMs, env);
    QVERIFY_RUN(r, 0);
    r = runProgram(cliPath(), {QStringLiteral("sets"), QStringLiteral("--compact")}, {}, kWaitMs, env);
    QVERIFY_RUN(r, 0);
    QCOMPARE(json(r).array().size(), 1);
    QCOMPARE(json(r).array()[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("in-env"));
    r = runProgram(cliPath(), {QStringLiteral("sets"), QStringLiteral("--store"), explicitPath}, {}, kWaitMs, env);
    QCOMPARE(json(r).array()[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("in-explicit"));
    // SECRETS_SYSTEM was used: no secret file was made.
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("env.secret"))));
}

void TestCliStore::setNamesHydraCannotAddress()
{
    Store s;
    s.secrets = QStringLiteral("set-name-secret-0123456789");
    // ".." can never be addressed: refused, invalid input, nothing created.
    const Run dots = s.run({QStringLiteral("add-set"), QStringLiteral("..")});
    QVERIFY_RUN(dots, 2);
    QVERIFY2(dots.err.contains("Hydra's admin API cannot address it"), dots.err.constData());
    // A slash: created (issuer-URL sets are real), with one warning line that says why a push may fail.
    const Run slash = s.run({QStringLiteral("add-set"), QStringLiteral("bad name/with slash")});
    QVERIFY_RUN(slash, 0);
    QCOMPARE(slash.err.count('\n'), 1);
    QVERIFY2(slash.err.startsWith("jwkman-cli: warning: ") && slash.err.contains("Hydra up to v2.3"),
             slash.err.constData());
    const Run sets = s.run({QStringLiteral("sets")});
    QVERIFY_RUN(sets, 0);
    QCOMPARE(json(sets).array().size(), 1);
    QCOMPARE(json(sets).array().at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("bad name/with slash"));
}

void TestCliStore::usageErrorQuotesTheHelpSynopsis()
{
    // A usage error quotes the command's synopsis from the one command table, on one line: the same words `help`
    // prints (the help may break a long synopsis; the error does not).
    Store s;
    s.secrets = QStringLiteral("usage-synopsis-secret-0123456789");
    const QList<QPair<QStringList, QString>> cases = {
        {{QStringLiteral("add-set")}, QStringLiteral("add-set SET [--description TEXT]")},
        {{QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("only-a-name")},
         QStringLiteral("remote add NAME URL [--public-url URL] [--token-file F] [--header 'Name: value'] "
                        "[--header-file F] [--ca F] [--client-cert F --client-key F] [--set S]...")},
        {{QStringLiteral("remote"), QStringLiteral("pull")}, QStringLiteral("remote pull NAME [--set S] [--yes]")},
        {{QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("r")},
         QStringLiteral("remote rotate NAME SET --step publish|activate|retire [--plan] [--yes]")},
    };
    for (const auto& [args, synopsis] : cases) {
        const Run r = s.run(args);
        QVERIFY_RUN(r, 64);
        QCOMPARE(QString::fromUtf8(r.err), QStringLiteral("jwkman-cli: usage: jwkman-cli %1\n").arg(synopsis));
    }
    // The same synopsis in the command's help.
    const Run help = runProgram(cliPath(), {QStringLiteral("help"), QStringLiteral("add-set")}, {}, kWaitMs,
                                cliEnvironment(s.secrets));
    QVERIFY_RUN(help, 0);
    QVERIFY2(help.out.contains("add-set SET [--description TEXT]"), help.out.constData());
}

void TestCliStore::globalOptionsBeforeTheCommand()
{
    // --store and --compact work before the command as after it (issue 12, item 8): same output, same exit status.
    Store s;
    s.secrets = QStringLiteral("global-options-secret-0123456789");
    QVERIFY_RUN(s.run({QStringLiteral("add-set"), QStringLiteral("g")}), 0);
    QVERIFY_RUN(s.run({QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("g"),
                       vector(QStringLiteral("ec_p256_pkcs8_private.pem"))}),
                0);
    const QProcessEnvironment env = cliEnvironment(s.secrets);
    const auto cli = [&](const QStringList& args) { return runProgram(cliPath(), args, {}, kWaitMs, env); };
    const QString store = QStringLiteral("--store");
    const QString compact = QStringLiteral("--compact");

    const Run after = cli({QStringLiteral("sets"), store, s.path});
    const Run before = cli({store, s.path, QStringLiteral("sets")});
    QVERIFY_RUN(after, 0);
    QVERIFY_RUN(before, 0);
    QCOMPARE(before.out, after.out);
    QCOMPARE(before.err, after.err);
    // The store named before the command is the one read (the set is there), not the default store.
    QCOMPARE(json(before).array().size(), 1);
    QCOMPARE(json(before).array().at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("g"));

    // Both global options before the command, in any order and form, and mixed with options after it.
    const Run keysAfter = cli({QStringLiteral("keys"), QStringLiteral("g"), compact, store, s.path});
    QVERIFY_RUN(keysAfter, 0);
    QCOMPARE(keysAfter.out.count('\n'), 1);
    for (const QStringList& args :
         {QStringList{compact, store, s.path, QStringLiteral("keys"), QStringLiteral("g")},
          QStringList{store, s.path, compact, QStringLiteral("keys"), QStringLiteral("g")},
          QStringList{QStringLiteral("--store=") + s.path, QStringLiteral("keys"), QStringLiteral("g"), compact},
          QStringList{QStringLiteral("-store"), s.path, QStringLiteral("-compact"), QStringLiteral("keys"),
                      QStringLiteral("g")},
          QStringList{compact, QStringLiteral("keys"), QStringLiteral("g"), store, s.path}}) {
        const Run r = cli(args);
        QVERIFY_RUN(r, 0);
        QVERIFY2(r.out == keysAfter.out, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.describe()));
    }
    // A store command's usage error is the same in both orders.
    const Run usageAfter = cli({QStringLiteral("keys"), store, s.path});
    const Run usageBefore = cli({store, s.path, QStringLiteral("keys")});
    QVERIFY_RUN(usageAfter, 64);
    QVERIFY_RUN(usageBefore, 64);
    QCOMPARE(usageBefore.err, usageAfter.err);
    // A command that takes no store refuses --store in either place, with the same message.
    const QString file = vector(QStringLiteral("ec_p256_spki_public.pem"));
    const Run publicAfter = cli({QStringLiteral("public"), store, s.path, file});
    const Run publicBefore = cli({store, s.path, QStringLiteral("public"), file});
    QVERIFY_RUN(publicAfter, 64);
    QVERIFY_RUN(publicBefore, 64);
    QCOMPARE(publicBefore.err, publicAfter.err);
    QVERIFY2(publicBefore.err.contains("store"), publicBefore.err.constData());
    // --compact before a command that takes no store.
    const Run compactAfter = cli({QStringLiteral("public"), compact, file});
    const Run compactBefore = cli({compact, QStringLiteral("public"), file});
    QVERIFY_RUN(compactBefore, 0);
    QCOMPARE(compactBefore.out, compactAfter.out);
    QCOMPARE(compactBefore.out.count('\n'), 1);
    // remote takes the store too.
    const Run remotes = cli({store, s.path, QStringLiteral("remote"), QStringLiteral("list")});
    QVERIFY_RUN(remotes, 0);
    QVERIFY(json(remotes).isArray());
    // help and --help are unchanged by a global option before them.
    const Run help = cli({store, s.path, QStringLiteral("help"), QStringLiteral("keys")});
    QVERIFY_RUN(help, 0);
    QCOMPARE(help.out, cli({QStringLiteral("help"), QStringLiteral("keys")}).out);
    QVERIFY_RUN(cli({compact, QStringLiteral("--help")}), 0);
    // A global option with no command after it: a usage error in one line.
    const Run alone = cli({store, s.path});
    QVERIFY_RUN(alone, 64);
    QVERIFY2(oneLine(alone.err) && alone.err.contains("no command"), alone.err.constData());
    // An unknown option before the command is still an unknown command.
    const Run unknown = cli({QStringLiteral("--frobnicate"), QStringLiteral("sets"), store, s.path});
    QVERIFY_RUN(unknown, 64);
    QVERIFY2(unknown.err.contains("unknown command"), unknown.err.constData());
}

QTEST_GUILESS_MAIN(TestCliStore)
#include "tst_cli_store.moc"
