# dbss_add_library(NAME DIR [RECURSE] [SUBDIRS ...] [LIBS ...]): a static library from every
# .cpp/.h in DIR (directly in it, in the listed SUBDIRS of it, or anywhere below it with RECURSE).
# Globbing (with CONFIGURE_DEPENDS) lets several people add files to a folder without
# editing the same CMake list; one folder is one library, as docs/design.md maps it.
function(dbss_add_library name dir)
    cmake_parse_arguments(ARG "RECURSE" "" "LIBS;SUBDIRS" ${ARGN})
    if(ARG_RECURSE)
        file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${dir}/*.cpp ${dir}/*.h)
    else()
        file(GLOB sources CONFIGURE_DEPENDS ${dir}/*.cpp ${dir}/*.h)
    endif()
    foreach(sub ${ARG_SUBDIRS})
        file(GLOB more CONFIGURE_DEPENDS ${dir}/${sub}/*.cpp ${dir}/${sub}/*.h)
        list(APPEND sources ${more})
    endforeach()
    add_library(${name} STATIC ${sources})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_LIBS})
endfunction()

# dbss_add_tests(PREFIX DIR LIBS ...): one Qt Test executable per tst_*.cpp in DIR,
# registered with ctest as PREFIX_<name>. Extra *.cpp files in DIR without the tst_
# prefix are helpers compiled into each test of that folder.
function(dbss_add_tests prefix dir)
    cmake_parse_arguments(ARG "" "TIMEOUT" "LIBS;LABELS" ${ARGN})
    file(GLOB tests CONFIGURE_DEPENDS ${dir}/tst_*.cpp)
    foreach(src ${tests})
        get_filename_component(base ${src} NAME_WE)
        string(REPLACE "tst_" "" short ${base})
        set(target test_${prefix}_${short})
        add_executable(${target} ${src})
        target_link_libraries(${target} PRIVATE Qt6::Test ${ARG_LIBS})
        set_target_properties(${target} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
        add_test(NAME ${prefix}_${short} COMMAND ${target})
        if(ARG_TIMEOUT)
            set_tests_properties(${prefix}_${short} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
        else()
            set_tests_properties(${prefix}_${short} PROPERTIES TIMEOUT 300)
        endif()
        set_tests_properties(${prefix}_${short} PROPERTIES LABELS "${prefix};${ARG_LABELS}"
            ENVIRONMENT "DBSS_SANDBOX_BIN=$<TARGET_FILE:dbss-sandbox>;DBSSCTL_BIN=$<TARGET_FILE:dbssctl>;DBSS_CONSOLE_BIN=$<TARGET_FILE:dbss-console>")
    endforeach()
endfunction()
