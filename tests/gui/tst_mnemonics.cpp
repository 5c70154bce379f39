// Alt+letter in every dialog, English and German (issue 13, item 4, beyond the main window): within one dialog no
// letter is the mnemonic of two visible controls, or Alt+letter only moves the focus between them instead of acting
// (German Export had "&Exportieren" and "Private Schlüssel &einschließen": Alt+E never ticked the box).

#include "Appearance.h"
#include "GuiTestSupport.h"
#include "dialogs/EditKeyDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/GenerateKeyDialog.h"
#include "dialogs/PassphraseDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/TrashDialog.h"
#include "remote/RemoteProfileDialog.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QTabBar>
#include <QToolButton>
#include <QTranslator>

using namespace jwk;

namespace {

// Letter → the visible controls that have it as their mnemonic.
QMultiMap<QChar, QString> mnemonicsOf(QWidget* window)
{
    QMultiMap<QChar, QString> found;
    const auto add = [&found](const QString& text, const QString& where) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&')) {
                if (text.at(i + 1) == QLatin1Char('&')) {
                    ++i;
                    continue;
                }
                found.insert(text.at(i + 1).toLower(), where + QStringLiteral(" \"") + text + u'"');
                return;
            }
        }
    };
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(window) && !qobject_cast<QToolButton*>(button)) {
            add(button->text(), QStringLiteral("button"));
        }
    }
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (label->isVisibleTo(window) && label->buddy()) {
            add(label->text(), QStringLiteral("label"));
        }
    }
    for (QGroupBox* box : window->findChildren<QGroupBox*>()) {
        if (box->isVisibleTo(window)) {
            add(box->title(), QStringLiteral("group"));
        }
    }
    for (QTabBar* bar : window->findChildren<QTabBar*>()) {
        if (bar->isVisibleTo(window)) {
            for (int i = 0; i < bar->count(); ++i) {
                add(bar->tabText(i), QStringLiteral("tab"));
            }
        }
    }
    return found;
}

QString clashes(QWidget* dialog)
{
    dialog->show();
    QTest::qWaitForWindowExposed(dialog);
    const auto found = mnemonicsOf(dialog);
    QStringList out;
    for (const QChar letter : found.uniqueKeys()) {
        if (found.count(letter) > 1) {
            out << QStringLiteral("%1: %2").arg(letter).arg(found.values(letter).join(QStringLiteral(", ")));
        }
    }
    return out.join(QStringLiteral("; "));
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

        KeyInfo info;
        info.setName = QStringLiteral("a");
        info.kid = QStringLiteral("k");
        info.kty = QStringLiteral("EC");
        info.crv = QStringLiteral("P-256");
        EditKeyDialog edit(info, key.publicKey(), {});
        QCOMPARE(clashes(&edit), QString());

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
