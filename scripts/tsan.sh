#!/usr/bin/env bash
# Builds the threaded tests with ThreadSanitizer in their own folder and runs them: the hub's
# worker-thread signature checks, the client's pipelined page verification, parallel signing.
# Not part of scripts/test.sh (a second full build); run it after changing threaded code.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/setup-debian.sh"
build="${LIAISON_TSAN_DIR:-$root/build-tsan}"
# LIAISON_SANITIZE=thread (cmake/Hardening.cmake); flags of older configurations cleared.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLIAISON_SANITIZE=thread \
  -DCMAKE_CXX_FLAGS= -DCMAKE_EXE_LINKER_FLAGS= -DCMAKE_SHARED_LINKER_FLAGS= >/dev/null
tests=(tst_sync tst_oplog tst_convergence)
cmake --build "$build" -j2 --target "${tests[@]}"
export QT_QPA_PLATFORM=offscreen TSAN_OPTIONS="suppressions=$root/tests/tsan.supp halt_on_error=1"
for t in "${tests[@]}"; do
  "$build/tests/$t"
done
echo "tsan: ${tests[*]} passed without a data race report"
