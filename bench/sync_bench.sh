#!/usr/bin/env bash
# Issue 6's figures for the sync engine, in one run, side by side with rsync to an rsync daemon:
#   initial sync, no-change resync, resync after a small in-place edit of 1% of the files,
#   and 1,000 changed rows (Ferry: the sync's apply step; rsync: the database file's delta)
# Ferry: `ferryctl sync` (staging) pushing to ferryd (production) on 127.0.0.1, over TLS.
# rsync: `rsync -a --stats` to `rsync --daemon` on 127.0.0.1 (plain TCP, no ssh, no -z).
# Both copy the same tree: the files and the SQLite database (rsync as a file, Ferry as rows).
# Bytes are counted twice: as each tool reports them (Ferry: bytesOut + bytesIn, the HTTP bodies;
# rsync: "Total bytes sent" + "received") and on the loopback interface (every IP packet, both
# ways), which the script gets to itself by running in its own network namespace when it can.
# Ferry's CPU seconds are printed too (ferryctl, and ferryd during the run): on a machine shared
# with other work they vary far less than wall time. FERRY_BENCH_INITIAL_ONLY=1 stops after the
# initial sync.
# Usage: bench/sync_bench.sh [FILES] [ROWS]   (default 10000 files, 100000 rows; the source tree
# is kept in $FERRY_BENCH_DIR or /tmp/ferry-sync-bench; FERRY_BENCH_BIN=DIR runs the ferryctl and
# ferryd in DIR instead of building the release preset, e.g. a copy kept from before a change)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
count=${1:-10000}
rows=${2:-100000}
work=${FERRY_BENCH_DIR:-/tmp/ferry-sync-bench}
source=$work/source-$count

command -v rsync >/dev/null || apt-get install -y -qq rsync >/dev/null
command -v python3 >/dev/null || apt-get install -y -qq python3 >/dev/null
command -v sqlite3 >/dev/null || apt-get install -y -qq sqlite3 >/dev/null
command -v bc >/dev/null || apt-get install -y -qq bc >/dev/null
cd "$root"
if [[ -z ${FERRY_BENCH_INSIDE:-} ]]; then
    if [[ -z ${FERRY_BENCH_BIN:-} ]]; then
        [[ -f build/release/CMakeCache.txt ]] || cmake --preset release >/dev/null
        cmake --build --preset release --target ferryctl ferryd >/dev/null
    fi
    if [[ ! -d $source ]]; then
        echo "building a site of $count files and $rows rows in $source …" >&2
        rm -rf "$source.tmp"
        python3 bench/make_site.py "$source.tmp" "$count" "$rows" >&2 && mv "$source.tmp" "$source"
    fi
    # A network namespace of our own: the loopback counters then count this benchmark only.
    if unshare -n true 2>/dev/null; then
        exec env FERRY_BENCH_INSIDE=netns unshare -n "$0" "$@"
    fi
    export FERRY_BENCH_INSIDE=shared
fi
[[ $FERRY_BENCH_INSIDE == netns ]] && ip link set lo up

bin=${FERRY_BENCH_BIN:-$root/build/release/bin}
run=$work/run
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
lo_bytes() { awk '/^ *lo:/ { print $10 }' /proc/net/dev; }  # transmitted on lo = everything, both ways

# Ferry: production served by ferryd, staging pushes to it.
source "$root/bench/two_sites.sh"
start_two_sites
mkdir -p "$run/rsync-dst"

# rsync: a daemon module over an empty folder.
rport=$(free_port)
cat >"$run/rsyncd.conf" <<EOF
use chroot = no
pid file = $run/rsyncd.pid
log file = $run/rsyncd.log
[dst]
    path = $run/rsync-dst
    read only = no
    uid = $(id -u)
    gid = $(id -g)
EOF
rsync --daemon --no-detach --config="$run/rsyncd.conf" --address=127.0.0.1 --port="$rport" &
pids+=($!)
wait_port "$rport"

# Each measure sets: secs (wall), app (bytes as the tool reports them), wire (loopback bytes).
agent_cpu() { awk -v t="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / t }' "/proc/${pids[0]}/stat"; }
ferry() {
    local before start end agent_before
    before=$(lo_bytes); start=$(date +%s.%N); agent_before=$(agent_cpu)
    # CPU seconds as well as wall time: on a machine shared with other work they vary far less.
    local TIMEFORMAT='%3U %3S'
    { time ctl --home "$S" sync up --yes --json >"$run/last.json" 2>"$run/last.err"; } 2>"$run/last.cpu" \
        || { cat "$run/last.json" "$run/last.err" >&2; exit 1; }
    end=$(date +%s.%N)
    secs=$(echo "$end - $start" | bc -l); wire=$(( $(lo_bytes) - before ))
    cpu_ctl=$(awk '{ printf "%.2f", $1 + $2 }' "$run/last.cpu"); cpu_agent=$(echo "$(agent_cpu) - $agent_before" | bc -l)
    app=$(python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); print(j["bytesOut"] + j["bytesIn"])' "$run/last.json")
    cp "$run/last.json" "$run/ferry-$1.json"
}
rsync_() {
    local before start end
    before=$(lo_bytes); start=$(date +%s.%N)
    rsync -a --stats "$run/stage/" "rsync://127.0.0.1:$rport/dst/" >"$run/rsync-$1.txt"
    end=$(date +%s.%N)
    secs=$(echo "$end - $start" | bc -l); wire=$(( $(lo_bytes) - before ))
    app=$(awk -F': ' '/^Total bytes (sent|received)/ { gsub(/,/, "", $2); n += $2 } END { print n }' "$run/rsync-$1.txt")
}
declare -A T B W C
measure() { # measure NAME RUNS: best wall time of RUNS runs of each tool (bytes of the last run)
    local name=$1 n=$2 best
    for tool in ferry rsync; do
        best=""
        for _ in $(seq "$n"); do
            # Nothing the other tool wrote is left waiting for the disk. rsync exits with what it
            # wrote still in the page cache, and Ferry's syncfs (which makes a batch's files
            # durable before their rename) would otherwise write that out too, on Ferry's clock:
            # the 1% edit took 1.0 s right after rsync's initial copy, 0.5 s on its own.
            sync
            if [[ $tool == ferry ]]; then ferry "$name"; else rsync_ "$name"; fi
            if [[ -z $best ]] || (( $(echo "$secs < $best" | bc -l) )); then best=$secs; fi
        done
        T[$tool.$name]=$best B[$tool.$name]=$app W[$tool.$name]=$wire
        echo "  $tool $name: ${best}s, $app bytes ($wire on the wire)" >&2
        if [[ $tool == ferry ]]; then
            C[$name]=$(printf 'ferryctl %.2f s, ferryd %.2f s' "$cpu_ctl" "$cpu_agent")
            echo "  ferry $name CPU (last run): ${C[$name]}" >&2
        fi
    done
}

cat "$run/stage/site.db" "$run/stage/files"/*/*/* >/dev/null  # both tools read from the page cache
settle_deletions
echo "initial sync …" >&2
measure initial 1
if [[ -n ${FERRY_BENCH_INITIAL_ONLY:-} ]]; then  # a quick before/after of the initial copy alone
    python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); print("initial phases: " + ", ".join(f"{k} {v:.2f}" for k, v in j["phases"].items()))' \
        "$run/ferry-initial.json"
    printf 'initial sync: Ferry %.2f s (CPU %s), rsync %.2f s\n' "${T[ferry.initial]}" "${C[initial]}" "${T[rsync.initial]}"
    diff -r "$run/stage/files" "$run/prod/files" >/dev/null || { echo "production's files differ from staging's" >&2; exit 1; }
    exit 0
fi
echo "no-change resync …" >&2
measure nochange 3
edited=$(python3 bench/make_site.py --edit "$run/stage" 1 6)
echo "1% edit ($edited files) …" >&2
measure edit 1
sqlite3 "$run/stage/site.db" "UPDATE posts SET body = body || ' (edited)', updated = updated + 1 WHERE id % ($rows / 1000) = 0"
echo "1,000 changed rows …" >&2
measure rows 1
apply=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["phases"].get("transfer.apply", 0))' "$run/ferry-rows.json")
rows_sent=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["rowsSent"])' "$run/ferry-rows.json")

# Ferry must have made production equal to staging: same files, same rows.
diff -r "$run/stage/files" "$run/prod/files" >/dev/null || { echo "production's files differ from staging's" >&2; exit 1; }
rows_differ=$(sqlite3 "$run/stage/site.db" "ATTACH '$run/prod/site.db' AS p; SELECT count(*) FROM (SELECT * FROM posts EXCEPT SELECT * FROM p.posts)")
[[ $rows_differ == 0 ]] || { echo "$rows_differ rows differ between staging and production" >&2; exit 1; }

bytes=$(du -sb "$run/stage/files" | cut -f1)
ratio() { printf '%.2f×' "$(echo "$1 / $2" | bc -l)"; }
mb() { printf '%.2f' "$(echo "$1 / 1000000" | bc -l)"; }
row() { # row LABEL NAME GOAL
    printf '%-26s %8.2f %8.2f %7s  %10s %10s %7s  %10s %10s  %s\n' "$1" "${T[ferry.$2]}" "${T[rsync.$2]}" \
        "$(ratio "${T[ferry.$2]}" "${T[rsync.$2]}")" "$(mb "${B[ferry.$2]}")" "$(mb "${B[rsync.$2]}")" \
        "$(ratio "${B[ferry.$2]}" "${B[rsync.$2]}")" "$(mb "${W[ferry.$2]}")" "$(mb "${W[rsync.$2]}")" "$3"
}
printf '\nFerry sync benchmark: %d files, %s MB, %d rows; %s (%s cores); rsync %s\n' "$count" $((bytes / 1000000)) "$rows" \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" "$(nproc)" "$(rsync --version | head -1 | awk '{print $3}')"
[[ $FERRY_BENCH_INSIDE == netns ]] || printf '(shared network namespace: the wire columns include other loopback traffic)\n'
printf '\n%-26s %8s %8s %7s  %10s %10s %7s  %10s %10s  %s\n' "" "Ferry s" "rsync s" "ratio" "Ferry MB" "rsync MB" \
    "ratio" "Ferry wire" "rsync wire" "goal"
row "initial sync" initial "time ≤ 1× rsync"
row "no-change resync (best/3)" nochange "time ≤ 0.5× rsync"
row "1% edited ($edited files)" edit "bytes ≤ 1× rsync"
row "1,000 rows changed" rows ""
printf '\nFerry applied %d changed rows in %.3f s (goal < 0.2 s); the whole run took %.2f s.\n' "$rows_sent" "$apply" "${T[ferry.rows]}"
printf 'MB: bytes as each tool reports them (Ferry: HTTP bodies; rsync: its protocol stream). Wire: loopback IP bytes, both ways.\n'
printf 'CPU seconds of the initial sync: %s.\n' "${C[initial]}"
for name in initial nochange edit rows; do
    python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); print(f"{sys.argv[2]:>9} phases: " + ", ".join(f"{k} {v:.2f}" for k, v in j["phases"].items()))' \
        "$run/ferry-$name.json" "$name"
done
