#pragma once
// The desktop's rotation policies and due dates: Key › Rotation Policy… (and the set's context menu) edits the
// selected set's policy; Rotate Now… starts the staged rotation of the set on the remote that tracks it, through the
// RemoteController like Remote › Rotate Key Set (one flow, one set of questions).

#include <QObject>

class QWidget;

namespace jwk {

class KeyStoreWidget;
class RemoteController;

class RotationController : public QObject
{
    Q_OBJECT

public:
    RotationController(KeyStoreWidget* view, RemoteController* remote, QWidget* window);

public Q_SLOTS:
    void editPolicy();
    void rotateNow();

Q_SIGNALS:
    void statusMessage(const QString& text, int timeoutMs);

private:
    KeyStoreWidget* m_view;
    RemoteController* m_remote;
    QWidget* m_window;
};

} // namespace jwk
