// Benchmark of loading and saving blueprints (issue "Foundation", item 10).
//
// For generated blueprints of 1,000, 10,000 and 100,000 steps, in one run: pugixml parsing alone
// (the baseline), a full load (pre-scan + parse + model + validation), and a save (write the
// bytes + atomic save). Reports medians, the ratios the targets are stated in, and the peak
// memory per step of a full load (measured in a child process per size, so sizes don't mix).
//
// Usage: bench_io [--sizes 1000,10000,100000] [--repeat K]

#include "generate/generator.h"
#include "io/atomicsave.h"
#include "io/nativereader.h"
#include "io/nativewriter.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <pugixml.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

double medianMs(int repeat, const std::function<void()> &fn)
{
    std::vector<double> times;
    for (int i = 0; i < repeat; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        fn();
        const auto t1 = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

long maxRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Peak memory of a full load, per step, in bytes: measured in a fresh child process.
double peakBytesPerStep(const QByteArray &bytes, int steps)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        const long before = maxRssKb();
        bp::ReadOptions options;
        options.maxFileBytes = 1LL << 31;
        const bp::ReadResult r = bp::readNative(bytes, options);
        const long after = maxRssKb();
        const double perStep = r.ok() ? double(after - before) * 1024.0 / steps : -1;
        [[maybe_unused]] const auto n = write(fds[1], &perStep, sizeof perStep);
        _exit(0);
    }
    close(fds[1]);
    double perStep = -1;
    [[maybe_unused]] const auto n = read(fds[0], &perStep, sizeof perStep);
    close(fds[0]);
    waitpid(pid, nullptr, 0);
    return perStep;
}

struct Row
{
    int steps;
    qsizetype bytes;
    double parseMs, loadMs, saveMs, bytesPerStep;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::vector<int> sizes{1000, 10000, 100000};
    int repeatOverride = 0;
    const QStringList args = QCoreApplication::arguments();
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
        Row row{n, bytes.size(), 0, 0, 0, 0};
        // Same flags as the reader, so that the baseline does the same XML work.
        row.parseMs = medianMs(repeat, [&] {
            pugi::xml_document doc;
            const auto ok = doc.load_buffer(bytes.constData(), size_t(bytes.size()),
                                            pugi::parse_default & ~pugi::parse_doctype,
                                            pugi::encoding_utf8);
            if (!ok)
                std::abort();
        });
        row.loadMs = medianMs(repeat, [&] {
            const bp::ReadResult r = bp::readNative(bytes, options);
            if (!r.ok())
                std::abort();
        });
        const QString path = dir.filePath(QStringLiteral("bench.blueprint"));
        row.saveMs = medianMs(repeat, [&] {
            if (!bp::saveAtomically(path, bp::writeNative(bp)).ok)
                std::abort();
        });
        row.bytesPerStep = peakBytesPerStep(bytes, n);
        rows.push_back(row);
        std::fprintf(stderr, "  measured %d steps (%d repetitions)\n", n, repeat);
    }

    std::printf("%-8s %10s %12s %12s %12s %10s %14s\n", "steps", "file MB", "pugixml ms",
                "load ms", "save ms", "load/pugi", "peak B/step");
    for (const Row &r : rows)
        std::printf("%-8d %10.2f %12.2f %12.2f %12.2f %10.2f %14.0f\n", r.steps,
                    double(r.bytes) / 1e6, r.parseMs, r.loadMs, r.saveMs, r.loadMs / r.parseMs,
                    r.bytesPerStep);
    const auto find = [&](int n) -> const Row * {
        for (const Row &r : rows)
            if (r.steps == n)
                return &r;
        return nullptr;
    };
    if (const Row *a = find(10000), *b = find(100000); a && b) {
        std::printf("100k/10k time ratio: load %.2f, pugixml %.2f, save %.2f (target for load: "
                    "<= 12)\n",
                    b->loadMs / a->loadMs, b->parseMs / a->parseMs, b->saveMs / a->saveMs);
        std::printf("full load / pugixml alone: %.2f at 10k, %.2f at 100k (target: <= 2.0)\n",
                    a->loadMs / a->parseMs, b->loadMs / b->parseMs);
    }
    return 0;
}
