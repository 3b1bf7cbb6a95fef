#!/usr/bin/env bash
# allium-usage, the command line and exporter, must run on a server with no display stack: it may
# link Qt Core, Network, Sql and DBus (and what they need), never a GUI, X11, Wayland or OpenGL
# library. And it carries no RUNPATH, which would make every start search other folders first
# (and, padded with empty entries in a build tree, the current directory).
#
# usage: HeadlessLinkageTest.sh ALLIUM_USAGE_BINARY
set -euo pipefail

binary=$1
libraries=$(ldd "$binary" | awk '{ print $1 }')
gui=$(grep -E '^lib(Qt6(Gui|Widgets|Charts|OpenGL|OpenGLWidgets|Svg|XcbQpa|WaylandClient)|X11|xcb|X(au|dmcp|ext|render)|EGL|GL|GLX|OpenGL|GLdispatch|wayland|xkbcommon|fontconfig|freetype|harfbuzz|png16|jpeg|vulkan)[.-]' <<<"$libraries" || true)
if [ -n "$gui" ]; then
    echo "FAIL: $binary links display libraries:" $gui >&2
    exit 1
fi
# The keychain (QtKeychain, QtDBus, libdbus, libsystemd...) is a module loaded when asked.
keychain=$(grep -E '^lib(qt6keychain|Qt6DBus|dbus-1|systemd)[.]' <<<"$libraries" || true)
if [ -n "$keychain" ]; then
    echo "FAIL: $binary links the keychain's libraries at start:" $keychain >&2
    exit 1
fi
for needed in libQt6Core.so.6 libQt6Network.so.6; do
    grep -qx "$needed" <<<"$libraries" || { echo "FAIL: $binary does not link $needed" >&2; exit 1; }
done
if readelf -d "$binary" | grep -qE '\((RPATH|RUNPATH)\)'; then
    echo "FAIL: $binary has an RPATH/RUNPATH: $(readelf -d "$binary" | grep -E 'R(UN)?PATH')" >&2
    exit 1
fi
echo "PASS: $binary links $(wc -l <<<"$libraries") libraries, none of a display stack nor the keychain's, and has no RUNPATH"
