#!/usr/bin/env bash
# Builds the Debian package from an existing build tree with cpack, then checks it the way a user
# and a distribution would: its contents and control fields, the desktop entry, the AppStream
# metainfo, the icons and the man page, and that the binary extracted from it runs with no display.
#
# usage: DebianPackageTest.sh BUILD_DIR PROJECT_VERSION APP_ID CPACK
set -euo pipefail

build_dir=$1
version=$2
app_id=$3
cpack=$4

checks=0
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
pass() {
    checks=$((checks + 1))
    echo "PASS: $*"
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/allium-package-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# --- build the package (cpack only: the build tree is already built) ---
if ! cpack_log=$("$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$scratch/out" 2>&1); then
    echo "$cpack_log" >&2
    fail "cpack could not build the Debian package"
fi
shopt -s nullglob
debs=("$scratch"/out/*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected exactly one .deb in $scratch/out, found ${#debs[@]}"
deb=${debs[0]}
pass "cpack built $(basename "$deb")"

# --- control fields ---
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = "allium-usage" ] || fail "Package is '$(field Package)', expected allium-usage"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
[ "$(field Section)" = "utils" ] || fail "Section is '$(field Section)', expected utils"
[[ "$(field Maintainer)" == *@* ]] || fail "Maintainer '$(field Maintainer)' has no e-mail address"
[[ "$(field Description)" == *"Allium API"* ]] || fail "Description does not describe the app"
depends=$(field Depends)
# These come from dpkg-shlibdeps reading the binary; the plug-in packages are declared by hand.
for package in libc6 libqt6core6 libqt6widgets6 libqt6network6 libqt6keychain1 qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6; do
    [[ ", $depends," == *", $package"[\ ,]* ]] || fail "Depends lacks $package: $depends"
done
pass "control fields and dependencies: $depends"

# --- contents ---
listing=$(dpkg-deb -c "$deb" | awk '{ print $NF }')
expected=(
    ./usr/bin/allium-usage
    "./usr/share/applications/$app_id.desktop"
    "./usr/share/metainfo/$app_id.metainfo.xml"
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    ./usr/share/man/man1/allium-usage.1.gz
)
icon_sizes=(16 22 24 32 48 64 128 256)
for size in "${icon_sizes[@]}"; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" <<<"$listing" || fail "the package does not contain $path"
done
if grep -E '^\./usr/local/|/IconRasterizer$|Test$' <<<"$listing"; then
    fail "the package contains files that do not belong in it (above)"
fi
pass "the package holds the binary, desktop entry, metainfo, ${#icon_sizes[@]} PNG icons, the SVG and the man page"

# --- extract and validate what is in it ---
root=$scratch/root
dpkg-deb -x "$deb" "$root"

desktop="$root/usr/share/applications/$app_id.desktop"
if ! out=$(desktop-file-validate "$desktop" 2>&1) || [ -n "$out" ]; then
    fail "desktop-file-validate: $out"
fi
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop entry does not name the icon $app_id"
grep -qx "Exec=allium-usage" "$desktop" || fail "the desktop entry does not run allium-usage"
pass "desktop-file-validate accepts the desktop entry"

metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
# --no-net: the screenshot URL is checked for form, never fetched.
if ! out=$(appstreamcli validate --no-net --pedantic --no-color "$metainfo" 2>&1); then
    echo "$out" >&2
    fail "appstreamcli validate rejects the metainfo"
fi
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release notes for $version"
grep -q '<content_rating type="oars-1.1"' "$metainfo" || fail "the metainfo has no OARS content rating"
grep -q '<image type="source">https://' "$metainfo" || fail "the metainfo has no https screenshot"
pass "appstreamcli validate --pedantic accepts the metainfo (release $version, OARS, screenshot)"

for size in "${icon_sizes[@]}"; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    description=$(file -b "$png")
    [[ "$description" == "PNG image data, $size x $size, 8-bit/color RGBA"* ]] ||
        fail "$png is not a ${size}x${size} RGBA PNG: $description"
done
pass "every hicolor icon is an RGBA PNG of its size"

man_page="$root/usr/share/man/man1/allium-usage.1.gz"
man_warnings=$(MANWIDTH=80 man --warnings -l "$man_page" 2>&1 >/dev/null) || fail "man cannot render the man page"
[ -z "$man_warnings" ] || fail "the man page has troff warnings: $man_warnings"
zgrep -q "^\.TH ALLIUM-USAGE 1 .*\"allium-usage $version\"" "$man_page" || fail "the man page does not carry version $version"
pass "the man page renders without warnings"

# --- run the packaged binary: no display, no session, a private home ---
binary="$root/usr/bin/allium-usage"
home=$scratch/home
mkdir -p "$home"
run_packaged() {
    env -u DISPLAY -u WAYLAND_DISPLAY -u ALLIUM_API_KEY -u QT_QPA_PLATFORM \
        HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" XDG_STATE_HOME="$home/.local/state" LC_ALL=C.UTF-8 \
        timeout 60 "$binary" "$@"
}

if ! out=$(run_packaged --version 2>&1); then
    fail "the packaged allium-usage --version failed: $out"
fi
[[ "$out" == *"$version"* ]] || fail "the packaged allium-usage --version printed '$out', expected version $version"
pass "the packaged allium-usage --version prints $version"

status=0
csv=$(run_packaged --demo --once --format csv 2>"$scratch/stderr") || status=$?
if [ $status -ne 0 ]; then
    cat "$scratch/stderr" >&2
    fail "the packaged allium-usage --demo --once --format csv exited with $status"
fi
header="captured_at,billing_period_start,billing_period_end,allocation_period_start,allocation_period_end,allocation_cadence,unit,allocated,consumed,remaining,percent_used"
first_line=$(head -n 1 <<<"$csv" | tr -d '\r')
[ "$first_line" = "$header" ] || fail "the CSV header is '$first_line', expected '$header'"
rows=$(python3 -c '
import csv, sys
rows = list(csv.reader(sys.stdin))
bad = [r for r in rows if len(r) != 11]
if bad:
    sys.exit("rows without 11 cells: %r" % bad)
print(len(rows) - 1)
' <<<"$csv") || fail "the CSV is malformed: $csv"
[ "$rows" -ge 1 ] || fail "the demo CSV has no unit rows"
pass "the packaged allium-usage --demo --once --format csv prints the header and $rows unit rows"

# --- the man page documents exactly the options that --help lists ---
help=$(run_packaged --help 2>&1) || fail "the packaged allium-usage --help failed: $help"
help_options=$(grep -oE '(^|[ ,])--[a-z][a-z-]*' <<<"$help" | grep -oE -- '--[a-z-]+' | sort -u)
man_options=$(zcat "$man_page" | sed -n '/^\.SH OPTIONS/,/^\.SH /p' | grep -E '^\.(B|BI|BR) ' |
    sed 's/\\-/-/g' | grep -oE -- '--[a-z][a-z-]*' | sort -u)
missing_in_man=$(comm -23 <(echo "$help_options") <(echo "$man_options"))
missing_in_help=$(comm -13 <(echo "$help_options") <(echo "$man_options"))
[ -z "$missing_in_man" ] || fail "options in --help but not in the man page: $(tr "\n" " " <<<"$missing_in_man")"
[ -z "$missing_in_help" ] || fail "options in the man page but not in --help: $(tr "\n" " " <<<"$missing_in_help")"
pass "the man page and --help document the same $(wc -l <<<"$help_options") options"

help_codes=$(sed -n '/^Exit codes:/,/^$/p' <<<"$help" | grep -oE '^  [0-9]+ ' | tr -d ' ' | sort -n | tr '\n' ' ')
man_codes=$(zcat "$man_page" | sed -n '/^\.SH EXIT STATUS/,/^\.SH /p' | grep -oE '^\.B [0-9]+$' | cut -c4- | sort -n | tr '\n' ' ')
[ -n "$help_codes" ] || fail "--help lists no exit codes"
[ "$help_codes" = "$man_codes" ] || fail "exit codes in --help ($help_codes) and the man page ($man_codes) differ"
pass "the man page and --help document the same exit codes: $help_codes"

echo "$checks checks passed"
