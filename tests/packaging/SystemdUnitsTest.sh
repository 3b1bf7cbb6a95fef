#!/usr/bin/env bash
# The exporter's systemd units: systemd-analyze verify accepts them without a single warning (it
# exits 0 on unknown keys, so any output fails the test), the system service keeps the options a
# service facing the network needs, and its exposure score stays "OK".
#
# usage: SystemdUnitsTest.sh SYSTEMD_ANALYZE ALLIUM_USAGE_BINARY SYSTEM_UNIT USER_UNIT
# Exits 77 (skipped) when systemd-analyze is not installed.
set -euo pipefail

analyze=$1 binary=$2 system_unit=$3 user_unit=$4
if [ ! -x "$analyze" ]; then
    echo "SKIP: systemd-analyze is not installed (package systemd)"
    exit 77
fi
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/allium-units-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/runtime" "$scratch/user"
# verify checks that ExecStart= names an executable; the package puts it in /usr/bin, this
# build has it elsewhere. Everything else is verified as shipped.
sed "s|/usr/bin/allium-usage|$binary|" "$system_unit" >"$scratch/allium-usage.service"
sed "s|/usr/bin/allium-usage|$binary|" "$user_unit" >"$scratch/user/allium-usage.service"

if ! out=$("$analyze" verify --man=no "$scratch/allium-usage.service" 2>&1) || [ -n "$out" ]; then
    fail "systemd-analyze verify on the system service: $out"
fi
if ! out=$(XDG_RUNTIME_DIR="$scratch/runtime" "$analyze" --user verify --man=no \
    "$scratch/user/allium-usage.service" 2>&1) || [ -n "$out" ]; then
    fail "systemd-analyze --user verify on the user service: $out"
fi
echo "PASS: systemd-analyze verify accepts both units without a warning"

for option in DynamicUser=yes 'LoadCredential=allium-api-key:' StateDirectory=allium-usage \
    ProtectSystem=strict ProtectHome=yes PrivateTmp=yes NoNewPrivileges=yes CapabilityBoundingSet= \
    RestrictAddressFamilies= SystemCallFilter=@system-service MemoryDenyWriteExecute=yes \
    'ExecStart=/usr/bin/allium-usage --serve --listen 127.0.0.1:'; do
    grep -q "^$option" "$system_unit" || fail "the system service lacks $option"
done
grep -q '^Environment=.*ALLIUM_API_KEY' "$system_unit" && fail "the system service puts a key in its environment"
echo "PASS: the system service runs as a dynamic user with a credential, a state directory and hardening"

if security=$("$analyze" security --offline=yes --man=no "$scratch/allium-usage.service" 2>&1); then
    score=$(grep -oE 'Overall exposure level for [^:]+: [0-9.]+' <<<"$security" | grep -oE '[0-9.]+$')
    [ -n "$score" ] || fail "no exposure score in: $security"
    awk -v s="$score" 'BEGIN { exit !(s <= 2.0) }' || fail "exposure level $score is above 2.0"
    echo "PASS: systemd-analyze security rates the system service $score (OK)"
fi
