# Warnings and hardening flags for every target of the project (GCC/Clang and MSVC).
if(MSVC)
  add_compile_options(/W4 /permissive- /guard:cf /sdl)
  add_link_options(/guard:cf /DYNAMICBASE /HIGHENTROPYVA /NXCOMPAT)
  if(LIAISON_WERROR)
    add_compile_options(/WX)
  endif()
else()
  add_compile_options(-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
                      -Woverloaded-virtual -Wformat=2 -Wformat-security
                      -fstack-protector-strong -fno-strict-aliasing)
  if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
    add_compile_definitions(_FORTIFY_SOURCE=2)
  endif()
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    add_link_options(-Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -pie)
    add_compile_options(-fPIE)
  endif()
  if(LIAISON_WERROR)
    add_compile_options(-Werror)
  endif()
endif()

# LIAISON_SANITIZE: run-time checkers compiled into every target, tests included.
# address,undefined: scripts/sanitize.sh; thread: scripts/tsan.sh. UBSan stops at the first
# report, so that a test fails instead of printing and going on.
if(LIAISON_SANITIZE)
  if(MSVC)
    if(NOT LIAISON_SANITIZE STREQUAL "address")
      message(FATAL_ERROR "MSVC has AddressSanitizer only: LIAISON_SANITIZE=address")
    endif()
    add_compile_options(/fsanitize=address)
  else()
    string(REPLACE ";" "," sanitizers "${LIAISON_SANITIZE}")
    add_compile_options(-fsanitize=${sanitizers} -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${sanitizers})
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
      # GCC's flow analysis misfires with the sanitizers' instrumentation (a std::variant
      # holding a QString "may be used uninitialized" in tst_op); the normal build keeps it.
      add_compile_options(-Wno-maybe-uninitialized)
    endif()
    if(sanitizers MATCHES "undefined")
      add_compile_options(-fno-sanitize-recover=undefined)
    endif()
    if(sanitizers MATCHES "thread")
      add_compile_options(-O1) # as TSan's documentation advises; fast enough for the tests
    endif()
    message(STATUS "Sanitizers: ${sanitizers}")
  endif()
endif()
