# shellcheck shell=bash disable=SC2034
# Shared by scripts/run, scripts/test and friends: install what is missing, then configure and build.
# Sourced, not run. Everything here prints to stderr, so that `./scripts/run --once --format csv`
# leaves nothing but the app's own output on stdout.

ALLIUM_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ALLIUM_BUILD_DIR=${ALLIUM_BUILD_DIR:-$ALLIUM_ROOT/build}
ALLIUM_BUILD_TYPE=${ALLIUM_BUILD_TYPE:-RelWithDebInfo}

# Debian 12 packages: build tools, Qt 6 and QtKeychain; the test tools (a private Secret Service,
# Xvfb with a tray host for screenshots, desktop-file and AppStream validators).
ALLIUM_BUILD_PACKAGES=(
    cmake ninja-build g++ ccache pkg-config file
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qtkeychain-qt6-dev libqt6sql6-sqlite qt6-qpa-plugins libgl-dev libqt6opengl6-dev libxkbcommon-dev libvulkan-dev
    fonts-dejavu-core
)
ALLIUM_TEST_PACKAGES=(
    dbus dbus-x11 gnome-keyring libsecret-tools
    xvfb xauth trayer imagemagick x11-utils xdotool
    desktop-file-utils appstream dpkg-dev man-db python3-yaml clang-format
    clang-14 libclang-rt-14-dev
)

allium_say() {
    printf '%s\n' "$*" >&2
}

# Installs the packages given that are not installed yet. One dpkg-query for all of them, so that a
# second run costs a fraction of a second and never touches the network.
allium_install_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        allium_say "Not a Debian-based system: skipping package installation. Install the equivalents" \
            "of these packages yourself: $*"
        return 0
    fi

    local installed
    installed=$(dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null \
        | awk '$NF == "installed" && $(NF-1) == "ok" { print $1 }')
    local missing=()
    local package
    for package in "$@"; do
        if ! grep -qx -- "$package" <<<"$installed"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    allium_say "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            allium_say "These packages are missing and sudo is not available: ${missing[*]}" \
                "Install them as root (apt-get install ${missing[*]}) and run this again."
            return 1
        fi
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}" >&2
}

# Prints the value of one entry of a CMake cache, or nothing.
allium_cache_value() {
    sed -n "s/^$1:[A-Z]*=//p" "$ALLIUM_BUILD_DIR/CMakeCache.txt" 2>/dev/null | head -n 1
}

# Configures the build directory when needed, then builds the targets given (all when none). A
# build directory made by another generator or for another source tree is started afresh; one
# configured with other options is reconfigured.
allium_build() {
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

    if [ ! -f "$cache" ] || [ ! -f "$ALLIUM_BUILD_DIR/build.ninja" ] \
        || [ "$(allium_cache_value ALLIUM_WERROR)" != "$werror" ] \
        || [ "$(allium_cache_value ALLIUM_SANITIZE)" != "${ALLIUM_SANITIZE:-OFF}" ] \
        || [ "$(allium_cache_value CMAKE_BUILD_TYPE)" != "$ALLIUM_BUILD_TYPE" ]; then
        cmake -S "$ALLIUM_ROOT" -B "$ALLIUM_BUILD_DIR" -G Ninja \
            -DCMAKE_BUILD_TYPE="$ALLIUM_BUILD_TYPE" -DALLIUM_WERROR="$werror" -DBUILD_TESTING=ON \
            -DALLIUM_SANITIZE="${ALLIUM_SANITIZE:-OFF}" >&2
    fi
    local targets=()
    if [ $# -gt 0 ]; then targets=(--target "$@"); fi
    cmake --build "$ALLIUM_BUILD_DIR" --parallel "$(nproc)" "${targets[@]}" >&2
}

# `scripts/test --sanitize`: a build folder of its own (build-sanitize, or
# ALLIUM_SANITIZE_BUILD_DIR) with AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer,
# and options that make any finding fail the test that caused it.
allium_use_sanitizers() {
    ALLIUM_SANITIZE=ON
    ALLIUM_BUILD_DIR=${ALLIUM_SANITIZE_BUILD_DIR:-$ALLIUM_ROOT/build-sanitize}
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    # Leaks in the system libraries under Qt (fontconfig, D-Bus), not in ours; see the file.
    export LSAN_OPTIONS="suppressions=$ALLIUM_ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
}
