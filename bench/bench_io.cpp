// Benchmark of loading and saving blueprints (issue "Foundation", item 10; issue 2).
//
// For generated blueprints of 1,000, 10,000 and 100,000 steps, in one run: pugixml parsing alone
// (the baseline: load_buffer of the same bytes with the reader's flags), a full load (pre-scan +
// parse + model + validation, until readNative() returns a usable document; the reader frees its
// own XML tree before that), and a save (write the bytes + atomic save). Reports medians, the
// ratios the targets are stated in, and the peak memory per step of a full load (measured in a
// child process per size, so sizes don't mix). Freeing the result (the loaded blueprint, or
// pugixml's document) is timed apart: it happens when the document is closed, not while the
// user waits for it to open; the ratios with freeing on both sides are printed too.
//
// Load and parse times are the thread's CPU time (CLOCK_THREAD_CPUTIME_ID, which includes the
// kernel's work for page faults): the figures then do not depend on how many other processes
// share the machine's cores. On an idle machine they equal wall-clock time (all of it is
// single-threaded). The save is timed by the wall clock: it waits for the disk.
//
// Both sides are measured in the same state of the heap, in two regimes:
// - warm: freed memory stays in the process (no trimming), and one untimed run comes first, so
//   that neither side pays page faults: the cost of the code itself;
// - cold: all free memory is returned to the system before every run, so that each run pays
//   the page faults of everything it allocates, as the first load in a fresh process does.
// Left to glibc's defaults the two sides were not comparable: the heap was trimmed after each
// pugixml run (a fault on every page of its tree, every time) but not after a full load.
//
// A last table times the graph of the model on its own, built from the same ids without any
// XML, against pugixml alone: the share of the load's budget the data structure takes.
//
// Usage: bench_io [--sizes 1000,10000,100000] [--repeat K]
//        bench_io --profile-load N K   (only K full loads of N steps, warm, for a profiler)

#include "generate/generator.h"
#include "io/atomicsave.h"
#include "io/nativereader.h"
#include "io/nativewriter.h"
#include "model/blueprint.h"
#include "model/limits.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <malloc.h>
#include <time.h>

#include <pugixml.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace {

enum class Heap { Warm, Cold };

// Keeps freed memory in the process (glibc trims the top of the heap and unmaps large blocks by
// default, depending on the history of allocations), so that the warm regime is the same for
// every measurement.
void keepFreedMemory()
{
    mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max());
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024); // the largest threshold glibc accepts
}

double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

/// Medians of the two phases of @p repeat runs: making something (@p make returns it, until it
/// is usable) and freeing it (@p release); and the fastest make, the run least disturbed by
/// other processes.
struct Phases
{
    double make = 0.0;
    double release = 0.0;
    double fastestMake = 0.0;
};

template<typename Make, typename Release>
Phases medianPhases(int repeat, Heap heap, Make &&make, Release &&release)
{
    std::vector<double> makes, releases;
    if (heap == Heap::Warm)
        release(make()); // untimed: brings the heap (and the caches) to their steady state
    for (int i = 0; i < repeat; ++i) {
        if (heap == Heap::Cold)
            malloc_trim(0);
        const double t0 = cpuMs();
        auto made = make();
        const double t1 = cpuMs();
        release(std::move(made));
        const double t2 = cpuMs();
        makes.push_back(t1 - t0);
        releases.push_back(t2 - t1);
    }
    return { median(makes), median(releases), *std::min_element(makes.begin(), makes.end()) };
}

// Wall-clock median, for the save: it waits for the disk (fsync), which CPU time leaves out.
double wallMedianMs(int repeat, const std::function<void()> &fn)
{
    std::vector<double> times;
    fn(); // untimed, as for the warm regime
    for (int i = 0; i < repeat; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        fn();
        const auto t1 = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    return median(times);
}

double medianMs(int repeat, const std::function<void()> &fn)
{
    return medianPhases(
               repeat, Heap::Warm,
               [&] {
                   fn();
                   return 0;
               },
               [](int) {})
        .make;
}

// A field of /proc/self/status in kB (VmRSS, VmHWM), or -1.
long statusKb(const char *field)
{
    FILE *f = std::fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    long value = -1;
    const size_t len = std::strlen(field);
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, field, len) == 0 && line[len] == ':') {
            value = std::atol(line + len + 1);
            break;
        }
    }
    std::fclose(f);
    return value;
}

// Resets the peak RSS (VmHWM) to the current RSS (Linux: "5" to clear_refs).
bool resetPeak()
{
    FILE *f = std::fopen("/proc/self/clear_refs", "w");
    if (!f)
        return false;
    const bool ok = std::fputs("5", f) >= 0;
    return std::fclose(f) == 0 && ok;
}

// Peak memory of a full load, per step, in bytes: a fresh process (this program with
// --memory-of) reads the file, then loads it; the growth of its peak RSS is the load's. A fresh
// process matters: a forked one would reuse heap pages its parent already freed.
double peakBytesPerStep(const QString &path, int steps)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                { QStringLiteral("--memory-of"), path, QString::number(steps) });
    if (!child.waitForFinished(600000) || child.exitCode() != 0)
        return -1;
    return child.readAllStandardOutput().trimmed().toDouble();
}

int memoryChild(const QString &path, int steps)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray bytes = file.readAll();
    if (!resetPeak())
        return 2;
    const long before = statusKb("VmRSS");
    bp::ReadOptions options;
    options.maxFileBytes = 1LL << 31;
    const bp::ReadResult r = bp::readNative(bytes, options);
    const long peak = statusKb("VmHWM");
    if (!r.ok() || before < 0 || peak < 0)
        return 2;
    std::printf("%.0f\n", double(peak - before) * 1024.0 / steps);
    return 0;
}

// Runs only full loads, for `perf record`: nothing else in the profile.
int profileLoad(int steps, int repeat)
{
    const QByteArray bytes = bp::writeNative(bp::generateBlueprint(steps, 42));
    bp::ReadOptions options;
    options.maxFileBytes = 1LL << 31;
    const double ms = medianMs(repeat, [&] {
        if (!bp::readNative(bytes, options).ok())
            std::abort();
    });
    std::printf("%d steps: full load %.2f ms (warm, median of %d)\n", steps, ms, repeat);
    return 0;
}

// The graph of the model on its own: how much of the load's budget the data structure takes
// before a byte of XML is read. The ids of a blueprint's steps and flows, as the file spells
// them, are the input; the graph is built from them and nothing else (no attributes, no lanes,
// no validation), as a reader must at the least: each step added under its id, each flow's
// ends found by the ids it names, each flow added under its own id.
struct GraphIds
{
    std::vector<QByteArray> steps, flows, from, to;
};

GraphIds graphIdsOf(const bp::Blueprint &blueprint)
{
    GraphIds ids;
    const bp::BlueprintGraph::Graph &g = blueprint.graph.graph();
    for (auto [v, end] = boost::vertices(g); v != end; ++v)
        ids.steps.push_back(g[*v].id.toLatin1());
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
        ids.flows.push_back(g[*e].id.toLatin1());
        ids.from.push_back(g[*e].from.toLatin1());
        ids.to.push_back(g[*e].to.toLatin1());
    }
    return ids;
}

// The model's own graph (BlueprintGraph: pooled list nodes, flat id indexes), ids only, built
// the way the reader builds it.
std::unique_ptr<bp::BlueprintGraph> buildIdsOnly(const GraphIds &ids)
{
    auto graph = std::make_unique<bp::BlueprintGraph>();
    graph->reserve(ids.steps.size(), ids.flows.size());
    for (const QByteArray &id : ids.steps) {
        bp::Step step;
        step.id = QString::fromLatin1(id);
        if (!graph->addStep(std::move(step)))
            std::abort();
    }
    for (size_t i = 0; i < ids.flows.size(); ++i) {
        const auto from = graph->findStep(QLatin1StringView(ids.from[i]));
        const auto to = graph->findStep(QLatin1StringView(ids.to[i]));
        if (!from || !to)
            std::abort();
        bp::Flow flow;
        flow.id = QString::fromLatin1(ids.flows[i]);
        flow.from = from.step()->id;
        flow.to = to.step()->id;
        if (!graph->addFlow(std::move(flow), from, to))
            std::abort();
    }
    return graph;
}

// ARCHITECTURE.md's graph as plainly written: adjacency_list<listS, listS, bidirectionalS>
// with std::allocator, and a QHash from ids to descriptors for steps and one for flows.
struct PlainGraph
{
    struct Vertex
    {
        QString id;
    };
    struct Edge
    {
        QString id;
    };
    using Graph
        = boost::adjacency_list<boost::listS, boost::listS, boost::bidirectionalS, Vertex, Edge>;
    Graph graph;
    QHash<QString, Graph::vertex_descriptor> steps;
    QHash<QString, Graph::edge_descriptor> flows;
};

std::unique_ptr<PlainGraph> buildPlain(const GraphIds &ids)
{
    auto plain = std::make_unique<PlainGraph>();
    plain->steps.reserve(qsizetype(ids.steps.size()));
    plain->flows.reserve(qsizetype(ids.flows.size()));
    for (const QByteArray &id : ids.steps) {
        const QString key = QString::fromLatin1(id);
        plain->steps.insert(key, boost::add_vertex(PlainGraph::Vertex { key }, plain->graph));
    }
    for (size_t i = 0; i < ids.flows.size(); ++i) {
        const auto from = plain->steps.constFind(QString::fromLatin1(ids.from[i]));
        const auto to = plain->steps.constFind(QString::fromLatin1(ids.to[i]));
        if (from == plain->steps.cend() || to == plain->steps.cend())
            std::abort();
        const QString key = QString::fromLatin1(ids.flows[i]);
        plain->flows.insert(
            key, boost::add_edge(*from, *to, PlainGraph::Edge { key }, plain->graph).first);
    }
    return plain;
}

struct Row
{
    int steps;
    qsizetype bytes;
    Phases parse, load, coldParse, coldLoad;
    Phases graphOnly, plainGraph; // warm, as parse and load
    double saveMs, bytesPerStep;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::vector<int> sizes { 1000, 10000, 100000 };
    int repeatOverride = 0;
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args[1] == u"--memory-of")
        return memoryChild(args[2], args[3].toInt()); // with glibc's defaults, as a user's
    keepFreedMemory();
    if (args.size() == 4 && args[1] == u"--profile-load")
        return profileLoad(args[2].toInt(), args[3].toInt());
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--sizes" && i + 1 < args.size()) {
            sizes.clear();
            for (const QString &s : args[++i].split(u','))
                sizes.push_back(s.toInt());
        } else if (args[i] == u"--repeat" && i + 1 < args.size()) {
            repeatOverride = args[++i].toInt();
        } else {
            std::fprintf(stderr, "usage: bench_io [--sizes 1000,10000,100000] [--repeat K]\n");
            return 2;
        }
    }
    QTemporaryDir dir;
    std::vector<Row> rows;
    for (int n : sizes) {
        const bp::Blueprint bp = bp::generateBlueprint(n, 42);
        const QByteArray bytes = bp::writeNative(bp);
        const int repeat = repeatOverride > 0 ? repeatOverride : std::max(9, 400'000 / n);
        bp::ReadOptions options;
        options.maxFileBytes = 1LL << 31;
        Row row { n, bytes.size(), {}, {}, {}, {}, {}, {}, 0, 0 };
        // Same bytes and the same flags as the reader, so that the baseline does the same XML
        // work.
        const auto parse = [&] {
            auto doc = std::make_unique<pugi::xml_document>();
            const auto ok
                = doc->load_buffer(bytes.constData(), size_t(bytes.size()),
                                   pugi::parse_default & ~pugi::parse_doctype, pugi::encoding_utf8);
            if (!ok)
                std::abort();
            return doc;
        };
        const auto freeDocument = [](std::unique_ptr<pugi::xml_document> doc) {
            doc.reset();
        };
        const auto load = [&] {
            auto r = std::make_unique<bp::ReadResult>(bp::readNative(bytes, options));
            // Above limits::warnSteps the reader says, once, that editing will be slower.
            if (!r->ok() || r->diagnostics.size() != (n > bp::limits::warnSteps ? 1 : 0))
                std::abort();
            return r;
        };
        const auto freeResult = [](std::unique_ptr<bp::ReadResult> r) {
            r.reset();
        };
        row.parse = medianPhases(repeat, Heap::Warm, parse, freeDocument);
        row.load = medianPhases(repeat, Heap::Warm, load, freeResult);
        row.coldParse = medianPhases(repeat, Heap::Cold, parse, freeDocument);
        row.coldLoad = medianPhases(repeat, Heap::Cold, load, freeResult);
        {
            const GraphIds ids = graphIdsOf(bp); // the file holds the same ids
            row.graphOnly = medianPhases(
                repeat, Heap::Warm, [&] { return buildIdsOnly(ids); },
                [](std::unique_ptr<bp::BlueprintGraph> g) { g.reset(); });
            row.plainGraph = medianPhases(
                repeat, Heap::Warm, [&] { return buildPlain(ids); },
                [](std::unique_ptr<PlainGraph> g) { g.reset(); });
        }
        const QString path = dir.filePath(QStringLiteral("bench.blueprint"));
        row.saveMs = wallMedianMs(repeat, [&] {
            if (!bp::saveAtomically(path, bp::writeNative(bp)).ok)
                std::abort();
        });
        row.bytesPerStep = peakBytesPerStep(path, n); // the file the save just wrote
        rows.push_back(row);
        std::fprintf(stderr, "  measured %d steps (%d repetitions)\n", n, repeat);
    }

    // Freeing is shown apart, and included in the second set of ratios.
    const auto withFree = [](const Phases &p) {
        return p.make + p.release;
    };
    std::printf("%-8s %8s | %10s %10s %9s %8s | %10s %10s %9s | %9s %11s\n", "", "", "warm", "", "",
                "", "cold", "", "", "", "");
    std::printf("%-8s %8s | %10s %10s %9s %8s | %10s %10s %9s | %9s %11s\n", "steps", "file MB",
                "pugixml ms", "load ms", "load/pugi", "free ms", "pugixml ms", "load ms",
                "load/pugi", "save ms", "peak B/step");
    for (const Row &r : rows)
        std::printf("%-8d %8.2f | %10.2f %10.2f %9.2f %8.2f | %10.2f %10.2f %9.2f | %9.2f %11.0f\n",
                    r.steps, double(r.bytes) / 1e6, r.parse.make, r.load.make,
                    r.load.make / r.parse.make, r.load.release, r.coldParse.make, r.coldLoad.make,
                    r.coldLoad.make / r.coldParse.make, r.saveMs, r.bytesPerStep);
    const auto find = [&](int n) -> const Row * {
        for (const Row &r : rows)
            if (r.steps == n)
                return &r;
        return nullptr;
    };
    if (const Row *a = find(10000), *b = find(100000); a && b) {
        std::printf("100k/10k time ratio: load %.2f warm, %.2f cold, %.2f warm with freeing; "
                    "pugixml %.2f warm, %.2f cold; save %.2f (target for load: <= 12)\n",
                    b->load.make / a->load.make, b->coldLoad.make / a->coldLoad.make,
                    withFree(b->load) / withFree(a->load), b->parse.make / a->parse.make,
                    b->coldParse.make / a->coldParse.make, b->saveMs / a->saveMs);
        std::printf("full load / pugixml alone: warm %.2f at 10k, %.2f at 100k; cold %.2f at "
                    "10k, %.2f at 100k (target: <= 2.0)\n",
                    a->load.make / a->parse.make, b->load.make / b->parse.make,
                    a->coldLoad.make / a->coldParse.make, b->coldLoad.make / b->coldParse.make);
        std::printf("  with freeing on both sides, warm: %.2f at 10k, %.2f at 100k\n",
                    withFree(a->load) / withFree(a->parse), withFree(b->load) / withFree(b->parse));
        std::printf("  fastest runs, warm: load / pugixml %.2f at 10k, %.2f at 100k; 100k/10k "
                    "load %.2f\n",
                    a->load.fastestMake / a->parse.fastestMake,
                    b->load.fastestMake / b->parse.fastestMake,
                    b->load.fastestMake / a->load.fastestMake);
    }
    std::printf("\nthe graph alone, built from the ids of the same steps and flows (no XML, no "
                "attributes, no validation), warm:\n");
    std::printf("%-8s | %10s | %10s %11s | %10s %11s\n", "steps", "pugixml ms", "graph ms",
                "graph/pugi", "plain ms", "plain/pugi");
    for (const Row &r : rows)
        std::printf("%-8d | %10.2f | %10.2f %11.2f | %10.2f %11.2f\n", r.steps, r.parse.make,
                    r.graphOnly.make, r.graphOnly.make / r.parse.make, r.plainGraph.make,
                    r.plainGraph.make / r.parse.make);
    std::printf("  graph: BlueprintGraph as the reader fills it; plain: adjacency_list<listS, "
                "listS, bidirectionalS> + QHash id maps\n");
    for (size_t i = 1; i < rows.size(); ++i) {
        const Row &a = rows[i - 1], &b = rows[i];
        std::printf("  %d/%d time ratio: pugixml %.2f, graph %.2f, plain %.2f, full load %.2f\n",
                    b.steps, a.steps, b.parse.make / a.parse.make,
                    b.graphOnly.make / a.graphOnly.make, b.plainGraph.make / a.plainGraph.make,
                    b.load.make / a.load.make);
    }
    return 0;
}
