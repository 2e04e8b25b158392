#pragma once

// Helpers shared by the queueing-analysis suites (tst_queueinganalysis: the bank case;
// tst_queueingmodels: the other models and properties): the oracle file, the bank sample, and
// lookups into a result.

#include "analysis/queueinganalysis.h"
#include "generate/generator.h"
#include "io/nativereader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cmath>

namespace bp::test {

using namespace bp::analysis;

inline const QJsonObject &expected()
{
    static const QJsonObject root = [] {
        QFile f(QStringLiteral(BLUEPRINT_SHARED_DIR) + QStringLiteral("/spec/analysis-cases.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(f.fileName()));
        return QJsonDocument::fromJson(f.readAll())
            .object()[u"b_bank_loan_blueprint"][u"expected"]
            .toObject();
    }();
    return root;
}

inline QByteArray bankBytes()
{
    QFile f(QStringLiteral(BLUEPRINT_SOURCE_DIR)
            + QStringLiteral("/resources/examples/bank-loan.blueprint"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the bank sample");
    return f.readAll();
}

inline Snapshot snapshotOf(const QByteArray &bytes)
{
    const ReadResult r = readNative(bytes);
    if (!r.ok())
        qFatal("sample does not load: %s",
               qPrintable(r.diagnostics.isEmpty() ? QString() : r.diagnostics.front().message));
    return Snapshot::of(*r.blueprint);
}

inline const Snapshot &bank()
{
    static const Snapshot s = snapshotOf(bankBytes());
    return s;
}

inline Settings withModel(WaitModel m)
{
    Settings s;
    s.waitModel = m;
    return s;
}

inline int poolIndex(const Snapshot &s, const QString &id)
{
    // A scan of every pool's id, independent of Snapshot::poolOf (which must agree).
    for (size_t p = 0; p < s.pools().size(); ++p) {
        if (s.poolId(static_cast<int>(p)) == id) {
            if (s.poolOf(id) != static_cast<int>(p))
                return -2;
            return static_cast<int>(p);
        }
    }
    return s.poolOf(id) == -1 ? -1 : -2;
}

inline QStringList poolIds(const Snapshot &s, const std::vector<int> &pools)
{
    QStringList out;
    for (int p : pools)
        out << s.poolId(p);
    out.sort();
    return out;
}

inline bool near(double actual, double expectedValue, double tolerance)
{
    return std::abs(actual - expectedValue) <= tolerance * std::max(1.0, std::abs(expectedValue));
}

#define COMPARE_NEAR(actual, expectedValue, tolerance)                                             \
    do {                                                                                           \
        const double a_ = (actual);                                                                \
        const double e_ = (expectedValue);                                                         \
        QVERIFY2(near(a_, e_, (tolerance)),                                                        \
                 qPrintable(QStringLiteral("%1 = %2, expected %3 (difference %4)")                 \
                                .arg(QStringLiteral(#actual))                                      \
                                .arg(a_, 0, 'g', 12)                                               \
                                .arg(e_, 0, 'g', 12)                                               \
                                .arg(a_ - e_, 0, 'g', 3)));                                        \
    } while (false)

inline const Finding *findFinding(const QueueingResult &r, const QString &code,
                                  const QString &element)
{
    for (const Finding &f : r.findings) {
        if (f.code == code && (element.isEmpty() || f.elements.contains(element)))
            return &f;
    }
    return nullptr;
}

/// A small blueprint in the native format: a start, the given steps and flows, an end.
inline QByteArray blueprintXml(const QString &demand, const QString &pools, const QString &steps,
                               const QString &flows)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<blueprint xmlns=\"urn:blueprint-studio:blueprint:1\" version=\"1\" "
                          "time-unit=\"min\">\n%1\n"
                          "<lanes><lane id=\"customer\" kind=\"customer\"/><lane id=\"front\" "
                          "kind=\"frontstage\"/><lane id=\"back\" kind=\"backstage\"/></lanes>\n"
                          "%2\n<steps>%3</steps>\n<flows>%4</flows>\n</blueprint>\n")
        .arg(demand, pools, steps, flows)
        .toUtf8();
}

} // namespace bp::test
