#!/usr/bin/env bash
# The README's two commands.
#   scripts/dev.sh run  [ferry options]   install what is missing, build, start the GUI (a demo by default)
#   scripts/dev.sh test [ctest options]   install what is missing, build, run every test through ctest
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

usage() { sed -n '2,4p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

command=${1:-}
[[ -n "$command" ]] || { usage; exit 2; }
shift

scripts/install-deps.sh
if [[ ! -f build/dev/CMakeCache.txt ]]; then
    cmake --preset dev
fi
cmake --build --preset dev

case "$command" in
run)
    args=("$@")
    ((${#args[@]} > 0)) || args=(--demo)
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        echo "ferry: no display found; starting the GUI on a virtual X display (Xvfb)." >&2
        exec xvfb-run -a -s "-screen 0 1600x1000x24" build/dev/bin/ferry "${args[@]}"
    fi
    exec build/dev/bin/ferry "${args[@]}"
    ;;
test)
    # Widgets tests use Qt's offscreen platform (set per test in CMake), so no display is needed.
    # The security tests use a real system keychain: a private D-Bus session with an unlocked,
    # throwaway GNOME Keyring (scripts/with-keyring.sh), never the developer's own.
    exec dbus-run-session -- scripts/with-keyring.sh ctest --preset dev "$@"
    ;;
*)
    usage
    exit 2
    ;;
esac
