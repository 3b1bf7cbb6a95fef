# shellcheck shell=bash disable=SC2034
# Shared by scripts/run, scripts/test and friends: install what is missing, then configure and build.
# Sourced, not run, by scripts that `set -Eeuo pipefail` first. Everything here prints to stderr, so
# that `./scripts/run --once --format csv` leaves nothing but the app's own output on stdout.

ALLIUM_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ALLIUM_BUILD_DIR=${ALLIUM_BUILD_DIR:-$ALLIUM_ROOT/build}
ALLIUM_BUILD_TYPE=${ALLIUM_BUILD_TYPE:-RelWithDebInfo}

# Debian 12 packages. Building and running the app (./scripts/run) needs only the first list.
ALLIUM_BUILD_PACKAGES=(
    cmake ninja-build g++ ccache pkg-config file
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qtkeychain-qt6-dev libqt6sql6-sqlite qt6-qpa-plugins libgl-dev libqt6opengl6-dev libxkbcommon-dev libvulkan-dev
    fonts-dejavu-core
)
# ./scripts/test: a private D-Bus session with a real Secret Service (gnome-keyring), the package
# checks (dpkg-shlibdeps, desktop-file-validate, appstreamcli, man), python3 with YAML for the
# Flatpak manifest and translation checks, clang-format for the formatting check, and the
# exporter's checks (a real Prometheus and promtool, the Python client's OpenMetrics parser,
# systemd-analyze for the units), Qt's own translations (TranslationTest checks Qt's buttons
# in German), and clang with libFuzzer for the fuzz pass (FuzzSmokeTest).
ALLIUM_TEST_PACKAGES=(
    dbus gnome-keyring
    dpkg-dev desktop-file-utils appstream man-db
    python3 python3-yaml clang-format
    prometheus python3-prometheus-client systemd
    qt6-translations-l10n
    clang-14 libclang-rt-14-dev
)
# scripts/screenshot: the private session above, plus Xvfb, a tray host and X tools to find and
# capture windows.
ALLIUM_SCREENSHOT_PACKAGES=(
    dbus gnome-keyring
    xvfb trayer imagemagick x11-utils xdotool
)

ALLIUM_SCRIPT=scripts/$(basename "$0")

# --- messages, timings and failures ---

allium_say() {
    printf '%s\n' "$*" >&2
}

# What the script is doing, and what to do should that fail: the ERR trap below reports both.
ALLIUM_DOING="starting"
ALLIUM_IF_FAILED="This looks like a bug in $ALLIUM_SCRIPT: please report it with the output above."
ALLIUM_COMMAND=
ALLIUM_STEP_START=

allium_context() { # DOING IF-FAILED
    ALLIUM_DOING=$1
    ALLIUM_IF_FAILED=$2
}

# Wall-clock microseconds, enough for step timings (EPOCHREALTIME with its decimal
# separator, a comma in some locales, removed).
allium_now_us() {
    printf '%s' "${EPOCHREALTIME//[!0-9]/}"
}

# "12.3 s" or "4 min 31 s" since a time taken with allium_now_us.
allium_elapsed() { # START-US
    local tenths=$((($(allium_now_us) - $1) / 100000))
    if [ "$tenths" -lt 600 ]; then
        printf '%d.%d s' $((tenths / 10)) $((tenths % 10))
    else
        printf '%d min %02d s' $((tenths / 600)) $((tenths % 600 / 10))
    fi
}

# A long step: says what is happening now (with a note such as "first run only"), and with
# allium_step_done how long it took.
allium_step() { # DOING IF-FAILED [NOTE]
    allium_context "$1" "$2"
    ALLIUM_STEP_START=$(allium_now_us)
    allium_say "==> $1${3:+ ($3)}…"
}

allium_step_done() {
    allium_say "==> $ALLIUM_DOING: done in $(allium_elapsed "$ALLIUM_STEP_START")."
}

# Runs a command, remembering it with its arguments expanded for the error report.
allium_run() { # COMMAND...
    printf -v ALLIUM_COMMAND '%q ' "$@"
    "$@"
    local status=$? # reached only when the command succeeded, or when the caller tests the status
    ALLIUM_COMMAND=
    return $status
}

# Stops with a message that says what went wrong and what to do.
allium_fail() { # WHAT-WENT-WRONG WHAT-TO-DO
    trap - ERR
    allium_say ""
    allium_say "$ALLIUM_SCRIPT: $1"
    allium_say "  What to do: $2"
    exit 1
}

# With `set -E`, every command that fails under `set -e` comes here first, also inside functions,
# so that no script ends without a word. A failure inside a command substitution or pipeline is
# reported once, by the main shell, for the command that contains it.
allium_on_error() {
    local status=$?
    [ "$BASHPID" = "$$" ] || return "$status"
    trap - ERR
    local command=${ALLIUM_COMMAND:-$BASH_COMMAND}
    allium_say ""
    allium_say "$ALLIUM_SCRIPT: FAILED (exit status $status)"
    allium_say "  Step:       ${ALLIUM_DOING^}"
    allium_say "  Command:    ${command% }"
    allium_say "  What to do: $ALLIUM_IF_FAILED"
    return "$status"
}
set -E
trap allium_on_error ERR

# --- system packages ---

# Installs those of the packages given that are not installed yet. One dpkg-query for all of them,
# so that a second run costs a fraction of a second and never touches the network.
allium_install_packages() { # PACKAGE...
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        allium_say "Not a Debian-based system: skipping package installation. Install the equivalents" \
            "of these packages yourself: $*"
        return 0
    fi
    allium_context "checking which system packages are installed" \
        "Check that dpkg works: dpkg-query --show $*"

    # dpkg-query exits 1 when any package given was never installed, yet still lists the others:
    # its output counts, not its exit status (which under pipefail would end the script silently).
    local listing
    listing=$(dpkg-query --show --showformat='${Package} ${db:Status-Status}\n' -- "$@" 2>/dev/null) || true
    local -A installed=()
    local package status
    while read -r package status; do
        if [ "$status" = installed ]; then installed[$package]=1; fi
    done <<<"$listing"
    local missing=()
    for package in "$@"; do
        [ -n "${installed[$package]:-}" ] || missing+=("$package")
    done
    [ ${#missing[@]} -gt 0 ] || return 0

    local sudo=() how=""
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            allium_fail "These system packages are missing, and sudo is not available to install them: ${missing[*]}" \
                "Install them as root (apt-get install ${missing[*]}), or install sudo, then run this again."
        fi
        sudo=(sudo)
        how=", through sudo"
    fi
    local count="${#missing[@]} system packages"
    [ ${#missing[@]} -ne 1 ] || count="1 system package"
    allium_step "Installing $count" \
        "Read apt's message above. Check the network and the apt sources, then run this again; or install them yourself: sudo apt-get install ${missing[*]}" \
        "first run only$how"
    allium_say "    ${missing[*]}"
    allium_run "${sudo[@]}" apt-get -qq update >&2
    # Waits for another apt or dpkg (unattended upgrades) instead of failing at once.
    allium_run "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=600 \
        install --no-install-recommends "${missing[@]}" >&2
    allium_step_done
}

# --- configure and build ---

# A path as the user would type it: relative when it is inside the current folder.
allium_shown_path() { # PATH
    case $1 in
        "$PWD"/*) printf '%s/' "${1#"$PWD"/}" ;;
        *) printf '%s' "$1" ;;
    esac
}

# Prints the value of one entry of a CMake cache, or nothing.
allium_cache_value() {
    sed -n "s/^$1:[A-Z]*=//p" "$ALLIUM_BUILD_DIR/CMakeCache.txt" 2>/dev/null | head -n 1
}

# Configures the build directory when needed, then builds the targets given (all when none). A
# build directory made by another generator or for another source tree is started afresh; one
# configured with other options is reconfigured. With --tests, it is also reconfigured when a tool
# that only tests use was missing at the last configure (tests/CMakeLists.txt looks them up without
# requiring them, so that ./scripts/run works without them): ./scripts/test has just installed it.
# Quiet when there is nothing to do.
allium_build() { # [--tests] [TARGET...]
    local for_tests=0
    if [ "${1:-}" = --tests ]; then
        for_tests=1
        shift
    fi
    local werror=OFF
    case "${CI:-}" in
        true | TRUE | 1 | yes) werror=ON ;;
    esac

    local cache="$ALLIUM_BUILD_DIR/CMakeCache.txt"
    if [ -f "$cache" ]; then
        local generator source
        generator=$(allium_cache_value CMAKE_GENERATOR)
        source=$(allium_cache_value CMAKE_HOME_DIRECTORY)
        if [ "$generator" != "Ninja" ] || [ "$source" != "$ALLIUM_ROOT" ]; then
            allium_say "The build directory $ALLIUM_BUILD_DIR was made by '$generator' for" \
                "'$source'; starting it afresh."
            rm -rf -- "$ALLIUM_BUILD_DIR/CMakeCache.txt" "$ALLIUM_BUILD_DIR/CMakeFiles"
        fi
    fi

    local why=""
    if [ ! -f "$cache" ] || [ ! -f "$ALLIUM_BUILD_DIR/build.ninja" ]; then
        why="first run only"
    elif [ "$(allium_cache_value ALLIUM_WERROR)" != "$werror" ]; then
        why="ALLIUM_WERROR=$werror, from CI=${CI:-}"
    elif [ "$(allium_cache_value ALLIUM_SANITIZE)" != "${ALLIUM_SANITIZE:-OFF}" ]; then
        why="ALLIUM_SANITIZE=${ALLIUM_SANITIZE:-OFF}"
    elif [ "$(allium_cache_value CMAKE_BUILD_TYPE)" != "$ALLIUM_BUILD_TYPE" ]; then
        why="build type $ALLIUM_BUILD_TYPE"
    elif [ "$for_tests" = 1 ] && grep -q '^ALLIUM_[A-Z0-9_]*:FILEPATH=.*-NOTFOUND$' "$cache"; then
        why="to find the test tools"
    fi
    if [ -n "$why" ]; then
        allium_step "Configuring $(allium_shown_path "$ALLIUM_BUILD_DIR")" \
            "Read CMake's message above (all of its output is in $ALLIUM_BUILD_DIR/configure.log): it names what is missing. If the build folder is from an older checkout, delete it (rm -rf $ALLIUM_BUILD_DIR) and run this again." \
            "$why"
        mkdir -p -- "$ALLIUM_BUILD_DIR"
        # CMake's progress lines go to a log; its warnings and errors (stderr) stay on screen.
        allium_run cmake -S "$ALLIUM_ROOT" -B "$ALLIUM_BUILD_DIR" -G Ninja --log-level=NOTICE \
            -DCMAKE_BUILD_TYPE="$ALLIUM_BUILD_TYPE" -DALLIUM_WERROR="$werror" -DBUILD_TESTING=ON \
            -DALLIUM_SANITIZE="${ALLIUM_SANITIZE:-OFF}" >"$ALLIUM_BUILD_DIR/configure.log"
        allium_step_done
    fi

    local targets=() what="everything (the app and the tests)"
    if [ $# -gt 0 ]; then
        targets=(--target "$@")
        what="$*"
    fi
    local first=""
    [ -f "$ALLIUM_BUILD_DIR/.ninja_log" ] || first="the first build takes several minutes"
    local if_failed="Read the compiler's or CMake's message above: it names the file and line. Fix it and run this again; if the build folder is stale, delete it (rm -rf $ALLIUM_BUILD_DIR)."
    allium_context "building $what" "$if_failed"
    # Ninja re-checks the globbed source folders on every run, so a dry run always sees work. The
    # build's own output is read instead: "Building" is said at the first line that is more than
    # that check, and a build with nothing to do says nothing at all. (lastpipe: the loop runs in
    # this shell, so it sees and sets its variables.)
    local line announced=0
    local lastpipe_was_on=0
    if shopt -q lastpipe; then lastpipe_was_on=1; fi
    shopt -s lastpipe
    printf -v ALLIUM_COMMAND '%q ' cmake --build "$ALLIUM_BUILD_DIR" --parallel "$(nproc)" "${targets[@]}"
    cmake --build "$ALLIUM_BUILD_DIR" --parallel "$(nproc)" "${targets[@]}" 2>&1 | while IFS= read -r line; do
        case $line in
            *"] Re-checking globbed directories..." | "ninja: no work to do.") continue ;;
        esac
        if [ "$announced" = 0 ]; then
            allium_step "Building $what" "$if_failed" "$first"
            announced=1
        fi
        printf '%s\n' "$line" >&2
    done
    ALLIUM_COMMAND=
    [ "$lastpipe_was_on" = 1 ] || shopt -u lastpipe
    if [ "$announced" = 1 ]; then
        allium_step_done
    fi
}

# --- a private desktop session, for tests and screenshots ---

# Throwaway XDG folders, so that keyring, settings and history never mix with the user's own
# (gnome-keyring would otherwise create or unlock ~/.local/share/keyrings), and no way to reach the
# user's display or session bus. Sets ALLIUM_SCRATCH, which the caller deletes.
allium_private_folders() { # NAME
    ALLIUM_SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/allium-$1.XXXXXX")
    mkdir -m 700 "$ALLIUM_SCRATCH/runtime" "$ALLIUM_SCRATCH/config" "$ALLIUM_SCRATCH/data" \
        "$ALLIUM_SCRATCH/cache" "$ALLIUM_SCRATCH/state"
    export XDG_RUNTIME_DIR="$ALLIUM_SCRATCH/runtime" XDG_CONFIG_HOME="$ALLIUM_SCRATCH/config"
    export XDG_DATA_HOME="$ALLIUM_SCRATCH/data" XDG_CACHE_HOME="$ALLIUM_SCRATCH/cache"
    export XDG_STATE_HOME="$ALLIUM_SCRATCH/state"
    unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
}

# Runs a command on a private D-Bus session with a throwaway gnome-keyring, unlocked by a throwaway
# password; the keyring daemon lives on that bus and ends with it. The command's status is ours.
allium_in_private_session() { # COMMAND...
    # shellcheck disable=SC2016 # expanded by the inner shell
    dbus-run-session -- bash -c '
        set -euo pipefail
        if ! gnome-keyring-daemon --unlock --components=secrets <<<"throwaway-password" >/dev/null; then
            echo "gnome-keyring-daemon could not start on the private D-Bus session (see above)." >&2
            exit 1
        fi
        exec "$@"
    ' allium-session "$@"
}

# `scripts/test --sanitize`: a build folder of its own (build-sanitize, or
# ALLIUM_SANITIZE_BUILD_DIR) with AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer,
# and options that make any finding fail the test that caused it.
allium_use_sanitizers() {
    ALLIUM_SANITIZE=ON
    ALLIUM_BUILD_DIR=${ALLIUM_SANITIZE_BUILD_DIR:-$ALLIUM_ROOT/build-sanitize}
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    # For leaks inside system libraries under Qt, should one ever show; none is listed today.
    export LSAN_OPTIONS="suppressions=$ALLIUM_ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
}
