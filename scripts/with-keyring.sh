#!/usr/bin/env bash
# Runs a command with a real Secret Service: an unlocked GNOME Keyring on the current D-Bus
# session bus, whose keyring lives in a throwaway folder (never the user's own keyrings).
# Use it inside a private bus:  dbus-run-session -- scripts/with-keyring.sh COMMAND [ARGS…]
set -euo pipefail
[[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]] || { echo "with-keyring.sh: no D-Bus session; run it under dbus-run-session" >&2; exit 2; }
keyrings=$(mktemp -d "${TMPDIR:-/tmp}/ferry-keyring-XXXXXX")
# An empty password on stdin creates and unlocks the login keyring; the daemon prints the
# variables that tell clients where it is.
env_lines=$(printf '\n' | XDG_DATA_HOME="$keyrings" gnome-keyring-daemon --unlock --components=secrets)
eval "$env_lines"
export GNOME_KEYRING_CONTROL
cleanup() {
    [[ -n "${GNOME_KEYRING_PID:-}" ]] && kill "$GNOME_KEYRING_PID" 2>/dev/null || true
    rm -rf "$keyrings"
}
trap cleanup EXIT
"$@"
