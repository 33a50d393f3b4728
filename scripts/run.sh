#!/usr/bin/env bash
# Sets up (apt), builds and starts Liaison on Debian 12 / Ubuntu. First run: the app asks to
# create a profile. Options after the script name go to the app (e.g. --profile DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/setup-debian.sh"
build="${LIAISON_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2 --target liaison liaison-hub
exec "$build/app/desktop/liaison" "$@"
