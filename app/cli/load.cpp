#include "cli.h"
#include "commands.h"

#include "io/nativereader.h"
#include "model/diagnostic.h"

#include <QCoreApplication>

#include <cmath>

namespace bp::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::Cli)
};
} // namespace

std::optional<Blueprint> loadBlueprint(const QString &file, Streams &io)
{
    const ReadResult result = readNativeFile(file);
    for (const Diagnostic &d : result.diagnostics)
        io.err << formatDiagnostic(file, d) << '\n';
    if (result.suppressed > 0)
        io.err << Tr::tr("%1: %n more message(s) not shown", nullptr, result.suppressed).arg(file)
               << '\n';
    io.err.flush();
    return result.blueprint;
}

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? jsonNumber(*value) : QJsonValue(QJsonValue::Null);
}

QString formatFigure(double value, int decimals)
{
    if (!std::isfinite(value))
        return Tr::tr("n/a");
    return QString::number(value, 'f', decimals);
}

} // namespace bp::cli
