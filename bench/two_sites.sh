# Sourced by the sync benchmarks: staging and production homes over a copy of a bench/make_site.py
# tree, production served by the release ferryd on 127.0.0.1 over mutual TLS, staging holding
# relationship "r" and upload profile "up". Needs: bin (ferryctl, ferryd), source (the tree),
# run (a work folder, emptied). Sets P, S and fport; ferryd's pid goes to pids, which the caller
# kills on exit.

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_port() { for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return; sleep 0.1; done; echo "nothing listens on $1" >&2; exit 1; }
ctl() { "$bin/ferryctl" "$@"; }

# ext4 without a journal (this machine's) will not reuse an inode freed less than 60 s ago, and
# it checks every such inode again for each file it creates: right after the last run's trees
# are deleted, creating 10,000 files costs seconds more than a minute later. A timed copy waits
# until the deletion is that old, so neither tool pays for the run before.
deleted_at=0
settle_deletions() {
    local wait=$((deleted_at + 61 - $(date +%s)))
    if ((wait > 0)); then
        echo "waiting ${wait} s for the last run's deleted files to settle …" >&2
        sleep "$wait"
    fi
}

start_two_sites() {
    P=$run/prod-home
    S=$run/stage-home
    echo "copying the source tree …" >&2
    [[ -d $run ]] && deleted_at=$(date +%s)
    rm -rf "$run" && mkdir -p "$run/prod/files" "$P" "$S"
    cp -a "$source" "$run/stage"
    sqlite3 "$source/site.db" '.schema posts' | sqlite3 "$run/prod/site.db"
    # Ferry never scans an empty files folder (an absent mount must not look like every file
    # deleted): production starts with one file, which the initial copy replaces by staging's tree.
    echo "coming soon" >"$run/prod/files/index.txt"
    sync
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
}
