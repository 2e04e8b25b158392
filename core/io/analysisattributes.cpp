// The attributes of <analysis>: names, ranges and written form, in one table for every reader
// and writer of the format.

#include "analysisattributes.h"

#include "model/kinds.h"
#include "nativereader_p.h"
#include "numbers.h"

#include <cstring>

namespace bp::detail {

namespace {

// How one attribute is read, checked and written. Exactly one of the member pointers is set.
struct Attribute
{
    const char *name;
    double min;
    double max;
    bool minExclusive; // (min, max] rather than [min, max]
    double AnalysisSettings::*real = nullptr;
    int AnalysisSettings::*integer = nullptr;
    std::optional<double> AnalysisSettings::*optional = nullptr;
};

// The order of the table in docs/format-extensions.md, which is the order of writing. The wait
// model, a keyword, is handled before the table.
const Attribute attributes[] = {
    { "busy", 0, 1, true, &AnalysisSettings::busy },
    { "high", 0, 1, true, &AnalysisSettings::high },
    { "critical", 0, 1, true, &AnalysisSettings::critical },
    { "rpn-threshold", 1, 1000, false, nullptr, &AnalysisSettings::rpnThreshold },
    { "severity-threshold", 1, 10, false, nullptr, &AnalysisSettings::severityThreshold },
    { "target-utilisation", 0, 1, true, &AnalysisSettings::targetUtilisation },
    { "backlog-horizon", 0, 1e12, true, nullptr, nullptr, &AnalysisSettings::backlogHorizon },
    { "tie-tolerance", 0, 0.01, false, &AnalysisSettings::tieTolerance },
    { "ping-pong-window", 3, 1000, false, nullptr, &AnalysisSettings::pingPongWindow },
    { "flexible-routing-gain", 1, 1000, false, &AnalysisSettings::flexibleRoutingGain },
    { "probability-tolerance", 0, 0.01, false, &AnalysisSettings::probabilityTolerance },
};

QString numberText(double v)
{
    return QString::fromLatin1(formatNumber(v));
}

} // namespace

AnalysisAttribute readAnalysisAttribute(const char *name, const char *value,
                                        AnalysisSettings &settings, QString &problem)
{
    const QString n = QString::fromUtf8(name);
    if (std::strcmp(name, "wait-model") == 0) {
        const QString text = QString::fromUtf8(value);
        if (const std::optional<WaitModel> m = parseWaitModel(text)) {
            settings.waitModel = *m;
            return AnalysisAttribute::Read;
        }
        problem = ReaderTr::tr("%1=%2 is not one of: %3")
                      .arg(n, q(text),
                           QStringLiteral("auto, exact, allen-cunneen, allen-cunneen-poisson, "
                                          "sakasegawa"));
        return AnalysisAttribute::Bad;
    }
    for (const Attribute &a : attributes) {
        if (std::strcmp(name, a.name) != 0)
            continue;
        if (a.integer) {
            const std::optional<long long> v = parseInteger(value);
            if (!v || *v < a.min || *v > a.max) {
                problem = ReaderTr::tr("%1=%2 must be a whole number from %3 to %4")
                              .arg(n, q(value), numberText(a.min), numberText(a.max));
                return AnalysisAttribute::Bad;
            }
            settings.*a.integer = int(*v);
            return AnalysisAttribute::Read;
        }
        const std::optional<double> v = parseNumber(value);
        if (!v) {
            problem = ReaderTr::tr("%1=%2 is not a number").arg(n, q(value));
            return AnalysisAttribute::Bad;
        }
        if (a.minExclusive ? !(*v > a.min && *v <= a.max) : !(*v >= a.min && *v <= a.max)) {
            problem = a.minExclusive
                ? ReaderTr::tr("%1=%2 is out of range: it must be more than %3 and at most %4")
                      .arg(n, q(value), numberText(a.min), numberText(a.max))
                : ReaderTr::tr("%1=%2 is out of range: it must be from %3 to %4")
                      .arg(n, q(value), numberText(a.min), numberText(a.max));
            return AnalysisAttribute::Bad;
        }
        if (a.real)
            settings.*a.real = *v;
        else
            settings.*a.optional = *v;
        return AnalysisAttribute::Read;
    }
    return AnalysisAttribute::Unknown;
}

std::optional<AnalysisProblem>
checkAnalysisBands(const AnalysisSettings &settings,
                   const std::function<bool(const char *attribute)> &given)
{
    struct Pair
    {
        const char *lower;
        double lowerValue;
        const char *upper;
        double upperValue;
    };
    const Pair pairs[] = { { "busy", settings.busy, "high", settings.high },
                           { "high", settings.high, "critical", settings.critical } };
    for (const Pair &p : pairs) {
        if (p.lowerValue <= p.upperValue)
            continue;
        const QString rule
            = ReaderTr::tr("the utilisation bands must rise: busy ≤ high ≤ critical");
        if (given(p.upper))
            return AnalysisProblem {
                p.upper,
                ReaderTr::tr("%1=%2 is below %3 (%4): %5")
                    .arg(QString::fromLatin1(p.upper), q(numberText(p.upperValue)),
                         QString::fromLatin1(p.lower), numberText(p.lowerValue), rule)
            };
        return AnalysisProblem { p.lower,
                                 ReaderTr::tr("%1=%2 is above %3 (%4): %5")
                                     .arg(QString::fromLatin1(p.lower), q(numberText(p.lowerValue)),
                                          QString::fromLatin1(p.upper), numberText(p.upperValue),
                                          rule) };
    }
    return std::nullopt;
}

std::vector<std::pair<const char *, QByteArray>>
analysisAttributes(const AnalysisSettings &settings)
{
    static const AnalysisSettings defaults;
    std::vector<std::pair<const char *, QByteArray>> out;
    if (settings.waitModel != defaults.waitModel)
        out.emplace_back("wait-model", toString(settings.waitModel).toLatin1());
    for (const Attribute &a : attributes) {
        if (a.integer) {
            if (settings.*a.integer != defaults.*a.integer)
                out.emplace_back(a.name, QByteArray::number(settings.*a.integer));
        } else if (a.real) {
            if (settings.*a.real != defaults.*a.real)
                out.emplace_back(a.name, formatNumber(settings.*a.real));
        } else if (const std::optional<double> &v = settings.*a.optional) {
            out.emplace_back(a.name, formatNumber(*v));
        }
    }
    return out;
}

} // namespace bp::detail
