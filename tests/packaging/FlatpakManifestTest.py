#!/usr/bin/env python3
"""Checks the Flatpak manifest without the runtime (which cannot be fetched here): that it is
valid YAML with the shape flatpak-builder expects, uses the KDE runtime, builds QtKeychain with
libsecret before the app, and grants what a tray app with a keychain needs, and no more.

usage: FlatpakManifestTest.py MANIFEST APP_ID EXECUTABLE
"""
import os
import re
import sys

import yaml

REQUIRED_FINISH_ARGS = {
    "--share=network",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--share=ipc",
    "--talk-name=org.freedesktop.secrets",
    "--talk-name=org.kde.kwalletd5",
    "--talk-name=org.kde.kwalletd6",
    "--talk-name=org.kde.StatusNotifierWatcher",
    "--talk-name=org.freedesktop.Notifications",
}
# Broad holes that this app has no reason to open.
FORBIDDEN_FINISH_ARGS = re.compile(r"^--(filesystem=(home|host)|socket=session-bus|socket=x11$|device=all)")

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def main():
    manifest_path, app_id, executable = sys.argv[1:4]
    with open(manifest_path, encoding="utf-8") as f:
        manifest = yaml.safe_load(f)

    check(isinstance(manifest, dict), "the manifest is not a YAML mapping")
    check(manifest.get("app-id") == app_id, f"app-id is {manifest.get('app-id')!r}, expected {app_id!r}")
    check(manifest.get("runtime") == "org.kde.Platform", f"runtime is {manifest.get('runtime')!r}")
    check(manifest.get("sdk") == "org.kde.Sdk", f"sdk is {manifest.get('sdk')!r}")
    runtime_version = manifest.get("runtime-version")
    check(isinstance(runtime_version, str) and re.fullmatch(r"6\.\d+", runtime_version),
          f"runtime-version must be a quoted Qt 6 KDE runtime such as '6.8', got {runtime_version!r}")
    check(manifest.get("command") == executable, f"command is {manifest.get('command')!r}")

    finish_args = manifest.get("finish-args") or []
    missing = REQUIRED_FINISH_ARGS - set(finish_args)
    check(not missing, f"finish-args lack {sorted(missing)}")
    too_broad = [arg for arg in finish_args if FORBIDDEN_FINISH_ARGS.match(arg)]
    check(not too_broad, f"finish-args grant more than needed: {too_broad}")
    check(len(finish_args) == len(set(finish_args)), "finish-args repeat an entry")

    modules = manifest.get("modules") or []
    names = [m.get("name") for m in modules if isinstance(m, dict)]
    check(names[-1:] == ["allium-usage"], f"the app must be the last module, modules are {names}")
    check("qtkeychain" in names and names.index("qtkeychain") < len(names) - 1,
          f"QtKeychain must be built before the app, modules are {names}")
    for module in modules:
        check(module.get("buildsystem") == "cmake-ninja", f"module {module.get('name')} is not built with cmake-ninja")
        sources = module.get("sources") or []
        check(sources, f"module {module.get('name')} has no sources")
        for source in sources:
            if source.get("type") == "archive":
                check(source.get("url", "").startswith("https://"), f"{module['name']}: archive URL is not https")
                check(re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")),
                      f"{module['name']}: archive needs a sha256")
            elif source.get("type") == "dir":
                root = os.path.normpath(os.path.join(os.path.dirname(manifest_path), source.get("path", "")))
                top = os.path.join(root, "CMakeLists.txt")
                check(os.path.isfile(top) and "project(allium-usage" in open(top, encoding="utf-8").read(),
                      f"{module['name']}: dir source {root} is not this project's root")

    qtkeychain = next((m for m in modules if m.get("name") == "qtkeychain"), {})
    options = set(qtkeychain.get("config-opts") or [])
    for option in ("-DBUILD_WITH_QT6=ON", "-DLIBSECRET_SUPPORT=ON"):
        check(option in options, f"QtKeychain is not configured with {option}")

    app = next((m for m in modules if m.get("name") == "allium-usage"), {})
    check("-DBUILD_TESTING=OFF" in (app.get("config-opts") or []), "the app module builds the tests")

    if failures:
        for failure in failures:
            print("FAIL:", failure, file=sys.stderr)
        return 1
    print(f"PASS: {manifest_path}: {len(modules)} modules, {len(finish_args)} finish-args")
    return 0


if __name__ == "__main__":
    sys.exit(main())
