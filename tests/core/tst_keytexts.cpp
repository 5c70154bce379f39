// keys/KeyTexts, keys held as their text and parsed again when read (a pull's 100,000 keys): every kind of key, private
// and public, reads back as the same key, member for member; slices at and past the ends; the mark of an admitted key
// kept (its material is not checked again), and not made up for a key that was never admitted.

#include "keys/KeyAdmission.h"
#include "keys/KeyGenerator.h"
#include "keys/KeyTexts.h"

#include <QtTest>

using namespace jwk;

namespace {

JsonWebKey generated(const QString& alg, const QString& kid)
{
    GenerateOptions options;
    options.alg = alg;
    options.kid = kid;
    return generateKey(options);
}

QByteArray text(const JsonWebKey& key)
{
    const SecureBytes json = key.toJson(true, JsonFormat::Compact);
    return QByteArray(json.constChars(), static_cast<qsizetype>(json.size())); // a copy: view() would outlive json
}

QList<JsonWebKey> everyKind()
{
    QList<JsonWebKey> keys;
    const QStringList algs = {QStringLiteral("RS256"), QStringLiteral("ES256"), QStringLiteral("ES384"),
                              QStringLiteral("ES512"), QStringLiteral("EdDSA"), QStringLiteral("HS256")};
    for (const QString& alg : algs) {
        const JsonWebKey key = generated(alg, QStringLiteral("k-") + alg);
        keys << key;
        if (key.hasPublicForm()) {
            keys << key.publicKey();
        }
    }
    JsonWebKey odd = generated(QStringLiteral("ES256"), QStringLiteral("q\u00fc\"\\<x>"));
    keys << odd;
    return keys;
}

} // namespace

class TestKeyTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameKeysBack()
    {
        const QList<JsonWebKey> keys = everyKind();
        const KeyTexts texts(keys);
        QCOMPARE(texts.size(), keys.size());
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const JsonWebKey back = texts.at(i);
            QCOMPARE(text(back), text(keys[i]));
            QCOMPARE(back.isPrivate(), keys[i].isPrivate());
            QCOMPARE(back.thumbprint(), keys[i].thumbprint());
        }
        qsizetype i = 0;
        for (const JsonWebKey& key : texts) {
            QCOMPARE(text(key), text(keys[i++]));
        }
        QCOMPARE(i, keys.size());
        const QList<JsonWebKey> list = texts.toList();
        QCOMPARE(list.size(), keys.size());
        for (i = 0; i < keys.size(); ++i) {
            QCOMPARE(text(list[i]), text(keys[i]));
        }
    }

    void slices()
    {
        QList<JsonWebKey> keys;
        for (int i = 0; i < 700; ++i) {
            keys << generated(QStringLiteral("EdDSA"), QStringLiteral("k%1").arg(i));
        }
        KeyTexts texts;
        for (const JsonWebKey& key : keys) {
            texts << key;
        }
        for (const auto& [first, count, expected] :
             std::vector<std::tuple<qsizetype, qsizetype, qsizetype>>{{0, 256, 256},
                                                                      {256, 300, 300},
                                                                      {600, 256, 100},
                                                                      {699, 5, 1},
                                                                      {700, 5, 0},
                                                                      {0, 0, 0},
                                                                      {0, 9999, 700}}) {
            const QList<JsonWebKey> slice = texts.slice(first, count);
            QCOMPARE(slice.size(), expected);
            for (qsizetype i = 0; i < slice.size(); ++i) {
                QCOMPARE(text(slice[i]), text(keys[first + i]));
            }
        }
        // A reader done with the first keys lets go of them; the others read as before.
        texts.release(0, 350);
        QCOMPARE(texts.size(), 700);
        QCOMPARE(text(texts.at(350)), text(keys[350]));
        QCOMPARE(text(texts.slice(350, 400).last()), text(keys[699]));
        texts.clear();
        QVERIFY(texts.isEmpty());
    }

    void admittedMarkKept()
    {
        JsonWebKey admitted = generated(QStringLiteral("ES384"), QStringLiteral("a"));
        QVERIFY(admitKey(admitted).isEmpty());
        QVERIFY(admitted.materialAdmitted());
        const JsonWebKey fresh = generated(QStringLiteral("ES384"), QStringLiteral("f"));
        QVERIFY(!fresh.materialAdmitted());
        KeyTexts texts{admitted, fresh};
        QVERIFY(texts.at(0).materialAdmitted());
        QVERIFY(!texts.at(1).materialAdmitted());
        QVERIFY(texts.slice(0, 2)[0].materialAdmitted());
        QVERIFY(!texts.slice(0, 2)[1].materialAdmitted());
        // Moved on with what the mover says: admitted now, or not.
        KeyTexts moved;
        moved.appendTaken(texts, 1, true);
        moved.appendTaken(texts, 0, false);
        QCOMPARE(moved.at(0).kid(), QStringLiteral("f"));
        QVERIFY(moved.at(0).materialAdmitted());
        QCOMPARE(moved.at(1).kid(), QStringLiteral("a"));
        QVERIFY(!moved.at(1).materialAdmitted());
    }
};

QTEST_APPLESS_MAIN(TestKeyTexts)
#include "tst_keytexts.moc"
