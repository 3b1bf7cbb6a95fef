# CPack: a Debian package on Linux (tested by tests/packaging), and the settings for a Windows
# installer and a macOS disk image (documented in packaging/README.md; not buildable here).
# Included from the top-level CMakeLists.txt after every install rule.

set(CPACK_PACKAGE_NAME "allium-usage")
set(CPACK_PACKAGE_VENDOR "Allium")
set(CPACK_PACKAGE_CONTACT "Allium <support@allium.so>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines under 80 columns: Debian shows the description as it is written.
set(CPACK_PACKAGE_DESCRIPTION
    "Allium Usage shows how much of an organization's Allium API allocation is\n\
consumed, unit by unit, and when it resets: a tray icon with a gauge, a\n\
dashboard with progress bars, charts and a forecast, notifications at\n\
thresholds, CSV export and a command line (allium-usage --once). The API key\n\
is kept in the system keychain.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Allium Usage")
set(CPACK_PACKAGE_EXECUTABLES "allium-usage" "Allium Usage")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")

if(WIN32)
    # NSIS installer; run windeployqt on the installed tree first (see packaging/README.md).
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_NSIS_DISPLAY_NAME "Allium Usage")
    set(CPACK_NSIS_PACKAGE_NAME "Allium Usage")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\allium-usage.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
elseif(APPLE)
    # A drag-and-drop disk image of the .app bundle; run macdeployqt on the bundle first.
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Allium Usage")
    set(CPACK_DMG_FORMAT "UDZO")
else()
    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    # The description is CPACK_PACKAGE_DESCRIPTION_SUMMARY, then CPACK_PACKAGE_DESCRIPTION.
    # Libraries the binary links come from dpkg-shlibdeps. Qt loads some parts as plug-ins, which
    # dpkg-shlibdeps cannot see: the platform plug-ins (xcb, wayland) and the SQLite driver that
    # the history store opens by name.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
    # A Secret Service (or KWallet) to keep the key in, Wayland support, and Qt's own translations
    # (standard buttons such as "Cancel"), which TranslationLoader loads when they are installed.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "gnome-keyring | kwalletmanager | keepassxc, qt6-wayland, qt6-translations-l10n")
endif()

include(CPack)
