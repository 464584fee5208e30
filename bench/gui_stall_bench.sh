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
P=$run/prod-home
S=$run/stage-home
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_port() { for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return; sleep 0.1; done; exit 1; }

echo "copying the source tree …" >&2
rm -rf "$run" && mkdir -p "$run/prod/files" "$P" "$S"
cp -a "$source" "$run/stage"
sqlite3 "$source/site.db" '.schema posts' | sqlite3 "$run/prod/site.db"
echo "coming soon" >"$run/prod/files/index.txt"
ctl() { "$bin/ferryctl" "$@"; }
(umask 077; echo bench-passphrase >"$run/pw")
ctl --home "$P" cert ca --name "Bench CA" >/dev/null 2>&1
ctl --home "$P" cert issue prod --ip 127.0.0.1 --out "$P/certs" --passphrase-file "$run/pw" >/dev/null
ctl --home "$P" cert issue staging --out "$S/certs" --passphrase-file "$run/pw" >/dev/null
ctl --home "$P" site add prod --files "$run/prod/files" --db "sqlite://$run/prod/site.db" --tables posts >/dev/null
ctl --home "$P" peer allow "$S/certs/staging.crt" --push >/dev/null
fport=$(free_port)
"$bin/ferryd" --home "$P" --listen "127.0.0.1:$fport" --cert "$P/certs/prod.crt" --key "$P/certs/prod.key" \
    --ca "$P/certs/ca.crt" >"$run/ferryd.log" 2>&1 &
pids+=($!)
ctl --home "$S" site add www --files "$run/stage/files" --db "sqlite://$run/stage/site.db" --tables posts >/dev/null
ctl --home "$S" relationship add r --site www --remote "https://127.0.0.1:$fport/prod" --cert "$S/certs/staging.crt" \
    --key "$S/certs/staging.key" --ca "$S/certs/ca.crt" >/dev/null
ctl --home "$S" profile add up --relationship r --direction upload >/dev/null
wait_port "$fport"

printf '\nGUI stall during a sync of %d files (%s MB) and %d rows; %s (%s cores)\n' "$count" \
    "$(du -sm "$run/stage/files" | cut -f1)" "$rows" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" "$(nproc)"
if command -v xvfb-run >/dev/null; then
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" "$bin/gui_stall_bench" --home "$S" --profile up 2>"$run/gui.log"
else
    QT_QPA_PLATFORM=offscreen "$bin/gui_stall_bench" --home "$S" --profile up 2>"$run/gui.log"
fi
