#pragma once
// The remote view: the Hydra endpoints saved in the store (http to loopback marked) and, for the one selected, its
// tracked key sets as last fetched with their keys and roles and any staged rotation. Its actions hand the work to
// the RemoteController; the view only views.

#include <QMap>
#include <QWidget>

class QAction;
class QLabel;
class QTreeView;

namespace jwk {

class RemoteController;
class RemoteProfileModel;
class RemoteSetModel;
struct RemoteSetState;

class RemoteWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RemoteWidget(RemoteController* controller, QWidget* parent = nullptr);

    // Reads the profiles from the controller's store again, keeping the selection.
    void reload();
    bool selectRemote(const QString& name);
    bool selectSet(const QString& setName, const QString& kid = QString());
    QString currentRemote() const;
    QString currentSet() const;
    QString currentKid() const;
    // The local key "Push Key" proposes first (the main window's current key).
    void setLocalKeyHint(const QString& setName, const QString& kid);

    RemoteProfileModel* profileModel() const { return m_profileModel; }
    RemoteSetModel* setModel() const { return m_setModel; }
    QTreeView* setView() const { return m_setView; }
    QAction* addRemoteAction() const { return m_addAction; }
    QAction* editAction() const { return m_editAction; }
    QAction* removeAction() const { return m_removeAction; }
    QAction* fetchAction() const { return m_fetchAction; }
    QAction* pullAction() const { return m_pullAction; }
    QAction* pushKeyAction() const { return m_pushKeyAction; }
    QAction* pushSetAction() const { return m_pushSetAction; }
    QAction* generateAction() const { return m_generateAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* rotateAction() const { return m_rotateAction; }
    QAction* publishedKeysAction() const { return m_publishedAction; }

private:
    QAction* makeAction(const QString& objectName, const QString& text, const QString& icon,
                        const QKeySequence& shortcut);
    void remoteChanged();
    void updateActions();
    void fetched(const QString& remote, const QList<RemoteSetState>& sets);
    void pushKey();
    void showPublishedKeys();

    RemoteController* m_controller;
    RemoteProfileModel* m_profileModel = nullptr;
    RemoteSetModel* m_setModel = nullptr;
    QTreeView* m_profileView = nullptr;
    QTreeView* m_setView = nullptr;
    QLabel* m_setsLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QString m_shownRemote;
    QMap<QString, QList<RemoteSetState>> m_fetched; // last fetched state per remote
    QString m_hintSet;
    QString m_hintKid;

    QAction* m_addAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_removeAction = nullptr;
    QAction* m_fetchAction = nullptr;
    QAction* m_pullAction = nullptr;
    QAction* m_pushKeyAction = nullptr;
    QAction* m_pushSetAction = nullptr;
    QAction* m_generateAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_rotateAction = nullptr;
    QAction* m_publishedAction = nullptr;
};

} // namespace jwk
