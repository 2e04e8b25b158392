// Benchmark of loading and saving blueprints (issue "Foundation", item 10).
//
// For generated blueprints of 1,000, 10,000 and 100,000 steps, in one run: pugixml parsing alone
// (the baseline), a full load (pre-scan + parse + model + validation), and a save (write the
// bytes + atomic save). Reports medians, the ratios the targets are stated in, and the peak
// memory per step of a full load (measured in a child process per size, so sizes don't mix).
//
// Both sides are measured in the same state of the heap, in two regimes:
// - warm: freed memory stays in the process (no trimming), and one untimed run comes first, so
//   that neither side pays page faults: the cost of the code itself;
// - cold: all free memory is returned to the system before every run, so that each run pays
//   the page faults of everything it allocates, as the first load in a fresh process does.
// Left to glibc's defaults the two sides were not comparable: the heap was trimmed after each
// pugixml run (a fault on every page of its tree, every time) but not after a full load.
//
// Usage: bench_io [--sizes 1000,10000,100000] [--repeat K]
//        bench_io --profile-load N K   (only K full loads of N steps, warm, for a profiler)

#include "generate/generator.h"
#include "io/atomicsave.h"
#include "io/nativereader.h"
#include "io/nativewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <malloc.h>

#include <pugixml.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <limits>
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

double medianMs(int repeat, const std::function<void()> &fn, Heap heap = Heap::Warm)
{
    std::vector<double> times;
    if (heap == Heap::Warm)
        fn(); // untimed: brings the heap (and the caches) to their steady state
    for (int i = 0; i < repeat; ++i) {
        if (heap == Heap::Cold)
            malloc_trim(0);
        const auto t0 = std::chrono::steady_clock::now();
        fn();
        const auto t1 = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
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

struct Row
{
    int steps;
    qsizetype bytes;
    double parseMs, loadMs, coldParseMs, coldLoadMs, saveMs, bytesPerStep;
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
        const int repeat = repeatOverride > 0 ? repeatOverride : std::max(5, 2'000'000 / (n * 20));
        bp::ReadOptions options;
        options.maxFileBytes = 1LL << 31;
        Row row { n, bytes.size(), 0, 0, 0, 0, 0, 0 };
        // Same bytes and the same flags as the reader, so that the baseline does the same XML
        // work. Both include freeing what they built.
        const auto parse = [&] {
            pugi::xml_document doc;
            const auto ok
                = doc.load_buffer(bytes.constData(), size_t(bytes.size()),
                                  pugi::parse_default & ~pugi::parse_doctype, pugi::encoding_utf8);
            if (!ok)
                std::abort();
        };
        const auto load = [&] {
            const bp::ReadResult r = bp::readNative(bytes, options);
            if (!r.ok() || !r.diagnostics.isEmpty())
                std::abort();
        };
        row.parseMs = medianMs(repeat, parse);
        row.loadMs = medianMs(repeat, load);
        row.coldParseMs = medianMs(repeat, parse, Heap::Cold);
        row.coldLoadMs = medianMs(repeat, load, Heap::Cold);
        const QString path = dir.filePath(QStringLiteral("bench.blueprint"));
        row.saveMs = medianMs(repeat, [&] {
            if (!bp::saveAtomically(path, bp::writeNative(bp)).ok)
                std::abort();
        });
        row.bytesPerStep = peakBytesPerStep(path, n); // the file the save just wrote
        rows.push_back(row);
        std::fprintf(stderr, "  measured %d steps (%d repetitions)\n", n, repeat);
    }

    std::printf("%-8s %8s | %10s %10s %9s | %10s %10s %9s | %9s %11s\n", "", "", "warm", "", "",
                "cold", "", "", "", "");
    std::printf("%-8s %8s | %10s %10s %9s | %10s %10s %9s | %9s %11s\n", "steps", "file MB",
                "pugixml ms", "load ms", "load/pugi", "pugixml ms", "load ms", "load/pugi",
                "save ms", "peak B/step");
    for (const Row &r : rows)
        std::printf("%-8d %8.2f | %10.2f %10.2f %9.2f | %10.2f %10.2f %9.2f | %9.2f %11.0f\n",
                    r.steps, double(r.bytes) / 1e6, r.parseMs, r.loadMs, r.loadMs / r.parseMs,
                    r.coldParseMs, r.coldLoadMs, r.coldLoadMs / r.coldParseMs, r.saveMs,
                    r.bytesPerStep);
    const auto find = [&](int n) -> const Row * {
        for (const Row &r : rows)
            if (r.steps == n)
                return &r;
        return nullptr;
    };
    if (const Row *a = find(10000), *b = find(100000); a && b) {
        std::printf("100k/10k time ratio: load %.2f warm, %.2f cold; pugixml %.2f warm, %.2f "
                    "cold; save %.2f (target for load: <= 12)\n",
                    b->loadMs / a->loadMs, b->coldLoadMs / a->coldLoadMs, b->parseMs / a->parseMs,
                    b->coldParseMs / a->coldParseMs, b->saveMs / a->saveMs);
        std::printf("full load / pugixml alone: warm %.2f at 10k, %.2f at 100k; cold %.2f at "
                    "10k, %.2f at 100k (target: <= 2.0)\n",
                    a->loadMs / a->parseMs, b->loadMs / b->parseMs, a->coldLoadMs / a->coldParseMs,
                    b->coldLoadMs / b->coldParseMs);
    }
    return 0;
}
