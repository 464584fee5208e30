#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan, UBSan) in build/fuzz and runs one of them from its
# seed corpus in tests/fuzz/corpus/TARGET (read only: new inputs go to a temporary folder).
#   scripts/fuzz.sh build                 only build every target
#   scripts/fuzz.sh TARGET 10s            run for ten seconds
#   scripts/fuzz.sh TARGET 1000000        run a million inputs
# TARGET: hello, feedpage, chunklist, relativepath, checkpoint, zstdchunk, applybatch, manifest, rowvalues,
# chunkbatch, chunkdelta, rsyncdelta. Exit status non-zero on a finding; the input
# that caused it is left in build/fuzz/findings/.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build/fuzz"

if [[ ! -f "$build/build.ninja" || "$root/tests/fuzz/CMakeLists.txt" -nt "$build/build.ninja" ]]; then
    cmake -S "$root/tests/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
target=${1:?usage: scripts/fuzz.sh build|TARGET SECONDSs|RUNS}
if [[ "$target" == build ]]; then
    exec cmake --build "$build" -j2
fi
cmake --build "$build" -j2 --target "fuzz_$target" >/dev/null
budget=${2:-10s}
if [[ "$budget" == *s ]]; then
    limit=(-max_total_time="${budget%s}")
else
    limit=(-runs="$budget")
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$build/findings"
"$build/fuzz_$target" "${limit[@]}" -max_len=65536 -artifact_prefix="$build/findings/" -print_final_stats=1 \
    "$work" "$root/tests/fuzz/corpus/$target"
