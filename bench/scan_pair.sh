#!/usr/bin/env bash
# CPU seconds of a first `ferryctl site scan` of the sync benchmark's tree (a fresh home and index
# each time, the page cache warm), two builds taking turns, so that a change to the scan is judged
# against the machine's noise of the same minutes.
# Usage: bench/scan_pair.sh OLD_BIN_DIR NEW_BIN_DIR [ROUNDS]   (each DIR holds a ferryctl; the tree
# is the one bench/sync_bench.sh keeps in $FERRY_BENCH_DIR or /tmp/ferry-sync-bench)
set -euo pipefail
old=$1 new=$2 rounds=${3:-4}
tree=${FERRY_BENCH_DIR:-/tmp/ferry-sync-bench}/source-10000/files
[[ -d $tree ]] || { echo "no tree at $tree: run bench/sync_bench.sh once first" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null
for _ in $(seq "$rounds"); do
    for bin in "$old" "$new"; do
        home=$(mktemp -d /tmp/ferry-scan-pair.XXXXXX)
        "$bin/ferryctl" --home "$home" site add bench --files "$tree" >/dev/null
        sync
        /usr/bin/time -f "$bin: %e s wall, %U s user, %S s system" "$bin/ferryctl" --home "$home" site scan bench 2>&1 >/dev/null | tail -1
        rm -rf "$home"
    done
done
