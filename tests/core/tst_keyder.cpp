// SPKI and PKCS#8 written by jwkman (core/keys/KeyDer) are byte for byte what OpenSSL 3.0's encoders write for the
// same key, in DER and PEM, and OpenSSL reads them back as the same key: for every key of the test corpus and for
// generated keys of every type, including the shapes where DER encodings differ (INTEGERs with the top bit set or
// with leading zero octets, EC scalars shorter than the order).

#include "keys/JsonWebKey.h"
#include "keys/KeyFormats.h"
#include "keys/KeyGenerator.h"
#include "keys/KeyImporter.h"
#include "keys/OpenSslKey.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <openssl/encoder.h>
#include <openssl/x509.h>

using namespace jwk;

Q_DECLARE_METATYPE(jwk::JsonWebKey)

namespace {

QByteArray opensslEncode(EVP_PKEY* pkey, int selection, const char* type, const char* structure)
{
    OSSL_ENCODER_CTX* ctx = OSSL_ENCODER_CTX_new_for_pkey(pkey, selection, type, structure, nullptr);
    unsigned char* data = nullptr;
    size_t len = 0;
    QByteArray out;
    if (ctx && OSSL_ENCODER_to_data(ctx, &data, &len) == 1) {
        out = QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(len));
    }
    OPENSSL_clear_free(data, len);
    OSSL_ENCODER_CTX_free(ctx);
    return out;
}

QList<JsonWebKey> corpus()
{
    QList<JsonWebKey> keys;
    const QDir dir(QStringLiteral(JWKMAN_TEST_DATA_DIR "/pem/valid"));
    for (const QString& name : dir.entryList({QStringLiteral("*.pem")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly) || f.peek(4096).contains("ENCRYPTED")) {
            continue;
        }
        for (const auto& k : importKeys(f.readAll(), name).keys) {
            keys << k.key << k.key.publicKey();
        }
    }
    return keys;
}

JsonWebKey generate(const char* alg, int bits = 0, const char* curve = "")
{
    GenerateOptions o;
    o.alg = QString::fromLatin1(alg);
    o.bits = bits;
    o.curve = QString::fromLatin1(curve);
    return generateKey(o);
}

} // namespace

class TestKeyDer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsOpenSsl_data()
    {
        QTest::addColumn<JsonWebKey>("key");
        int i = 0;
        for (const auto& key : corpus()) {
            QTest::addRow("corpus %d %s", i++, qPrintable(key.typeDescription())) << key;
        }
        QVERIFY(i >= 30);
        for (int n = 0; n < 4; ++n) {
            QTest::addRow("RSA 2048 #%d", n) << generate("RS256", 2048);
        }
        QTest::addRow("RSA 3072") << generate("RS256", 3072);
        for (const char* alg : {"ES256", "ES384", "ES512"}) {
            for (int n = 0; n < 8; ++n) {
                QTest::addRow("%s #%d", alg, n) << generate(alg);
            }
        }
        for (const char* crv : {"Ed25519", "Ed448"}) {
            for (int n = 0; n < 4; ++n) {
                QTest::addRow("%s #%d", crv, n) << generate("EdDSA", 0, crv);
            }
        }
        for (const char* crv : {"X25519", "X448"}) {
            for (int n = 0; n < 4; ++n) {
                QTest::addRow("%s #%d", crv, n) << generate("ECDH-ES", 0, crv);
            }
        }
        // EC scalars with leading zero octets (one key in 256 has one): written padded to the order's length.
        for (const char* alg : {"ES256", "ES384"}) {
            for (int tries = 0; tries < 20000; ++tries) {
                const JsonWebKey key = generate(alg);
                if (key.privateMember(QStringLiteral("d"))->data()[0] == 0) {
                    QTest::addRow("%s with a leading zero in d", alg) << key;
                    break;
                }
            }
        }
    }

    void sameAsOpenSsl()
    {
        QFETCH(JsonWebKey, key);
        EvpPkeyPtr pkey = toEvpPkey(key);
        const struct
        {
            KeyFormat format;
            int selection;
            const char* type;
            const char* structure;
        } forms[] = {{KeyFormat::SpkiDer, EVP_PKEY_PUBLIC_KEY, "DER", "SubjectPublicKeyInfo"},
                     {KeyFormat::SpkiPem, EVP_PKEY_PUBLIC_KEY, "PEM", "SubjectPublicKeyInfo"},
                     {KeyFormat::Pkcs8Der, EVP_PKEY_KEYPAIR, "DER", "PrivateKeyInfo"},
                     {KeyFormat::Pkcs8Pem, EVP_PKEY_KEYPAIR, "PEM", "PrivateKeyInfo"}};
        int compared = 0;
        for (const auto& form : forms) {
            if (!formatUnavailableReason(key, form.format).isEmpty()) {
                continue;
            }
            const SecureBytes exported = exportKey(key, form.format);
            const QByteArray ours = exported.view();
            const QByteArray theirs = opensslEncode(pkey.get(), form.selection, form.type, form.structure);
            QVERIFY(!theirs.isEmpty());
            QCOMPARE(ours.toHex(), theirs.toHex());
            ++compared;
        }
        QCOMPARE(compared, key.isPrivate() ? 4 : 2);
        // OpenSSL reads our DER as the same key.
        const SecureBytes spkiBytes = exportKey(key, KeyFormat::SpkiDer);
        const QByteArray spki = spkiBytes.view();
        const auto* p = reinterpret_cast<const unsigned char*>(spki.constData());
        EvpPkeyPtr back(d2i_PUBKEY(nullptr, &p, static_cast<long>(spki.size())));
        QVERIFY(back);
        QCOMPARE(EVP_PKEY_eq(back.get(), pkey.get()), 1);
        if (key.isPrivate()) {
            const SecureBytes pkcs8 = exportKey(key, KeyFormat::Pkcs8Der);
            const unsigned char* q = pkcs8.data();
            EvpPkeyPtr privateBack(d2i_AutoPrivateKey(nullptr, &q, static_cast<long>(pkcs8.size())));
            QVERIFY(privateBack);
            QCOMPARE(EVP_PKEY_eq(privateBack.get(), pkey.get()), 1);
            QCOMPARE(fromEvpPkey(privateBack.get()).toJson(true).view(), fromEvpPkey(pkey.get()).toJson(true).view());
        }
    }
};

QTEST_GUILESS_MAIN(TestKeyDer)
#include "tst_keyder.moc"
