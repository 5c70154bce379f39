#include "ExportController.h"

#include "Clipboard.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "Settings.h"
#include "TrContexts.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/PassphraseDialog.h"
#include "keys/JwkError.h"
#include "keys/KeyFileWriter.h"
#include "usecases/KeyDisclosure.h"
#include "widgets/KeyStoreWidget.h"

#include <QGuiApplication>

namespace jwk {
namespace {

QString suggestedFileName(const QString& base, const KeyFormatInfo& format)
{
    QString name = base;
    for (QChar& c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.unicode() < 0x20) {
            c = QLatin1Char('_');
        }
    }
    return QStringLiteral("%1.%2").arg(name.isEmpty() ? QStringLiteral("keys") : name, format.extension);
}

// Asks with the passphrase dialog; once a passphrase is given, the key derivation that follows on this thread
// (600,000 PBKDF2 iterations: a JWE about 0.3 s, PKCS#12 three derivations, about a second) shows a busy cursor.
class BusyAfterPassphrase : public PassphraseProvider
{
public:
    explicit BusyAfterPassphrase(QWidget* parent)
        : m_dialog(parent)
    {
    }
    ~BusyAfterPassphrase() override
    {
        if (m_busy) {
            QGuiApplication::restoreOverrideCursor();
        }
    }
    std::optional<SecureBytes> passphrase(const QString& what, Purpose purpose, int attempt) override
    {
        std::optional<SecureBytes> answer = m_dialog.passphrase(what, purpose, attempt);
        if (answer && !m_busy) {
            QGuiApplication::setOverrideCursor(Qt::WaitCursor);
            m_busy = true;
        }
        return answer;
    }

private:
    DialogPassphraseProvider m_dialog;
    bool m_busy = false;
};

} // namespace

ExportController::ExportController(KeyStoreWidget* view, QWidget* window)
    : QObject(window)
    , m_view(view)
    , m_window(window)
{
}

std::optional<JsonWebKey> ExportController::loadPrivate(const KeyInfo& key)
{
    if (!m_view->store()) {
        return std::nullopt;
    }
    try {
        return m_view->store()->loadKey(key.setName, key.kid);
    } catch (const std::exception& e) {
        MessageBox::critical(m_window, MainWindowTr::tr("Key Cannot Be Read"), QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

void ExportController::exportSelection()
{
    const QList<KeyInfo> keys = m_view->selectedKeys();
    if (keys.isEmpty()) {
        return;
    }
    QList<KeyRef> refs;
    for (const auto& k : keys) {
        refs.append({k.setName, k.kid});
    }
    openExportDialog(KeySelection::of(refs), keys,
                     keys.size() == 1 ? MainWindowTr::tr("key %1").arg(keys.first().kid)
                                      : MainWindowTr::tr("%n selected key(s)", nullptr, keys.size()));
}

void ExportController::exportCurrentSet()
{
    const QString set = m_view->currentSetName();
    if (set.isEmpty() || !m_view->store()) {
        return;
    }
    QList<KeyInfo> keys;
    if (!m_view->storeCall(MainWindowTr::tr("Export"), [&] { keys = m_view->store()->keys(set); })) {
        return;
    }
    if (keys.isEmpty()) {
        MessageBox::information(m_window, MainWindowTr::tr("Export"),
                                MainWindowTr::tr("Key set %1 holds no keys.").arg(set));
        return;
    }
    openExportDialog(KeySelection::wholeSet(set), keys,
                     MainWindowTr::tr("key set %1 (%n key(s))", nullptr, keys.size()).arg(set));
}

void ExportController::openExportDialog(const KeySelection& selection, const QList<KeyInfo>& keys, const QString& what)
{
    bool anyPrivate = false;
    for (const auto& k : keys) {
        anyPrivate = anyPrivate || (k.hasPrivate && k.decryptable);
    }
    const std::optional<JsonWebKey> sample = keys.size() == 1 ? m_view->loadPublic(keys.first()) : std::nullopt;
    auto* dialog = new ExportDialog(what, static_cast<int>(keys.size()), anyPrivate, sample, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString base = keys.size() == 1
                             ? keys.first().kid
                             : (selection.setName.isEmpty() ? m_view->currentSetName() : selection.setName);
    connect(dialog, &QDialog::accepted, this, [this, dialog, selection, base] {
        const KeyFormat format = dialog->format();
        const QString path = FileDialog::getSaveFileName(
            m_window, MainWindowTr::tr("Export"), suggestedFileName(base, keyFormatInfo(format)),
            MainWindowTr::tr("%1 (*.%2);;All files (*)")
                .arg(ExportDialog::formatLabel(keyFormatInfo(format)), keyFormatInfo(format).extension));
        if (path.isEmpty()) {
            return;
        }
        writeExport(selection, format, path);
    });
    dialog->open();
}

QString ExportController::writeExport(const KeySelection& selection, KeyFormat format, const QString& path)
{
    KeyStore* store = m_view->store();
    if (!store) {
        return MainWindowTr::tr("no store is open");
    }
    const KeyFormatInfo& info = keyFormatInfo(format);
    QString error;
    ExportResult result;
    try {
        BusyAfterPassphrase passphrases(m_window);
        ExportOptions options;
        options.passphrases = &passphrases;
        result = exportKeys(*store, selection, format, options);
        error = writeKeyFile(path, result.bytes, info.privateMaterial);
    } catch (const JwkError& e) {
        error = e.kind() == JwkError::Kind::Cancelled ? MainWindowTr::tr("cancelled: no passphrase was given")
                                                      : e.message();
    } catch (const std::exception& e) {
        error = QString::fromUtf8(e.what());
    }
    result.bytes.clear();
    if (error.isEmpty()) {
        try {
            recordExport(*store, result, path);
        } catch (const std::exception& e) {
            Q_EMIT statusMessage(QString::fromUtf8(e.what()), 5000);
        }
        Q_EMIT statusMessage(
            info.privateMaterial
                ? MainWindowTr::tr("Exported private key material to %1 (readable by you only).").arg(path)
                : MainWindowTr::tr("Exported to %1.").arg(path),
            8000);
        if (!result.warnings.isEmpty()) {
            // The same warnings the CLI prints: what the file does not hold although the person may expect it to.
            MessageBox::warning(m_window, MainWindowTr::tr("Exported with Warnings"),
                                MainWindowTr::tr("Exported to %1, but:\n%2").arg(path, result.warnings.join(u'\n')));
        }
    } else {
        MessageBox::critical(m_window, MainWindowTr::tr("Export Failed"),
                             MainWindowTr::tr("The keys were not exported: %1").arg(error));
    }
    Q_EMIT exportFinished(path, error);
    return error;
}

void ExportController::copyText(const QString& text, bool secret, const QString& what,
                                const std::optional<KeyInfo>& key)
{
    if (text.isEmpty()) {
        return;
    }
    const int timeout = Settings::instance().clipboardTimeout();
    Clipboard::instance()->setText(text, secret, timeout);
    if (secret) {
        if (key && m_view->store()) {
            try {
                recordDisclosure(*m_view->store(), Disclosure::Copied, {key->setName, key->kid}, what);
            } catch (const std::exception& e) {
                Q_EMIT statusMessage(QString::fromUtf8(e.what()), 5000);
            }
        }
        Q_EMIT statusMessage(
            MainWindowTr::tr("Copied the %1. The clipboard is cleared in %n s.", nullptr, timeout).arg(what), 4000);
    } else {
        Q_EMIT statusMessage(MainWindowTr::tr("Copied the %1.").arg(what), 4000);
    }
}

void ExportController::copyPublicJwk()
{
    const auto key = m_view->currentKey();
    if (!key) {
        return;
    }
    if (const auto jwk = m_view->loadPublic(*key)) {
        copyText(QString::fromUtf8(toJsonBytes(jwk->publicMembers(), JsonFormat::Indented)), false,
                 MainWindowTr::tr("public JWK"), key);
    }
}

void ExportController::copyPublicPem()
{
    const auto key = m_view->currentKey();
    if (!key) {
        return;
    }
    if (const auto jwk = m_view->loadPublic(*key)) {
        try {
            const SecureBytes pem = exportKey(*jwk, KeyFormat::SpkiPem);
            copyText(QString::fromLatin1(pem.constChars(), static_cast<qsizetype>(pem.size())), false,
                     MainWindowTr::tr("public PEM"), key);
        } catch (const JwkError& e) {
            Q_EMIT statusMessage(e.message(), 5000);
        }
    }
}

void ExportController::copyThumbprint()
{
    if (const auto key = m_view->currentKey()) {
        copyText(key->thumbprint, false, MainWindowTr::tr("thumbprint"), key);
    }
}

void ExportController::copyPrivateJwk()
{
    const auto key = m_view->currentKey();
    if (!key) {
        return;
    }
    if (const auto jwk = loadPrivate(*key)) {
        SecureBytes json = jwk->toJson(true, JsonFormat::Indented);
        QString text = QString::fromUtf8(json.constChars(), static_cast<qsizetype>(json.size()));
        copyText(text, true, MainWindowTr::tr("private JWK"), key);
        wipe(text);
    }
}

void ExportController::copyPrivatePem()
{
    const auto key = m_view->currentKey();
    if (!key) {
        return;
    }
    if (const auto jwk = loadPrivate(*key)) {
        try {
            SecureBytes pem = exportKey(*jwk, KeyFormat::Pkcs8Pem);
            QString text = QString::fromLatin1(pem.constChars(), static_cast<qsizetype>(pem.size()));
            copyText(text, true, MainWindowTr::tr("private PEM"), key);
            wipe(text);
        } catch (const JwkError& e) {
            Q_EMIT statusMessage(e.message(), 5000);
        }
    }
}

} // namespace jwk
