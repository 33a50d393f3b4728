#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (LIAISON_SANITIZE) in
# its own folder and runs every test (ctest), leak checking included. Any report fails the test
# that made it. Not part of scripts/test.sh (a second full build, and the tests run slower):
# run it before closing an issue that touches the core (CONTRIBUTING.md).
# LIAISON_SANITIZE_DIR (default build-asan) is the build folder; arguments go to ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/setup-debian.sh"
build="${LIAISON_SANITIZE_DIR:-$root/build-asan}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLIAISON_WERROR=ON \
  -DLIAISON_SANITIZE="address,undefined" >/dev/null
cmake --build "$build" -j2
export QT_QPA_PLATFORM=offscreen
# quarantine_size_mb: the default, written out because tst_hubprocess allows for it in the
# hub's memory bound. No detect_stack_use_after_return: its fake stack frames are only 32-byte
# aligned, and libsodium's hash state (alignas 64) on the stack is then misaligned for UBSan.
export ASAN_OPTIONS="detect_leaks=1:quarantine_size_mb=256:strict_init_order=1:check_initialization_order=1:halt_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
(cd "$build" && ctest --output-on-failure -j2 --timeout 900 "$@")
echo "sanitize: every test passed under AddressSanitizer and UBSan"
