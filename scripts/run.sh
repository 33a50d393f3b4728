#!/usr/bin/env bash
# Sets up (apt), builds and starts Liaison on Debian 12 / Ubuntu: a local liaison-hub on its
# embedded store (wss:// on 127.0.0.1, made on first run with the centres CCIRC and USCERT and a
# one-time code for you), then the desktop app, which enrols with it on first start.
# Options after the script name go to the app (e.g. --profile DIR).
# LIAISON_DATA (default ~/.local/share/liaison-local) holds the hub; LIAISON_HUB_PORT (8443).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/setup-debian.sh"
build="${LIAISON_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2 --target liaison liaison-hub liaison-cli

hub="$build/app/hub/liaison-hub"
data="${LIAISON_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/liaison-local}"
hubdir="$data/hub"
port="${LIAISON_HUB_PORT:-8443}"
mkdir -p "$data"
if [ ! -f "$hubdir/hub.key" ]; then
  "$hub" init --data "$hubdir"
  "$hub" centre add --data "$hubdir" --code CCIRC --name "Canadian Cyber Incident Response Centre"
  "$hub" centre add --data "$hubdir" --code USCERT --name "US-CERT"
  code=$("$hub" enroll --data "$hubdir" --centre CCIRC --analyst "$(id -un)" --valid 30d \
    | sed -n 's/^One-time enrolment code: //p')
  (umask 077 && printf '%s\n' "$code" >"$hubdir/first-analyst.code")
fi
fingerprint=$("$hub" fingerprint --data "$hubdir")

"$hub" serve --data "$hubdir" --listen "127.0.0.1:$port" >"$data/hub.log" 2>&1 &
hub_pid=$!
trap 'kill "$hub_pid" 2>/dev/null || true; wait "$hub_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  grep -q '^Listening' "$data/hub.log" 2>/dev/null && break
  kill -0 "$hub_pid" 2>/dev/null || { echo "run: the hub did not start, see $data/hub.log" >&2; break; }
  sleep 0.1
done
echo "run: hub on wss://127.0.0.1:$port (certificate $fingerprint), log in $data/hub.log"

"$build/app/desktop/liaison" --hub "wss://127.0.0.1:$port" --hub-fingerprint "$fingerprint" \
  --enrol-code-file "$hubdir/first-analyst.code" "$@"
