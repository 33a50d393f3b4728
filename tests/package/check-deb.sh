#!/usr/bin/env bash
# Checks a built liaison .deb (run by scripts/package.sh and the tst_package test): unpacks it
# with dpkg-deb -x into a temporary root, checks the desktop integration, the man pages, the
# shell completion and the hub's service are there and well formed, runs each program's
# --version from that root (no LD_LIBRARY_PATH), starts and stops a hub from it, runs the
# demo (which must find the packaged hub beside liaison and not leave it running), and runs
# lintian, which must report no error and no warning (its informational tags are printed).
#   tests/package/check-deb.sh path/to/liaison_VERSION_ARCH.deb
set -euo pipefail
deb=$(realpath "$1")
failures=0
fail() { echo "check-deb: FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "check-deb: ok: $*"; }

for tool in dpkg-deb lintian appstreamcli desktop-file-validate man; do
  command -v "$tool" >/dev/null || { echo "check-deb: $tool is missing (run packaging/setup-debian.sh)" >&2; exit 2; }
done

tmp=$(mktemp -d)
hub_pid=
demo_pid=
demo_hub=
cleanup() {
  [ -n "$hub_pid" ] && kill "$hub_pid" 2>/dev/null || true
  [ -n "$demo_pid" ] && kill "$demo_pid" 2>/dev/null || true
  [ -n "$demo_hub" ] && kill -KILL "$demo_hub" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
root="$tmp/root"
dpkg-deb -x "$deb" "$root"
dpkg-deb -e "$deb" "$tmp/control"
version=$(dpkg-deb -f "$deb" Version)
ok "unpacked liaison $version into a temporary root"

# ---- Files ---------------------------------------------------------------------------------
desktop=("$root"/usr/share/applications/*.desktop)
[ ${#desktop[@]} -eq 1 ] && [ -f "${desktop[0]}" ] || { fail "one .desktop file expected"; exit 1; }
id=$(basename "${desktop[0]}" .desktop)
expected=(
  usr/bin/liaison usr/bin/liaison-hub usr/bin/liaison-cli
  "usr/share/applications/$id.desktop"
  "usr/share/metainfo/$id.metainfo.xml"
  "usr/share/icons/hicolor/scalable/apps/$id.svg"
  usr/share/man/man1/liaison.1.gz usr/share/man/man1/liaison-hub.1.gz
  usr/share/man/man1/liaison-cli.1.gz usr/share/man/fr/man1/liaison.1.gz
  usr/share/bash-completion/completions/liaison-cli
  usr/share/bash-completion/completions/liaison-hub
  lib/systemd/system/liaison-hub.service
  usr/lib/sysusers.d/liaison-hub.conf
  usr/share/doc/liaison/copyright usr/share/doc/liaison/changelog.gz
)
sizes=(16 22 24 32 48 64 128 256)
for size in "${sizes[@]}"; do
  expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
missing=0
for f in "${expected[@]}"; do
  [ -f "$root/$f" ] || { fail "missing /$f"; missing=1; }
done
for f in postinst prerm postrm; do
  [ -x "$tmp/control/$f" ] || { fail "missing or not executable maintainer script $f"; missing=1; }
done
[ -d "$root/etc" ] && fail "the package ships files in /etc (a service would be enabled, or conffiles)"
[ $missing -eq 0 ] && ok "${#expected[@]} files and the maintainer scripts are there"

# ---- Desktop file, metainfo, icons -----------------------------------------------------------
d="${desktop[0]}"
for key in 'Name' 'Name\[fr\]' 'GenericName' 'GenericName\[fr\]' 'Comment' 'Comment\[fr\]' \
           'Keywords' 'Keywords\[fr\]' 'Categories' 'Exec=liaison$' "Icon=$id\$"; do
  grep -Eq "^$key(=|$)" "$d" || fail "$id.desktop has no ${key//\\/}"
done
desktop-file-validate "$d" | grep -v ': hint: ' && fail "desktop-file-validate" || ok "desktop file valid"
metainfo="$root/usr/share/metainfo/$id.metainfo.xml"
if appstreamcli validate --no-net "$metainfo" >"$tmp/appstream.txt" 2>&1; then
  ok "appstreamcli validate passes"
else
  cat "$tmp/appstream.txt" >&2
  fail "appstreamcli validate"
fi
grep -q '<summary xml:lang="fr">' "$metainfo" || fail "metainfo has no French summary"
grep -q '<p xml:lang="fr">' "$metainfo" || fail "metainfo has no French description"
grep -q '<screenshot' "$metainfo" || fail "metainfo has no screenshots"
grep -q "<release version=\"$version\"" "$metainfo" || fail "metainfo has no release $version"
for size in "${sizes[@]}"; do
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
  # PNG: width and height are the big-endian words at bytes 16 and 20.
  read -r w1 w2 w3 w4 h1 h2 h3 h4 < <(od -An -tu1 -j16 -N8 "$png")
  [ $(((w1 << 24) | (w2 << 16) | (w3 << 8) | w4)) -eq "$size" ] \
    && [ $(((h1 << 24) | (h2 << 16) | (h3 << 8) | h4)) -eq "$size" ] \
    || fail "$png is not ${size}x${size}"
done
ok "desktop file keys, metainfo in English and French, icons of ${sizes[*]} px"

# ---- Programs: --version from the unpacked root, no RPATH, every library found ---------------
bin="$root/usr/bin"
for program in liaison liaison-hub liaison-cli; do
  if readelf -d "$bin/$program" | grep -Eq 'RPATH|RUNPATH'; then
    fail "$program has an RPATH"
  fi
  if ldd "$bin/$program" | grep -q 'not found'; then
    fail "$program: a library is not found: $(ldd "$bin/$program" | grep 'not found' | head -1)"
  fi
done
[ "$(env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$bin/liaison" --version)" = "Liaison $version" ] \
  || fail "liaison --version"
[ "$(env -u LD_LIBRARY_PATH "$bin/liaison-hub" --version)" = "liaison-hub $version" ] \
  || fail "liaison-hub --version"
[ "$(env -u LD_LIBRARY_PATH "$bin/liaison-cli" --version)" = "liaison-cli $version" ] \
  || fail "liaison-cli --version"
ok "--version of the three programs from the unpacked root"

# A hub from the package: init, a centre, a code, serve, and a clean stop on SIGTERM.
hubdir="$tmp/hub"
export QT_LOGGING_RULES="liaison.*.info=false"
"$bin/liaison-hub" init --data "$hubdir" >/dev/null
"$bin/liaison-hub" centre add --data "$hubdir" --code CCIRC --name "Test centre" >/dev/null
"$bin/liaison-hub" enroll --data "$hubdir" --centre CCIRC --analyst tester --json \
  | grep -q '"code"' || fail "liaison-hub enroll --json"
[ "$(stat -c %a "$hubdir")" = 700 ] && [ "$(stat -c %a "$hubdir/hub.key")" = 600 ] \
  || fail "the hub folder is not 0700 or hub.key not 0600"
"$bin/liaison-hub" serve --data "$hubdir" --listen 127.0.0.1:0 >"$tmp/hub.log" 2>&1 &
hub_pid=$!
for _ in $(seq 100); do
  grep -q '^Listening' "$tmp/hub.log" && break
  sleep 0.05
done
if grep -q '^Listening' "$tmp/hub.log"; then
  kill -TERM "$hub_pid"
  status=0
  wait "$hub_pid" || status=$?
  hub_pid=
  [ $status -eq 0 ] && ok "hub from the package: init, enroll, serve, stopped by SIGTERM" \
    || fail "liaison-hub serve exited with $status after SIGTERM"
else
  fail "liaison-hub serve did not start: $(cat "$tmp/hub.log")"
fi

# `liaison --demo` runs the liaison-hub installed next to it (no PATH, no LIAISON_HUB_BINARY),
# and its hub goes when it does.
env -u LD_LIBRARY_PATH -u LIAISON_HUB_BINARY PATH=/nonexistent QT_QPA_PLATFORM=offscreen \
  TMPDIR="$tmp" "$bin/liaison" --demo >"$tmp/demo.log" 2>&1 &
demo_pid=$!
for _ in $(seq 400); do
  demo_hub=$(pgrep -P "$demo_pid" -f "^$bin/liaison-hub serve" || true)
  [ -n "$demo_hub" ] && break
  kill -0 "$demo_pid" 2>/dev/null || break
  sleep 0.05
done
kill -TERM "$demo_pid" 2>/dev/null || true
wait "$demo_pid" 2>/dev/null || true
demo_pid=
# Running, not a zombie (whose command line is empty).
serving() { grep -q serve "/proc/$demo_hub/cmdline" 2>/dev/null; }
if [ -z "$demo_hub" ]; then
  fail "liaison --demo started no liaison-hub from $bin: $(tail -3 "$tmp/demo.log")"
else
  for _ in $(seq 200); do
    serving || break
    sleep 0.05
  done
  if serving; then
    fail "the demo's liaison-hub outlived liaison"
  else
    demo_hub=
    ok "liaison --demo runs the packaged liaison-hub beside it, which ends with it"
  fi
fi

# ---- Man pages: clean for man, one entry per line of --help ----------------------------------
for page in man1/liaison man1/liaison-hub man1/liaison-cli fr/man1/liaison; do
  file="$root/usr/share/man/$page.1.gz"
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$file" 2>&1 >/dev/null || true)
  [ -z "$warnings" ] || fail "man warns about $page: $warnings"
done
for program in liaison-hub liaison-cli; do
  entries=$("$bin/$program" --help | grep -Ec '^  [^ ]')
  tagged=$(zcat "$root/usr/share/man/man1/$program.1.gz" | grep -c '^\\fB')
  [ "$entries" -eq "$tagged" ] \
    || fail "$program.1 has $tagged entries, its --help $entries"
done
entries=$(QT_QPA_PLATFORM=offscreen LC_ALL=C "$bin/liaison" --help 2>/dev/null | grep -Ec '^  [^ ]')
tagged=$(zcat "$root/usr/share/man/man1/liaison.1.gz" | grep -c '^\\fB')
[ "$entries" -eq "$tagged" ] || fail "liaison.1 has $tagged entries, its --help $entries"
ok "man pages render without warnings and list every entry of --help"

# ---- Shell completion: every command and option of --help ------------------------------------
for program in liaison-hub liaison-cli; do
  completion="$root/usr/share/bash-completion/completions/$program"
  bash -n "$completion" || fail "$completion does not parse"
  words=$("$bin/$program" --help | awk '/^  [a-z]/ { print $1; if ($2 ~ /^[a-z][a-z-]*$/) print $2 }')
  options=$("$bin/$program" --help | grep -Eo -- '--[a-z][a-z-]*' || true)
  for word in $words $options; do
    grep -Eq -- "(^|[ \"(|])$word([ \")|]|$)" "$completion" || fail "$program completion lacks $word"
  done
  bash -c "source '$completion' && complete -p $program" >/dev/null || fail "$program completion not registered"
done
ok "bash completion knows every command and option of liaison-hub and liaison-cli"

# ---- The hub's service: hardened, its own user, not enabled ----------------------------------
unit="$root/lib/systemd/system/liaison-hub.service"
for key in 'User=liaison-hub' 'StateDirectory=liaison-hub' 'ProtectSystem=strict' \
           'NoNewPrivileges=yes' 'PrivateTmp=yes' 'ProtectHome=yes' 'CapabilityBoundingSet=$' \
           'ExecStart=/usr/bin/liaison-hub serve' 'WantedBy=multi-user.target'; do
  grep -Eq "^$key" "$unit" || fail "liaison-hub.service lacks $key"
done
grep -Eq '^u liaison-hub ' "$root/usr/lib/sysusers.d/liaison-hub.conf" || fail "no sysusers line"
if grep -Eq 'systemctl +(--[a-z]+ +)*(enable|start)|deb-systemd-helper +enable' "$tmp/control/postinst"; then
  fail "postinst enables or starts the service"
fi
if command -v systemd-analyze >/dev/null; then
  # Verified on this system with the unpacked program in place of /usr/bin/liaison-hub (its
  # man page is not installed here: that one complaint is expected).
  sed "s|/usr/bin/liaison-hub|$root/usr/bin/liaison-hub|g" "$unit" >"$tmp/liaison-hub.service"
  systemd-analyze verify "$tmp/liaison-hub.service" >"$tmp/verify.txt" 2>&1 || true
  if grep -v "man liaison-hub(1)" "$tmp/verify.txt" | grep .; then
    fail "systemd-analyze verify"
  else
    ok "systemd-analyze verify: no complaint"
  fi
  exposure=$(systemd-analyze security --offline=yes "$unit" 2>/dev/null \
    | sed -n 's/.*Overall exposure level for [^:]*: //p')
  echo "check-deb: systemd-analyze security --offline: exposure $exposure"
fi
ok "service: own user, state folder, hardening, not enabled"

# ---- lintian -------------------------------------------------------------------------------
if lintian --fail-on error,warning --display-info "$deb" >"$tmp/lintian.txt" 2>&1; then
  ok "lintian: no error, no warning"
else
  fail "lintian"
fi
grep -v 'running with root privileges' "$tmp/lintian.txt" | awk '{ print "check-deb: lintian: " $0 }'


if [ $failures -ne 0 ]; then
  echo "check-deb: $failures check(s) failed for $(basename "$deb")" >&2
  exit 1
fi
echo "check-deb: $(basename "$deb") passed every check"
