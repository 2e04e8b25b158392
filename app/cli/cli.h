#pragma once

#include <QStringList>

class QCoreApplication;
class QTextStream;

/// The `blueprint` command-line tool, callable in-process so that tests can run it.
namespace bp::cli {

/// Exit status (spec/cli.md).
enum Exit { Success = 0, FoundProblems = 1, UsageOrFileError = 2 };

/// Runs the tool with @p arguments (argv including the program name) and returns the exit
/// status. Results go to @p out, messages to @p err (stdout and stderr when null).
int run(const QStringList &arguments, QTextStream *out = nullptr, QTextStream *err = nullptr);

/// Loads the translation for the system language.
void installTranslator(QCoreApplication &app);

} // namespace bp::cli
