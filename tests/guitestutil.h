#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

/// @file guitestutil.h
/// Helpers for the suites that drive the editor's windows: settings that never touch the user's,
/// answering message boxes without blocking, the sample files.

namespace bp::test {

inline QString samplePath(const char *name)
{
    return QStringLiteral(BLUEPRINT_SOURCE_DIR "/resources/examples/") + QLatin1String(name);
}

/// Points QSettings (and QStandardPaths) at a temporary folder for the whole run. Call first in
/// initTestCase(); keep the returned folder alive.
inline std::unique_ptr<QTemporaryDir> isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    auto dir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir->path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir->path());
    QCoreApplication::setOrganizationName(QStringLiteral("Blueprint Studio Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("Blueprint Studio Tests"));
    QSettings().clear();
    return dir;
}

/// Copies @p source into @p dir (writable) and returns the copy's path.
inline QString copyOf(const QTemporaryDir &dir, const QString &source, QString name = {})
{
    if (name.isEmpty())
        name = QFileInfo(source).fileName();
    const QString path = dir.filePath(name);
    QFile::remove(path);
    QFile::copy(source, path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Answers the next modal message box (when it appears) with the button of @p role, and counts
/// it in @p seen; the text of the box goes to @p text when given. Keeps looking for 5 s.
inline void answerNextMessageBox(QMessageBox::ButtonRole role, int *seen, QString *text = nullptr)
{
    auto *timer = new QTimer;
    auto *tries = new int(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, role, seen, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (++*tries > 500) {
                timer->deleteLater();
                delete tries;
            }
            return;
        }
        timer->stop();
        timer->deleteLater();
        delete tries;
        ++*seen;
        if (text)
            *text = box->text() + u'\n' + box->informativeText();
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == role) {
                b->click();
                return;
            }
        }
        box->reject();
    });
    timer->start(10);
}

} // namespace bp::test
