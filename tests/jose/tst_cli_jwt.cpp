// jwkman-cli jwt decode, verify and sign as scripts use them (issue #16, exact): the JSON fields, the problem codes and
// the exit codes (0 valid, 3 invalid, 2 malformed token or key input, 1 network), the token from argv or standard
// input, keys from the store, a key file, a JWKS file or URL and a remote (the fake Hydra), and the audit entry of a
// signature made with a stored key.

#include "FakeHydraServer.h"
#include "ProcessRun.h"
#include "keys/Base64Url.h"
#include "store/KeyStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using jwk::test::FakeHydraServer;

namespace {

constexpr auto kSecret = "jwt-cli-secret-0123456789abcdef";

QJsonObject vector(const QString& name)
{
    QFile f(QStringLiteral(JWKMAN_TESTS_DIR) + QStringLiteral("/jws-vectors.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("jws-vectors.json cannot be read");
    }
    for (const auto& v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("vectors")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name) {
            return v.toObject();
        }
    }
    qFatal("no vector %s", qPrintable(name));
}

QByteArray b64(const QByteArray& b)
{
    return jwk::base64url::encode(b);
}

} // namespace

class TestCliJwt : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir* m_dir = nullptr;
    QString m_storePath;
    FakeHydraServer* m_server = nullptr;

    jwktest::ProcessRun cli(const QStringList& args, const QByteArray& input = {})
    {
        jwktest::ProcessOptions options;
        options.env.insert(QStringLiteral("JWKMAN_SECRET_BACKEND"), QStringLiteral("file"));
        options.env.insert(QStringLiteral("JWKMAN_STORE"), m_storePath);
        options.env.insert(QStringLiteral("SECRETS_SYSTEM"), QString::fromLatin1(kSecret));
        options.env.insert(QStringLiteral("HOME"), m_dir->path());
        options.input = input;
        options.serveEvents = true; // the fake Hydra lives in this thread
        return jwktest::runProcess(QStringLiteral(JWKMAN_CLI_PATH), args, options);
    }

    QString write(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

    static QJsonObject json(const jwktest::ProcessRun& r) { return QJsonDocument::fromJson(r.out).object(); }

    static QStringList codes(const QJsonObject& o)
    {
        QStringList c;
        for (const auto& p : o.value(QStringLiteral("problems")).toArray()) {
            c << p.toObject().value(QStringLiteral("code")).toString();
        }
        return c;
    }

    QByteArray rfcToken(const QString& name)
    {
        return vector(name).value(QStringLiteral("token")).toString().toLatin1();
    }
    QString rfcKeyFile(const QString& name, bool publicOnly)
    {
        QJsonObject k = vector(name).value(QStringLiteral("jwk")).toObject();
        if (publicOnly) {
            for (const char* m : {"d", "p", "q", "dp", "dq", "qi"}) {
                k.remove(QLatin1String(m));
            }
        }
        return write(name.simplified().replace(u' ', u'_') +
                         (publicOnly ? QStringLiteral(".pub.json") : QStringLiteral(".json")),
                     QJsonDocument(k).toJson());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        m_storePath = m_dir->filePath(QStringLiteral("store.sqlite"));
        m_server = new FakeHydraServer;
        m_server->setRsaBits(2048);
        QVERIFY(m_server->start() != 0);
    }

    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
        delete m_dir;
        m_dir = nullptr;
    }

    void decode()
    {
        const QByteArray token = rfcToken(QStringLiteral("RFC 7515 A.1"));
        for (const bool fromStdin : {false, true}) {
            const auto r = fromStdin
                               ? cli({QStringLiteral("jwt"), QStringLiteral("decode")}, token + '\n')
                               : cli({QStringLiteral("jwt"), QStringLiteral("decode"), QString::fromLatin1(token)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            const QJsonObject o = json(r);
            QCOMPARE(o.keys(), (QStringList{QStringLiteral("header"), QStringLiteral("payload"),
                                            QStringLiteral("signature"), QStringLiteral("times")}));
            QCOMPARE(o.value(QStringLiteral("header")).toObject().value(QStringLiteral("alg")).toString(),
                     QStringLiteral("HS256"));
            QCOMPARE(o.value(QStringLiteral("payload")).toObject().value(QStringLiteral("exp")).toInt(), 1300819380);
            QCOMPARE(o.value(QStringLiteral("signature")).toString(),
                     QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
            QCOMPARE(o.value(QStringLiteral("times")).toObject().value(QStringLiteral("exp")).toString(),
                     QStringLiteral("2011-03-22T18:43:00Z"));
        }
        // "-" reads standard input too.
        auto r = cli({QStringLiteral("jwt"), QStringLiteral("decode"), QStringLiteral("-")}, token);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // Malformed: exit 2 with one line saying why, nothing on stdout.
        for (const QByteArray& bad : {QByteArray("eyJhbGciOiJIUzI1NiJ9"), QByteArray("a.b.c"),
                                      QByteArray("eyJhbGciOiJIUzI1NiJ9.e30=.x"), QByteArray()}) {
            r = cli({QStringLiteral("jwt"), QStringLiteral("decode")}, bad);
            QVERIFY2(r.exitCode == 2 && r.out.isEmpty() && r.err.contains("malformed"), qPrintable(r.describe()));
        }
        // Over the size bound on standard input: exit 2 without reading it all.
        r = cli({QStringLiteral("jwt"), QStringLiteral("decode")}, QByteArray(3 * 1024 * 1024, 'e'));
        QVERIFY2(r.exitCode == 2 && r.err.contains("larger than"), qPrintable(r.describe()));
        r = cli({QStringLiteral("jwt"), QStringLiteral("frobnicate")});
        QVERIFY2(r.exitCode == 64, qPrintable(r.describe()));
    }

    void verifyWithKeyFileAndAt()
    {
        const QByteArray token = rfcToken(QStringLiteral("RFC 7515 A.2"));
        const QString key = rfcKeyFile(QStringLiteral("RFC 7515 A.2"), true);
        auto r = cli({QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("--key"), key,
                      QStringLiteral("--at"), QStringLiteral("2011-03-22T18:00:00Z"), QStringLiteral("-")},
                     token);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QJsonObject o = json(r);
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("alg"), QStringLiteral("claims"), QStringLiteral("key"),
                                        QStringLiteral("kid"), QStringLiteral("problems"), QStringLiteral("valid")}));
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
        QVERIFY(o.value(QStringLiteral("kid")).isNull());
        QCOMPARE(o.value(QStringLiteral("key")).toObject().keys(),
                 (QStringList{QStringLiteral("kid"), QStringLiteral("set"), QStringLiteral("thumbprint")}));
        QCOMPARE(o.value(QStringLiteral("key")).toObject().value(QStringLiteral("thumbprint")).toString().size(), 43);
        QCOMPARE(o.value(QStringLiteral("claims")).toObject().value(QStringLiteral("iss")).toString(),
                 QStringLiteral("joe"));
        // Now: long expired. Exit 3 with the code and the time in words.
        r = cli({QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("--key"), key}, token);
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        o = json(r);
        QCOMPARE(codes(o), QStringList{QStringLiteral("expired")});
        QVERIFY(o.value(QStringLiteral("problems"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("ago at 2011-03-22T18:43:00Z")));
        // --iss and --aud and --alg.
        r = cli({QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("--key"), key, QStringLiteral("--at"),
                 QStringLiteral("2011-03-22"), QStringLiteral("--iss"), QStringLiteral("ann"), QStringLiteral("--aud"),
                 QStringLiteral("api"), QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("--alg"),
                 QStringLiteral("PS256")},
                token);
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QCOMPARE(codes(json(r)), (QStringList{QStringLiteral("alg-not-allowed"), QStringLiteral("wrong-issuer"),
                                              QStringLiteral("wrong-audience")}));
        // A key file that is no key: exit 2. A bad --at: usage.
        r = cli({QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("--key"),
                 write(QStringLiteral("junk.json"), "{\"kty\":\"RSA\"}")},
                token);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        r = cli({QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("--key"), key, QStringLiteral("--at"),
                 QStringLiteral("yesterday")},
                token);
        QVERIFY2(r.exitCode == 64, qPrintable(r.describe()));
        // No key source, or two: usage.
        r = cli({QStringLiteral("jwt"), QStringLiteral("verify")}, token);
        QVERIFY2(r.exitCode == 64 && r.err.contains("jwt verify (--set SET"), qPrintable(r.describe()));
    }

    void hostileTokensThroughTheCli()
    {
        const QString key = rfcKeyFile(QStringLiteral("RFC 7515 A.2"), true);
        const QByteArray claims = R"({"iss":"joe"})";
        struct Case
        {
            QByteArray token;
            int exit;
            QString code;
        };
        const QByteArray pub =
            QJsonDocument(vector(QStringLiteral("RFC 7515 A.2")).value(QStringLiteral("jwk")).toObject()).toJson();
        const QList<Case> cases = {
            {b64(R"({"alg":"none"})") + '.' + b64(claims) + '.', 3, QStringLiteral("alg-none")},
            {b64(R"({"alg":"HS256"})") + '.' + b64(claims) + ".AAAA", 3, QStringLiteral("alg-key-mismatch")},
            {b64(R"({"alg":"RS256","crit":["b64"],"b64":false})") + '.' + b64(claims) + ".AAAA", 3,
             QStringLiteral("crit-unsupported")},
            {b64(R"({"alg":"RS256"})") + '.' + b64(claims) + ".AAAA", 3, QStringLiteral("bad-signature")},
            {b64(R"({"alg":"RS256","alg":"none"})") + '.' + b64(claims) + ".AAAA", 2, QString()},
            {b64(R"({"alg":"RS256"})") + b64(claims) + ".AAAA", 2, QString()},
            {b64(R"({"alg":"RS256"})") + '.' + b64(claims) + ".AA=A", 2, QString()},
        };
        // --set without a store: an input error, and no store is created.
        auto none = cli({QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("--set"), QStringLiteral("s")},
                        cases.first().token);
        QVERIFY2(none.exitCode == 2 && none.err.contains("no store"), qPrintable(none.describe()));
        QVERIFY(!QFile::exists(m_storePath));
        for (const auto& c : cases) {
            const auto r =
                cli({QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("--key"), key}, c.token);
            QVERIFY2(r.exitCode == c.exit, qPrintable(r.describe()));
            if (!c.code.isEmpty()) {
                QVERIFY2(codes(json(r)).contains(c.code), qPrintable(r.describe()));
                QCOMPARE(json(r).value(QStringLiteral("valid")).toBool(true), false);
            }
        }
    }

    void signWithTheStoreAndVerify()
    {
        auto r = cli({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"),
                      QStringLiteral("--set"), QStringLiteral("tokens")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString signer = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("kid")).toString();
        r = cli({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("EdDSA"), QStringLiteral("--set"),
                 QStringLiteral("tokens")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString newest = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("kid")).toString();
        const QString claims = write(QStringLiteral("claims.json"), R"({"scope":"openid","sub":"replaced"})");
        r = cli({QStringLiteral("jwt"), QStringLiteral("sign"), QStringLiteral("--set"), QStringLiteral("tokens"),
                 QStringLiteral("--claims"), claims, QStringLiteral("--iss"), QStringLiteral("https://hydra"),
                 QStringLiteral("--sub"), QStringLiteral("alice"), QStringLiteral("--aud"), QStringLiteral("api"),
                 QStringLiteral("--exp-in"), QStringLiteral("600")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QByteArray token = r.out.trimmed();
        QCOMPARE(token.count('.'), 2);
        // The signer is the newest private key, as Hydra chooses it: the EdDSA key.
        const QJsonObject header =
            QJsonDocument::fromJson(*jwk::base64url::decode(QString::fromLatin1(token.left(token.indexOf('.')))))
                .object();
        QCOMPARE(header.value(QStringLiteral("kid")).toString(), newest);
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("EdDSA"));
        r = cli({QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("--set"), QStringLiteral("tokens"),
                 QStringLiteral("--iss"), QStringLiteral("https://hydra"), QStringLiteral("--aud"),
                 QStringLiteral("api")},
                token);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("key")).toObject().value(QStringLiteral("set")).toString(),
                 QStringLiteral("tokens"));
        QCOMPARE(o.value(QStringLiteral("key")).toObject().value(QStringLiteral("kid")).toString(), newest);
        QCOMPARE(o.value(QStringLiteral("claims")).toObject().value(QStringLiteral("sub")).toString(),
                 QStringLiteral("alice"));
        QCOMPARE(o.value(QStringLiteral("claims")).toObject().value(QStringLiteral("scope")).toString(),
                 QStringLiteral("openid"));
        // --kid names another key; the signature is in the audit log, twice now.
        r = cli({QStringLiteral("jwt"), QStringLiteral("sign"), QStringLiteral("--set"), QStringLiteral("tokens"),
                 QStringLiteral("--kid"), signer});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.startsWith(b64(QByteArrayLiteral("{\"alg\":\"ES256\""))));
        {
            qputenv("SECRETS_SYSTEM", kSecret);
            const auto store = jwk::KeyStore::open(m_storePath);
            int signedEntries = 0;
            for (const auto& e : store->audit().entries()) {
                signedEntries += e.action == QStringLiteral("signed-token") && e.setName == QStringLiteral("tokens");
            }
            QCOMPARE(signedEntries, 2);
        }
        // A token from another set: unknown-kid naming this set's kids.
        r = cli({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("--set"),
                 QStringLiteral("other")});
        r = cli({QStringLiteral("jwt"), QStringLiteral("sign"), QStringLiteral("--set"), QStringLiteral("other")});
        const QByteArray foreign = r.out.trimmed();
        r = cli({QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("--set"), QStringLiteral("tokens"),
                 QStringLiteral("-")},
                foreign);
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        o = json(r);
        QCOMPARE(codes(o), QStringList{QStringLiteral("unknown-kid")});
        const QString message = o.value(QStringLiteral("problems"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
        QVERIFY2(message.contains(newest) && message.contains(signer) &&
                     message.contains(QStringLiteral("set tokens")) &&
                     message.contains(QStringLiteral("newest key was created")),
                 qPrintable(message));
        // Missing set: exit 2.
        r = cli({QStringLiteral("jwt"), QStringLiteral("sign"), QStringLiteral("--set"), QStringLiteral("nothing")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    }

    void signRefusals()
    {
        // none, HS with an RSA key, RSA under 2048 bits: exit 2.
        const QString rsa = rfcKeyFile(QStringLiteral("RFC 7515 A.2"), false);
        for (const QString& alg : {QStringLiteral("none"), QStringLiteral("HS256")}) {
            const auto r = cli({QStringLiteral("jwt"), QStringLiteral("sign"), QStringLiteral("--key"), rsa,
                                QStringLiteral("--alg"), alg});
            QVERIFY2(r.exitCode == 2 && r.out.isEmpty(), qPrintable(r.describe()));
        }
        const QString small =
            QStringLiteral(JWKMAN_TESTS_DIR) + QStringLiteral("/rsa1024.json"); // made by python3-jwcrypto
        auto r = cli({QStringLiteral("jwt"), QStringLiteral("sign"), QStringLiteral("--key"), small});
        QVERIFY2(r.exitCode == 2 && r.err.contains("2048"), qPrintable(r.describe()));
        // RFC 7515 A.2's key (2048 bits) signs RS256 deterministically: the RFC's own signature for its own input is
        // tested in tst_jws; here the token verifies with the public key.
        r = cli({QStringLiteral("jwt"), QStringLiteral("sign"), QStringLiteral("--key"), rsa, QStringLiteral("--alg"),
                 QStringLiteral("PS256")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = cli({QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("--key"),
                 rfcKeyFile(QStringLiteral("RFC 7515 A.2"), true)},
                r.out);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // Claims that are not a JSON object, or have a member twice: exit 2.
        r = cli({QStringLiteral("jwt"), QStringLiteral("sign"), QStringLiteral("--key"), rsa,
                 QStringLiteral("--claims"), QStringLiteral("-")},
                R"({"a":1,"a":2})");
        QVERIFY2(r.exitCode == 2 && r.err.contains("twice"), qPrintable(r.describe()));
    }

    void jwksUrlAndRemote()
    {
        // The fake Hydra's id-token set, published at /.well-known/jwks.json and held by its admin API.
        auto r = cli({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("RS256"),
                      QStringLiteral("--bits"), QStringLiteral("2048")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject key = QJsonDocument::fromJson(r.out).object();
        m_server->setKeys(QStringLiteral("hydra.openid.id-token"), {key});
        const QString keyFile = write(QStringLiteral("hydra-key.json"), r.out);
        r = cli({QStringLiteral("jwt"), QStringLiteral("sign"), QStringLiteral("--key"), keyFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QByteArray token = r.out.trimmed();
        const QString jwks = m_server->url().toString() + QStringLiteral("/.well-known/jwks.json");
        r = cli({QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("--jwks"), jwks}, token);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(json(r).value(QStringLiteral("key")).toObject().value(QStringLiteral("set")).isNull());
        r = cli({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("fake"), m_server->url().toString()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = cli({QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("--remote"), QStringLiteral("fake"),
                 QStringLiteral("--set"), QStringLiteral("hydra.openid.id-token")},
                token);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(json(r).value(QStringLiteral("key")).toObject().value(QStringLiteral("set")).toString(),
                 QStringLiteral("hydra.openid.id-token"));
        // Network: nobody listening, or an HTTP error: exit 1. Plain http to another host: refused, exit 2.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        r = cli({QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("--jwks"),
                 QStringLiteral("http://127.0.0.1:%1/jwks.json").arg(port)},
                token);
        QVERIFY2(r.exitCode == 1 && r.out.isEmpty(), qPrintable(r.describe()));
        r = cli({QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("--jwks"),
                 m_server->url().toString() + QStringLiteral("/no/such/path")},
                token);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        r = cli({QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("--jwks"),
                 QStringLiteral("http://jwks.example.com/jwks.json")},
                token);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        m_server->failNext(10, 503);
        r = cli({QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("--remote"), QStringLiteral("fake"),
                 QStringLiteral("--set"), QStringLiteral("hydra.openid.id-token")},
                token);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliJwt)
#include "tst_cli_jwt.moc"
