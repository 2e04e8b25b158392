#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds, and opens Blueprint Studio on the
# bank-loan sample. Without a display it builds, then says how to run the editor.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build
editor="$(pwd)/build/app/blueprint-studio"
sample="$(pwd)/resources/examples/bank-loan.blueprint"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo
  echo "Blueprint Studio is built, but there is no display to open it on."
  echo "Run it under a virtual display, for example:"
  echo "  xvfb-run -a $editor $sample"
  echo "or take a screenshot without a display:"
  echo "  xvfb-run -a $(pwd)/build/app/blueprint-screenshot $sample screenshot.png"
  exit 0
fi
exec "$editor" "$sample"
