// Import of a step list from a spreadsheet (csv.h, docs/csv.md).

#include "csv.h"

#include "io/numbers.h"
#include "layout/autoarrange.h"
#include "model/ids.h"
#include "model/kinds.h"
#include "model/limits.h"

#include <QFile>
#include <QHash>

#include <cmath>

namespace bp::exporting {

namespace {

struct Columns
{
    QHash<QString, int> index;
    int of(const char *name) const { return index.value(QString::fromLatin1(name), -1); }
};

const QStringList knownColumns {
    QStringLiteral("id"),        QStringLiteral("title"),      QStringLiteral("lane"),
    QStringLiteral("lane_kind"), QStringLiteral("kind"),       QStringLiteral("time"),
    QStringLiteral("time_unit"), QStringLiteral("servers"),    QStringLiteral("scv"),
    QStringLiteral("next"),      QStringLiteral("pool"),       QStringLiteral("tolerance"),
    QStringLiteral("p_fail"),    QStringLiteral("severity"),   QStringLiteral("occurrence"),
    QStringLiteral("detection"), QStringLiteral("description")
};

// A lane by id, title or kind keyword ("customer", "frontstage", ...), case-insensitively.
const Lane *findLane(const Blueprint &b, const QString &text)
{
    if (const Lane *l = b.lane(text))
        return l;
    for (const Lane &l : b.lanes())
        if (l.title.compare(text, Qt::CaseInsensitive) == 0)
            return &l;
    const QString key = text.toLower();
    std::optional<LaneKind> kind = parseLaneKind(key);
    if (!kind && (key == u"evidence" || key == u"physical evidence"))
        kind = LaneKind::PhysicalEvidence;
    if (kind)
        for (const Lane &l : b.lanes())
            if (l.kind == *kind)
                return &l;
    return nullptr;
}

ElementId laneIdFor(const Blueprint &b, const QString &title)
{
    QString base;
    for (QChar c : title.toLower())
        base += (c.isLetterOrNumber() && c.unicode() < 128) ? c : u'_';
    if (base.isEmpty() || !(base[0].isLetter() || base[0] == u'_'))
        base.prepend(QStringLiteral("lane_"));
    base = base.left(limits::maxIdLength - 4);
    ElementId id = base;
    for (int n = 2; b.isIdTaken(id) || !isValidId(id); ++n)
        id = base + u'_' + QString::number(n);
    return id;
}

// Text that the file format and XML can hold: no C0 control characters but tab and newline.
QString cleanText(QString text)
{
    text.removeIf([](QChar c) { return c.unicode() < 0x20 && c != u'\t' && c != u'\n'; });
    return text.left(limits::maxTextLength);
}

struct PendingNext
{
    ElementId from;
    CsvCell cell;
};

} // namespace

CsvImport importStepsCsv(const QByteArray &bytes)
{
    CsvImport result;
    const CsvTable table = parseCsv(bytes);
    result.diagnostics = table.diagnostics;
    if (!table.ok())
        return result;
    auto error = [&](const CsvCell &cell, const QString &message, const ElementId &id = {}) {
        result.diagnostics.push_back(
            { Diagnostic::Severity::Error, message, cell.line, cell.column, id });
    };
    auto warning = [&](const CsvCell &cell, const QString &message) {
        result.diagnostics.push_back(
            { Diagnostic::Severity::Warning, message, cell.line, cell.column, {} });
    };
    if (table.rows.empty()) {
        result.diagnostics.push_back({ Diagnostic::Severity::Error,
                                       Export::tr("The file is empty: a header row is needed "
                                                  "(id, title, lane, kind, time, next, ...)."),
                                       1,
                                       1,
                                       {} });
        return result;
    }
    Columns columns;
    for (int c = 0; c < int(table.rows.front().size()); ++c) {
        const CsvCell &h = table.rows.front()[size_t(c)];
        const QString name = h.text.trimmed().toLower().replace(u' ', u'_');
        if (!knownColumns.contains(name)) {
            warning(h, Export::tr("Unknown column '%1' is ignored.").arg(escapeForMessage(h.text)));
            continue;
        }
        columns.index.insert(name, c);
    }
    if (columns.of("id") < 0) {
        error(table.rows.front().front(), Export::tr("The header has no 'id' column."));
        return result;
    }

    Blueprint b;
    b.setLanes(Blueprint::standardLanes());
    std::vector<PendingNext> pending;
    for (size_t r = 1; r < table.rows.size(); ++r) {
        const CsvRow &row = table.rows[r];
        const CsvCell endOfRow { {},
                                 row.front().line,
                                 row.back().column + int(row.back().text.size()) };
        auto cell = [&](const char *name) -> const CsvCell * {
            const int c = columns.of(name);
            return c >= 0 && size_t(c) < row.size() ? &row[size_t(c)] : nullptr;
        };
        auto text = [&](const char *name) {
            const CsvCell *c = cell(name);
            return c ? c->text.trimmed() : QString();
        };
        auto numberOf = [&](const char *name, double min, double max) -> std::optional<double> {
            const CsvCell *c = cell(name);
            if (!c || c->text.trimmed().isEmpty())
                return std::nullopt;
            const QByteArray utf8 = c->text.trimmed().toUtf8();
            const std::optional<double> v = parseNumber({ utf8.constData(), size_t(utf8.size()) });
            if (!v || *v < min || *v > max) {
                error(*c,
                      Export::tr("'%1' is not a number from %2 to %3 (use '.' for decimals).")
                          .arg(escapeForMessage(c->text))
                          .arg(min)
                          .arg(max));
                return std::nullopt;
            }
            return v;
        };

        if (r == 1)
            if (const auto unit = parseTimeUnit(text("time_unit")))
                b.meta.timeUnit = *unit;
        Step s;
        s.id = text("id");
        const CsvCell *idCell = cell("id");
        if (!isValidId(s.id)) {
            error(idCell ? *idCell : endOfRow,
                  Export::tr("'%1' is not a valid id: 1 to 64 letters, digits, '_', '.' or '-', "
                             "starting with a letter or '_'.")
                      .arg(escapeForMessage(s.id)));
            continue;
        }
        if (b.isIdTaken(s.id)) {
            error(*idCell, Export::tr("The id '%1' is used twice.").arg(s.id), s.id);
            continue;
        }
        s.title = cleanText(text("title"));
        s.description = cleanText(text("description"));
        if (const QString kind = text("kind"); !kind.isEmpty()) {
            if (const std::optional<StepKind> k = parseStepKind(kind.toLower()))
                s.kind = *k;
            else
                error(*cell("kind"),
                      Export::tr("Unknown step kind '%1'; use start, end, action, decision, fork, "
                                 "join or evidence.")
                          .arg(escapeForMessage(kind)));
        }
        // Lane: an existing lane by id, title or kind, else a new lane of lane_kind.
        const QString laneText = text("lane");
        const QString laneKindText = text("lane_kind").toLower();
        std::optional<LaneKind> laneKind;
        if (!laneKindText.isEmpty()) {
            laneKind = parseLaneKind(laneKindText);
            if (!laneKind)
                error(*cell("lane_kind"),
                      Export::tr("Unknown lane kind '%1'; use physical-evidence, customer, "
                                 "frontstage, backstage, support or other.")
                          .arg(escapeForMessage(laneKindText)));
        }
        const Lane *lane = laneText.isEmpty() ? nullptr : findLane(b, laneText);
        if (!lane && laneText.isEmpty() && laneKind)
            lane = findLane(b, toString(*laneKind));
        if (!lane && !laneText.isEmpty()) {
            Lane l;
            l.id = laneIdFor(b, laneText);
            l.title = cleanText(laneText);
            l.kind = laneKind.value_or(LaneKind::Other);
            b.insertLane(int(b.lanes().size()), l);
            lane = b.lane(l.id);
        }
        if (!lane)
            lane = findLane(b,
                            s.kind == StepKind::Evidence ? QStringLiteral("physical-evidence")
                                                         : QStringLiteral("frontstage"));
        s.lane = lane->id;

        if (const auto t = numberOf("time", 0, 1e9))
            s.time = *t;
        if (const auto v = numberOf("scv", 0, 1e6))
            s.scv = *v;
        if (const QString servers = text("servers").toLower(); !servers.isEmpty()) {
            if (servers == u"inf" || servers == QStringLiteral("\u221E")
                || servers == u"infinite") {
                s.servers = Servers::unlimited();
            } else if (const auto n = numberOf("servers", 1, limits::maxServers);
                       n && *n == std::floor(*n)) {
                s.servers = Servers::of(int(*n));
            } else if (n) {
                error(*cell("servers"), Export::tr("Servers must be a whole number or 'inf'."));
            }
        }
        s.tolerance = numberOf("tolerance", 0, 1e9);
        if (const auto p = numberOf("p_fail", 0, 1))
            s.pFail = *p;
        for (auto [name, field] :
             { std::pair { "severity", &s.severity }, std::pair { "occurrence", &s.occurrence },
               std::pair { "detection", &s.detection } })
            if (const auto v = numberOf(name, 1, 10))
                *field = int(*v);
        if (const QString pool = text("pool"); !pool.isEmpty()) {
            if (!isValidId(pool)) {
                error(*cell("pool"),
                      Export::tr("'%1' is not a valid pool id.").arg(escapeForMessage(pool)));
            } else if (!b.pool(pool)) {
                if (b.isIdTaken(pool))
                    error(*cell("pool"),
                          Export::tr("The pool id '%1' is used by another element.").arg(pool));
                else
                    b.insertPool(int(b.pools().size()), Pool { pool, pool, Servers::of(1), {} });
            }
            s.pool = pool;
        }
        if (const CsvCell *next = cell("next"); next && !next->text.trimmed().isEmpty())
            pending.push_back({ s.id, *next });
        s.order = b.graph.nextStepOrder();
        b.graph.addStep(s);
    }
    // Flows, once every step exists: `b:0.7;c:0.3`, each optionally `!rework` or `!failure`.
    int flowNumber = 0;
    for (const PendingNext &p : pending) {
        for (const QString &part : p.cell.text.split(u';', Qt::SkipEmptyParts)) {
            QString item = part.trimmed();
            Flow f;
            f.from = p.from;
            if (const qsizetype bang = item.indexOf(u'!'); bang >= 0) {
                const auto kind = parseFlowKind(item.mid(bang + 1).trimmed().toLower());
                if (!kind || *kind == FlowKind::Evidence) {
                    error(p.cell,
                          Export::tr("Unknown flow kind in '%1'; use '!rework' or "
                                     "'!failure'.")
                              .arg(escapeForMessage(part)));
                    continue;
                }
                f.kind = *kind;
                item = item.left(bang).trimmed();
            }
            if (const qsizetype colon = item.indexOf(u':'); colon >= 0) {
                const QByteArray utf8 = item.mid(colon + 1).trimmed().toUtf8();
                const auto v = parseNumber({ utf8.constData(), size_t(utf8.size()) });
                if (!v || *v < 0 || *v > 1) {
                    error(p.cell,
                          Export::tr("The probability in '%1' must be a number from 0 to "
                                     "1.")
                              .arg(escapeForMessage(part)));
                    continue;
                }
                f.p = v;
                item = item.left(colon).trimmed();
            }
            f.to = item;
            if (!b.graph.hasStep(f.to)) {
                error(
                    p.cell,
                    Export::tr("'%1' in next is not the id of a step.").arg(escapeForMessage(item)),
                    p.from);
                continue;
            }
            do
                f.id = QStringLiteral("f%1").arg(++flowNumber);
            while (b.isIdTaken(f.id));
            f.order = b.graph.nextFlowOrder();
            b.graph.addFlow(f);
        }
    }
    if (hasErrors(result.diagnostics))
        return result;

    const Arrangement arrangement = computeArrangement(b);
    for (auto it = arrangement.laneHeights.cbegin(); it != arrangement.laneHeights.cend(); ++it) {
        if (const Lane *l = b.lane(it.key())) {
            Lane grown = *l;
            grown.height = it.value();
            b.updateLane(grown);
        }
    }
    for (const Step &s : arrangedSteps(b, arrangement))
        b.graph.updateStep(s);
    if (b.meta.title.isEmpty())
        b.meta.title = Export::tr("Imported steps");
    result.blueprint = std::move(b);
    return result;
}

CsvImport importStepsCsvFile(const QString &path)
{
    CsvImport result;
    QFile file(path);
    if (file.size() > limits::maxFileBytes) {
        result.diagnostics.push_back(
            { Diagnostic::Severity::Error,
              Export::tr("The file is larger than %1 MB.").arg(limits::maxFileBytes / 1'000'000),
              0,
              0,
              {} });
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.diagnostics.push_back(
            { Diagnostic::Severity::Error,
              Export::tr("The file cannot be opened: %1").arg(file.errorString()),
              0,
              0,
              {} });
        return result;
    }
    return importStepsCsv(file.readAll());
}

} // namespace bp::exporting
