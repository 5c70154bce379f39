#pragma once
// The store's trash: deleted keys and key sets, to restore or to purge for good (after a confirmation).

#include <QDialog>

class QPushButton;
class QTreeView;

namespace jwk {

class KeyStore;
class TrashModel;

class TrashDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TrashDialog(KeyStore* store, QWidget* parent = nullptr);
    TrashModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }

public Q_SLOTS:
    void restoreSelected();
    void emptyTrash();

Q_SIGNALS:
    void storeChanged();

private:
    void updateButtons();

    KeyStore* m_store;
    TrashModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QPushButton* m_restoreButton = nullptr;
    QPushButton* m_emptyButton = nullptr;
};

} // namespace jwk
