# cpack -G DEB (run by scripts/package and tests/package): one binary package "dbss-console" with
# the three programs. Dependencies are computed by dpkg-shlibdeps from the binaries' libraries.
set(DBSS_MAINTAINER "dbss-console developers <dbss-console@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian package (Name <address>)")

# Debian wants the copyright and a changelog (gzip -9n) in /usr/share/doc/<package>.
set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/dbss-console)
configure_file(${PROJECT_SOURCE_DIR}/resources/debian/changelog.in ${CMAKE_BINARY_DIR}/debian/changelog @ONLY)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/debian/changelog.gz
    COMMAND sh -c "gzip -9n -c '${CMAKE_BINARY_DIR}/debian/changelog' > '${CMAKE_BINARY_DIR}/debian/changelog.gz'"
    DEPENDS ${CMAKE_BINARY_DIR}/debian/changelog VERBATIM)
add_custom_target(dbss_changelog ALL DEPENDS ${CMAKE_BINARY_DIR}/debian/changelog.gz)
install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright ${CMAKE_BINARY_DIR}/debian/changelog.gz
        DESTINATION ${doc_dir})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME dbss-console)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_CONTACT "${DBSS_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${DBSS_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop console for Huawei Cloud database audit (DBSS)")
# CPack puts the summary first and indents these lines itself (an empty line becomes " .").
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "DBSS Console manages Huawei Cloud Database Security Service (database
audit) instances, their databases, agents, rule policies and operation logs,
and creates DRS and DAS connections. Secrets are kept in the desktop keychain.

The package contains the Qt desktop console (dbss-console), the same
functions on the command line (dbssctl) and a local emulator of the
documented APIs (dbss-sandbox).")
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # dbss-console_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The keychain needs a Secret Service at run time; --tls of dbss-sandbox runs the openssl tool.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | kwalletmanager, openssl")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
set(CPACK_STRIP_FILES ON) # the package carries no debug information (lintian: unstripped-binary)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
# The build's install rules with the default component only (no test binaries are installed).
set(CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR};${PROJECT_NAME};ALL;/")
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR}/package)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/package)
set(CPACK_SOURCE_GENERATOR "")
include(CPack)
