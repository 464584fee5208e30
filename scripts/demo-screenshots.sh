#!/usr/bin/env bash
# Refreshes the README's and docs' pictures of the demo: runs the demo window test
# (tests/gui/tst_demowindow.cpp: `ferry --demo`'s home, its real ferryd, the real main window) on
# an Xvfb display with the xcb platform, and saves each state it asserts on into docs/images.
# Usage: scripts/demo-screenshots.sh [BUILD_DIR]   (default build/dev, built first)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/dev}
command -v xvfb-run >/dev/null || apt-get install -y -qq xvfb xauth >/dev/null
cmake --build "$build" -j2 --target tst_demowindow ferryd ferryctl >/dev/null
mkdir -p "$root/docs/images"
FERRY_SCREENSHOT_DIR="$root/docs/images" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1280x800x24" "$build/bin/tst_demowindow" -silent
ls -1 "$root"/docs/images/demo-*.png
