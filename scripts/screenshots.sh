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
# At 200% scaling too (the main window in English), for the README.
scaled=$(mktemp -d)
QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2800x1600x24" \
  "$build/tests/liaison-screenshots" "$scaled"
cp "$scaled/main-window-en.png" "$root/docs/screenshots/main-window-en-200.png"
rm -rf "$scaled"
ls -1 "$root/docs/screenshots"
