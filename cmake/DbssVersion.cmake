# The one version: project(VERSION) in the top CMakeLists.txt. Programs include <DbssVersion.h>
# by linking dbss_version (an interface target), so only they recompile when the version changes.
configure_file(${CMAKE_CURRENT_LIST_DIR}/DbssVersion.h.in ${CMAKE_BINARY_DIR}/generated/DbssVersion.h @ONLY)
add_library(dbss_version INTERFACE)
target_include_directories(dbss_version INTERFACE ${CMAKE_BINARY_DIR}/generated)
