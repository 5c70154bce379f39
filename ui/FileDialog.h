#pragma once
// The app's file dialogs, with test hooks (the shape of KeePassXC's FileDialog): setNextFileName() answers the
// next dialog without showing it. Remembers the last folder used.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace jwk {

class FileDialog
{
    Q_DECLARE_TR_FUNCTIONS(FileDialog)

public:
    static QStringList getOpenFileNames(QWidget* parent, const QString& caption, const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                   const QString& filter);
    static QString getSaveFileNameForStore(QWidget* parent, const QString& caption, const QString& current);

    // Test hooks: the next dialog returns these names (an empty list or string: cancelled) without showing.
    static void setNextFileNames(const QStringList& names);
    static void setNextFileName(const QString& name);

private:
    static QString lastDirectory();
    static void rememberDirectory(const QString& path);
};

} // namespace jwk
