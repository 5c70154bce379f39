#pragma once
// Shows a remote change before it is made and asks for the go-ahead: what it does in one paragraph, the keys it
// touches (a RemotePlanModel: a pull's difference, a whole-set push's order and deletions, a rotation step's remote
// state), the warnings, and, for a change that cannot be taken back such as emptying a remote set, a box to tick
// before the action button works. Opened with open(): the caller acts on accepted().

#include "remote/RemotePlanModel.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace jwk {

class RemotePlanDialog : public QDialog
{
    Q_OBJECT

public:
    RemotePlanDialog(const QString& title, const QString& summary, const QList<PlanRow>& rows,
                     const QString& actionText, QWidget* parent = nullptr);

    void setWarnings(const QStringList& warnings);
    // The action button stays disabled until `text` is ticked.
    void requireConfirmation(const QString& text);
    // The set and kid columns are left out when every row is about one set.
    void hideSetColumn(bool hide);

    RemotePlanModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QPushButton* actionButton() const { return m_actionButton; }
    QCheckBox* confirmCheckBox() const { return m_confirmCheck; }
    QString summary() const;
    QString warningsText() const;

private:
    RemotePlanModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_warningsLabel = nullptr;
    QCheckBox* m_confirmCheck = nullptr;
    QPushButton* m_actionButton = nullptr;
};

} // namespace jwk
