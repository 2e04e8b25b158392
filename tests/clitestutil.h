#pragma once

// Running the `blueprint` tool in-process for the CLI suites.

#include "cli.h"

#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

namespace bp::test {

/// What one run of the tool gave.
struct Run
{
    int status = -1;
    QString out;
    QString err;
};

/// Runs `blueprint ARGS...` and captures its streams.
inline Run run(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.status = cli::run(QStringList { QStringLiteral("blueprint") } + args, &out, &err);
    out.flush();
    err.flush();
    return r;
}

/// Path of a sample in resources/examples.
inline QString sample(const char *name)
{
    return QStringLiteral(BLUEPRINT_SOURCE_DIR "/resources/examples/") + QString::fromLatin1(name);
}

/// Writes @p bytes to @p name in @p dir and returns the path.
inline QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

} // namespace bp::test
