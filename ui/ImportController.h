#pragma once
// Every way keys come into the desktop app: the import dialog, drops on the window or on a set, paste, and files
// named on the command line all end in importFiles()/importData() and so in the core's one import path, run by an
// ImportJob off the UI thread. The outcome is shown in an ImportSummaryDialog.

#include "dialogs/ImportSummaryDialog.h"

#include "ImportJob.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QMimeData;
class QWidget;

namespace jwk {

class ImportJob;
class KeyStoreWidget;

class ImportController : public QObject
{
    Q_OBJECT

public:
    // Imports into the store of `view`; dialogs open over `window`.
    ImportController(KeyStoreWidget* view, QWidget* window);
    ~ImportController() override;

    // An empty setName imports into the selected set, or asks which.
    void importFiles(const QStringList& paths, const QString& setName = QString());
    void importData(const QByteArray& data, const QString& sourceName, const QString& setName = QString());
    // Dropped or pasted: local files, or text.
    static bool isImportable(const QMimeData* mime);
    void importDropped(const QMimeData* mime);
    bool isImporting() const;
    ImportSummaryDialog* lastSummary() const { return m_lastSummary; }

public Q_SLOTS:
    void importFromFileDialog();
    void pasteKeys();
    // Files dropped on a set in the list; on "All keys" (an empty setName) it asks which set.
    void importDroppedOnSet(const QList<QUrl>& urls, const QString& setName);

Q_SIGNALS:
    void busyChanged();
    void statusMessage(const QString& text, int timeoutMs);
    void finished();

private:
    static QList<QUrl> localFileUrls(const QMimeData* mime);
    QString chooseImportSet(const QString& proposed, bool ask = false);
    void startImport(const QList<ImportSource>& sources, const QString& setName);
    void finishImport();

    KeyStoreWidget* m_view;
    QWidget* m_window;
    ImportJob* m_job = nullptr;
    QString m_importSet;
    // Imports asked for while one runs (a second start's files, a drop), started in turn when it is done.
    QList<QPair<QList<ImportSource>, QString>> m_queued;
    QPointer<ImportSummaryDialog> m_lastSummary;
};

} // namespace jwk
