#!/usr/bin/env bash
# Crash recovery with real kills (reliability.md: "a crash loses at most a few seconds of work"):
# RUNS times (default 100), the real blueprint-studio makes scripted edits, autosaves, gets
# SIGKILL at a random moment after its first autosave, and a restart recovers the model; it must
# equal the last autosave, and the user's own file must be untouched.
#
#   bash scripts/recovery-test.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-100}"
build="${BUILD_DIR:-build}"
cmake -S . -B "$build" -G Ninja >/dev/null
cmake --build "$build" -j2 --target tst_recovery blueprint-studio
QT_QPA_PLATFORM=offscreen BLUEPRINT_RECOVERY_RUNS="$runs" \
  "$build/tests/tst_recovery" realKills 2>&1 | grep -E "recovery:|PASS|FAIL|Totals"
