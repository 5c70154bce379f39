// The core's messages for people are translated at their source: with the German translation the desktop app
// installs (jwkman_de.qm, built by lrelease), an import of garbage, a wrong passphrase, a wrong system secret and a
// key-format refusal come out in German, also from a worker thread as the app's import runs; without a translator
// (as in the CLI) the very same calls give the English text, byte for byte.

#include "keys/JsonWebKey.h"
#include "keys/JwkError.h"
#include "keys/KeyFormats.h"
#include "keys/KeyGenerator.h"
#include "keys/KeyImporter.h"
#include "keys/PassphraseProvider.h"
#include "store/KeyStore.h"
#include "store/StoreError.h"
#include "store/SystemSecret.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <thread>

using namespace jwk;

namespace {

SystemSecret secretOf(char fill)
{
    return SystemSecret::fromList({SecureBytes::fromByteArray(QByteArray(32, fill))});
}

} // namespace

class TestCoreMessages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_storePath;
    QByteArray m_encryptedPem;
    QTranslator m_german;

    // The failures this test looks at, each as its message.
    QString garbageReason() const
    {
        const ImportResult r = importKeys(QByteArrayLiteral("certainly not a key"), QStringLiteral("junk.txt"));
        return r.failures.size() == 1 ? r.failures.first().reason : QString();
    }
    QString wrongPassphraseReason() const
    {
        FixedPassphrase wrong(SecureBytes::fromByteArray(QByteArrayLiteral("not the passphrase")));
        const ImportResult r = importKeys(m_encryptedPem, QStringLiteral("key.pem"), &wrong);
        return r.failures.size() == 1 ? r.failures.first().reason : QString();
    }
    QString wrongSecretMessage() const
    {
        try {
            KeyStore::open(m_storePath, secretOf('b'));
        } catch (const StoreError& e) {
            return e.kind() == StoreError::Kind::WrongSecret ? e.message() : QString();
        }
        return {};
    }
    QString memberMissingMessage() const
    {
        try {
            JsonWebKey::fromJson(QByteArrayLiteral(R"({"kty":"EC","crv":"P-256"})"));
        } catch (const JwkError& e) {
            return e.message();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("JWKMAN_SECRET_BACKEND", "file");
        qunsetenv("SECRETS_SYSTEM");
        QVERIFY(m_dir.isValid());
        const QString qm = QStringLiteral(JWKMAN_QM_DIR "/jwkman_de.qm");
        QVERIFY2(m_german.load(qm), qPrintable(qm));
        // A store made under one secret, to be opened with another.
        m_storePath = m_dir.filePath(QStringLiteral("store.sqlite"));
        KeyStore::open(m_storePath, secretOf('a'));
        // An encrypted PKCS#8 PEM of a fresh key.
        GenerateOptions options;
        options.alg = QStringLiteral("ES256");
        FixedPassphrase passphrase(SecureBytes::fromByteArray(QByteArrayLiteral("the right passphrase")));
        const SecureBytes pem = exportKey(generateKey(options), KeyFormat::EncryptedPkcs8Pem, &passphrase);
        m_encryptedPem = QByteArray(pem.constChars(), static_cast<qsizetype>(pem.size()));
        QVERIFY(m_encryptedPem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    }

    void englishWithoutTranslator()
    {
        QCOMPARE(garbageReason(), QStringLiteral("not a key: expected a JWK or JWK Set (JSON), PEM or DER"));
        QCOMPARE(wrongPassphraseReason(), QStringLiteral("wrong passphrase: the key could not be decrypted"));
        QVERIFY2(wrongSecretMessage().startsWith(QStringLiteral("the system secret (given by the caller) does not open "
                                                                "the store ")),
                 qPrintable(wrongSecretMessage()));
        QVERIFY(wrongSecretMessage().endsWith(QStringLiteral(" to move it to the new one. Nothing was changed.")));
        QCOMPARE(memberMissingMessage(), QStringLiteral("member \"x\" is missing"));
    }

    void germanWithTranslator()
    {
        QVERIFY(QCoreApplication::installTranslator(&m_german));
        QCOMPARE(garbageReason(),
                 QStringLiteral("kein Schlüssel: erwartet wird ein JWK oder JWK Set (JSON), PEM oder DER"));
        QCOMPARE(wrongPassphraseReason(),
                 QStringLiteral("falsche Passphrase: Der Schlüssel konnte nicht entschlüsselt werden"));
        const QString secret = wrongSecretMessage();
        // The placeholders moved with the sentence: the secret's location (itself translated) and the store's path.
        QVERIFY2(secret.startsWith(QStringLiteral("das Systemgeheimnis (vom Aufrufer übergeben) öffnet den Speicher %1 "
                                                  "nicht: ")
                                       .arg(m_storePath)),
                 qPrintable(secret));
        QVERIFY(secret.endsWith(QStringLiteral("Es wurde nichts geändert.")));
        QCOMPARE(memberMissingMessage(), QStringLiteral("der Eintrag „x“ fehlt"));
        // A refusal that names a format: the format's label is translated as the export dialog lists it.
        const JsonWebKey publicKey = JsonWebKey::fromJson(
            QByteArrayLiteral(R"({"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})"));
        QCOMPARE(formatUnavailableReason(publicKey, KeyFormat::Pkcs8Pem),
                 QStringLiteral("PKCS#8 PEM (privater Schlüssel) braucht den privaten Schlüssel, und von diesem "
                                "Schlüssel ist nur der öffentliche vorhanden"));
        // The desktop app imports in a worker thread: the translation holds there too.
        QString fromWorker;
        std::thread worker([&] { fromWorker = garbageReason(); });
        worker.join();
        QCOMPARE(fromWorker, QStringLiteral("kein Schlüssel: erwartet wird ein JWK oder JWK Set (JSON), PEM oder DER"));
        QVERIFY(QCoreApplication::removeTranslator(&m_german));
    }

    void englishAgainAfterRemovingTranslator()
    {
        QCOMPARE(garbageReason(), QStringLiteral("not a key: expected a JWK or JWK Set (JSON), PEM or DER"));
        QCOMPARE(memberMissingMessage(), QStringLiteral("member \"x\" is missing"));
        QCOMPARE(formatUnavailableReason(
                     JsonWebKey::fromJson(QByteArrayLiteral(
                         R"({"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})")),
                     KeyFormat::Pkcs8Pem),
                 QStringLiteral("PKCS#8 PEM (private key) needs the private key, and this key is public only"));
    }
};

QTEST_GUILESS_MAIN(TestCoreMessages)
#include "tst_coremessages.moc"
