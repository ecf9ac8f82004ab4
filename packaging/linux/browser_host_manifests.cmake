# The browser integration's host manifests for every user of the system's browsers (docs/BROWSER.md,
# "Installing"): Debian's Chromium reads them from /etc/chromium, Firefox from /usr/lib/mozilla. Each
# names the installed tessera-browser-host and only Tessera's extension, the same text
# session/browser_hosts.cpp writes for one user. They are written at install time, when the prefix is
# known (a package's /usr, or `cmake --install`'s). The /etc one is a conffile of the package.
# Chrome's and Edge's system folders are under /etc/opt, which a distribution's package may not use:
# for them `tessera-cli browser install` (or Settings) writes the user's manifest.
set(host_name "io.github.tessera_authenticator.tessera")
set(chromium_allows "\"allowed_origins\": [\"chrome-extension://peojbinjppnagamiehnhaldbjambcmnj/\"]")
set(firefox_allows "\"allowed_extensions\": [\"tessera@tessera-authenticator.github.io\"]")
install(CODE "
    set(host \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBEXECDIR}/tessera/tessera-browser-host\")
    set(staged \"${CMAKE_CURRENT_BINARY_DIR}/host-manifests\")
    foreach(kind chromium firefox)
        if(kind STREQUAL chromium)
            set(allows [=[${chromium_allows}]=])
            set(destination /etc/chromium/native-messaging-hosts)
        else()
            set(allows [=[${firefox_allows}]=])
            set(destination /usr/lib/mozilla/native-messaging-hosts)
        endif()
        file(WRITE \"\${staged}/\${kind}/${host_name}.json\" \"{
    \${allows},
    \\\"description\\\": \\\"Tessera: sign-in codes for the Tessera extension\\\",
    \\\"name\\\": \\\"${host_name}\\\",
    \\\"path\\\": \\\"\${host}\\\",
    \\\"type\\\": \\\"stdio\\\"
}
\")
        file(INSTALL \"\${staged}/\${kind}/${host_name}.json\" DESTINATION \"\${destination}\")
    endforeach()
")
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/conffiles" "/etc/chromium/native-messaging-hosts/${host_name}.json\n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${CMAKE_CURRENT_BINARY_DIR}/conffiles")
