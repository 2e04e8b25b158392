#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, ASan and UBSan, and runs them.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   (default 600 s, every target)
# Seeds: the samples and the BPMN corpus in ../shared/corpus. Findings land in
# build-fuzz/findings/TARGET; copy each into fuzz/regressions/ once fixed: the ordinary test
# suite (tst_fuzzregressions) replays that folder.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
command -v clang++ >/dev/null || apt-get install -y --no-install-recommends clang >/dev/null
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_native_reader fuzz_native_roundtrip fuzz_bpmn_reader)

CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DBLUEPRINT_FUZZ=ON -DBLUEPRINT_SANITIZE=address,undefined \
  -DBLUEPRINT_BUILD_TESTS=OFF -DBLUEPRINT_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz --target "${targets[@]}"

shared="$(cd .. && pwd)/shared"
for t in "${targets[@]}"; do
  corpus="build-fuzz/corpus/$t"
  findings="build-fuzz/findings/$t"
  mkdir -p "$corpus" "$findings"
  cp -n resources/examples/*.blueprint tests/data/*.blueprint fuzz/regressions/* "$corpus"/ 2>/dev/null || true
  case "$t" in
    *bpmn*) cp -n "$shared"/corpus/bpmn-miwg/*.bpmn "$corpus"/ 2>/dev/null || true ;;
  esac
  echo "== $t: $seconds s"
  ASAN_OPTIONS=detect_leaks=1 "./build-fuzz/fuzz/$t" "$corpus" \
    -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len=200000 \
    -artifact_prefix="$findings/" -print_final_stats=1 2>&1 | tee "build-fuzz/$t.log" | \
    grep -E "^#[0-9]+ +(INITED|DONE)|stat::|ERROR|SUMMARY|cov:" | tail -12
done
