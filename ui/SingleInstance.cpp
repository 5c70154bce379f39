#include "SingleInstance.h"

#include "store/ServerLocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QThread>

namespace jwk {
namespace {

// One message each way: the files as a JSON object ending in a newline, then "ok\n". Only this user can connect
// (the runtime folder is 0700, the socket owner-only), and a message is bounded all the same.
constexpr qint64 kMaxMessage = 1 << 20;
const QByteArray kAnswer = "ok\n";

QString canonicalStorePath(const QString& storePath)
{
    if (ServerLocation::isServerUrl(storePath)) {
        // One window per team store and person, whichever folder it was started from.
        try {
            return ServerLocation::parse(storePath).url();
        } catch (const std::exception&) {
            return storePath; // refused when the store is opened, with its message
        }
    }
    const QFileInfo info(storePath);
    const QString canonical = info.canonicalFilePath(); // empty when it does not exist yet
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

SingleInstance::SingleInstance(const QString& storePath, QObject* parent)
    : QObject(parent)
    , m_socketPath(socketPath(storePath))
{
}

SingleInstance::~SingleInstance()
{
    if (m_server) {
        m_server->close(); // removes the socket file
    }
}

QString SingleInstance::socketPath(const QString& storePath)
{
    // QStandardPaths makes sure the runtime folder is the user's own, mode 0700 ($XDG_RUNTIME_DIR, or one it creates).
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty()) {
        return QString();
    }
    const QByteArray hash =
        QCryptographicHash::hash(canonicalStorePath(storePath).toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QDir(folder).filePath(QStringLiteral("jwkman-%1.socket").arg(QString::fromLatin1(hash)));
}

SingleInstance::Role SingleInstance::start(const QStringList& files, int timeoutMs, QString* problem)
{
    if (m_socketPath.isEmpty()) {
        if (problem) {
            *problem = tr("there is no runtime folder for the socket that keeps one window per store");
        }
        return Role::Alone;
    }
    // The lock decides who is primary, also when two start at the same moment; a lock left by a process that died is
    // taken over (QLockFile checks the process).
    m_lock = std::make_unique<QLockFile>(m_socketPath + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        QLocalServer::removeServer(m_socketPath); // a socket file left by a process that died
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        if (!m_server->listen(m_socketPath)) {
            if (problem) {
                *problem = tr("the socket that keeps one window per store could not be opened: %1")
                               .arg(m_server->errorString());
            }
            return Role::Alone;
        }
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
        return Role::Primary;
    }
    m_lock.reset();

    // Another process holds the store: hand the files over. It may be between taking the lock and listening.
    const QByteArray message = QJsonDocument(QJsonObject{{QStringLiteral("files"), QJsonArray::fromStringList(files)}})
                                   .toJson(QJsonDocument::Compact) +
                               '\n';
    QElapsedTimer timer;
    timer.start();
    QLocalSocket socket;
    while (true) {
        socket.connectToServer(m_socketPath);
        if (socket.waitForConnected(std::max<qint64>(1, timeoutMs - timer.elapsed()))) {
            break;
        }
        if (timer.elapsed() >= timeoutMs) {
            if (problem) {
                *problem =
                    tr("another JWK Manager has this store open but does not answer (%1)").arg(socket.errorString());
            }
            return Role::Alone;
        }
        QThread::msleep(50);
    }
    socket.write(message);
    QByteArray answer;
    while (!answer.endsWith('\n') && timer.elapsed() < timeoutMs) {
        if (!socket.bytesAvailable() && !socket.waitForReadyRead(std::max<qint64>(1, timeoutMs - timer.elapsed()))) {
            break;
        }
        answer += socket.read(16);
    }
    if (answer != kAnswer) {
        if (problem) {
            *problem = tr("another JWK Manager has this store open but did not take the files");
        }
        return Role::Alone;
    }
    return Role::HandedOver;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() + socket->property("received").toByteArray().size() > kMaxMessage) {
                socket->abort(); // no message is that long
                return;
            }
            QByteArray received = socket->property("received").toByteArray() + socket->readAll();
            const qsizetype end = received.indexOf('\n');
            if (end < 0) {
                socket->setProperty("received", received);
                return;
            }
            socket->setProperty("received", QByteArray());
            const QJsonObject object = QJsonDocument::fromJson(received.left(end)).object();
            QStringList files;
            for (const auto& file : object.value(QStringLiteral("files")).toArray()) {
                if (file.isString() && QFileInfo(file.toString()).isAbsolute()) {
                    files << file.toString();
                }
            }
            socket->write(kAnswer);
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT filesReceived(files);
        });
    }
}

} // namespace jwk
