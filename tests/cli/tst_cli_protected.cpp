// jwkman-cli with password-protected keys (issue 16 parts 2 and 3), the built binary as scripts run it:
// `convert --to jwe` and `convert --to p12` (exact synopses), a JWE or PKCS#12 as input of convert and import, the
// passphrase only from --passphrase-file (never argv; a usage error without one when there is no terminal), a wrong
// passphrase failing with exit 2 and nothing written, output files 0600 and never through a symbolic link, and the
// RFC 7517 Appendix C key imported into a store.

#include "ProcessRun.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

namespace {

constexpr int kWaitMs = 120000;

QString dataPath(const QString& relative)
{
    return QStringLiteral(JWKMAN_TEST_DATA_DIR) + u'/' + relative;
}

QString joseData(const QString& name)
{
    return QStringLiteral(JWKMAN_TESTS_DIR) + QStringLiteral("/../jose/data/") + name;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
}

jwktest::ProcessRun run(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    jwktest::ProcessOptions options;
    options.waitMs = kWaitMs;
    options.input = input;
    options.env.insert(QStringLiteral("JWKMAN_SECRET_BACKEND"), QStringLiteral("file"));
    options.env.remove(QStringLiteral("JWKMAN_STORE"));
    return jwktest::runProcess(program, args, options);
}

jwktest::ProcessRun cli(const QStringList& args, const QByteArray& input = {})
{
    return run(QStringLiteral(JWKMAN_CLI_PATH), args, input);
}

QJsonObject headerOf(const QByteArray& compact)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(compact.split('.').first(), QByteArray::Base64UrlEncoding))
        .object();
}

int modeOf(const QString& path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? static_cast<int>(st.st_mode & 0777) : -1;
}

bool oneLine(const QByteArray& err)
{
    return err.count('\n') == 1 && err.startsWith("jwkman-cli: ");
}

} // namespace

#define QVERIFY_RUN(r, code) QVERIFY2((r).finished && (r).exitCode == (code), qPrintable((r).describe()))

class TestCliProtected : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jweRoundTrip_data();
    void jweRoundTrip();
    void rfc7517AppendixC();
    void wrongPassphrase();
    void noPassphraseWithoutTerminal();
    void hostileJwe();
    void p12RoundTrip();
    void p12UsageAndOutput();

private:
    QTemporaryDir m_dir;
    QString m_pass;
    QString m_wrong;
    QString path(const QString& name) const { return m_dir.filePath(name); }
};

void TestCliProtected::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pass = path(QStringLiteral("pass.txt"));
    m_wrong = path(QStringLiteral("wrong.txt"));
    writeFile(m_pass, "correct horse battery staple\n");
    writeFile(m_wrong, "incorrect horse\n");
}

void TestCliProtected::jweRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("cty");
    QTest::addColumn<QString>("back");
    QTest::newRow("JWK") << QStringLiteral("rfc/rfc7517_A2_rsa_private.json") << QStringLiteral("jwk+json")
                         << QStringLiteral("jwk");
    QTest::newRow("JWK Set") << QStringLiteral("rfc/rfc7517_A2_private_jwks.json") << QStringLiteral("jwk-set+json")
                             << QStringLiteral("jwks");
    QTest::newRow("oct") << QStringLiteral("rfc/rfc7517_A3_oct_hmac.json") << QStringLiteral("jwk+json")
                         << QStringLiteral("jwk");
}

void TestCliProtected::jweRoundTrip()
{
    QFETCH(QString, file);
    QFETCH(QString, cty);
    QFETCH(QString, back);
    const auto enc = cli({"convert", "--to", "jwe", "--passphrase-file", m_pass, dataPath(file)});
    QVERIFY_RUN(enc, 0);
    QVERIFY(enc.err.isEmpty());
    const QByteArray compact = enc.out.trimmed();
    QCOMPARE(compact.count('.'), 4);
    const QJsonObject header = headerOf(compact);
    QCOMPARE(header.value("alg").toString(), QStringLiteral("PBES2-HS512+A256KW"));
    QCOMPARE(header.value("enc").toString(), QStringLiteral("A256GCM"));
    QCOMPARE(header.value("p2c").toInt(), 600000);
    QCOMPARE(QByteArray::fromBase64(header.value("p2s").toString().toLatin1(), QByteArray::Base64UrlEncoding).size(),
             16);
    QCOMPARE(header.value("cty").toString(), cty);

    // Back from standard input: the same JSON as a plain conversion of the original gives.
    const auto dec = cli({"convert", "--to", back, "--passphrase-file", m_pass, "-"}, enc.out);
    QVERIFY_RUN(dec, 0);
    const auto plain = cli({"convert", "--to", back, dataPath(file)});
    QVERIFY_RUN(plain, 0);
    QCOMPARE(dec.out, plain.out);
}

void TestCliProtected::rfc7517AppendixC()
{
    const QString jwe = joseData(QStringLiteral("rfc7517_C.jwe"));
    const QString pass = joseData(QStringLiteral("rfc7517_C_passphrase.txt"));
    const auto key = cli({"convert", "--to", "jwk", "--compact", "--passphrase-file", pass, jwe});
    QVERIFY_RUN(key, 0);
    QCOMPARE(QJsonDocument::fromJson(key.out).object(),
             QJsonDocument::fromJson(readFile(dataPath(QStringLiteral("rfc/rfc7517_C1_rsa_private.json")))).object());

    const QString store = path(QStringLiteral("store.sqlite"));
    const auto imported = cli({"import", "--store", store, "--set", "romeo", "--passphrase-file", pass, jwe});
    QVERIFY_RUN(imported, 0);
    const auto keys = cli({"keys", "--store", store, "romeo"});
    QVERIFY_RUN(keys, 0);
    QVERIFY2(keys.out.contains("juliet@capulet.lit"), keys.out.constData());

    // Without the passphrase: exit 2, the reason and what to do on one line; nothing imported.
    const auto without = cli({"import", "--store", store, "--set", "nurse", jwe});
    QVERIFY_RUN(without, 2);
    QVERIFY2(without.err.contains("the JWE is encrypted and no passphrase was given") &&
                 without.err.contains("--passphrase-file"),
             without.err.constData());
}

void TestCliProtected::wrongPassphrase()
{
    const auto enc = cli({"convert", "--to", "jwe", "--passphrase-file", m_pass,
                          dataPath(QStringLiteral("rfc/rfc7517_A2_ec_p256_private.json"))});
    QVERIFY_RUN(enc, 0);
    const QString jwe = path(QStringLiteral("key.jwe"));
    writeFile(jwe, enc.out);
    const QString out = path(QStringLiteral("never.jwk"));
    const auto wrong = cli({"convert", "--to", "jwk", "--passphrase-file", m_wrong, "--out", out, jwe});
    QVERIFY_RUN(wrong, 2);
    QVERIFY(oneLine(wrong.err));
    QVERIFY2(wrong.err.contains("wrong passphrase"), wrong.err.constData());
    QVERIFY(wrong.out.isEmpty());
    QVERIFY(!QFileInfo::exists(out));
}

void TestCliProtected::noPassphraseWithoutTerminal()
{
    // Standard input is a pipe here: no terminal to ask on, so a usage error before anything is read or written.
    const auto jwe = cli({"convert", "--to", "jwe", dataPath(QStringLiteral("rfc/rfc7517_A2_ec_p256_private.json"))});
    QVERIFY_RUN(jwe, 64);
    QVERIFY2(jwe.err.contains("--to jwe needs a passphrase: give --passphrase-file FILE"), jwe.err.constData());
    QVERIFY(jwe.out.isEmpty());
    // --encrypt is for PKCS#8 only.
    const auto encrypt = cli({"convert", "--to", "jwe", "--encrypt", "--passphrase-file", m_pass,
                              dataPath(QStringLiteral("rfc/rfc7517_A2_ec_p256_private.json"))});
    QVERIFY_RUN(encrypt, 64);
}

void TestCliProtected::hostileJwe()
{
    // p2c 10,000,001 in an otherwise well-formed JWE: refused at once with the reason, no passphrase is used.
    const QByteArray header = R"({"alg":"PBES2-HS512+A256KW","enc":"A256GCM","p2s":"c2FsdHNhbHRzYWx0","p2c":10000001})";
    const QByteArray compact = header.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
                               ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAA.AAAA."
                               "AAAAAAAAAAAAAAAAAAAAAA";
    const auto r = cli({"convert", "--to", "jwk", "--passphrase-file", m_pass, "-"}, compact);
    QVERIFY_RUN(r, 2);
    QVERIFY(oneLine(r.err));
    QVERIFY2(r.err.contains("asks for 10000001 PBKDF2 iterations; JWK Manager runs at most 10000000"),
             r.err.constData());
    QVERIFY2(r.ms < 5000, qPrintable(r.describe())); // far from the minutes ten million iterations would take
}

void TestCliProtected::p12RoundTrip()
{
    // The leaf key of the test data with its chain (leaf, CA) as x5c, and a kid.
    const QString bundle = path(QStringLiteral("leaf.pem"));
    writeFile(bundle, readFile(dataPath(QStringLiteral("pem/valid/chain_leaf_p256_key.pem"))) +
                          readFile(dataPath(QStringLiteral("pem/valid/chain_2certs_leaf_then_ca.pem"))));
    const auto jwk = cli({"convert", "--to", "jwk", "--compact", bundle});
    QVERIFY_RUN(jwk, 0);
    QJsonObject key = QJsonDocument::fromJson(jwk.out).object();
    QCOMPARE(key.value("x5c").toArray().size(), 2);
    key.insert("kid", "leaf-2026");
    const QString jwkFile = path(QStringLiteral("leaf.jwk"));
    writeFile(jwkFile, QJsonDocument(key).toJson());

    const QString p12 = path(QStringLiteral("leaf.p12"));
    const auto made = cli({"convert", "--to", "p12", "--passphrase-file", m_pass, "--out", p12, jwkFile});
    QVERIFY_RUN(made, 0);
    QVERIFY(made.out.isEmpty());
    QCOMPARE(modeOf(p12), 0600);

    // openssl reads it with the same passphrase.
    const auto info =
        run(QStringLiteral("openssl"), {"pkcs12", "-info", "-noout", "-in", p12, "-passin", "file:" + m_pass});
    QVERIFY_RUN(info, 0);
    QVERIFY2(info.err.contains("MAC: sha256, Iteration 600000"), info.err.constData());

    // And jwkman-cli reads it back: the key, its chain and the kid.
    const auto back = cli({"convert", "--to", "jwk", "--compact", "--passphrase-file", m_pass, p12});
    QVERIFY_RUN(back, 0);
    const QJsonObject read = QJsonDocument::fromJson(back.out).object();
    QCOMPARE(read.value("kid").toString(), QStringLiteral("leaf-2026"));
    QCOMPARE(read.value("d"), key.value("d"));
    QCOMPARE(read.value("x5c"), key.value("x5c"));
    const auto wrong = cli({"convert", "--to", "jwk", "--passphrase-file", m_wrong, p12});
    QVERIFY_RUN(wrong, 2);
    QVERIFY2(wrong.err.contains("wrong passphrase"), wrong.err.constData());
}

void TestCliProtected::p12UsageAndOutput()
{
    const QString key = dataPath(QStringLiteral("rfc/rfc7517_A2_ec_p256_private.json"));
    const auto noOut = cli({"convert", "--to", "p12", "--passphrase-file", m_pass, key});
    QVERIFY_RUN(noOut, 64);
    QVERIFY2(noOut.err.contains("give --out FILE"), noOut.err.constData());
    const auto noPass = cli({"convert", "--to", "p12", "--out", path(QStringLiteral("x.p12")), key});
    QVERIFY_RUN(noPass, 64);
    QVERIFY2(noPass.err.contains("--to p12 needs --passphrase-file FILE"), noPass.err.constData());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.p12"))));

    // Several keys: PKCS#12 holds one.
    const auto several =
        cli({"convert", "--to", "p12", "--passphrase-file", m_pass, "--out", path(QStringLiteral("y.p12")),
             dataPath(QStringLiteral("rfc/rfc7517_A2_private_jwks.json"))});
    QVERIFY_RUN(several, 2);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("y.p12"))));

    // A public key: PKCS#12 needs the private one.
    const auto pub = cli({"convert", "--to", "p12", "--passphrase-file", m_pass, "--out", path(QStringLiteral("z.p12")),
                          dataPath(QStringLiteral("rfc/rfc7517_A1_rsa_public.json"))});
    QVERIFY_RUN(pub, 2);
    QVERIFY2(pub.err.contains("public only"), pub.err.constData());

    // Never through a symbolic link: refused, the target untouched.
    const QString target = path(QStringLiteral("target.txt"));
    writeFile(target, "untouched");
    const QString link = path(QStringLiteral("link.p12"));
    QVERIFY(QFile::link(target, link));
    const auto linked = cli({"convert", "--to", "p12", "--passphrase-file", m_pass, "--out", link, key});
    QVERIFY_RUN(linked, 1);
    QVERIFY2(linked.err.contains("symbolic link"), linked.err.constData());
    QCOMPARE(readFile(target), QByteArray("untouched"));

    // --to jwe --out: owner-only too.
    const QString jweOut = path(QStringLiteral("key.jwe"));
    const auto jwe = cli({"convert", "--to", "jwe", "--passphrase-file", m_pass, "--out", jweOut, key});
    QVERIFY_RUN(jwe, 0);
    QCOMPARE(modeOf(jweOut), 0600);
    QVERIFY(readFile(jweOut).startsWith("eyJ"));
}

QTEST_GUILESS_MAIN(TestCliProtected)
#include "tst_cli_protected.moc"
