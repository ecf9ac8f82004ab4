# Windows: the installed folder runs on a machine without Qt or vcpkg. windeployqt copies Qt's DLLs,
# plugins and the QML modules the UI imports; the other DLLs (libsodium, OpenSSL, ZXing, libqrencode,
# QtKeychain, protobuf, argon2) come from vcpkg's bin folder through CMake's runtime-dependency scan.
# Not run on this project's Linux machines; see docs/INSTALL.md.
target_sources(tessera PRIVATE "${CMAKE_CURRENT_LIST_DIR}/tessera.rc")
tessera_find_deploy_tool(TESSERA_WINDEPLOYQT windeployqt)
set(vcpkg_bin "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")

install(TARGETS tessera tessera-cli tessera-cli-full tessera-browser-host # the full tessera-cli and the browser host beside the lean one
    RUNTIME_DEPENDENCIES
        PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*" "^Qt6.*" # Qt is windeployqt's job
        POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll"
        DIRECTORIES "${vcpkg_bin}"
    RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(CODE "
    execute_process(
        COMMAND \"${TESSERA_WINDEPLOYQT}\" --release --qmldir \"${CMAKE_SOURCE_DIR}/qml\" --no-translations
                --no-system-d3d-compiler --no-opengl-sw \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/tessera.exe\"
        COMMAND_ERROR_IS_FATAL ANY)
")

# NSIS installer: Start menu and desktop shortcuts, an uninstaller that also removes the login entry the
# app's "Start when I log in" writes (HKCU Run), and the option to put tessera-cli on PATH.
set(CPACK_NSIS_DISPLAY_NAME "Tessera")
set(CPACK_NSIS_PACKAGE_NAME "Tessera")
set(CPACK_NSIS_MUI_ICON "${CMAKE_SOURCE_DIR}/resources/icons/tessera.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_SOURCE_DIR}/resources/icons/tessera.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\tessera.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_CREATE_DESKTOP_LINKS tessera)
# (single quotes are NSIS string quotes too, and need no escaping on the way through CPack)
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    "DeleteRegValue HKCU 'Software\\Microsoft\\Windows\\CurrentVersion\\Run' '${TESSERA_APP_ID}'")
