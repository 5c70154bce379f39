#pragma once
// A read-only, frameless line for a heading that has no spaces to wrap at (a kid, a thumbprint): when it does not fit,
// it shows the start and the end with "…" between (a kid is told apart by both ends); once it has focus (a click, or
// Tab) it shows all of it to select and copy. fullText() is always the whole text, and so is the tooltip.

#include <QLineEdit>

namespace jwk {

class ElidedLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit ElidedLineEdit(QWidget* parent = nullptr);
    void setFullText(const QString& text);
    QString fullText() const { return m_full; }
    // True while the line shows a shortened text.
    bool isElided() const { return text() != m_full; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateShown();
    QString m_full;
};

} // namespace jwk
