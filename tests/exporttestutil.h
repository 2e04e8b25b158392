#pragma once

// Helpers shared by the export, report and CSV suites: samples, external tools, the CLI.

#include "cli.h"
#include "io/nativereader.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <QXmlStreamReader>

namespace bp::test {

struct CliRun
{
    int status = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.status = cli::run(QStringList { QStringLiteral("blueprint") } + args, &out, &err);
    out.flush();
    err.flush();
    return r;
}

inline QString examplePath(const char *name)
{
    return QStringLiteral(BLUEPRINT_SOURCE_DIR "/resources/examples/") + QString::fromLatin1(name);
}

inline Blueprint loadSample(const char *name)
{
    ReadResult r = readNativeFile(examplePath(name));
    return r.blueprint ? *r.blueprint : Blueprint();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// The error of a strict XML parse, or empty when the document is well-formed.
inline QString xmlError(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        xml.readNext();
    if (!xml.hasError())
        return {};
    return QStringLiteral("%1:%2: %3")
        .arg(xml.lineNumber())
        .arg(xml.columnNumber())
        .arg(xml.errorString());
}

/// Runs a tool; returns its exit code (-1 when it could not run) and its standard output.
inline int runTool(const QString &program, const QStringList &args, QByteArray *out = nullptr,
                   const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return -1;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

inline QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

/// pdfinfo's value of @p key ("Pages", "Page size").
inline QString pdfInfo(const QString &pdf, const QString &key)
{
    QByteArray out;
    if (runTool(tool("pdfinfo"), { pdf }, &out) != 0)
        return {};
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith(key.toUtf8() + ':'))
            return QString::fromUtf8(line.mid(key.size() + 1)).trimmed();
    return {};
}

} // namespace bp::test
