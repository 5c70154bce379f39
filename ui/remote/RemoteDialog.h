#pragma once
// The remote view in a window of its own (Remote › Remote Endpoints): not modal, so that the main window stays
// usable beside it. While it is shown, the remote work's questions and progress open over it.

#include <QDialog>

namespace jwk {

class RemoteController;
class RemoteWidget;

class RemoteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RemoteDialog(RemoteController* controller, QWidget* parent = nullptr);
    RemoteWidget* remoteWidget() const { return m_widget; }
    // Stays open while remote work runs: its questions and progress belong to this window.
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    RemoteController* m_controller;
    RemoteWidget* m_widget;
};

} // namespace jwk
