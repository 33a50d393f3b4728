#!/usr/bin/env bash
# Sets up (apt), builds with -Werror and runs every test (ctest), then checks formatting.
# GUI tests run with QT_QPA_PLATFORM=offscreen; network tests use 127.0.0.1 only.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/setup-debian.sh"
build="${LIAISON_BUILD_DIR:-$root/build-ci}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLIAISON_WERROR=ON >/dev/null
cmake --build "$build" -j2
export QT_QPA_PLATFORM=offscreen
status=0
(cd "$build" && ctest --output-on-failure -j2 --timeout 300) || status=$?
"$root/scripts/check-format.sh" || status=1
exit $status
