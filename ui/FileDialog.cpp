#include "FileDialog.h"

#include "Settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <optional>

namespace jwk {
namespace {

std::optional<QStringList>& nextNames()
{
    static std::optional<QStringList> names;
    return names;
}

std::optional<QStringList> takeNext()
{
    std::optional<QStringList> names = nextNames();
    nextNames().reset();
    return names;
}

} // namespace

void FileDialog::setNextFileNames(const QStringList& names)
{
    nextNames() = names;
}

void FileDialog::setNextFileName(const QString& name)
{
    nextNames() = name.isEmpty() ? QStringList() : QStringList{name};
}

QString FileDialog::lastDirectory()
{
    const QString dir = Settings::instance().value(Settings::Key::LastDirectory).toString();
    return dir.isEmpty() || !QDir(dir).exists() ? QDir::homePath() : dir;
}

void FileDialog::rememberDirectory(const QString& path)
{
    if (!path.isEmpty()) {
        Settings::instance().setValue(Settings::Key::LastDirectory, QFileInfo(path).absolutePath());
    }
}

QStringList FileDialog::getOpenFileNames(QWidget* parent, const QString& caption, const QString& filter)
{
    if (auto next = takeNext()) {
        return *next;
    }
    const QStringList names = QFileDialog::getOpenFileNames(parent, caption, lastDirectory(), filter);
    if (!names.isEmpty()) {
        rememberDirectory(names.first());
    }
    return names;
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                    const QString& filter)
{
    if (auto next = takeNext()) {
        return next->value(0);
    }
    const QString name =
        QFileDialog::getSaveFileName(parent, caption, QDir(lastDirectory()).filePath(suggestedName), filter);
    rememberDirectory(name);
    return name;
}

QString FileDialog::getSaveFileNameForStore(QWidget* parent, const QString& caption, const QString& current)
{
    if (auto next = takeNext()) {
        return next->value(0);
    }
    // The store may exist (open it) or not (create it): a save dialog that does not ask to overwrite.
    return QFileDialog::getSaveFileName(parent, caption, current, tr("JWK Manager stores (*.sqlite);;All files (*)"),
                                        nullptr, QFileDialog::DontConfirmOverwrite);
}

} // namespace jwk
