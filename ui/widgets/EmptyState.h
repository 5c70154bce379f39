#pragma once
// The text a list shows when it has no rows: what the emptiness means and what to do ("No key matches …", "The trash is
// empty …"), in the middle of the view, instead of a blank white box. The text is asked for each time the view becomes
// empty, so it can say why (a search without hits, an empty set).

#include <QAbstractItemModel>
#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAbstractItemView;
class QLabel;

namespace jwk {

class EmptyState : public QObject
{
    Q_OBJECT

public:
    // Shows text() over `view` whenever its model has no rows (or, with `isEmpty`, whenever that says the view shows
    // none: rows hidden by a filter); owned by the view.
    EmptyState(QAbstractItemView* view, std::function<QString()> text, std::function<bool()> isEmpty = {});
    // Asks for the text again (after what it depends on changed) and shows or hides it.
    void update();
    bool isShown() const;
    QString text() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();

    // Never the view itself after construction: its events and its model's signals can come while it is being
    // destroyed (UBSan saw a call on a half-destroyed QAbstractScrollArea).
    QPointer<QAbstractItemModel> m_model;
    QPointer<QWidget> m_viewport;
    std::function<QString()> m_text;
    std::function<bool()> m_isEmpty;
    QLabel* m_label;
};

} // namespace jwk
