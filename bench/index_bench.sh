#!/usr/bin/env bash
# Issue 3's figures for the file index, in one run, side by side with the standard tools:
#   first index     vs  find -printf '%s %T@'  +  sha256sum over the same files
#   no-change rescan vs  the find walk alone
#   index memory per file (peak RSS of a scan of the big tree minus that of a one-file tree)
# Usage: bench/index_bench.sh [FILES]   (default 100000; the tree is kept in $FERRY_BENCH_DIR or /tmp)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
count=${1:-100000}
work=${FERRY_BENCH_DIR:-/tmp/ferry-index-bench}
tree=$work/tree-$count

command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null
command -v python3 >/dev/null || apt-get install -y -qq python3 >/dev/null
command -v bc >/dev/null || apt-get install -y -qq bc >/dev/null
cd "$root"
[[ -f build/release/CMakeCache.txt ]] || cmake --preset release >/dev/null
cmake --build --preset release --target ferryctl >/dev/null
ctl=$root/build/release/bin/ferryctl

if [[ ! -d $tree ]]; then
    echo "building a tree of $count files in $tree …" >&2
    python3 bench/make_tree.py "$tree.tmp" "$count" >&2 && mv "$tree.tmp" "$tree"
fi
bytes=$(du -sb "$tree" | cut -f1)

seconds() { # run a command, print its wall time in seconds
    local start end
    start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}
best_of() { # best of N runs
    local n=$1; shift; local best=""
    for _ in $(seq "$n"); do
        local t; t=$(seconds "$@")
        if [[ -z $best ]] || (( $(echo "$t < $best" | bc -l) )); then best=$t; fi
    done
    echo "$best"
}
walk() { find "$tree" -type f -printf '%s %T@\n' >/dev/null; }
hash1() { walk; find "$tree" -type f -print0 | xargs -0 -n 2000 sha256sum >/dev/null; }
hash2() { walk; find "$tree" -type f -print0 | xargs -0 -n 2000 -P 2 sha256sum >/dev/null; }

walk  # warm the page cache, so every contender reads from memory
t_walk=$(best_of 5 walk)
t_hash1=$(best_of 3 hash1)
t_hash2=$(best_of 3 hash2)

first_index() {
    rm -rf "$work/home"
    "$ctl" --home "$work/home" site add bench --files "$tree" >/dev/null
    "$ctl" --home "$work/home" site scan bench --json
}
t_first=$(best_of 3 first_index)
t_rescan=$(best_of 5 "$ctl" --home "$work/home" site scan bench --json)
hashed=$("$ctl" --home "$work/home" site scan bench --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["hashedFiles"])')

# Memory: peak RSS of a no-change rescan of the big tree, minus that of a one-file site.
mkdir -p "$work/tiny" && echo tiny >"$work/tiny/index.html"
rm -rf "$work/tiny-home"
"$ctl" --home "$work/tiny-home" site add tiny --files "$work/tiny" >/dev/null
"$ctl" --home "$work/tiny-home" site scan tiny >/dev/null
rss() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1; }
rss_big=$(rss "$ctl" --home "$work/home" site scan bench)
rss_first=$(rm -rf "$work/home2" && "$ctl" --home "$work/home2" site add bench --files "$tree" >/dev/null && rss "$ctl" --home "$work/home2" site scan bench)
rss_tiny=$(rss "$ctl" --home "$work/tiny-home" site scan tiny)
per_file=$(( (rss_big - rss_tiny) * 1024 / count ))
per_file_first=$(( (rss_first - rss_tiny) * 1024 / count ))

ratio() { printf '%.2f×' "$(echo "$1 / $2" | bc -l)"; }
printf '\nFerry file index benchmark: %d files, %s MB, %s (%s cores)\n\n' "$count" $((bytes / 1000000)) \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" "$(nproc)"
printf '%-44s %9s  %-8s %s\n' "measure" "seconds" "ratio" "goal"
printf '%-44s %9.3f\n' "find -type f -printf '%s %T@' (walk)" "$t_walk"
printf '%-44s %9.3f\n' "find + sha256sum, one process" "$t_hash1"
printf '%-44s %9.3f\n' "find + sha256sum, two processes" "$t_hash2"
printf '%-44s %9.3f  %-8s %s\n' "ferryctl site scan: first index" "$t_first" "$(ratio "$t_first" "$t_hash1")" "≤ 1.5× find+sha256sum (one process)"
printf '%-44s %9s  %-8s %s\n' "" "" "$(ratio "$t_first" "$t_hash2")" "   (vs two processes)"
printf '%-44s %9.3f  %-8s %s\n' "ferryctl site scan: no change ($hashed hashed)" "$t_rescan" "$(ratio "$t_rescan" "$t_walk")" "≤ 2× the find walk"
printf '%-44s %9s  %-8s %s\n' "index memory per file, rescan (peak RSS)" "${per_file} B" "" "< 300 B"
printf '%-44s %9s  %-8s %s\n' "memory per file, first index (peak RSS)" "${per_file_first} B" "" ""
