#include "ImportController.h"

#include "FileDialog.h"
#include "ImportJob.h"
#include "InputDialog.h"
#include "TrContexts.h"
#include "dialogs/ImportSummaryDialog.h"
#include "models/KeySetModel.h"
#include "widgets/KeyStoreWidget.h"

#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

namespace jwk {

ImportController::ImportController(KeyStoreWidget* view, QWidget* window)
    : QObject(window)
    , m_view(view)
    , m_window(window)
{
    m_job = new ImportJob(window, this);
    connect(m_job, &ImportJob::finished, this, &ImportController::finishImport);
}

ImportController::~ImportController()
{
    delete m_job; // cancels the import and waits for its worker
}

bool ImportController::isImporting() const
{
    return m_job && m_job->isRunning();
}

QList<QUrl> ImportController::localFileUrls(const QMimeData* mime)
{
    QList<QUrl> urls;
    if (mime && mime->hasUrls()) {
        for (const QUrl& url : mime->urls()) {
            if (url.isLocalFile()) {
                urls << url;
            }
        }
    }
    return urls;
}

bool ImportController::isImportable(const QMimeData* mime)
{
    return mime && (!localFileUrls(mime).isEmpty() || (mime->hasText() && !mime->text().trimmed().isEmpty()));
}

void ImportController::importDropped(const QMimeData* mime)
{
    const QList<QUrl> urls = localFileUrls(mime);
    if (!urls.isEmpty()) {
        QStringList paths;
        for (const QUrl& url : urls) {
            paths << url.toLocalFile();
        }
        importFiles(paths);
    } else {
        importData(mime->text().toUtf8(), MainWindowTr::tr("dropped text"));
    }
}

void ImportController::importDroppedOnSet(const QList<QUrl>& urls, const QString& setName)
{
    QStringList paths;
    for (const QUrl& url : urls) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    // Dropped on "All keys" (or between sets): ask which set, whatever is selected.
    const QString target = setName.isEmpty() ? chooseImportSet(QString(), true) : setName;
    if (!target.isEmpty()) {
        importFiles(paths, target);
    }
}

void ImportController::importFromFileDialog()
{
    if (!m_view->store()) {
        return;
    }
    const QStringList paths = FileDialog::getOpenFileNames(
        m_window, MainWindowTr::tr("Import Keys"),
        MainWindowTr::tr(
            "Keys and certificates (*.pem *.crt *.cer *.key *.der *.jwk *.jwks *.json *.jwe *.p8 *.p12 *.pfx *.pub);;"
            "All files (*)"));
    if (!paths.isEmpty()) {
        // Chosen files go where the person says: the selected set is proposed, any other (or a new name) can be taken.
        const QString target = chooseImportSet(QString(), true);
        if (!target.isEmpty()) {
            importFiles(paths, target);
        }
    }
}

void ImportController::pasteKeys()
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
    const QList<QUrl> urls = localFileUrls(mime);
    if (!urls.isEmpty()) {
        QStringList paths;
        for (const QUrl& url : urls) {
            paths << url.toLocalFile();
        }
        importFiles(paths);
        return;
    }
    if (!mime || mime->text().trimmed().isEmpty()) {
        Q_EMIT statusMessage(MainWindowTr::tr("The clipboard holds no keys to paste."), 5000);
        return;
    }
    QByteArray data = mime->text().toUtf8();
    importData(data, MainWindowTr::tr("clipboard"));
    wipe(data);
}

void ImportController::importFiles(const QStringList& paths, const QString& setName)
{
    QList<ImportSource> sources;
    for (const QString& path : paths) {
        sources << ImportSource{path, {}, QFileInfo(path).fileName()};
    }
    if (!sources.isEmpty()) {
        startImport(sources, setName);
    }
}

void ImportController::importData(const QByteArray& data, const QString& sourceName, const QString& setName)
{
    startImport({ImportSource{QString(), data, sourceName}}, setName);
}

QString ImportController::chooseImportSet(const QString& proposed, bool ask)
{
    if (!proposed.isEmpty()) {
        return proposed;
    }
    if (!ask && !m_view->currentSetName().isEmpty()) {
        return m_view->currentSetName();
    }
    QStringList names = m_view->setModel()->setNames();
    const QString fallback = MainWindowTr::tr("imported");
    if (!names.contains(fallback)) {
        names.prepend(fallback);
    }
    const QString current = m_view->currentSetName();
    bool ok = false;
    const QString name =
        InputDialog::getItem(m_window, MainWindowTr::tr("Import Keys"),
                             MainWindowTr::tr("Import into which key set? A new name creates the set."), names,
                             current.isEmpty() ? fallback : current, true, &ok);
    return ok ? name.trimmed() : QString();
}

void ImportController::startImport(const QList<ImportSource>& sources, const QString& setName)
{
    KeyStore* store = m_view->store();
    if (!store) {
        return;
    }
    if (isImporting()) {
        // Nothing is dropped on the floor: it waits for the running import, and asks for its set then.
        m_queued.append({sources, setName});
        Q_EMIT statusMessage(
            MainWindowTr::tr("%n item(s) will be imported when the running import is done.", nullptr, sources.size()),
            5000);
        return;
    }
    const QString target = chooseImportSet(setName);
    if (target.isEmpty()) {
        return;
    }
    m_importSet = target;
    // Readers of the store see the worker's commit once it is done; flush our side first.
    m_job->start(sources, store->path(), store->secret(), target);
    Q_EMIT statusMessage(MainWindowTr::tr("Importing %n item(s) into %1\u2026", nullptr, sources.size()).arg(target),
                         0);
    Q_EMIT busyChanged();
}

void ImportController::finishImport()
{
    ImportSummary summary;
    summary.setName = m_importSet;
    summary.cancelled = m_job->wasCancelled() || m_job->declined();
    if (const SignerChange& signer = m_job->signerChange(); signer.changes()) {
        summary.signerChange = signer.text();
        summary.signerProblem = signer.after && !signer.after->problem().isEmpty();
    }
    summary.signerKept = m_job->keptSigner();
    for (const ImportResult& result : m_job->results()) {
        for (const ImportFailure& f : result.failures) {
            summary.failed << (f.skipped ? MainWindowTr::tr("%1: skipped, no passphrase was given").arg(f.origin)
                                         : QStringLiteral("%1: %2").arg(f.origin, f.reason));
        }
        summary.warnings << result.warnings;
    }
    const AddKeysResult& added = m_job->added();
    for (const QString& kid : added.added) {
        const QString origin = m_job->origins().value(kid);
        summary.imported << (origin.isEmpty() ? kid : MainWindowTr::tr("%1 (from %2)").arg(kid, origin));
    }
    // The core's reasons come translated from the core itself (its messages go through QCoreApplication::translate).
    summary.skipped << added.skipped;
    summary.failed << added.failed;
    if (!m_job->storeError().isEmpty()) {
        summary.failed << m_job->storeError();
    }
    m_view->reload();
    if (!added.added.isEmpty()) {
        m_view->selectSet(m_importSet);
        m_view->selectKey(m_importSet, added.added.first());
    }
    Q_EMIT statusMessage(summary.headline(), 10000);
    if (m_lastSummary) {
        m_lastSummary->close();
    }
    auto* dialog = new ImportSummaryDialog(summary, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lastSummary = dialog;
    dialog->open();
    Q_EMIT busyChanged();
    Q_EMIT finished();
    if (!m_queued.isEmpty()) {
        const auto next = m_queued.takeFirst();
        QTimer::singleShot(0, this, [this, next] { startImport(next.first, next.second); });
    }
}

} // namespace jwk
