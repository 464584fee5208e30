#!/usr/bin/env bash
# The sync benchmark's initial copy only, two builds taking turns: on a machine whose speed wanders
# by a second within the hour, a change is judged in such pairs, not against another day's table.
# Usage: bench/initial_pair.sh OLD_BIN_DIR NEW_BIN_DIR [ROUNDS]   (each DIR holds ferryctl and ferryd)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
old=$1 new=$2 rounds=${3:-3}
for _ in $(seq "$rounds"); do
    for bin in "$old" "$new"; do
        printf '%s: ' "$bin"
        FERRY_BENCH_INITIAL_ONLY=1 FERRY_BENCH_BIN=$bin "$root/bench/sync_bench.sh" 2>&1 | grep '^initial sync:\|rror\|differ' | tr '\n' ' '
        echo
    done
done
