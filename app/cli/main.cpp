// The headless command-line tool `blueprint` (spec/cli.md). Links blueprint_core only.

#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("blueprint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BLUEPRINT_VERSION));
    bp::cli::installTranslator(app);
    return bp::cli::run(QCoreApplication::arguments());
}
