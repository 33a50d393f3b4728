#!/usr/bin/env bash
# Takes the README screenshots (English and French) in a real X server (Xvfb).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/setup-debian.sh"
build="${LIAISON_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2 --target liaison-screenshots
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \
  "$build/tests/liaison-screenshots" "$root/docs/screenshots"
ls -1 "$root/docs/screenshots"
