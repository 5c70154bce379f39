#pragma once
// Runs a program for a test and keeps what it did: the one runner of every suite that drives jwkman-cli or another
// program (python3, openssl). A program that does not finish in time is killed and reported as unfinished, so that a
// hang is a failure with its output, never a stuck suite.

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace jwktest {

struct ProcessRun
{
    bool started = false;
    bool finished = false; // ended by itself within the time allowed
    int exitCode = -1;     // -1 when it crashed, was killed or never started
    QByteArray out;
    QByteArray err;
    qint64 ms = 0; // from start to end

    QString describe() const
    {
        return QStringLiteral("%1 after %2 ms, exit %3, stdout %4 bytes \"%5\", stderr \"%6\"")
            .arg(!started   ? QStringLiteral("not started")
                 : finished ? QStringLiteral("finished")
                            : QStringLiteral("killed"))
            .arg(ms)
            .arg(exitCode)
            .arg(out.size())
            .arg(QString::fromUtf8(out.left(600)), QString::fromUtf8(err.left(1200)));
    }
};

struct ProcessOptions
{
    QByteArray input; // written to standard input, which is then closed
    int waitMs = 60000;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    bool discardOut = false; // standard output to /dev/null (a program that prints a lot)
    // Waits in an event loop instead of blocking: for a server (the fake Hydra) living in the test's thread.
    bool serveEvents = false;
};

// The environment jwkman-cli runs in for a test: the file secret store, no SECRETS_SYSTEM and no JWKMAN_STORE from the
// caller's environment.
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JWKMAN_SECRET_BACKEND"), QStringLiteral("file"));
    env.remove(QStringLiteral("SECRETS_SYSTEM"));
    env.remove(QStringLiteral("JWKMAN_STORE"));
    return env;
}

inline ProcessRun runProcess(const QString& program, const QStringList& args, const ProcessOptions& options = {})
{
    ProcessRun r;
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setProcessEnvironment(options.env);
    if (options.discardOut) {
        p.setStandardOutputFile(QProcess::nullDevice());
    }
    if (options.serveEvents) {
        QEventLoop loop;
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        p.start();
        if (!options.input.isEmpty()) {
            p.write(options.input);
        }
        p.closeWriteChannel();
        deadline.start(options.waitMs);
        loop.exec();
        r.started = p.error() != QProcess::FailedToStart;
        r.finished = r.started && p.state() == QProcess::NotRunning;
    } else {
        p.start();
        r.started = p.waitForStarted(10000);
        if (!r.started) {
            return r;
        }
        if (!options.input.isEmpty()) {
            p.write(options.input);
        }
        p.closeWriteChannel();
        r.finished = p.waitForFinished(options.waitMs);
    }
    if (p.state() != QProcess::NotRunning) {
        r.finished = false;
        p.kill();
        p.waitForFinished(5000);
    }
    r.ms = timer.elapsed();
    r.exitCode = r.started && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (!options.discardOut) {
        r.out = p.readAllStandardOutput();
    }
    r.err = p.readAllStandardError();
    return r;
}

} // namespace jwktest
