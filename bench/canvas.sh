#!/usr/bin/env bash
# Builds an optimised tree and runs the canvas benchmark offscreen.
# Usage: bench/canvas.sh [max steps]   (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DBLUEPRINT_BUILD_TESTS=OFF >/dev/null
cmake --build build-release -j2 --target bench_canvas
QT_QPA_PLATFORM=offscreen ./build-release/bench/bench_canvas "$@"
