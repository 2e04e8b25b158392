#!/usr/bin/env bash
# The full kill -9 run of reliability.md: 1,000 kills of a saving process (atomic save) and the
# same number with the naive truncating writer as the positive control.
# Usage: scripts/kill-test.sh [KILLS]   (default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
cmake -S . -B build -G Ninja >/dev/null
cmake --build build --target tst_killsave
BLUEPRINT_KILLS="${1:-1000}" QT_QPA_PLATFORM=offscreen ./build/tests/tst_killsave
