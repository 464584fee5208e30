#!/bin/sh
# Runs the randomized sync model test over N seeds from FIRST_SEED (default 1):
#   scripts/random-sync.sh 20000 5001
# A failing seed prints its history and `tst_random_sync --seed N`, which replays it exactly.
# Seeds run in as many shards as the machine has cores (FERRY_JOBS overrides).
set -eu
count=${1:?usage: scripts/random-sync.sh N [FIRST_SEED]}
first=${2:-1}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${FERRY_BUILD_DIR:-$root/build/dev}/bin/tst_random_sync
[ -x "$bin" ] || { echo "build tst_random_sync first: cmake --build build/dev --target tst_random_sync" >&2; exit 2; }
jobs=${FERRY_JOBS:-$(nproc)}
per=$(( (count + jobs - 1) / jobs ))
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='ferry.*.info=false'
pids=""
i=0
while [ $i -lt "$jobs" ]; do
    from=$(( first + i * per ))
    n=$per
    [ $(( from + n )) -gt $(( first + count )) ] && n=$(( first + count - from ))
    if [ "$n" -gt 0 ]; then
        "$bin" --seeds "$n" --first "$from" > "/tmp/random-sync-$$-$i.log" 2>&1 &
        pids="$pids $!"
    fi
    i=$(( i + 1 ))
done
status=0
for pid in $pids; do
    wait "$pid" || status=1
done
cat /tmp/random-sync-$$-*.log | grep -v '^QINFO' | grep -E 'seed [0-9]+:|^replay|^history|^  |FAIL|Totals' || true
rm -f /tmp/random-sync-$$-*.log
echo "seeds $first..$(( first + count - 1 )): $([ $status -eq 0 ] && echo all passed || echo FAILURES above)"
exit $status
