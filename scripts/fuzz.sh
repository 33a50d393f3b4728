#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer and UBSan) in build-fuzz/ and runs
# each for LIAISON_FUZZ_SECONDS (default 60) from the seeds in tests/fuzz/corpus: STIX bundles
# (file import), ops (network input), pasted indicators. A crash or a broken invariant stops it
# and leaves the input as crash-* in the corpus folder's parent. Not part of scripts/test.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/setup-debian.sh"
command -v clang++ >/dev/null || sudo apt-get install -y clang
build="${LIAISON_FUZZ_DIR:-$root/build-fuzz}"
seconds="${LIAISON_FUZZ_SECONDS:-60}"
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DLIAISON_FUZZ=ON -DCMAKE_CXX_FLAGS="$flags" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$build" -j2 --target fuzz_stix fuzz_op fuzz_indicator
for t in stix op indicator; do
  work="$build/fuzz-corpus/$t"
  mkdir -p "$work"
  (cd "$build" && "./tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=65536 \
    -print_final_stats=1 "$work" "$root/tests/fuzz/corpus/$t" 2>&1 | tail -4)
done
echo "fuzz: stix, op and indicator ran ${seconds} s each without a crash"
