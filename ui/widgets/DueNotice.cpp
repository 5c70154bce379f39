#include "widgets/DueNotice.h"

#include "Icons.h"
#include "TrContexts.h"
#include "models/KeySetModel.h"

#include <QAction>

namespace jwk {

DueNotice::DueNotice(KeySetModel* sets, QAction* filter, QWidget* parent)
    : QToolButton(parent)
    , m_sets(sets)
{
    setObjectName(QStringLiteral("dueNoticeButton"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(this, &QToolButton::clicked, filter, [filter] {
        if (!filter->isChecked()) {
            filter->trigger();
        }
    });
    connect(m_sets, &QAbstractItemModel::modelReset, this, &DueNotice::update);
    connect(m_sets, &QAbstractItemModel::dataChanged, this, &DueNotice::update);
    update();
}

void DueNotice::update()
{
    int due = 0;
    int overdue = 0;
    QStringList names;
    for (const auto& e : m_sets->due().sets) {
        if (e.needsAttention()) {
            ++due;
            overdue += e.status == DueStatus::Overdue ? 1 : 0;
            names << e.setName;
        }
    }
    setVisible(due > 0);
    if (due == 0) {
        return;
    }
    setIcon(Icons::icon(overdue > 0 ? QStringLiteral("error") : QStringLiteral("warning")));
    setText(overdue > 0 ? MainWindowTr::tr("%n key set(s) due for rotation (%1 overdue)", nullptr, due).arg(overdue)
                        : MainWindowTr::tr("%n key set(s) due for rotation", nullptr, due));
    setToolTip(MainWindowTr::tr("%1\nShow only these sets (View \u203a Due for Rotation)")
                   .arg(names.join(QStringLiteral(", "))));
}

} // namespace jwk
