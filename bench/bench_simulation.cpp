// Benchmark of the discrete-event simulation (core/simulation).
//
// For generated blueprints of 1,000 and 10,000 steps (and any other sizes asked for), and for the
// bank-loan example: events per second of simulate(), the events per customer, and the peak
// memory of the process after the run. The number of customers is chosen so that each size runs
// about the same number of events (--events, default 3 million).
//
// Usage: bench_simulation [--sizes 1000,10000] [--events E] [--replications R] [--bank FILE]
// (FILE defaults to resources/examples/bank-loan.blueprint, relative to the working directory).

#include "analysis/snapshot.h"
#include "generate/generator.h"
#include "io/nativereader.h"
#include "simulation/simulation.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <vector>

namespace {

// A field of /proc/self/status in kB (VmHWM: peak resident set), or -1.
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

struct Run
{
    bp::simulation::SimulationResult result;
    double seconds = 0.0; ///< wall clock
    double cpuSeconds = 0.0; ///< processor time of this process (the machine may be shared)
    long rssBeforeKb = 0; ///< resident set before the run (blueprint and snapshot)
};

Run timed(const bp::analysis::Snapshot &s, const bp::simulation::SimulationOptions &o)
{
    Run run;
    run.rssBeforeKb = statusKb("VmRSS");
    const std::clock_t c0 = std::clock();
    const auto t0 = std::chrono::steady_clock::now();
    run.result = bp::simulation::simulate(s, o);
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    run.cpuSeconds = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    return run;
}

void report(const char *name, int steps, const bp::simulation::SimulationOptions &o, const Run &run)
{
    const double events = static_cast<double>(run.result.events());
    const double customers = static_cast<double>(o.customers) * o.replications;
    std::printf("%-12s %8d %9d %3d %11.0f %8.0f %8.2f %8.2f %10.2f %9.1f %8.1f  %s\n", name, steps,
                o.customers, o.replications, events, events / customers, run.seconds,
                run.cpuSeconds, events / run.cpuSeconds / 1e6, run.rssBeforeKb / 1024.0,
                statusKb("VmHWM") / 1024.0,
                run.result.hasFigures() ? "" : qPrintable(run.result.message));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::vector<int> sizes = { 1000, 10000 };
    double targetEvents = 3e6;
    int replications = 2;
    QString bankFile = QStringLiteral("resources/examples/bank-loan.blueprint");
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--sizes") == 0) {
            sizes.clear();
            for (const QString &part : QString::fromLocal8Bit(argv[i + 1]).split(u','))
                sizes.push_back(part.toInt());
        } else if (std::strcmp(argv[i], "--events") == 0) {
            targetEvents = std::atof(argv[i + 1]);
        } else if (std::strcmp(argv[i], "--replications") == 0) {
            replications = std::max(1, std::atoi(argv[i + 1]));
        } else if (std::strcmp(argv[i], "--bank") == 0) {
            bankFile = QString::fromLocal8Bit(argv[i + 1]);
        }
    }

    std::printf("%-12s %8s %9s %3s %11s %8s %8s %8s %10s %9s %8s\n", "blueprint", "steps",
                "customers", "R", "events", "ev/cust", "wall s", "cpu s", "Mev/cpu-s", "RSS0 MB",
                "peak MB");

    const bp::ReadResult bank = bp::readNativeFile(bankFile);
    if (bank.ok()) {
        const bp::analysis::Snapshot s = bp::analysis::Snapshot::of(*bank.blueprint);
        bp::simulation::SimulationOptions o;
        o.replications = replications;
        o.customers = std::max(100, static_cast<int>(targetEvents / 11.0 / replications));
        report("bank-loan", s.size(), o, timed(s, o));
    }

    for (int steps : sizes) {
        bp::Blueprint blueprint = bp::generateBlueprint(steps, 1);
        if (!blueprint.demand || !blueprint.demand->arrivalRate) {
            bp::Demand d;
            d.arrivalRate = 1.0;
            blueprint.demand = d;
        }
        const bp::analysis::Snapshot s = bp::analysis::Snapshot::of(blueprint);
        // A short pilot run measures the events per customer; then size the real run.
        bp::simulation::SimulationOptions o;
        o.replications = 1;
        o.customers = 20;
        const Run pilot = timed(s, o);
        if (!pilot.result.hasFigures()) {
            std::printf("%-12s %8d  %s\n", "generated", steps, qPrintable(pilot.result.message));
            continue;
        }
        const double perCustomer = static_cast<double>(pilot.result.events()) / o.customers;
        o.replications = replications;
        o.customers = std::max(20, static_cast<int>(targetEvents / perCustomer / replications));
        report("generated", s.size(), o, timed(s, o));
    }
    return 0;
}
