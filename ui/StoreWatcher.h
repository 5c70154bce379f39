#pragma once
// Notices when another process (jwkman-cli, a script, a second tool) changes the store a window shows, so the window
// is never stale: a cheap counter of other connections' commits (KeyStore::changeCounter) is read once a second
// while the app runs, and changed() is emitted when it moves.

#include <QObject>
#include <QTimer>

namespace jwk {

class KeyStore;

class StoreWatcher : public QObject
{
    Q_OBJECT

public:
    explicit StoreWatcher(QObject* parent = nullptr, int intervalMs = 1000);
    // Watches `store` (nullptr: nothing); the current state is the baseline.
    void watch(KeyStore* store);
    // Reads the counter now; emits changed() when it moved. True when it did.
    bool check();

Q_SIGNALS:
    void changed();

private:
    KeyStore* m_store = nullptr;
    qint64 m_last = -1;
    QTimer m_timer;
};

} // namespace jwk
