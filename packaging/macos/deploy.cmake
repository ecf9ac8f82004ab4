# macOS: Tessera.app with its icon and Info.plist (camera and screen-recording usage strings),
# tessera-cli inside the bundle, macdeployqt for Qt's frameworks and QML modules, and a DMG with a
# link to /Applications (CPack DragNDrop). Not run on this project's Linux machines; see docs/INSTALL.md.
set_target_properties(tessera PROPERTIES
    OUTPUT_NAME Tessera
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${TESSERA_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_NAME Tessera
    MACOSX_BUNDLE_ICON_FILE tessera.icns
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}")
set(icns "${CMAKE_SOURCE_DIR}/resources/icons/tessera.icns")
set_source_files_properties("${icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
target_sources(tessera PRIVATE "${icns}")

tessera_find_deploy_tool(TESSERA_MACDEPLOYQT macdeployqt)
install(TARGETS tessera BUNDLE DESTINATION .)
install(TARGETS tessera-cli tessera-cli-full tessera-browser-host RUNTIME DESTINATION Tessera.app/Contents/MacOS)
install(CODE "
    execute_process(
        COMMAND \"${TESSERA_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/Tessera.app\" -qmldir=${CMAKE_SOURCE_DIR}/qml
                -executable=\${CMAKE_INSTALL_PREFIX}/Tessera.app/Contents/MacOS/tessera-cli
                -executable=\${CMAKE_INSTALL_PREFIX}/Tessera.app/Contents/MacOS/tessera-cli-full
                -executable=\${CMAKE_INSTALL_PREFIX}/Tessera.app/Contents/MacOS/tessera-browser-host -always-overwrite
        COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND ln -sfn /Applications \"\${CMAKE_INSTALL_PREFIX}/Applications\")
")
set(CPACK_DMG_VOLUME_NAME "Tessera")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON "${icns}")
