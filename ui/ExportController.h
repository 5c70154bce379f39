#pragma once
// Every way keys leave the desktop app: export to a file in any of the KeyFormats (one key, the selection or a whole
// set) and copies to the clipboard. Private material is written readable by the owner only, copied with the
// clipboard's "secret" hint and cleared after the timeout, and each disclosure is written to the store's audit log.

#include "keys/KeyFormats.h"
#include "store/KeyStore.h"
#include "usecases/KeyExport.h"

#include <QObject>

#include <optional>

class QWidget;

namespace jwk {

class KeyStoreWidget;

class ExportController : public QObject
{
    Q_OBJECT

public:
    // Exports from the store of `view`; dialogs open over `window`.
    ExportController(KeyStoreWidget* view, QWidget* window);

    // Writes `selection` in `format` to `path` (the exportKeys use case, its warnings shown, its private keys
    // audited); an empty string on success, else the reason (also shown).
    QString writeExport(const KeySelection& selection, KeyFormat format, const QString& path);
    // Copies `text`; `secret` text is private material of `key`, audited and cleared after the timeout.
    void copyText(const QString& text, bool secret, const QString& what, const std::optional<KeyInfo>& key);

public Q_SLOTS:
    void exportSelection();
    void exportCurrentSet();
    void copyPublicJwk();
    void copyPublicPem();
    void copyThumbprint();
    void copyPrivateJwk();
    void copyPrivatePem();

Q_SIGNALS:
    void statusMessage(const QString& text, int timeoutMs);
    void exportFinished(const QString& path, const QString& error);

private:
    void openExportDialog(const KeySelection& selection, const QList<KeyInfo>& keys, const QString& what);
    std::optional<JsonWebKey> loadPrivate(const KeyInfo& key);

    KeyStoreWidget* m_view;
    QWidget* m_window;
};

} // namespace jwk
