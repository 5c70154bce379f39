// The Token window (Key › JWT Tokens…, Ctrl+J) driven as a person drives it: the shortcut opens it on the selected
// set; Alt+S and Alt+N sign a token with the set's signer, which then shows decoded (claims and times) and verifies
// with a click on Verify; a token typed in by hand with alg none, and one that is not a token at all, are said in
// words; a JWKS URL (the in-process fake Hydra) is fetched without blocking the window, and a fetch that hangs is
// cancelled; Copy puts the token on the clipboard only when pressed; no Alt+letter leads to two places.

#include "../remote/RemoteTestUtil.h"
#include "FakeHydraServer.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Mnemonics.h"
#include "keys/Base64Url.h"
#include "remote/SavedRemotes.h"
#include "token/TokenSignTab.h"
#include "token/TokenVerifyTab.h"
#include "token/TokenWindow.h"
#include "widgets/KeyStoreWidget.h"

#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>

using namespace jwk;
using jwk::test::FakeHydraServer;

class TestTokenWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir* m_dir = nullptr;
    MainWindow* m_window = nullptr;
    FakeHydraServer* m_server = nullptr;
    QString m_signer;

    TokenWindow* open()
    {
        QApplication::setActiveWindow(m_window); // Ctrl+J belongs to the main window
        QTest::keyClick(m_window, Qt::Key_J, Qt::ControlModifier);
        TokenWindow* w = nullptr;
        if (!QTest::qWaitFor([&] { return (w = m_window->tokenWindow()) && w->isVisible(); }, 5000)) {
            return nullptr;
        }
        QApplication::setActiveWindow(w); // offscreen: no window manager activates it
        (void)QTest::qWaitForWindowActive(w);
        return w;
    }

    static void clickTab(QTabWidget* tabs, int index)
    {
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, Qt::NoModifier, tabs->tabBar()->tabRect(index).center());
    }

    static bool waitVerified(TokenVerifyTab* tab)
    {
        return QTest::qWaitFor([&] { return !tab->isBusy(); }, 15000);
    }

private Q_SLOTS:
    void init()
    {
        remotetest::setUpEnvironment();
        m_dir = new QTemporaryDir;
        m_server = new FakeHydraServer(this);
        QVERIFY(m_server->start() != 0);
        auto store = test::openStore(m_dir->filePath(QStringLiteral("store.sqlite")));
        const JsonWebKey older = test::makeKey(QStringLiteral("ES256"), QStringLiteral("older"));
        const JsonWebKey signer = test::makeKey(QStringLiteral("ES384"), QStringLiteral("signer"));
        m_signer = signer.kid();
        store->addKeys(QStringLiteral("tokens"), {signer, older});
        m_window = new MainWindow(std::move(store));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(m_window->keyStoreWidget()->selectSet(QStringLiteral("tokens")));
    }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
        delete m_server;
        m_server = nullptr;
        delete m_dir;
        m_dir = nullptr;
    }

    void signThenVerifyLikeAPerson()
    {
        TokenWindow* w = open();
        QVERIFY(w);
        QCOMPARE(w->windowTitle(), QStringLiteral("Tokens (JWT)"));
        QVERIFY(w->tokenStatus()->text().contains(QStringLiteral("No token")));
        // Alt+S: the Signing tab; the set selected in the main window and its signer are chosen.
        QTest::keyClick(w, Qt::Key_S, Qt::AltModifier);
        QCOMPARE(w->tabs()->currentWidget(), w->signTab());
        QCOMPARE(w->signTab()->setBox()->currentText(), QStringLiteral("tokens"));
        QVERIFY(w->signTab()->keyBox()->currentText().contains(m_signer));
        QVERIFY(!w->signTab()->copyButton()->isEnabled());
        // The claims editor: replace the claims by typing.
        QTest::mouseClick(w->signTab()->claimsEdit()->viewport(), Qt::LeftButton);
        QTest::keyClick(w->signTab()->claimsEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(w->signTab()->claimsEdit(), QStringLiteral("{\"sub\": \"alice\", \"aud\": \"api\"}"));
        QTest::keyClick(w, Qt::Key_N, Qt::AltModifier); // Sig&n: a mnemonic clicks after a short animation
        QTRY_VERIFY2(w->token().has_value(), qPrintable(w->signTab()->statusLabel()->text()));
        QCOMPARE(w->token()->kid(), m_signer);
        QCOMPARE(w->token()->alg(), QStringLiteral("ES384"));
        QCOMPARE(w->signTab()->signedView()->toPlainText(), w->tokenEdit()->toPlainText());
        QVERIFY(w->signTab()->copyButton()->isEnabled());
        // Decoded on the first tab: the claims and the times in words.
        clickTab(w->tabs(), 0);
        QCOMPARE(w->tabs()->currentWidget(), w->decodedView());
        const QString decoded = w->decodedView()->toPlainText();
        QVERIFY2(decoded.contains(QStringLiteral("\"alice\"")) &&
                     decoded.contains(QStringLiteral("Times (local time)")) &&
                     decoded.contains(QStringLiteral("exp")) &&
                     decoded.contains(QRegularExpression(QStringLiteral("in (59|60) minutes"))),
                 qPrintable(decoded));
        // Verify against the set, with the audience expected: a click on Verify.
        QTest::keyClick(w, Qt::Key_V, Qt::AltModifier);
        QCOMPARE(w->tabs()->currentWidget(), w->verifyTab());
        TokenVerifyTab* v = w->verifyTab();
        QCOMPARE(v->setBox()->currentText(), QStringLiteral("tokens"));
        QTest::keyClick(w, Qt::Key_D, Qt::AltModifier); // Au&dience
        QTRY_VERIFY(v->audienceEdit()->hasFocus());
        QTest::keyClicks(v->audienceEdit(), QStringLiteral("api"));
        QVERIFY(v->verifyButton()->isEnabled());
        QTest::mouseClick(v->verifyButton(), Qt::LeftButton);
        QVERIFY(v->result().has_value());
        QVERIFY2(v->result()->valid, qPrintable(v->problemsView()->toPlainText()));
        QVERIFY2(v->verdictLabel()->text().startsWith(QStringLiteral("Valid")), qPrintable(v->verdictLabel()->text()));
        // Another audience: not valid, in words and with the code.
        v->audienceEdit()->selectAll();
        QTest::keyClicks(v->audienceEdit(), QStringLiteral("other"));
        QTest::mouseClick(v->verifyButton(), Qt::LeftButton);
        QVERIFY(!v->result()->valid);
        QVERIFY2(v->problemsView()->toPlainText().contains(
                     QStringLiteral("the token is for api, not other (wrong-audience)")),
                 qPrintable(v->problemsView()->toPlainText()));
        // Copy: only now is the token on the clipboard.
        QVERIFY(QGuiApplication::clipboard()->text() != w->tokenEdit()->toPlainText());
        QTest::keyClick(w, Qt::Key_S, Qt::AltModifier);
        QTest::mouseClick(w->signTab()->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), w->signTab()->signedView()->toPlainText());
        // The signature is in the audit log.
        bool audited = false;
        for (const auto& e : m_window->store()->audit().entries()) {
            audited |= e.action == QStringLiteral("signed-token") && e.kid == m_signer;
        }
        QVERIFY(audited);
    }

    void problemsInWords()
    {
        TokenWindow* w = open();
        QVERIFY(w);
        // Not a token: said under the field, and nothing to verify.
        QTest::keyClick(w, Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY(w->tokenEdit()->hasFocus());
        QTest::keyClicks(w->tokenEdit(), QStringLiteral("not-a-token"));
        QVERIFY2(w->tokenStatus()->text().contains(QStringLiteral("malformed")), qPrintable(w->tokenStatus()->text()));
        QVERIFY(!w->verifyTab()->verifyButton()->isEnabled());
        // alg none, typed by hand: refused with its code.
        QTest::keyClick(w->tokenEdit(), Qt::Key_A, Qt::ControlModifier);
        const QString none = QString::fromLatin1(base64url::encode(QByteArrayLiteral("{\"alg\":\"none\"}")) + '.' +
                                                 base64url::encode(QByteArrayLiteral("{\"sub\":\"x\"}")) + '.');
        QTest::keyClicks(w->tokenEdit(), none);
        QVERIFY(w->token().has_value());
        QTest::keyClick(w, Qt::Key_V, Qt::AltModifier);
        QTest::mouseClick(w->verifyTab()->verifyButton(), Qt::LeftButton);
        QVERIFY(!w->verifyTab()->result()->valid);
        QVERIFY2(w->verifyTab()->problemsView()->toPlainText().contains(QStringLiteral("(alg-none)")),
                 qPrintable(w->verifyTab()->problemsView()->toPlainText()));
        // No letter leads to two places.
        for (int tab = 0; tab < 3; ++tab) {
            w->tabs()->setCurrentIndex(tab);
            QCOMPARE(test::clashes(test::mnemonicsOf(w)).join(QStringLiteral("; ")), QString());
        }
    }

    void jwksUrlWithoutBlockingAndCancel()
    {
        TokenWindow* w = open();
        QVERIFY(w);
        // A token of the fake Hydra's id-token key, signed here with a key file's worth of material.
        const JsonWebKey hydraKey = test::makeKey(QStringLiteral("ES256"), QStringLiteral("hydra1"));
        m_server->setKeys(QStringLiteral("hydra.openid.id-token"), {QJsonObject(hydraKey.publicMembers())});
        m_window->store()->addKeys(QStringLiteral("scratch"), {hydraKey});
        delete m_window->tokenWindow();
        w = open(); // made again: it lists the new set
        QVERIFY(w);
        w->signTab()->setBox()->setCurrentText(QStringLiteral("scratch"));
        w->signTab()->sign();
        QVERIFY(w->token().has_value());
        TokenVerifyTab* v = w->verifyTab();
        QTest::keyClick(w, Qt::Key_V, Qt::AltModifier);
        v->setSource(TokenVerifyTab::Source::JwksUrl);
        QTest::keyClick(w, Qt::Key_U, Qt::AltModifier);
        QTRY_VERIFY(v->urlEdit()->hasFocus());
        QTest::keyClicks(v->urlEdit(), m_server->url().toString() + QStringLiteral("/.well-known/jwks.json"));
        QTest::mouseClick(v->verifyButton(), Qt::LeftButton);
        QVERIFY(v->isBusy()); // the click returned while the fetch runs
        QVERIFY(v->cancelButton()->isVisible());
        QVERIFY(waitVerified(v));
        QVERIFY2(v->result() && v->result()->valid, qPrintable(v->problemsView()->toPlainText()));
        QVERIFY(!v->cancelButton()->isVisible());
        // The same key as a remote's admin API holds it (a saved remote, its set typed in).
        RemoteProfile profile;
        profile.name = QStringLiteral("fake");
        profile.adminUrl = m_server->url();
        profile.timeoutMs = 5000;
        SavedRemotes(*m_window->store()).save(profile);
        delete m_window->tokenWindow();
        w = open(); // made again: it lists the new remote
        QVERIFY(w);
        w->signTab()->setBox()->setCurrentText(QStringLiteral("scratch"));
        w->signTab()->sign();
        v = w->verifyTab();
        v->setSource(TokenVerifyTab::Source::RemoteSet);
        QCOMPARE(v->remoteBox()->currentText(), QStringLiteral("fake"));
        v->setBox()->setCurrentText(QStringLiteral("hydra.openid.id-token"));
        QTest::mouseClick(v->verifyButton(), Qt::LeftButton);
        QVERIFY(waitVerified(v));
        QVERIFY2(v->result() && v->result()->valid, qPrintable(v->problemsView()->toPlainText()));
        QVERIFY2(v->verdictLabel()->text().contains(QStringLiteral("set hydra.openid.id-token of remote fake")),
                 qPrintable(v->verdictLabel()->text()));
        v->setSource(TokenVerifyTab::Source::JwksUrl);
        v->urlEdit()->setText(m_server->url().toString() + QStringLiteral("/.well-known/jwks.json"));
        // A server that does not answer: Cancel, said in the window.
        m_server->hangNext(1);
        QTest::mouseClick(v->verifyButton(), Qt::LeftButton);
        QVERIFY(v->isBusy());
        QTest::mouseClick(v->cancelButton(), Qt::LeftButton);
        QVERIFY(waitVerified(v));
        QVERIFY2(v->problemsView()->toPlainText().startsWith(QStringLiteral("Cancelled")),
                 qPrintable(v->problemsView()->toPlainText()));
        // Plain http to another host: refused before anything is sent.
        v->urlEdit()->setText(QStringLiteral("http://jwks.example.com/jwks.json"));
        QTest::mouseClick(v->verifyButton(), Qt::LeftButton);
        QVERIFY(!v->isBusy());
        QVERIFY(!v->problemsView()->toPlainText().isEmpty());
    }
};

QTEST_MAIN(TestTokenWindow)
#include "tst_tokenwindow.moc"
