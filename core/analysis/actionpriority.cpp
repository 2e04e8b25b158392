#include "analysis/actionpriority.h"

#include <QCoreApplication>
#include <QFile>

namespace bp::analysis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::ActionPriority)
};

constexpr int cellIndex(int s, int o, int d)
{
    return ((s - 1) * 10 + (o - 1)) * 10 + (d - 1);
}

/// One field of a line: its text without surrounding spaces and its 1-based column.
struct Field
{
    QStringView text;
    int column = 1;
};

std::vector<Field> splitFields(QStringView line)
{
    std::vector<Field> fields;
    qsizetype begin = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i < line.size() && line[i] != u',')
            continue;
        qsizetype a = begin;
        qsizetype b = i;
        while (a < b && line[a].isSpace())
            ++a;
        while (b > a && line[b - 1].isSpace())
            --b;
        fields.push_back({ line.mid(a, b - a), static_cast<int>(a) + 1 });
        begin = i + 1;
    }
    return fields;
}

/// 1..10 written with one or two ASCII digits, or -1.
int parseScore(QStringView t)
{
    if (t.isEmpty() || t.size() > 2)
        return -1;
    int value = 0;
    for (QChar c : t) {
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value >= 1 && value <= 10 ? value : -1;
}

struct Range
{
    int low = 0;
    int high = 0;
};

Diagnostic error(int line, int column, const QString &message)
{
    Diagnostic d;
    d.severity = Diagnostic::Severity::Error;
    d.line = line;
    d.column = column;
    d.message = message;
    return d;
}

QString shown(QStringView t)
{
    return u'"' + escapeForMessage(t, 32) + u'"';
}

std::optional<Range> parseRange(const Field &f, const QString &what, int line, Diagnostics &out)
{
    if (f.text == u"*")
        return Range { 1, 10 };
    const qsizetype dash = f.text.indexOf(u'-');
    if (dash < 0) {
        const int v = parseScore(f.text);
        if (v > 0)
            return Range { v, v };
    } else {
        const int a = parseScore(f.text.left(dash).trimmed());
        const int b = parseScore(f.text.mid(dash + 1).trimmed());
        if (a > 0 && b > 0) {
            if (a <= b)
                return Range { a, b };
            out.append(error(line, f.column,
                             Tr::tr("the %1 range %2 runs backwards; write it as %3-%4")
                                 .arg(what, shown(f.text))
                                 .arg(b)
                                 .arg(a)));
            return std::nullopt;
        }
    }
    out.append(error(line, f.column,
                     Tr::tr("%1 must be a whole number from 1 to 10, a range such as 9-10, or *; "
                            "found %2")
                         .arg(what, shown(f.text))));
    return std::nullopt;
}

} // namespace

struct ActionPriorityLoader
{
    static ActionPriorityLoad parse(const QByteArray &csv)
    {
        ActionPriorityLoad result;
        Diagnostics &out = result.diagnostics;
        ActionPriorityTable table;
        QString text = QString::fromUtf8(csv);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        const QStringList lines = text.split(u'\n');
        bool header = false;
        int lastLine = 0;
        const QString names[3] = { QStringLiteral("severity"), QStringLiteral("occurrence"),
                                   QStringLiteral("detection") };
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const int lineNo = static_cast<int>(i) + 1;
            QStringView line = lines[i];
            if (line.endsWith(u'\r'))
                line.chop(1);
            const QStringView trimmed = line.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
                continue;
            lastLine = lineNo;
            const std::vector<Field> fields = splitFields(line);
            if (!header) {
                header = true;
                static const char *const expected[]
                    = { "severity", "occurrence", "detection", "ap" };
                bool ok = fields.size() == 4;
                for (std::size_t k = 0; ok && k < 4; ++k)
                    ok = fields[k].text.compare(QLatin1String(expected[k]), Qt::CaseInsensitive)
                        == 0;
                if (!ok)
                    out.append(error(lineNo, fields.front().column,
                                     Tr::tr("the first line must be the header "
                                            "\"severity,occurrence,detection,ap\"")));
                continue;
            }
            if (fields.size() != 4) {
                const int column
                    = fields.size() > 4 ? fields[4].column : static_cast<int>(line.size()) + 1;
                out.append(error(lineNo, column,
                                 Tr::tr("a row needs 4 fields (severity, occurrence, detection, "
                                        "ap); this one has %1")
                                     .arg(fields.size())));
                continue;
            }
            std::optional<Range> r[3];
            bool ok = true;
            for (int k = 0; k < 3; ++k) {
                r[k] = parseRange(fields[static_cast<std::size_t>(k)], names[k], lineNo, out);
                ok = ok && r[k].has_value();
            }
            const QStringView ap = fields[3].text;
            char level = 0;
            if (ap.compare(u"H", Qt::CaseInsensitive) == 0)
                level = 'H';
            else if (ap.compare(u"M", Qt::CaseInsensitive) == 0)
                level = 'M';
            else if (ap.compare(u"L", Qt::CaseInsensitive) == 0)
                level = 'L';
            else
                out.append(error(lineNo, fields[3].column,
                                 Tr::tr("ap must be H, M or L; found %1").arg(shown(ap))));
            if (!ok || level == 0)
                continue;
            for (int s = r[0]->low; s <= r[0]->high; ++s)
                for (int o = r[1]->low; o <= r[1]->high; ++o)
                    for (int d = r[2]->low; d <= r[2]->high; ++d)
                        table.m_cells[static_cast<std::size_t>(cellIndex(s, o, d))] = level;
        }
        if (!header) {
            out.append(error(0, 0, Tr::tr("the file has no header and no rows")));
        } else if (out.isEmpty()) {
            for (int s = 1; s <= 10; ++s)
                for (int o = 1; o <= 10; ++o)
                    for (int d = 1; d <= 10; ++d) {
                        if (table.m_cells[static_cast<std::size_t>(cellIndex(s, o, d))] != 0)
                            continue;
                        if (out.isEmpty())
                            out.append(error(lastLine + 1, 1,
                                             Tr::tr("the table gives no priority for severity "
                                                    "%1, occurrence %2, detection %3")
                                                 .arg(s)
                                                 .arg(o)
                                                 .arg(d)));
                    }
        }
        if (out.isEmpty())
            result.table = table;
        return result;
    }
};

std::optional<ActionPriority> ActionPriorityTable::at(int s, int o, int d) const
{
    if (s < 1 || s > 10 || o < 1 || o > 10 || d < 1 || d > 10)
        return std::nullopt;
    const char c = m_cells[static_cast<std::size_t>(cellIndex(s, o, d))];
    if (c == 0)
        return std::nullopt;
    return static_cast<ActionPriority>(c);
}

ActionPriorityLoad parseActionPriority(const QByteArray &csv)
{
    return ActionPriorityLoader::parse(csv);
}

ActionPriorityLoad loadActionPriority(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ActionPriorityLoad result;
        result.diagnostics.append(
            error(0, 0, Tr::tr("cannot read the file: %1").arg(file.errorString())));
        return result;
    }
    return parseActionPriority(file.readAll());
}

QString actionPriorityName(ActionPriority ap)
{
    return QString(QChar::fromLatin1(static_cast<char>(ap)));
}

} // namespace bp::analysis
