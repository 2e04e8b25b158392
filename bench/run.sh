#!/usr/bin/env bash
# Builds an optimised tree and runs the benchmarks. Usage: bench/run.sh [bench_io options]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DBLUEPRINT_BUILD_TESTS=OFF >/dev/null
cmake --build build-release --target bench_io
./build-release/bench/bench_io "$@"
