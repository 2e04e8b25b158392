#pragma once

#include "io/nativereader.h"
#include "model/blueprint.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace bp::cli {

/// Where a command writes its results and its messages.
struct Streams
{
    QTextStream &out;
    QTextStream &err;
};

/// Parses the options of one command; prints help or a usage error. Returns -1 to go on, or the
/// exit status to return.
int parseCommand(QCommandLineParser &parser, const QStringList &arguments, Streams &io,
                 const QString &synopsis);

/// Reads `--max-file-size MB` into @p options when given; prints a usage error and returns false
/// when the value is not a size from 0 to 4096 MB.
bool parseMaxFileSize(const QCommandLineParser &parser, const QCommandLineOption &option,
                      const QString &command, ReadOptions &options, Streams &io);

/// Loads a native file for a command; prints its diagnostics (errors and warnings) to the error
/// stream as file:line:column: severity: message. Empty when the file cannot be used.
std::optional<Blueprint> loadBlueprint(const QString &file, Streams &io);

/// A JSON number, or null when it does not exist (never a made-up figure: cli.md).
QJsonValue jsonNumber(double value);
QJsonValue jsonNumber(const std::optional<double> &value);
/// A figure for text output with @p decimals, or "n/a".
QString formatFigure(double value, int decimals);

/// The `--force` option of every command that writes an output file.
QCommandLineOption forceOption();
/// The one rule for output files (README, "Never losing a blueprint"): an existing @p path is
/// never overwritten unless @p force is set (a folder never). Prints a message naming the file
/// and returns false when the command must not write; the command then exits with 2.
bool checkOutput(const QString &command, const QString &path, bool force, Streams &io);

int validateCommand(const QStringList &arguments, Streams &io);
int simulateCommand(const QStringList &arguments, Streams &io);
int analyzeCommand(const QStringList &arguments, Streams &io);
int generateCommand(const QStringList &arguments, Streams &io);
int convertCommand(const QStringList &arguments, Streams &io);
int exportCommand(const QStringList &arguments, Streams &io);
int reportCommand(const QStringList &arguments, Streams &io);

/// Whether the application can paint (a QGuiApplication exists); prints an error otherwise.
bool canPaint(Streams &io, const QString &command);

} // namespace bp::cli
