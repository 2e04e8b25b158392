#!/usr/bin/env bash
# Installs, only when missing, the Debian 12 packages that Blueprint Studio needs to build,
# test, take screenshots and validate its files. Safe to run again: does nothing when all is there.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build pkg-config git
  # Qt 6.4: Core/Gui/Widgets/Svg/Test, PrintSupport, LinguistTools (lupdate, lrelease)
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libqt6svg6 libgl-dev libvulkan-dev
  # model and file format
  libboost-graph-dev libpugixml-dev
  # tests, screenshots and file checks (locales: the German-locale run of the format tests)
  xvfb xauth libxml2-utils librsvg2-bin poppler-utils locales
  # fonts: Latin and CJK glyphs for the canvas, exports and the Chinese translations
  fonts-dejavu-core fonts-noto-cjk
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages are installed"
else
  echo "setup: installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Locales the tests and screenshots use: German (decimal comma), Chinese (translations).
for loc in de_DE zh_CN zh_TW; do
  if ! locale -a 2>/dev/null | grep -qix "${loc}.utf8"; then
    echo "setup: generating locale ${loc}.UTF-8"
    "${sudo_cmd[@]}" localedef -i "$loc" -f UTF-8 "${loc}.UTF-8"
  fi
done

# The BPMN export check (tests/bpmn): Node.js and npm from Debian when there is no node at all,
# then bpmn-moddle at the version pinned by package-lock.json (only when not yet installed).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "setup: installing nodejs npm"
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends nodejs npm
fi
bpmn_dir="$(cd "$(dirname "$0")/.." && pwd)/tests/bpmn"
if [ ! -d "$bpmn_dir/node_modules/bpmn-moddle" ]; then
  echo "setup: npm ci in tests/bpmn"
  (cd "$bpmn_dir" && npm ci --no-audit --no-fund)
fi
