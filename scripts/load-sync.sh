#!/bin/bash
# Sync under load: one ferryd serving CLIENTS sites (default 10), each the remote of its own
# staging home with FILES files and ROWS rows. Round 1: four profiles run at once (initial
# copies); round 2: every client at once (initial copies of the rest); round 3: both sides of
# every pair change, every client at once, bidirectional. Checks: every `ferryctl sync` finishes
# within its timeout (no deadlock), every pair agrees afterwards (no lost update), and prints the
# agent's and the largest client's peak resident memory (VmHWM), failing above LIMIT_MB.
#   scripts/load-sync.sh [CLIENTS] [FILES] [ROWS]
set -euo pipefail
clients=${1:-10}
files=${2:-300}
rows=${3:-200}
limit_mb=${LIMIT_MB:-400}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${FERRY_BUILD_DIR:-$root/build/dev}/bin
work=$(mktemp -d "${TMPDIR:-/tmp}/ferry-load-XXXXXX")
agent=""
cleanup() { [ -n "$agent" ] && kill "$agent" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export QT_LOGGING_RULES='ferry.*.info=false' QT_QPA_PLATFORM=offscreen
ctl() { "$bin/ferryctl" "$@"; }
P=$work/P
cd "$work"
echo "pass phrase" > pw && chmod 600 pw
ctl --home "$P" cert ca --name CA >/dev/null
ctl --home "$P" cert issue prod --ip 127.0.0.1 --out "$P/certs" --passphrase-file pw >/dev/null
ctl --home "$P" cert issue staging --out "$work/client-certs" --passphrase-file pw >/dev/null
ctl --home "$P" peer allow "$work/client-certs/staging.crt" --push >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

make_db() { python3 - "$1" "$2" "$3" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1]); db.execute("CREATE TABLE IF NOT EXISTS posts (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
start, count = int(sys.argv[2]), int(sys.argv[3])
db.executemany("INSERT OR REPLACE INTO posts VALUES (?, ?)", [(i, f"post {i} from {sys.argv[1]}") for i in range(start, start + count)])
db.commit()
PY
}
make_files() { # DIR PREFIX COUNT
    mkdir -p "$1"
    for i in $(seq 1 "$3"); do
        mkdir -p "$1/d$((i % 10))"
        printf '%s %s\n' "$2" "$i" > "$1/d$((i % 10))/f$i.html"
    done
    head -c 300000 /dev/urandom > "$1/big-$2.bin"
}

for c in $(seq 0 $((clients - 1))); do
    make_files "$work/prod$c" "prod$c" "$files"
    make_db "$work/prod$c.db" 1 "$rows"
    ctl --home "$P" site add "prod$c" --files "$work/prod$c" --db "sqlite://$work/prod$c.db" --tables posts >/dev/null
    S=$work/S$c
    make_files "$work/stage$c" "stage$c" "$files"
    make_db "$work/stage$c.db" 100000 "$rows"
    ctl --home "$S" site add www --files "$work/stage$c" --db "sqlite://$work/stage$c.db" --tables posts >/dev/null
    ctl --home "$S" relationship add r --site www --remote "https://127.0.0.1:$port/prod$c" \
        --cert "$work/client-certs/staging.crt" --key "$work/client-certs/staging.key" --ca "$work/client-certs/ca.crt" >/dev/null
    ctl --home "$S" profile add up --relationship r --direction bidirectional --conflict newer-wins >/dev/null
done

"$bin/ferryd" --home "$P" --listen "127.0.0.1:$port" --cert "$P/certs/prod.crt" --key "$P/certs/prod.key" \
    --ca "$P/certs/ca.crt" 2> "$work/ferryd.log" &
agent=$!
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done

peak_client_kb=0
run_clients() { # FIRST LAST EXTRA-ARGS...
    local first=$1 last=$2; shift 2
    local pids=() c
    for c in $(seq "$first" "$last"); do
        /usr/bin/time -f '%M' -o "$work/rss$c" timeout 300 "$bin/ferryctl" --home "$work/S$c" sync up --yes --json "$@" \
            > "$work/out$c.json" 2> "$work/err$c" &
        pids+=($!)
    done
    local failed=0
    for i in "${!pids[@]}"; do
        if ! wait "${pids[$i]}"; then
            c=$((first + i)); echo "client $c failed: $(cat "$work/err$c")" >&2; failed=1
        fi
    done
    for c in $(seq "$first" "$last"); do
        kb=$(tail -1 "$work/rss$c"); [ "$kb" -gt "$peak_client_kb" ] && peak_client_kb=$kb
    done
    return $failed
}
check_pairs() {
    local c bad=0
    for c in $(seq 0 $((clients - 1))); do
        if ! diff -r -q "$work/stage$c" "$work/prod$c" >/dev/null; then echo "pair $c: files differ" >&2; bad=1; fi
        a=$(sqlite3 "$work/stage$c.db" 'SELECT group_concat(id || body, ",") FROM (SELECT * FROM posts ORDER BY id)')
        b=$(sqlite3 "$work/prod$c.db" 'SELECT group_concat(id || body, ",") FROM (SELECT * FROM posts ORDER BY id)')
        [ "$a" = "$b" ] || { echo "pair $c: rows differ" >&2; bad=1; }
        # No lost update: what each side changed in round 3 is on both.
        for f in "stage$c/new-prod/d1/f1.html" "prod$c/new/d1/f1.html"; do
            [ -f "$work/$f" ] || { echo "pair $c: $f is missing" >&2; bad=1; }
        done
        for db in stage$c prod$c; do
            n=$(sqlite3 "$work/$db.db" 'SELECT count(*) FROM posts WHERE id IN (200000, 300000)')
            [ "$n" = 2 ] || { echo "pair $c: $db lacks a row changed in round 3" >&2; bad=1; }
        done
    done
    return $bad
}

start=$(date +%s)
echo "round 1: four profiles at once"
run_clients 0 3 --initial upload
echo "round 2: the other $((clients - 4)) at once"
[ "$clients" -gt 4 ] && run_clients 4 $((clients - 1)) --initial download
echo "round 3: both sides changed, all $clients at once"
for c in $(seq 0 $((clients - 1))); do
    make_files "$work/stage$c/new" "stage$c-r3" 20
    make_files "$work/prod$c/new-prod" "prod$c-r3" 20
    make_db "$work/stage$c.db" 200000 50
    make_db "$work/prod$c.db" 300000 50
done
run_clients 0 $((clients - 1))
run_clients 0 $((clients - 1))  # settles versions both ways; must find nothing left to move
check_pairs
agent_kb=$(awk '/VmHWM/ {print $2}' "/proc/$agent/status")
echo "all $clients pairs agree after $(( $(date +%s) - start )) s; peak RSS: ferryd $((agent_kb / 1024)) MiB, largest ferryctl $((peak_client_kb / 1024)) MiB"
if [ $((agent_kb / 1024)) -gt "$limit_mb" ]; then echo "ferryd used more than $limit_mb MiB" >&2; exit 1; fi
