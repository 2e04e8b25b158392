#!/usr/bin/env bash
# The whole test suite built and run with AddressSanitizer and UndefinedBehaviorSanitizer
# (reliability.md). Usage: scripts/test-sanitizers.sh [ctest options]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBLUEPRINT_WERROR=ON \
  -DBLUEPRINT_BUILD_BENCH=OFF -DBLUEPRINT_SANITIZE=address,undefined >/dev/null
cmake --build build-asan
cd build-asan
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS="suppressions=$PWD/../tests/sanitizers/lsan.supp:print_suppressions=0"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" "$@"
