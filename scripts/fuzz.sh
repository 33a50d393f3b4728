#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer and UBSan) in build-fuzz/ and runs
# each for LIAISON_FUZZ_SECONDS (default 60) from the seeds in tests/fuzz/corpus: STIX bundles
# (file import), ops (network input), pasted indicators, vCard files (contact import), iCalendar
# files (import). A crash or a broken invariant stops it: the whole report (sanitizer output,
# stack, the input's name) is printed and kept in build-fuzz/fuzz-logs/NAME.log, and the input
# is kept as build-fuzz/fuzz-artifacts/NAME-crash-*.
# LIAISON_FUZZ_ARGS adds libFuzzer options (e.g. -jobs=2). Not part of scripts/test.sh.
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
cmake --build "$build" -j2 --target fuzz_stix fuzz_op fuzz_indicator fuzz_vcard fuzz_icalendar
mkdir -p "$build/fuzz-logs" "$build/fuzz-artifacts"
for t in stix op indicator vcard icalendar; do
  work="$build/fuzz-corpus/$t"
  log="$build/fuzz-logs/$t.log"
  mkdir -p "$work"
  status=0
  (cd "$build" && "./tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$t-" ${LIAISON_FUZZ_ARGS:-} \
    "$work" "$root/tests/fuzz/corpus/$t") >"$log" 2>&1 || status=$?
  if [ $status -ne 0 ]; then
    cat "$log" >&2
    echo "fuzz: fuzz_$t failed (exit $status): the report above is kept in $log, the input in" \
      "$build/fuzz-artifacts/ ($(ls "$build/fuzz-artifacts" | grep "^$t-" | tr '\n' ' '))" >&2
    exit $status
  fi
  tail -4 "$log"
done
echo "fuzz: stix, op, indicator, vcard and icalendar ran ${seconds} s each without a crash"
