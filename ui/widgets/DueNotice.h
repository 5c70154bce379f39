#pragma once
// The status bar's notice of key sets due for rotation: "2 key sets due for rotation (1 overdue)" with a warning or
// error mark, shown while any set is overdue or due soon and hidden otherwise, never a dialog at start. A click turns
// on View › Due for Rotation (`filter`), which lists only those sets.

#include <QToolButton>

class QAction;

namespace jwk {

class KeySetModel;

class DueNotice : public QToolButton
{
    Q_OBJECT

public:
    DueNotice(KeySetModel* sets, QAction* filter, QWidget* parent = nullptr);

    // Reads the due sets of the model again (it follows the model's changes by itself).
    void update();

private:
    KeySetModel* m_sets;
};

} // namespace jwk
