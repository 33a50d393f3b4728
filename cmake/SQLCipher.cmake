# Finds SQLCipher (pkg-config on Linux, vcpkg's CMake config on Windows), defines
# Liaison::SQLCipher and checks at configure time that <sqlcipher/sqlite3.h>, the header the
# code includes, is SQLCipher's: it declares the codec API, matches the library's version and
# the library answers PRAGMA cipher_version. A plain SQLite header picked up by mistake (vcpkg
# installs sqlite3's include/sqlite3.h beside include/sqlcipher/sqlite3.h as soon as any port
# pulls qtbase's default features) would build a client that writes unencrypted files.
if(WIN32)
  # vcpkg: sqlcipher::sqlcipher, header in <prefix>/include/sqlcipher/sqlite3.h.
  find_package(sqlcipher CONFIG REQUIRED)
  set(_liaison_sqlcipher sqlcipher::sqlcipher)
else()
  # Debian, Ubuntu (and Homebrew): /usr/include/sqlcipher/sqlite3.h, pkg-config module sqlcipher.
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)
  set(_liaison_sqlcipher PkgConfig::SQLCIPHER)
endif()
add_library(Liaison::SQLCipher ALIAS ${_liaison_sqlcipher})

function(liaison_check_sqlcipher target)
  get_target_property(includes ${target} INTERFACE_INCLUDE_DIRECTORIES)
  set(key "${includes}")
  if(DEFINED CACHE{LIAISON_SQLCIPHER_CHECKED} AND "$CACHE{LIAISON_SQLCIPHER_CHECKED}" STREQUAL key)
    return()
  endif()
  set(source "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/check_sqlcipher.cpp")
  set(bindir "${CMAKE_BINARY_DIR}/CMakeFiles/check_sqlcipher")
  if(CMAKE_CROSSCOMPILING)
    try_compile(compiled "${bindir}" "${source}"
                LINK_LIBRARIES ${target}
                CXX_STANDARD 20
                OUTPUT_VARIABLE output)
    set(ran 0)
  else()
    if(WIN32)
      # The check runs before anything is deployed: let it find sqlcipher.dll and OpenSSL's
      # DLLs in vcpkg's bin folder.
      foreach(config RELEASE RELWITHDEBINFO DEBUG "")
        get_target_property(dll ${target} IMPORTED_LOCATION_${config})
        if(dll)
          get_filename_component(dll_dir "${dll}" DIRECTORY)
          set(ENV{PATH} "${dll_dir};$ENV{PATH}")
          break()
        endif()
      endforeach()
    endif()
    try_run(ran compiled "${bindir}" "${source}"
            LINK_LIBRARIES ${target}
            CXX_STANDARD 20
            COMPILE_OUTPUT_VARIABLE output
            RUN_OUTPUT_VARIABLE run_output)
  endif()
  if(NOT compiled)
    message(FATAL_ERROR
      "The sqlite3.h found as <sqlcipher/sqlite3.h> is not SQLCipher's (no codec API) or does "
      "not build against ${target}:\n${output}")
  endif()
  if(WIN32 AND ran STREQUAL "FAILED_TO_RUN")
    message(WARNING "SQLCipher check: built, but could not run here (DLLs not found); only the "
                    "header's codec API was checked")
  elseif(NOT ran EQUAL 0)
    message(FATAL_ERROR "SQLCipher check failed (${ran}): ${run_output}")
  else()
    string(STRIP "${run_output}" run_output)
    message(STATUS "SQLCipher: <sqlcipher/sqlite3.h> is SQLCipher's (${run_output})")
  endif()
  set(LIAISON_SQLCIPHER_CHECKED "${key}" CACHE INTERNAL "include dirs SQLCipher was checked with")
endfunction()

liaison_check_sqlcipher(${_liaison_sqlcipher})
