#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

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

int validateCommand(const QStringList &arguments, Streams &io);
int generateCommand(const QStringList &arguments, Streams &io);
int convertCommand(const QStringList &arguments, Streams &io);

} // namespace bp::cli
