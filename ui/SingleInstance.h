#pragma once
// One window per store. The first jwkman started on a store holds a lock and listens on a local socket, both named
// after the store's path, in the user's runtime folder (owner-only). A second start on the same store hands the files
// it was given to the running one, which brings its window forward and imports them, and exits; so no second window
// works on a stale view of the same store. A running one that does not answer (hung) is reported and the second
// start opens its own window.

#include <QObject>
#include <QStringList>

#include <memory>

class QLocalServer;
class QLockFile;

namespace jwk {

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary,    // this process has the store: it listens for others
        HandedOver, // a running process took the files: exit
        Alone,      // neither (the running one did not answer, or no runtime folder): open a window anyway
    };

    explicit SingleInstance(const QString& storePath, QObject* parent = nullptr);
    ~SingleInstance() override;

    // Becomes the primary, or hands `files` (absolute paths; none: just bring the window forward) to the running one,
    // waiting at most `timeoutMs` for its answer. `problem` says why when Alone.
    Role start(const QStringList& files, int timeoutMs = 5000, QString* problem = nullptr);
    // The socket's path for a store (the lock file is beside it with ".lock").
    static QString socketPath(const QString& storePath);

Q_SIGNALS:
    // Another start on this store handed these files over (empty: it only asks for the window).
    void filesReceived(const QStringList& files);

private:
    void onConnection();

    QString m_socketPath;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer* m_server = nullptr;
};

} // namespace jwk
