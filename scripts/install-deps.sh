#!/usr/bin/env bash
# Installs the Debian 12 packages Ferry needs to build, run and test, and only those that are
# missing, so that a second run costs a dpkg query and nothing more.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config
    # Qt 6.4: core, widgets, SQL (SQLite driver), SVG icons, translations tooling
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 libqt6sql6-sqlite qt6-qpa-plugins qt6-translations-l10n
    libgl-dev libvulkan-dev
    # Qt Charts: the throughput chart of a run's detail view (its CMake package needs Qt OpenGL's
    # development files, which Debian's qt6-charts-dev does not pull in)
    qt6-charts-dev libqt6opengl6-dev
    # SQLite's C API, for the index's bulk read
    libsqlite3-dev
    # content databases: Qt's PostgreSQL driver, and a PostgreSQL server the tests start in a temp folder
    libqt6sql6-psql postgresql
    # a display for the GUI on machines without one, and fonts to draw it with
    xvfb xauth fonts-dejavu-core
    # OpenSSL 3: SHA-256 of contents and chunks; keys, X.509 and PKCS#12 for certificates; and its
    # command line, which the tests use as an independent witness
    libssl-dev openssl
    # secrets: QtKeychain over the Secret Service; the tests run a real GNOME Keyring on a private
    # D-Bus session (dbus-run-session), and secret-tool to look into it
    qtkeychain-qt6-dev gnome-keyring dbus dbus-x11 libsecret-tools
    # the agent's wire protocol: Qt HttpServer for ferryd's mutual-TLS server (its CMake package
    # requires Qt WebSockets' development files); Qt Network (in qt6-base-dev) for the client
    qt6-httpserver-dev qt6-websockets-dev
    # zstd: optional compression of chunks on the wire
    libzstd-dev
    # librsync: rsync-style deltas inside a chunk, so a small edit does not send the whole chunk
    librsync-dev
    # rdiff, librsync's command line: tests/fuzz/make_seeds.py makes the delta fuzz seeds with it
    rdiff
    # the tests and administrators read the agent's hello with curl, as README.md shows
    curl
    # fuzzing the wire decoders: clang with libFuzzer, ASan and UBSan (scripts/fuzz.sh)
    clang libclang-rt-14-dev
)

missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "ferry: installing ${#missing[@]} missing Debian packages: ${missing[*]}"
sudo=()
if ((EUID != 0)); then
    command -v sudo >/dev/null || { echo "ferry: run as root, or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
