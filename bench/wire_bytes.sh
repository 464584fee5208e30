#!/usr/bin/env bash
# Where a sync's bytes go, request by request, after a 1% in-place edit (bench/make_site.py --edit)
# on the site that bench/sync_bench.sh left in $FERRY_BENCH_DIR/run (run that first, same folder):
#   bench/wire_bytes.sh up   [SEED]   edit staging's files, push them (the benchmark's profile)
#   bench/wire_bytes.sh down [SEED]   edit production's files, pull them (a download profile)
# A run with nothing to move goes first, so the change feed carries no echo of the last push.
# Prints the run's bytesOut and bytesIn, then per request kind: count, body bytes out and in (the
# client's ferry.net.client debug log), and whether both trees are identical afterwards.
# Seed 6 is sync_bench.sh's own edit: use another (default 7) to change something.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
direction=${1:?usage: bench/wire_bytes.sh up|down [SEED]}
seed=${2:-7}
work=${FERRY_BENCH_DIR:-/tmp/ferry-sync-bench}
bin=${FERRY_BENCH_BIN:-$root/build/release/bin}
run=$work/run
P=$run/prod-home
S=$run/stage-home
[[ -d $S && -d $P ]] || { echo "no benchmark run in $run: run bench/sync_bench.sh first" >&2; exit 1; }
port=$(sqlite3 "$S/state.db" "SELECT remote_url FROM relationships WHERE name = 'r'" | sed 's/.*:\([0-9]*\)\/.*/\1/')
"$bin/ferryd" --home "$P" --listen "127.0.0.1:$port" --cert "$P/certs/prod.crt" --key "$P/certs/prod.key" \
    --ca "$P/certs/ca.crt" >"$run/ferryd-wire-bytes.log" 2>&1 &
pid=$!
trap 'kill $pid' EXIT
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done

if [[ $direction == up ]]; then
    profile=up
    edited=$run/stage
else
    profile=down
    "$bin/ferryctl" --home "$S" profile add down --relationship r --direction download >/dev/null 2>&1 || true
    # make_site.py edits ROOT/files: production's files root, seen through a folder of its own.
    edited=$run/prod-edit
    mkdir -p "$edited" && ln -sfn "$run/prod/files" "$edited/files"
fi
"$bin/ferryctl" --home "$S" sync "$profile" --yes --json >/dev/null
python3 "$root/bench/make_site.py" --edit "$edited" 1 "$seed" >/dev/null
QT_LOGGING_RULES="ferry.net.client.debug=true" "$bin/ferryctl" --home "$S" sync "$profile" --yes --json \
    >"$run/wire-bytes.json" 2>"$run/wire-bytes.log"
python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); print("files sent %d, received %d, failed %d; bytesOut %d, bytesIn %d" % (j["filesSent"], j["filesReceived"], j["failed"], j["bytesOut"], j["bytesIn"]))' \
    "$run/wire-bytes.json"
# Lines: "bytes METHOD PATH out N in M" (one request), "bytes METHOD PATH out N" and
# "bytes parallel in M" (chunk batches, several in flight).
sed -n 's/.*ferry.net.client.*: bytes //p' "$run/wire-bytes.log" | awk '
    $1 == "parallel" { pin += $3; next }
    { key = $1 " " $2; sub(/checkpoints\/.*/, "checkpoints/PEER", key); n[key]++; out[key] += $4; if (NF >= 6) inb[key] += $6 }
    END {
        for (k in n) printf "%-32s %5d requests %10d out %10d in\n", k, n[k], out[k], inb[k]
        if (pin > 0) printf "%-32s %5s          %10s     %10d in\n", "(batches, answers)", "", "", pin
    }' | sort
if diff -r "$run/stage/files" "$run/prod/files" >/dev/null; then echo "trees identical"; else echo "trees differ" >&2; exit 1; fi
