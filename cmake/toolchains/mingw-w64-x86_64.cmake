# Cross-compiling for 64-bit Windows with Debian's MinGW-w64 (g++-mingw-w64-x86-64-posix: the
# posix thread model, for std::thread and std::mutex). Used by scripts/windows-core.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(_coachdeck_triple x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${_coachdeck_triple}-gcc-posix)
set(CMAKE_CXX_COMPILER ${_coachdeck_triple}-g++-posix)
set(CMAKE_RC_COMPILER ${_coachdeck_triple}-windres)

# Libraries and headers from the MinGW sysroot only, never the host's; programs from the host.
set(CMAKE_FIND_ROOT_PATH /usr/${_coachdeck_triple})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Programs that need no MinGW DLL beside them: libstdc++, libgcc and winpthread linked in.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")

# ctest runs the tests through Wine.
find_program(COACHDECK_WINE NAMES wine64 wine)
if(COACHDECK_WINE)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${COACHDECK_WINE})
endif()
