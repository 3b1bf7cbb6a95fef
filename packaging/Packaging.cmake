# CPack: a Debian package on Linux (tested by tests/packaging), and the settings for a Windows
# installer and a macOS disk image (documented in packaging/README.md; not buildable here).
# Included from the top-level CMakeLists.txt after every install rule.

# What a team needs around the exporter, in the headless package: the systemd units (a system
# service and a user service), the Prometheus alert rules with an example scrape configuration,
# and the Grafana dashboard. Rules and dashboard are read in place, so they live under share/, not
# under share/doc/.
install(FILES "${CMAKE_CURRENT_LIST_DIR}/systemd/allium-usage.service"
    DESTINATION lib/systemd/system COMPONENT headless)
install(FILES "${CMAKE_CURRENT_LIST_DIR}/systemd/user/allium-usage.service"
    DESTINATION lib/systemd/user COMPONENT headless)
install(FILES
    "${CMAKE_CURRENT_LIST_DIR}/prometheus/allium-usage.rules.yml"
    "${CMAKE_CURRENT_LIST_DIR}/prometheus/prometheus.yml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/allium-usage/prometheus" COMPONENT headless)
install(FILES "${CMAKE_CURRENT_LIST_DIR}/grafana/allium-usage.json"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/allium-usage/grafana" COMPONENT headless)

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
    # Libraries the binaries link come from dpkg-shlibdeps, per package.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

    # Two packages, so that a server installs no display library:
    # - allium-usage-headless: the command line and the exporter (allium-usage: Qt Core, Network
    #   and Sql; its keychain module: QtKeychain), its man page, the systemd units and the
    #   Prometheus rules and Grafana dashboard.
    # - allium-usage: the dashboard (allium-usage-desktop, the desktop entry, metainfo, icons). It
    #   keeps the name the single package had, so that a desktop that upgrades keeps its
    #   dashboard; it depends on the headless package for allium-usage itself.
    set(CPACK_DEB_COMPONENT_INSTALL ON)
    set(CPACK_COMPONENTS_ALL headless desktop)
    set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
    set(CPACK_COMPONENT_DESKTOP_DEPENDS headless)

    set(CPACK_DEBIAN_HEADLESS_PACKAGE_NAME "allium-usage-headless")
    set(CPACK_DEBIAN_HEADLESS_PACKAGE_SECTION "utils")
    set(CPACK_COMPONENT_HEADLESS_DESCRIPTION
        "Allium API usage on the command line and as a Prometheus exporter\n\
The command line of Allium Usage (allium-usage --once prints one snapshot as a\n\
table, CSV, JSON or Prometheus exposition) and, with its systemd units, an\n\
exporter for Prometheus with alert rules and a Grafana dashboard. It needs no\n\
display: it links Qt Core, Network and Sql, and QtKeychain when a key is kept\n\
in the keychain. Install allium-usage for the desktop dashboard and tray icon.")
    # Qt opens the SQLite driver of the history store as a plug-in, which dpkg-shlibdeps cannot
    # see. A keychain is only one of three places a service's key can come from.
    set(CPACK_DEBIAN_HEADLESS_PACKAGE_DEPENDS "libqt6sql6-sqlite")
    set(CPACK_DEBIAN_HEADLESS_PACKAGE_SUGGESTS "allium-usage, prometheus, gnome-keyring")

    set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME "allium-usage")
    set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION "utils")
    set(CPACK_COMPONENT_DESKTOP_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}\n${CPACK_PACKAGE_DESCRIPTION}")
    # Plug-ins again: the platform plug-ins (xcb, wayland) and the SVG icon engine.
    set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
    # A Secret Service (or KWallet) to keep the key in, Wayland support, and Qt's own translations
    # (standard buttons such as "Cancel"), which TranslationLoader loads when they are installed.
    set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS
        "gnome-keyring | kwalletmanager | keepassxc, qt6-wayland, qt6-translations-l10n")
endif()

include(CPack)
