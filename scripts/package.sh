#!/usr/bin/env bash
# Builds the Debian package of Liaison (liaison, liaison-hub, liaison-cli and their desktop
# integration) with CPack and checks it (tests/package/check-deb.sh: unpacked, run, lintian).
# Prints the package's path last.
#   scripts/package.sh [--build-dir DIR] [--output DIR] [--no-build] [--no-check]
# --build-dir: the CMake build folder (default build-package/, configured without the tests);
# --no-build: package what that folder already holds (the tst_package test does this);
# --output: where the .deb goes (default DIR/packages).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-package"
output=""
do_build=1
do_check=1
while [ $# -gt 0 ]; do
  case $1 in
    --build-dir) build=$(realpath -m "$2"); shift 2 ;;
    --output) output=$(realpath -m "$2"); shift 2 ;;
    --no-build) do_build=0; shift ;;
    --no-check) do_check=0; shift ;;
    *) echo "usage: $0 [--build-dir DIR] [--output DIR] [--no-build] [--no-check]" >&2; exit 2 ;;
  esac
done
output="${output:-$build/packages}"

if [ $do_build -eq 1 ]; then
  "$root/packaging/setup-debian.sh"
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLIAISON_WERROR=ON \
    -DLIAISON_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" -j2
fi
[ -f "$build/CPackConfig.cmake" ] || { echo "package: $build is not a configured build" >&2; exit 2; }

# A fresh output folder: no stale package or staging tree from an earlier run.
rm -rf "$output"
mkdir -p "$output"
cpack -G DEB -B "$output" --config "$build/CPackConfig.cmake" >"$output/cpack.log" 2>&1 \
  || { cat "$output/cpack.log" >&2; exit 1; }
rm -rf "$output/_CPack_Packages"
deb=$(ls "$output"/liaison_*.deb)

if [ $do_check -eq 1 ]; then
  "$root/tests/package/check-deb.sh" "$deb"
fi
echo "$deb"
