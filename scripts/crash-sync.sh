#!/bin/sh
# Kills `ferryctl sync` and `ferryd` at every reachable N of every kill point (see
# core/common/TestKillPoint.h), checks each time that files are whole, batches of rows
# all-or-nothing, and that the next run completes sending no more than a clean run; prints how
# many kills were tried. The ctest (label crash) tries a fixed dozen or two.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${FERRY_BUILD_DIR:-$root/build/dev}/bin/tst_crash_sync
[ -x "$bin" ] || { echo "build tst_crash_sync first: cmake --build build/dev --target tst_crash_sync" >&2; exit 2; }
QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='ferry.*.info=false;ferry.*.warning=false' "$bin" --sweep "$@" 2>&1 |
    grep -E '^FAIL|^Totals|kill points tried'
