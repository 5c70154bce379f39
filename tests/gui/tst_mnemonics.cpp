// Alt+letter in every dialog, English and German (issue 13, item 4, beyond the main window): within one dialog no
// letter is the mnemonic of two visible controls, or Alt+letter only moves the focus between them instead of acting
// (German Export had "&Exportieren" and "Private Schlüssel &einschließen": Alt+E never ticked the box).

#include "Appearance.h"
#include "GuiTestSupport.h"
#include "Mnemonics.h"
#include "audit/PublishedKeysDialog.h"
#include "dialogs/EditKeyDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/GenerateKeyDialog.h"
#include "dialogs/PassphraseDialog.h"
#include "dialogs/RotationPolicyDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/TeamStoreDialog.h"
#include "dialogs/TrashDialog.h"
#include "hydradb/HydraDbWindow.h"
#include "remote/RemoteProfileDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTranslator>

using namespace jwk;

namespace {

QString clashes(QWidget* dialog)
{
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog)) {
        return QStringLiteral("%1 was not shown").arg(QString::fromLatin1(dialog->metaObject()->className()));
    }
    return test::clashes(test::mnemonicsOf(dialog)).join(QStringLiteral("; "));
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
        Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    void uniqueInEveryDialog_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
    }

    void uniqueInEveryDialog()
    {
        QFETCH(QString, language);
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QCOMPARE(installTranslations(language), language);
        MessageBox::setNextAnswer(QMessageBox::Yes);

        const JsonWebKey key = test::makeKey(QStringLiteral("ES256"), QStringLiteral("k"));
        ExportDialog exportDialog(QStringLiteral("key k"), 1, true, key.publicKey());
        exportDialog.setIncludePrivate(true);
        QCOMPARE(clashes(&exportDialog), QString());

        GenerateKeyDialog generate({QStringLiteral("a")}, QStringLiteral("a"));
        QCOMPARE(clashes(&generate), QString());

        SettingsDialog settings(m_dir.filePath(QStringLiteral("s.sqlite")));
        QCOMPARE(clashes(&settings), QString());

        RemoteProfileDialog remote(std::nullopt, {});
        QCOMPARE(clashes(&remote), QString());

        auto store = test::openStore(m_dir.filePath(QStringLiteral("m-%1.sqlite").arg(language)));
        TrashDialog trash(store.get());
        QCOMPARE(clashes(&trash), QString());

        RemoteProfile profile;
        profile.name = QStringLiteral("r");
        profile.publicUrl = QUrl(QStringLiteral("https://hydra.example.com"));
        PublishedKeysDialog published(store.get(), profile);
        QCOMPARE(clashes(&published), QString());
        PublishedKeysDialog auditUrl(store.get(), std::nullopt);
        QCOMPARE(clashes(&auditUrl), QString());

        HydraDbWindow hydraDb(store.get());
        QCOMPARE(clashes(&hydraDb), QString());

        // With a recent store offered and the system secret asked for (SECRETS_SYSTEM is not set here).
        Settings::instance().addRecentTeamStore(QStringLiteral("postgresql://alice@db.example.org:5432/team"));
        TeamStoreDialog teamStore;
        QCOMPARE(clashes(&teamStore), QString());
        QVERIFY(teamStore.secretEdit() && teamStore.recentCombo()->isVisibleTo(&teamStore));

        KeyInfo info;
        info.setName = QStringLiteral("a");
        info.kid = QStringLiteral("k");
        info.kty = QStringLiteral("EC");
        info.crv = QStringLiteral("P-256");
        EditKeyDialog edit(info, key.publicKey(), {});
        QCOMPARE(clashes(&edit), QString());

        RotationPolicyDialog policy(QStringLiteral("s"), RotationPolicy{QStringLiteral("s"), 90, 7, {}}, std::nullopt);
        QCOMPARE(clashes(&policy), QString());

        for (const auto purpose : {PassphraseProvider::Purpose::Decrypt, PassphraseProvider::Purpose::Encrypt}) {
            PassphraseDialog passphrase(QStringLiteral("key.pem"), purpose, 1);
            QCOMPARE(clashes(&passphrase), QString());
        }

        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
        installTranslations(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
