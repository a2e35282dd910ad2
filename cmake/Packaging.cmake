# SPDX-License-Identifier: MIT
# Installation layout and installers (CPack). Included from the top CMakeLists.txt after the
# targets exist. Linux: desktop integration files + DEB/RPM; Windows: windeployqt + NSIS/WiX;
# macOS: app bundle + macdeployqt + DragNDrop. Each platform block is guarded so the others
# configure cleanly. packaging/README.md says which parts are built and tested where.

set(SECURECHAT_APP_ID "org.securechat.SecureChat")
set(SECURECHAT_PACKAGE_NAME "securechat")
set(SECURECHAT_PACKAGE_CONTACT "The SecureChat developers <maintainers@securechat.org>"
    CACHE STRING "Maintainer written into the packages (\"Name <address>\")")
set(SECURECHAT_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")

# --- QCA plugins --------------------------------------------------------------------------------
# QCA finds its providers in a "crypto" folder under each Qt library path. Without qca-ossl the app
# refuses to start, so the installers for Windows and macOS carry it with them.
function(securechat_find_qca_plugin_dir out_var)
    set(candidates)
    foreach(config RELEASE RELWITHDEBINFO NONE DEBUG "")
        if(config STREQUAL "")
            get_target_property(location qca-qt6 IMPORTED_LOCATION)
        else()
            get_target_property(location qca-qt6 IMPORTED_LOCATION_${config})
        endif()
        if(location)
            get_filename_component(lib_dir "${location}" DIRECTORY)
            # Framework builds put the library inside qca-qt6.framework/Versions/N/.
            string(REGEX REPLACE "/[^/]+\\.framework(/.*)?$" "" lib_dir "${lib_dir}")
            list(APPEND candidates
                "${lib_dir}/qca-qt6/crypto" "${lib_dir}/../lib/qca-qt6/crypto"
                "${lib_dir}/../plugins/crypto" "${lib_dir}/../lib/qt6/plugins/crypto"
                "${lib_dir}/../share/qt6/plugins/crypto")
            break()
        endif()
    endforeach()
    foreach(dir IN LISTS candidates)
        if(IS_DIRECTORY "${dir}")
            get_filename_component(dir "${dir}" ABSOLUTE)
            set(${out_var} "${dir}" PARENT_SCOPE)
            return()
        endif()
    endforeach()
    set(${out_var} "" PARENT_SCOPE)
endfunction()

# --- Common CPack settings ----------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "${SECURECHAT_PACKAGE_NAME}")
set(CPACK_PACKAGE_VENDOR "The SecureChat developers")
set(CPACK_PACKAGE_CONTACT "${SECURECHAT_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Wrapped by hand: the DEB generator copies the lines as they are into the control file.
set(CPACK_PACKAGE_DESCRIPTION [=[
SecureChat lets two people talk privately over a direct connection, with no
server in between: one person hosts on a port, the other connects to it.

The conversation is protected by TLS 1.3 with mutual certificate
authentication, and each person's identity is a long-term RSA key kept on
their own computer. Keys are pinned on first use, a changed key blocks the
conversation until it is accepted, and a safety number lets both people
verify each other out of band.

This package contains the desktop application (securechat) and the terminal
client (securechat-cli).]=])
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "SecureChat")
set(CPACK_PACKAGE_EXECUTABLES "securechat" "SecureChat")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_PACKAGE_FILE_NAME "${SECURECHAT_PACKAGE_NAME}-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/\\\\.cache/" "\\\\.user$")
# Directories the install creates get the usual 0755 whatever the builder's umask.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(UNIX AND NOT APPLE)
    # --- Linux: desktop integration ------------------------------------------------------------
    set(linux_dir "${SECURECHAT_PACKAGING_DIR}/linux")
    install(FILES "${linux_dir}/${SECURECHAT_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${linux_dir}/${SECURECHAT_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/app/securechat.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${SECURECHAT_APP_ID}.svg")
    install(DIRECTORY "${linux_dir}/icons/hicolor"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons"
        FILES_MATCHING PATTERN "*.png")

    # Man pages carry the version; Debian wants them gzip-compressed without a timestamp.
    find_program(SECURECHAT_GZIP gzip)
    string(TIMESTAMP SECURECHAT_MAN_DATE "%Y-%m-%d" UTC)
    set(man_outputs)
    foreach(page securechat.1 securechat-cli.1)
        configure_file("${linux_dir}/${page}.in" "${PROJECT_BINARY_DIR}/man/${page}" @ONLY)
        if(SECURECHAT_GZIP)
            add_custom_command(OUTPUT "${PROJECT_BINARY_DIR}/man/${page}.gz"
                COMMAND "${SECURECHAT_GZIP}" -9 -n -f -k "${PROJECT_BINARY_DIR}/man/${page}"
                DEPENDS "${PROJECT_BINARY_DIR}/man/${page}"
                COMMENT "Compressing man page ${page}"
                VERBATIM)
            list(APPEND man_outputs "${PROJECT_BINARY_DIR}/man/${page}.gz")
        else()
            list(APPEND man_outputs "${PROJECT_BINARY_DIR}/man/${page}")
        endif()
    endforeach()
    add_custom_target(securechat_man_pages ALL DEPENDS ${man_outputs})
    install(FILES ${man_outputs} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

    # Debian policy: copyright and changelog under /usr/share/doc/<package>/.
    set(package_doc_dir "${CMAKE_INSTALL_DATAROOTDIR}/doc/${SECURECHAT_PACKAGE_NAME}")
    install(FILES "${linux_dir}/copyright" DESTINATION "${package_doc_dir}")
    set(SECURECHAT_DEB_RELEASE 1)
    # Honours SOURCE_DATE_EPOCH, so reproducible builds get a fixed date.
    string(TIMESTAMP SECURECHAT_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
    configure_file("${linux_dir}/changelog.Debian.in" "${PROJECT_BINARY_DIR}/doc/changelog.Debian"
        @ONLY)
    if(SECURECHAT_GZIP)
        add_custom_command(OUTPUT "${PROJECT_BINARY_DIR}/doc/changelog.Debian.gz"
            COMMAND "${SECURECHAT_GZIP}" -9 -n -f -k "${PROJECT_BINARY_DIR}/doc/changelog.Debian"
            DEPENDS "${PROJECT_BINARY_DIR}/doc/changelog.Debian"
            VERBATIM)
        add_custom_target(securechat_changelog ALL
            DEPENDS "${PROJECT_BINARY_DIR}/doc/changelog.Debian.gz")
        install(FILES "${PROJECT_BINARY_DIR}/doc/changelog.Debian.gz"
            DESTINATION "${package_doc_dir}")
    endif()

    # --- Linux: DEB ----------------------------------------------------------------------------
    set(CPACK_GENERATOR "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_RELEASE "${SECURECHAT_DEB_RELEASE}")
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SECURECHAT_PACKAGE_CONTACT}")
    set(CPACK_DEBIAN_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Loaded with dlopen at run time, so dpkg-shlibdeps cannot see them: the Qt platform plugins
    # (xcb, offscreen, ...), QCA's OpenSSL provider (qca-ossl) and the SVG icon engine.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqca-qt6-plugins, qt6-svg-plugins")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")

    # --- Linux: RPM (Fedora package names; built on an RPM-based host) ------------------------
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_RELEASE "1")
    set(CPACK_RPM_PACKAGE_LICENSE "MIT")
    set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
    set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_RPM_PACKAGE_AUTOREQ ON)
    set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui, qca-qt6-ossl, qt6-qtsvg")
    set(CPACK_RPM_PACKAGE_SUGGESTS "qt6-qtwayland, qt6-qttranslations")
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
        /usr/share/icons /usr/share/icons/hicolor /usr/share/doc)
elseif(WIN32)
    # --- Windows: windeployqt, the QCA plugin folder, NSIS or WiX ------------------------------
    qt_generate_deploy_app_script(TARGET securechat
        OUTPUT_SCRIPT securechat_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${securechat_deploy_script}")

    securechat_find_qca_plugin_dir(qca_plugin_dir)
    set(SECURECHAT_QCA_PLUGIN_DIR "${qca_plugin_dir}" CACHE PATH
        "Folder holding QCA's provider plugins (qca-ossl.dll); copied to <bin>/crypto")
    if(SECURECHAT_QCA_PLUGIN_DIR)
        install(DIRECTORY "${SECURECHAT_QCA_PLUGIN_DIR}/"
            DESTINATION "${CMAKE_INSTALL_BINDIR}/crypto"
            FILES_MATCHING PATTERN "qca-ossl*.dll" PATTERN "*.pdb" EXCLUDE)
    else()
        message(SEND_ERROR "The QCA plugin folder (with qca-ossl.dll) was not found; set "
            "SECURECHAT_QCA_PLUGIN_DIR")
    endif()
    # windeployqt copies only Qt's own DLLs: qca-qt6.dll and the OpenSSL DLLs that qca-ossl
    # needs are found with CMake's dependency scanner and copied beside the executable.
    install(CODE "
        set(plugins \"\")
        file(GLOB plugins \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/crypto/*.dll\")
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES \"$<TARGET_FILE:securechat>\"
            LIBRARIES \${plugins}
            DIRECTORIES \"$<TARGET_FILE_DIR:qca-qt6>\" \"${SECURECHAT_QCA_PLUGIN_DIR}/../../bin\"
                \"${SECURECHAT_QCA_PLUGIN_DIR}/../bin\" \$ENV{PATH}
            PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^Qt6\"
            POST_EXCLUDE_REGEXES \"[Ss]ystem32\" \"[Ww]indows\"
            RESOLVED_DEPENDENCIES_VAR resolved
            UNRESOLVED_DEPENDENCIES_VAR unresolved)
        foreach(dll IN LISTS resolved)
            file(INSTALL \"\${dll}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
        endforeach()
        if(unresolved)
            message(WARNING \"SecureChat: DLLs not found for the installer: \${unresolved}\")
        endif()
    ")

    set(CPACK_GENERATOR "NSIS;WIX")
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "SecureChat")
    set(CPACK_NSIS_PACKAGE_NAME "SecureChat")
    set(CPACK_NSIS_DISPLAY_NAME "SecureChat ${PROJECT_VERSION}")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\securechat.exe")
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
    # A fixed upgrade code lets a newer MSI replace an older one.
    set(CPACK_WIX_UPGRADE_GUID "6C1E3A52-8F0B-4B7E-9D33-5A2F7C41E0B9")
    set(CPACK_WIX_PRODUCT_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "SecureChat")
elseif(APPLE)
    # --- macOS: app bundle, icon, Info.plist, macdeployqt, QCA plugins inside, DragNDrop -------
    set(icns "${PROJECT_BINARY_DIR}/macos/securechat.icns")
    set(iconset "${PROJECT_BINARY_DIR}/macos/securechat.iconset")
    set(png_dir "${SECURECHAT_PACKAGING_DIR}/linux/icons/hicolor")
    set(app_png "apps/${SECURECHAT_APP_ID}.png")
    add_custom_command(OUTPUT "${icns}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${iconset}"
        COMMAND "${CMAKE_COMMAND}" -E copy "${png_dir}/16x16/${app_png}" "${iconset}/icon_16x16.png"
        COMMAND "${CMAKE_COMMAND}" -E copy "${png_dir}/32x32/${app_png}" "${iconset}/icon_16x16@2x.png"
        COMMAND "${CMAKE_COMMAND}" -E copy "${png_dir}/32x32/${app_png}" "${iconset}/icon_32x32.png"
        COMMAND "${CMAKE_COMMAND}" -E copy "${png_dir}/64x64/${app_png}" "${iconset}/icon_32x32@2x.png"
        COMMAND "${CMAKE_COMMAND}" -E copy "${png_dir}/128x128/${app_png}" "${iconset}/icon_128x128.png"
        COMMAND "${CMAKE_COMMAND}" -E copy "${png_dir}/256x256/${app_png}" "${iconset}/icon_128x128@2x.png"
        COMMAND "${CMAKE_COMMAND}" -E copy "${png_dir}/256x256/${app_png}" "${iconset}/icon_256x256.png"
        COMMAND iconutil -c icns -o "${icns}" "${iconset}"
        DEPENDS "${png_dir}/256x256/${app_png}"
        VERBATIM)
    target_sources(securechat PRIVATE "${icns}")
    set_source_files_properties("${icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(securechat PROPERTIES
        OUTPUT_NAME SecureChat
        MACOSX_BUNDLE_INFO_PLIST "${SECURECHAT_PACKAGING_DIR}/macos/Info.plist.in"
        MACOSX_BUNDLE_BUNDLE_NAME SecureChat
        MACOSX_BUNDLE_ICON_FILE securechat.icns
        MACOSX_BUNDLE_COPYRIGHT "Copyright (c) 2026 The SecureChat developers. MIT licence.")

    # The CLI lives inside the bundle too, so macdeployqt resolves its Qt frameworks.
    install(PROGRAMS "$<TARGET_FILE:securechat-cli>" DESTINATION "SecureChat.app/Contents/MacOS")

    securechat_find_qca_plugin_dir(qca_plugin_dir)
    set(SECURECHAT_QCA_PLUGIN_DIR "${qca_plugin_dir}" CACHE PATH
        "Folder holding QCA's provider plugins (libqca-ossl.dylib); copied to Contents/PlugIns/crypto")
    if(SECURECHAT_QCA_PLUGIN_DIR)
        install(DIRECTORY "${SECURECHAT_QCA_PLUGIN_DIR}/"
            DESTINATION "SecureChat.app/Contents/PlugIns/crypto"
            FILES_MATCHING PATTERN "libqca-ossl*")
    else()
        message(SEND_ERROR "The QCA plugin folder (with libqca-ossl.dylib) was not found; set "
            "SECURECHAT_QCA_PLUGIN_DIR")
    endif()

    # macdeployqt copies the Qt frameworks and rewrites install names; passing the CLI and the QCA
    # plugin as extra executables makes it do the same for them (qca-qt6, OpenSSL). The paths are
    # relative to the install prefix, where Qt runs the tool.
    qt_generate_deploy_script(TARGET securechat
        OUTPUT_SCRIPT securechat_deploy_script
        CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE SecureChat.app
    ADDITIONAL_EXECUTABLES SecureChat.app/Contents/MacOS/securechat-cli
    ADDITIONAL_MODULES SecureChat.app/Contents/PlugIns/crypto/libqca-ossl.dylib
)")
    install(SCRIPT "${securechat_deploy_script}")

    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "SecureChat")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_PACKAGE_FILE_NAME "SecureChat-${PROJECT_VERSION}")
endif()

include(CPack)

# --- Checks of the packaging files, run with the test suite -------------------------------------
if(SECURECHAT_BUILD_TESTS AND UNIX AND NOT APPLE)
    set(linux_dir "${SECURECHAT_PACKAGING_DIR}/linux")
    find_program(SECURECHAT_MAN man)
    add_test(NAME packaging.consistency
        COMMAND "${CMAKE_COMMAND}"
            "-DPROJECT_VERSION=${PROJECT_VERSION}"
            "-DMETAINFO=${linux_dir}/${SECURECHAT_APP_ID}.metainfo.xml"
            "-DDESKTOP=${linux_dir}/${SECURECHAT_APP_ID}.desktop"
            "-DMAN_PAGE=${linux_dir}/securechat-cli.1.in"
            "-DCLI=$<TARGET_FILE:securechat-cli>"
            "-DAPP_ID=${SECURECHAT_APP_ID}"
            "-DMAN_PROGRAM=${SECURECHAT_MAN}"
            "-DGENERATED_MAN_PAGES=${PROJECT_BINARY_DIR}/man/securechat.1;${PROJECT_BINARY_DIR}/man/securechat-cli.1"
            -P "${PROJECT_SOURCE_DIR}/cmake/CheckPackagingFiles.cmake")
    set_tests_properties(packaging.consistency PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
    # The validators are part of the build environment (tools/dev); a native host without them
    # gets a note at configure time instead of a failing test.
    find_program(SECURECHAT_DESKTOP_FILE_VALIDATE desktop-file-validate)
    find_program(SECURECHAT_APPSTREAMCLI appstreamcli)
    if(SECURECHAT_DESKTOP_FILE_VALIDATE)
        add_test(NAME packaging.desktop_file_validate
            COMMAND "${SECURECHAT_DESKTOP_FILE_VALIDATE}"
                "${linux_dir}/${SECURECHAT_APP_ID}.desktop")
    else()
        message(STATUS "desktop-file-validate not found: the .desktop file is not validated")
    endif()
    if(SECURECHAT_APPSTREAMCLI)
        add_test(NAME packaging.appstream_validate
            COMMAND "${SECURECHAT_APPSTREAMCLI}" validate --no-net --pedantic --explain
                "${linux_dir}/${SECURECHAT_APP_ID}.metainfo.xml")
    else()
        message(STATUS "appstreamcli not found: the AppStream metainfo is not validated")
    endif()
endif()
