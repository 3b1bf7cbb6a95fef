#!/usr/bin/env bash
# Builds the two Debian packages from an existing build tree with cpack, then checks them the way a
# user and a distribution would: allium-usage-headless (the command line and exporter) needs no
# display library, even indirectly; allium-usage (the dashboard) depends on it; each holds what it
# should (desktop entry, AppStream metainfo, icons, man page); the binaries extracted from them run
# with no display, and allium-usage alone explains that the dashboard is missing.
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

# --- build the packages (cpack only: the build tree is already built) ---
if ! cpack_log=$("$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$scratch/out" 2>&1); then
    echo "$cpack_log" >&2
    fail "cpack could not build the Debian packages"
fi
shopt -s nullglob
debs=("$scratch"/out/*.deb)
[ ${#debs[@]} -eq 2 ] || fail "expected two .deb files (headless and desktop) in $scratch/out, found ${#debs[@]}"
headless_deb="" desktop_deb=""
for deb in "${debs[@]}"; do
    case "$(dpkg-deb -f "$deb" Package)" in
        allium-usage-headless) headless_deb=$deb ;;
        allium-usage) desktop_deb=$deb ;;
        *) fail "unexpected package $(dpkg-deb -f "$deb" Package) in $deb" ;;
    esac
done
[ -n "$headless_deb" ] || fail "no allium-usage-headless package"
[ -n "$desktop_deb" ] || fail "no allium-usage package"
pass "cpack built $(basename "$headless_deb") and $(basename "$desktop_deb")"

# --- control fields ---
field() { dpkg-deb -f "$1" "$2"; }
has_dependency() { [[ ", $1," == *", $2"[\ ,]* ]]; }
for deb in "$headless_deb" "$desktop_deb"; do
    [ "$(field "$deb" Version)" = "$version" ] || fail "$(basename "$deb"): Version is '$(field "$deb" Version)', expected $version"
    [ "$(field "$deb" Section)" = "utils" ] || fail "$(basename "$deb"): Section is '$(field "$deb" Section)', expected utils"
    [[ "$(field "$deb" Maintainer)" == *@* ]] || fail "$(basename "$deb"): Maintainer has no e-mail address"
    [[ "$(field "$deb" Description)" == *"Allium API"* ]] || fail "$(basename "$deb"): Description does not describe the app"
done

headless_depends=$(field "$headless_deb" Depends)
# From dpkg-shlibdeps reading the binary, and the SQLite plug-in declared by hand.
# (QtKeychain for the keychain module; it brings QtDBus.)
for package in libc6 libqt6core6 libqt6network6 libqt6sql6 libqt6keychain1 libqt6sql6-sqlite; do
    has_dependency "$headless_depends" "$package" || fail "allium-usage-headless Depends lacks $package: $headless_depends"
done
gui_packages='libqt6(gui|widgets|charts|opengl|openglwidgets|svg|waylandclient|xcbqpa)6|qt6-qpa-plugins|qt6-wayland|libx11-6|libxcb[0-9a-z-]*|libxkbcommon[0-9a-z-]*|libgl1|libegl1|libglx0|libopengl0|libwayland-[a-z]+0|libfontconfig1|libfreetype6|libharfbuzz0b|libvulkan1'
if grep -qwE "$gui_packages" <<<"$(tr ',|' '\n\n' <<<"$headless_depends" | awk '{ print $1 }')"; then
    fail "allium-usage-headless depends on a display library: $headless_depends"
fi
# Everything those dependencies pull in, as apt would install it (Depends and Pre-Depends only).
if command -v apt-cache >/dev/null; then
    direct=$(tr ',|' '\n\n' <<<"$headless_depends" | awk 'NF { print $1 }' | sort -u)
    # shellcheck disable=SC2086 # one package name per word
    closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
        --no-replaces --no-enhances $direct 2>/dev/null | grep -vE '^ ' | tr -d '<>' | sort -u)
    [ "$(wc -l <<<"$closure")" -gt 10 ] || fail "apt-cache found no dependency closure for: $direct"
    gui_in_closure=$(grep -xE "$gui_packages" <<<"$closure" || true)
    [ -z "$gui_in_closure" ] || fail "installing allium-usage-headless would pull in display libraries: $gui_in_closure"
    pass "allium-usage-headless needs no display library, not even indirectly ($(wc -l <<<"$closure") packages in its dependency closure): $headless_depends"
else
    pass "allium-usage-headless depends on no display library: $headless_depends"
fi

desktop_depends=$(field "$desktop_deb" Depends)
has_dependency "$desktop_depends" "allium-usage-headless (= $version)" ||
    fail "allium-usage must depend on allium-usage-headless (= $version): $desktop_depends"
for package in libqt6widgets6 libqt6charts6 libqt6gui6 qt6-qpa-plugins libqt6svg6; do
    has_dependency "$desktop_depends" "$package" || fail "allium-usage Depends lacks $package: $desktop_depends"
done
pass "allium-usage depends on allium-usage-headless (= $version) and the display stack: $desktop_depends"

# --- contents ---
headless_listing=$(dpkg-deb -c "$headless_deb" | awk '{ print $NF }')
desktop_listing=$(dpkg-deb -c "$desktop_deb" | awk '{ print $NF }')
headless_expected=(
    ./usr/bin/allium-usage
    ./usr/lib/allium-usage/allium-usage-keychain.so
    ./usr/share/man/man1/allium-usage.1.gz
    ./usr/lib/systemd/system/allium-usage.service
    ./usr/lib/systemd/user/allium-usage.service
    ./usr/share/allium-usage/prometheus/allium-usage.rules.yml
    ./usr/share/allium-usage/prometheus/prometheus.yml
    ./usr/share/allium-usage/grafana/allium-usage.json
)
desktop_expected=(
    ./usr/libexec/allium-usage/allium-usage-desktop
    "./usr/share/applications/$app_id.desktop"
    "./usr/share/metainfo/$app_id.metainfo.xml"
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"
)
icon_sizes=(16 22 24 32 48 64 128 256)
for size in "${icon_sizes[@]}"; do
    desktop_expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${headless_expected[@]}"; do
    grep -qxF "$path" <<<"$headless_listing" || fail "allium-usage-headless does not contain $path"
    ! grep -qxF "$path" <<<"$desktop_listing" || fail "allium-usage contains $path too"
done
for path in "${desktop_expected[@]}"; do
    grep -qxF "$path" <<<"$desktop_listing" || fail "allium-usage does not contain $path"
done
if grep -E '/(applications|metainfo|icons|libexec)/' <<<"$headless_listing"; then
    fail "allium-usage-headless contains parts of the dashboard (above)"
fi
if grep -E '^\./usr/local/|/IconRasterizer$|Test$|-bench$' <<<"$headless_listing"$'\n'"$desktop_listing"; then
    fail "the packages contain files that do not belong in them (above)"
fi
pass "allium-usage-headless holds the command line, its man page, the systemd units, the Prometheus rules and the Grafana dashboard; allium-usage the dashboard, desktop entry, metainfo, ${#icon_sizes[@]} PNG icons and the SVG"

# --- extract and validate what is in it ---
root=$scratch/root
dpkg-deb -x "$headless_deb" "$root"
dpkg-deb -x "$desktop_deb" "$root"

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
        ${qpa:+QT_QPA_PLATFORM="$qpa"} timeout 60 "$binary" "$@"
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

# --- the packaged command line links no display library; the packaged dashboard is found ---
"$(dirname "${BASH_SOURCE[0]}")/HeadlessLinkageTest.sh" "$binary" >/dev/null ||
    fail "the packaged allium-usage links display libraries"
status=0
out=$(qpa=offscreen run_packaged --theme purple 2>&1) || status=$?
# Only the dashboard reads --theme: its refusal proves allium-usage found and started it in
# /usr/libexec/allium-usage, relative to itself.
[ $status -eq 2 ] && [[ "$out" == *"got purple"* ]] ||
    fail "the packaged allium-usage did not start the packaged dashboard (exit $status): $out"
pass "the packaged allium-usage links no display library and starts the dashboard from libexec"

headless_root=$scratch/headless-root
dpkg-deb -x "$headless_deb" "$headless_root"
status=0
out=$(qpa=offscreen binary="$headless_root/usr/bin/allium-usage" run_packaged 2>&1) || status=$?
[ $status -eq 127 ] && [[ "$out" == *"Install the allium-usage package"* ]] ||
    fail "allium-usage-headless alone, started without options, should explain that the dashboard is missing (exit $status): $out"
binary="$headless_root/usr/bin/allium-usage" run_packaged --demo --once --format csv >/dev/null 2>&1 ||
    fail "allium-usage-headless alone cannot run --demo --once"
pass "allium-usage-headless alone runs --once and explains that the dashboard is a separate package"

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
