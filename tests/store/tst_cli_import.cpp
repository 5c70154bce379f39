// jwkman-cli import of large JWK Sets, which go into the store a chunk of keys at a time: a file found at its end not
// to be a JWK Set (its last element is not a JWK, after 2,500 keys) leaves none of its keys while the other files of
// the same call are imported, in their order; a call whose every file is refused makes no set; a JWK Set on standard
// input, after a byte order mark, is imported whole and in its order, also from a pipe whose writer pauses.

#include "StoreTestUtil.h"
#include "keys/JsonWebKeySet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace jwk;
using namespace storetest;

namespace {

QByteArray jwks(const QList<JsonWebKey>& keys)
{
    return bytes(JsonWebKeySet(keys).toJson(true, JsonFormat::Compact));
}

QStringList kidsOf(const QList<JsonWebKey>& keys)
{
    QStringList kids;
    for (const auto& k : keys) {
        kids << k.kid();
    }
    return kids;
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (int i = 0; i < 3000; ++i) {
            m_keys << generate(QStringLiteral("ES256"), 0, QStringLiteral("k%1").arg(i, 4, 10, QLatin1Char('0')));
        }
        m_small = m_dir.filePath(QStringLiteral("small.jwks"));
        QVERIFY(writeAll(m_small, jwks(m_keys.mid(2900, 3))));
        // 2,500 keys (more than one chunk goes into the store), then an EC key without its point.
        m_refused = m_dir.filePath(QStringLiteral("refused.jwks"));
        QByteArray refused = jwks(m_keys.mid(0, 2500));
        refused.insert(refused.lastIndexOf(']'), ",{\"kty\":\"EC\",\"crv\":\"P-256\"}");
        QVERIFY(writeAll(m_refused, refused));
        m_pem = QStringLiteral(JWKMAN_TEST_DATA_DIR "/pem/valid/ec_p384_sec1_private.pem");
    }

    void refusedFileLeavesTheOthers()
    {
        const Run r =
            run({QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("s"), m_small, m_refused, m_pem});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 4);
        QCOMPARE(summary.value(QStringLiteral("skipped")).toInt(), 0);
        const QJsonArray failures = summary.value(QStringLiteral("failures")).toArray();
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.at(0).toString().startsWith(m_refused + QStringLiteral(": keys[2500]: ")),
                 qPrintable(failures.at(0).toString()));
        QVERIFY2(r.err.contains("keys[2500]"), r.err.constData());

        const Run keys = run({QStringLiteral("keys"), QStringLiteral("s")});
        QVERIFY2(keys.exitCode == 0, qPrintable(keys.describe()));
        QStringList kids;
        for (const auto& k : QJsonDocument::fromJson(keys.out).array()) {
            kids << k.toObject().value(QStringLiteral("kid")).toString();
        }
        QCOMPARE(kids.size(), 4);
        QCOMPARE(kids.mid(0, 3), kidsOf(m_keys.mid(2900, 3))); // the first file's keys first, in their order
        QVERIFY(!kids.contains(m_keys.at(0).kid()));

        // The refused file's keys are not held against a later import: fixed, all 2,500 go in.
        QByteArray fixed = jwks(m_keys.mid(0, 2500));
        const QString fixedPath = m_dir.filePath(QStringLiteral("fixed.jwks"));
        QVERIFY(writeAll(fixedPath, fixed));
        const Run again = run({QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("s"), fixedPath});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("imported")).toInt(), 2500);
    }

    void everyFileRefusedMakesNoSet()
    {
        const Run r = run({QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("nothing"), m_refused});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("imported")).toInt(), 0);
        const Run sets = run({QStringLiteral("sets")});
        QVERIFY2(sets.exitCode == 0, qPrintable(sets.describe()));
        QVERIFY2(!sets.out.contains("\"nothing\""), sets.out.constData());
    }

    void standardInputInItsOrder()
    {
        const Run r =
            run({QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("piped"), QStringLiteral("-")},
                "\xEF\xBB\xBF\n" + jwks(m_keys));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("imported")).toInt(), 3000);
        const Run keys = run({QStringLiteral("keys"), QStringLiteral("piped")});
        QStringList kids;
        for (const auto& k : QJsonDocument::fromJson(keys.out).array()) {
            kids << k.toObject().value(QStringLiteral("kid")).toString();
        }
        QCOMPARE(kids, kidsOf(m_keys)); // the first key of the set is the newest
    }

    void standardInputInPieces()
    {
        // A pipe whose writer pauses: the first read gives what the pipe holds, not the whole set (it was taken for
        // all there was: "not valid JSON at offset 65533").
        const QString file = m_dir.filePath(QStringLiteral("all.jwks"));
        QVERIFY(writeAll(file, jwks(m_keys)));
        const QString script =
            QStringLiteral("(head -c 100000 \"$1\"; sleep 0.3; tail -c +100001 \"$1\") | \"$2\" import "
                           "--set slow - --store \"$3\"");
        const Run r = runProgram(QStringLiteral("/bin/sh"),
                                 {QStringLiteral("-c"), script, QStringLiteral("sh"), file,
                                  QStringLiteral(JWKMAN_CLI_PATH), m_dir.filePath(QStringLiteral("store.sqlite"))},
                                 {}, 120000, jwktest::cliEnvironment());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("imported")).toInt(), 3000);
    }

private:
    Run run(QStringList args, const QByteArray& input = {}) const
    {
        args << QStringLiteral("--store") << m_dir.filePath(QStringLiteral("store.sqlite"));
        return runProgram(QStringLiteral(JWKMAN_CLI_PATH), args, input, 120000, jwktest::cliEnvironment());
    }

    QTemporaryDir m_dir;
    QList<JsonWebKey> m_keys;
    QString m_small;
    QString m_refused;
    QString m_pem;
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
