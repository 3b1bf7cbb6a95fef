# Shared by scripts/run, scripts/test and friends: install what is missing, then configure and build.
# Sourced, not run.

ALLIUM_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ALLIUM_BUILD_DIR=${ALLIUM_BUILD_DIR:-$ALLIUM_ROOT/build}

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
    xvfb xauth trayer imagemagick x11-utils
    desktop-file-utils appstream dpkg-dev
)

allium_install_packages() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

allium_build() {
    local werror=OFF
    [ -n "${CI:-}" ] && werror=ON
    if [ ! -f "$ALLIUM_BUILD_DIR/CMakeCache.txt" ]; then
        cmake -S "$ALLIUM_ROOT" -B "$ALLIUM_BUILD_DIR" -G Ninja \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo -DALLIUM_WERROR=$werror
    fi
    cmake --build "$ALLIUM_BUILD_DIR" --parallel "$(nproc)"
}
