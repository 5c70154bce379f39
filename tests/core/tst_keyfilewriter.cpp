// KeyFileWriter (the writer of jwkman-cli export --out and the desktop's export): a destination that is a symbolic
// link, to an existing file or dangling, is refused with a message that says so, nothing is written and the link's
// target is untouched (QSaveFile alone follows the link and writes the target); a plain path is written with the
// mode its content asks for (0600 private, 0644 public).

#include "keys/KeyFileWriter.h"
#include "keys/SecureBytes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace jwk;

namespace {

const QByteArray kKey = R"({"kty":"oct","k":"c2VjcmV0LXNlY3JldC1zZWNyZXQ"})";

SecureBytes secure(const QByteArray& bytes)
{
    SecureBytes s;
    s.append(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    return s;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

int fileMode(const QString& path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        return -1;
    }
    return static_cast<int>(st.st_mode & 07777);
}

} // namespace

class TestKeyFileWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainPath_data();
    void plainPath();
    void symlinkToFile_data();
    void symlinkToFile();
    void danglingSymlink_data();
    void danglingSymlink();
};

void TestKeyFileWriter::plainPath_data()
{
    QTest::addColumn<bool>("privateMaterial");
    QTest::addColumn<int>("mode");
    QTest::newRow("private") << true << 0600;
    QTest::newRow("public") << false << 0644;
}

void TestKeyFileWriter::plainPath()
{
    QFETCH(bool, privateMaterial);
    QFETCH(int, mode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("key.jwk"));
    QCOMPARE(writeKeyFile(path, secure(kKey), privateMaterial), QString());
    QCOMPARE(readAll(path), kKey);
    QCOMPARE(fileMode(path), mode);
    // Over an existing file too (replaced, with the mode of the content).
    QVERIFY(writeAll(path, "old"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                            QFileDevice::WriteGroup | QFileDevice::ReadOther));
    QCOMPARE(writeKeyFile(path, secure(kKey), privateMaterial), QString());
    QCOMPARE(readAll(path), kKey);
    QCOMPARE(fileMode(path), mode);
}

void TestKeyFileWriter::symlinkToFile_data()
{
    plainPath_data();
}

void TestKeyFileWriter::symlinkToFile()
{
    QFETCH(bool, privateMaterial);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("victim.txt"));
    const QString link = dir.filePath(QStringLiteral("export.jwk"));
    QVERIFY(writeAll(target, "the victim's content\n"));
    QVERIFY(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ReadOther));
    QVERIFY(QFile::link(target, link));

    const QString error = writeKeyFile(link, secure(kKey), privateMaterial);
    QVERIFY2(error.contains(QStringLiteral("symbolic link")), qPrintable(error));
    QVERIFY2(error.contains(link), qPrintable(error));
    // The link is still the link, its target untouched (content and mode), and nothing else appeared.
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QFileInfo(link).symLinkTarget(), target);
    QCOMPARE(readAll(target), QByteArray("the victim's content\n"));
    QCOMPARE(fileMode(target), 0644);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral("export.jwk"), QStringLiteral("victim.txt")}));
}

void TestKeyFileWriter::danglingSymlink_data()
{
    plainPath_data();
}

void TestKeyFileWriter::danglingSymlink()
{
    QFETCH(bool, privateMaterial);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("elsewhere")));
    const QString target = dir.filePath(QStringLiteral("elsewhere/planted.jwk"));
    const QString link = dir.filePath(QStringLiteral("export.jwk"));
    QVERIFY(QFile::link(target, link));

    const QString error = writeKeyFile(link, secure(kKey), privateMaterial);
    QVERIFY2(error.contains(QStringLiteral("symbolic link")), qPrintable(error));
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(QDir(dir.filePath(QStringLiteral("elsewhere")))
                .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
}

QTEST_GUILESS_MAIN(TestKeyFileWriter)
#include "tst_keyfilewriter.moc"
