# cmake --install: the three programs and what a desktop expects around them (FHS layout under
# CMAKE_INSTALL_PREFIX, /usr/local by default; the Debian package uses /usr).
set(DBSS_APP_ID io.github.dbssconsole.DbssConsole) # desktop file, AppStream id and icon name

install(TARGETS dbss-console dbssctl dbss-sandbox RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Desktop integration: launcher, AppStream metainfo (its release carries project(VERSION)), icons.
set(desktop_dir ${PROJECT_SOURCE_DIR}/resources/desktop)
configure_file(${desktop_dir}/${DBSS_APP_ID}.metainfo.xml ${CMAKE_BINARY_DIR}/${DBSS_APP_ID}.metainfo.xml @ONLY)
install(FILES ${desktop_dir}/${DBSS_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_BINARY_DIR}/${DBSS_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/app.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${DBSS_APP_ID}.svg)
# The PNG sizes are rendered from app.svg with rsvg-convert and committed (no SVG tool at build time).
foreach(size 16 22 24 32 48 64 128 256 512)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/dbss-console-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${DBSS_APP_ID}.png)
endforeach()

# Translations: the console prefers <prefix>/share/dbss-console/translations (../share from its
# bin directory) over the copy compiled into it. qt_add_translations (app/) writes the .qm files
# next to app/'s build directory, one per translations/*.ts.
file(GLOB ts_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/translations/*.ts)
foreach(ts ${ts_files})
    get_filename_component(qm_name ${ts} NAME_WLE)
    install(FILES ${CMAKE_BINARY_DIR}/app/${qm_name}.qm DESTINATION ${CMAKE_INSTALL_DATADIR}/dbss-console/translations)
endforeach()

# Man pages (hand-written roff, checked by tests/package), compressed with gzip -9n as Debian policy
# asks (no timestamp: reproducible), and bash completion for dbssctl.
foreach(page dbss-console dbssctl dbss-sandbox)
    set(gz ${CMAKE_BINARY_DIR}/man/${page}.1.gz)
    add_custom_command(OUTPUT ${gz}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
        COMMAND sh -c "gzip -9n -c '${PROJECT_SOURCE_DIR}/docs/man/${page}.1' > '${gz}'"
        DEPENDS ${PROJECT_SOURCE_DIR}/docs/man/${page}.1 VERBATIM)
    list(APPEND man_outputs ${gz})
    install(FILES ${gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
add_custom_target(dbss_manpages ALL DEPENDS ${man_outputs})
install(FILES ${PROJECT_SOURCE_DIR}/resources/completion/dbssctl
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
