#!/usr/bin/env bash
# Issue 8's figure: the longest event-loop stall of the GUI thread while the main window runs a
# 10,000-file sync (goal: under 50 ms). Staging pushes the benchmark site of bench/sync_bench.sh
# (same generator, same source tree) to production served by ferryd on 127.0.0.1 over TLS; the
# release build's main window runs the initial copy through its run queue with the run's detail
# view open and Activity's live tail on, on an Xvfb display (offscreen when Xvfb is missing).
# Usage: bench/gui_stall_bench.sh [FILES] [ROWS]   (default 10000 files, 100000 rows)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
count=${1:-10000}
rows=${2:-100000}
work=${FERRY_BENCH_DIR:-/tmp/ferry-sync-bench}
source=$work/source-$count
cd "$root"
[[ -f build/release/CMakeCache.txt ]] || cmake --preset release >/dev/null
cmake --build --preset release --target gui_stall_bench ferryctl ferryd >/dev/null
bin=$root/build/release/bin
if [[ ! -d $source ]]; then
    echo "building a site of $count files and $rows rows in $source …" >&2
    rm -rf "$source.tmp"
    python3 bench/make_site.py "$source.tmp" "$count" "$rows" >&2 && mv "$source.tmp" "$source"
fi

run=$work/gui-run
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
source "$root/bench/two_sites.sh"
start_two_sites

printf '\nGUI stall during a sync of %d files (%s MB) and %d rows; %s (%s cores)\n' "$count" \
    "$(du -sm "$run/stage/files" | cut -f1)" "$rows" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" "$(nproc)"
if command -v xvfb-run >/dev/null; then
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" "$bin/gui_stall_bench" --home "$S" --profile up 2>"$run/gui.log"
else
    QT_QPA_PLATFORM=offscreen "$bin/gui_stall_bench" --home "$S" --profile up 2>"$run/gui.log"
fi
