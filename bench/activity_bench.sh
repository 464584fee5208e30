#!/usr/bin/env bash
# Issue 8's figures for the Activity view: open with a million log entries, then apply filters.
# Usage: bench/activity_bench.sh [ENTRIES]   (default 1000000; the home is kept in
# $FERRY_BENCH_DIR or /tmp and reused). FERRY_BENCH_PRESET=dev uses the debug build instead of
# release (SQLite, where the time goes, is the system's optimised library either way).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
entries=${1:-1000000}
preset=${FERRY_BENCH_PRESET:-release}
work=${FERRY_BENCH_DIR:-/tmp/ferry-activity-bench}
cd "$root"
[[ -f build/$preset/CMakeCache.txt ]] || cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" --target activity_bench >/dev/null
mkdir -p "$work"
exec "build/$preset/bin/activity_bench" "$work/home-$entries" "$entries"
