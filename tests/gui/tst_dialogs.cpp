// The dialogs on their own: what they offer, what they refuse, what they write.

#include "Appearance.h"
#include "EditController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/EditKeyDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/PassphraseDialog.h"
#include "dialogs/SettingsDialog.h"
#include "keys/KeyImporter.h"
#include "models/CertificateChainModel.h"
#include "models/FindingModel.h"
#include "widgets/KeyDetailsWidget.h"
#include "widgets/KeyStoreWidget.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QUndoStack>

#include <openssl/crypto.h>

using namespace jwk;

class TestDialogs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KeyStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
        Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
        m_store = test::openStore(m_dir.filePath(QStringLiteral("store.sqlite")));
    }

    void aboutNamesVersionsAndStore()
    {
        AboutDialog dialog(m_store.get());
        const QString versions = dialog.findChild<QLabel*>(QStringLiteral("versionsLabel"))->text();
        QVERIFY(versions.contains(QStringLiteral(JWKMAN_VERSION)));
        QVERIFY(versions.contains(QString::fromLatin1(qVersion())));
        QVERIFY(versions.contains(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))));
        const QString store = dialog.findChild<QLabel*>(QStringLiteral("storeLabel"))->text();
        QVERIFY(store.contains(m_store->path()));
        QVERIFY(store.contains(m_store->secret().locationDescription()));
    }

    void aboutShowsTheSecretOnlyWhenAsked()
    {
        AboutDialog dialog(m_store.get());
        auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("secretField"));
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("showSecretButton"));
        QVERIFY(field && button);
        QVERIFY(field->isHidden());
        QVERIFY(field->text().isEmpty());
        // Declined: nothing is shown.
        MessageBox::setNextAnswer(QMessageBox::No);
        button->click();
        QVERIFY(field->isHidden());
        QVERIFY(field->text().isEmpty());
        // Confirmed: the secret that opens the store.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        button->click();
        QVERIFY(!field->isHidden());
        QCOMPARE(field->text(), QString::fromUtf8(m_store->secret().secrets().first().view()));
        QVERIFY(!button->isEnabled());
    }

    void settingsAreSaved()
    {
        SettingsDialog dialog;
        QCOMPARE(dialog.clipboardTimeoutSpin()->value(), 10); // the default
        dialog.clipboardTimeoutSpin()->setValue(25);
        dialog.findChild<QComboBox*>(QStringLiteral("defaultAlgorithmComboBox"))
            ->setCurrentText(QStringLiteral("EdDSA"));
        auto* kid = dialog.findChild<QComboBox*>(QStringLiteral("kidModeComboBox"));
        kid->setCurrentIndex(kid->findData(QStringLiteral("uuid")));
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        dialog.storeEdit()->setText(m_dir.filePath(QStringLiteral("elsewhere.sqlite")));
        QVERIFY(dialog.storeLocationChanged());
        QVERIFY(dialog.languageChanged());
        dialog.save();
        Settings& s = Settings::instance();
        QCOMPARE(s.clipboardTimeout(), 25);
        QCOMPARE(s.defaultAlgorithm(), QStringLiteral("EdDSA"));
        QCOMPARE(s.kidMode(), QStringLiteral("uuid"));
        QCOMPARE(s.language(), QStringLiteral("de"));
        QCOMPARE(s.storeLocation(), m_dir.filePath(QStringLiteral("elsewhere.sqlite")));
        for (auto key : {Settings::Key::ClipboardTimeout, Settings::Key::DefaultAlgorithm, Settings::Key::KidMode,
                         Settings::Key::Language, Settings::Key::StoreLocation}) {
            s.reset(key);
        }
        QCOMPARE(s.clipboardTimeout(), 10);
    }

    void editKeyValidates()
    {
        const JsonWebKey ec = test::makeKey(QStringLiteral("ES256"), QStringLiteral("e1"));
        m_store->addKeys(QStringLiteral("edit"), {ec, test::makeKey(QStringLiteral("ES256"), QStringLiteral("e2"))});
        const KeyInfo info = *m_store->keyInfo(QStringLiteral("edit"), QStringLiteral("e1"));
        EditKeyDialog dialog(info, ec.publicKey(), {QStringLiteral("e1"), QStringLiteral("e2")});
        auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(save->isEnabled());
        // Only algorithms that fit a P-256 key are offered.
        QVERIFY(dialog.algCombo()->findData(QStringLiteral("RS256")) < 0);
        QVERIFY(dialog.algCombo()->findData(QStringLiteral("ES384")) < 0);
        QVERIFY(dialog.algCombo()->findData(QStringLiteral("ECDH-ES")) >= 0);
        dialog.kidEdit()->setText(QStringLiteral("e2"));
        QVERIFY(dialog.problem().contains(QStringLiteral("already")));
        QVERIFY(!save->isEnabled());
        dialog.kidEdit()->setText(QString());
        QVERIFY(!dialog.problem().isEmpty());
        dialog.kidEdit()->setText(QStringLiteral("e1-new"));
        dialog.algCombo()->setCurrentIndex(dialog.algCombo()->findData(QStringLiteral("ECDH-ES")));
        dialog.useCombo()->setCurrentIndex(dialog.useCombo()->findData(QStringLiteral("sig")));
        QVERIFY(dialog.problem().contains(QStringLiteral("enc")));
        dialog.useCombo()->setCurrentIndex(dialog.useCombo()->findData(QStringLiteral("enc")));
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(save->isEnabled());
    }

    void editKeyThroughTheWindowWithUndo()
    {
        m_store->addKeys(QStringLiteral("edit2"), {test::makeKey(QStringLiteral("ES256"), QStringLiteral("k1"))});
        MainWindow window(test::openStore(m_store->path()));
        window.show();
        QVERIFY(window.keyStoreWidget()->selectSet(QStringLiteral("edit2")));
        QVERIFY(window.keyStoreWidget()->selectKey(QStringLiteral("edit2"), QStringLiteral("k1")));
        window.editController()->editKey();
        EditKeyDialog* dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = window.findChild<EditKeyDialog*>()) && dialog->isVisible(); }));
        dialog->kidEdit()->setText(QStringLiteral("k1-renamed"));
        dialog->accept();
        QTRY_VERIFY(window.store()->keyInfo(QStringLiteral("edit2"), QStringLiteral("k1-renamed")).has_value());
        QCOMPARE(window.keyStoreWidget()->currentKey()->kid, QStringLiteral("k1-renamed"));
        window.undoStack()->undo();
        QVERIFY(window.store()->keyInfo(QStringLiteral("edit2"), QStringLiteral("k1")).has_value());
    }

    void passphraseForEncryptionMustBeRepeated()
    {
        PassphraseDialog dialog(QStringLiteral("key x"), PassphraseProvider::Purpose::Encrypt, 1);
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* first = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"));
        auto* repeat = dialog.findChild<QLineEdit*>(QStringLiteral("repeatLineEdit"));
        QCOMPARE(first->echoMode(), QLineEdit::Password);
        QVERIFY(!ok->isEnabled());
        first->setText(QStringLiteral("short"));
        repeat->setText(QStringLiteral("short"));
        QVERIFY(!ok->isEnabled());
        first->setText(QStringLiteral("long enough passphrase"));
        repeat->setText(QStringLiteral("long enough passphrasE"));
        QVERIFY(!ok->isEnabled());
        repeat->setText(QStringLiteral("long enough passphrase"));
        QVERIFY(ok->isEnabled());
    }

    void exportOffersOnlyWhatFits()
    {
        const JsonWebKey rsa = test::makeKey(QStringLiteral("RS256"));
        ExportDialog one(QStringLiteral("key"), 1, true, rsa.publicKey());
        QVERIFY(one.selectFormat(KeyFormat::SpkiPem));
        QVERIFY(one.selectFormat(KeyFormat::Pkcs1PublicPem));
        QVERIFY(one.selectFormat(KeyFormat::SpkiDer));
        QVERIFY(!one.selectFormat(KeyFormat::Sec1Pem)); // neither public nor for RSA
        MessageBox::setNextAnswer(QMessageBox::Yes);
        one.setIncludePrivate(true);
        QVERIFY(one.selectFormat(KeyFormat::Pkcs1Pem));
        QVERIFY(one.selectFormat(KeyFormat::EncryptedPkcs8Pem));
        QVERIFY(!one.selectFormat(KeyFormat::Sec1Pem)); // EC only

        ExportDialog several(QStringLiteral("keys"), 3, false, std::nullopt);
        QCOMPARE(several.format(), KeyFormat::JwksPublic);
        QVERIFY(!several.selectFormat(KeyFormat::JwkPublic));
        QVERIFY(!several.selectFormat(KeyFormat::SpkiPem));
        // Nothing private to include: the box cannot be ticked.
        several.setIncludePrivate(true);
        QVERIFY(!several.includePrivate());
    }

    void detailsEncryptedPemAsksPassphraseOnce()
    {
        m_store->addKeys(QStringLiteral("pem"), {test::makeKey(QStringLiteral("ES256"), QStringLiteral("p1"))});
        KeyDetailsWidget details;
        details.setStore(m_store.get());
        details.showKey(m_store->keyInfo(QStringLiteral("pem"), QStringLiteral("p1")));
        QVERIFY(!details.tabs()->isTabVisible(KeyDetailsWidget::CertificateTab));
        details.setPemFormat(KeyFormat::EncryptedPkcs8Pem);
        QVERIFY(details.pemText().contains(QStringLiteral("hidden")));
        const int asked = PassphraseDialog::askedCount();
        PassphraseDialog::setNextAnswers({QStringLiteral("a good passphrase")});
        QVERIFY(details.setShowPrivate(true));
        QVERIFY(details.pemText().startsWith(QStringLiteral("-----BEGIN ENCRYPTED PRIVATE KEY-----")));
        QCOMPARE(PassphraseDialog::askedCount(), asked + 1);
        details.setPemFormat(KeyFormat::Sec1Pem);
        QVERIFY(details.pemText().startsWith(QStringLiteral("-----BEGIN EC PRIVATE KEY-----")));
        details.setPemFormat(KeyFormat::EncryptedPkcs8Pem);
        QCOMPARE(PassphraseDialog::askedCount(), asked + 1);
        details.setShowPrivate(false);
        QVERIFY(!details.pemText().contains(QStringLiteral("BEGIN")));
    }

    void certificateTabForX5c()
    {
        KeyDetailsWidget details;
        details.setStore(m_store.get());
        const QString path = test::vector(QStringLiteral("chain_2certs_leaf_then_ca.pem"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto result = importKeys(f.readAll(), QStringLiteral("chain"));
        QVERIFY(!result.keys.isEmpty());
        m_store->addKeys(QStringLiteral("certs"), {result.keys.first().key});
        details.showKey(m_store->keys(QStringLiteral("certs")).first());
        QVERIFY(details.tabs()->isTabVisible(KeyDetailsWidget::CertificateTab));
        QCOMPARE(details.findChild<QLabel*>(QStringLiteral("certSubjectLabel"))->text(),
                 QStringLiteral("CN=jwkman test leaf"));
        QCOMPARE(details.findChild<QLabel*>(QStringLiteral("certIssuerLabel"))->text(),
                 QStringLiteral("CN=jwkman test CA"));
        QCOMPARE(details.chainModel()->rowCount(), 2);
        QVERIFY(details.findingModel()->rowCount() > 0);
        // The leaf's SHA-256 fingerprint and serial number, whole, as the openssl CLI prints them (issue 13, item 10).
        const auto openssl = [&path](const QStringList& options) {
            QProcess p;
            p.start(QStringLiteral("openssl"),
                    QStringList{QStringLiteral("x509"), QStringLiteral("-in"), path, QStringLiteral("-noout")} +
                        options);
            p.waitForFinished(10000);
            return QString::fromLatin1(p.readAllStandardOutput()).trimmed().section(u'=', 1);
        };
        const QString expected = openssl({QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
        QCOMPARE(expected.size(), 95); // 32 bytes as XX:XX:...
        const QString shown = details.findChild<QLabel*>(QStringLiteral("certFingerprintLabel"))->text();
        QCOMPARE(shown.count(u'\n'), 1); // 16 bytes a line
        QCOMPARE(shown.split(u'\n').join(u':'), expected);
        const QString serial = openssl({QStringLiteral("-serial")});
        QVERIFY(!serial.isEmpty());
        QString shownSerial = details.findChild<QLabel*>(QStringLiteral("certSerialLabel"))->text();
        QCOMPARE(shownSerial.remove(u'\n').remove(u':'),
                 (serial.size() % 2 ? QStringLiteral("0") : QString()) + serial.toUpper());
    }

    void germanTranslationIsComplete()
    {
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        AboutDialog about(m_store.get());
        QCOMPARE(about.windowTitle(), QStringLiteral("Über JWK Manager"));
        MainWindow window(test::openStore(m_store->path()));
        auto* generate = window.findChild<QAction*>(QStringLiteral("generateAction"));
        QCOMPARE(generate->text(), QStringLiteral("Schlüssel &erzeugen \u2026"));
        // The core's reasons come out in German too: the core marks its messages for translation at their source.
        const JsonWebKey key = test::makeKey(QStringLiteral("ES256"), QStringLiteral("twice"));
        m_store->addKeys(QStringLiteral("de"), {key});
        const AddKeysResult again = m_store->addKeys(QStringLiteral("de"), {key});
        QCOMPARE(again.skipped.size(), 1);
        QCOMPARE(again.skipped.first(),
                 QStringLiteral("twice: der Schlüsselsatz enthält diesen Schlüssel bereits (gleicher Fingerabdruck)"));
        const ImportResult junk = importKeys(QByteArrayLiteral("junk"), QStringLiteral("junk.txt"));
        QCOMPARE(junk.failures.size(), 1);
        QCOMPARE(junk.failures.first().reason,
                 QStringLiteral("kein Schlüssel: erwartet wird ein JWK oder JWK Set (JSON), PEM oder DER"));
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
