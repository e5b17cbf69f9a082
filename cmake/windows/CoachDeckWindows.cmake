# Windows x64 (Visual Studio 2022, preset windows-x64). OBS loads a third-party module from its
# own folder (C:\Program Files\obs-studio by default), laid out as OBS lays out its own:
#
#   obs-plugins/64bit/coachdeck.dll   (+ coachdeck.pdb for RelWithDebInfo and Debug)
#   data/obs-plugins/coachdeck/       (locale, schema)
#
# The zip and the installer (packaging/windows/coachdeck.iss) copy that tree as it is.
if(NOT CMAKE_SIZEOF_VOID_P EQUAL 8)
  message(FATAL_ERROR "CoachDeck: OBS on Windows is 64-bit; configure with -A x64 "
                      "(preset windows-x64)")
endif()

if(CMAKE_INSTALL_PREFIX_INITIALIZED_TO_DEFAULT)
  set(_coachdeck_program_files "$ENV{ProgramW6432}")
  if(_coachdeck_program_files STREQUAL "")
    set(_coachdeck_program_files "C:/Program Files")
  endif()
  string(REPLACE "\\" "/" _coachdeck_program_files "${_coachdeck_program_files}")
  set(CMAKE_INSTALL_PREFIX
      "${_coachdeck_program_files}/obs-studio"
      CACHE PATH "Install prefix: the OBS folder (writing there needs an administrator)" FORCE)
endif()
set(COACHDECK_INSTALL_PLUGIN_DIR "obs-plugins/64bit")
set(COACHDECK_INSTALL_DATA_DIR "data/obs-plugins/coachdeck")

# MSVC: our sources are UTF-8 (French strings); __cplusplus tells the truth; files in parallel.
add_compile_options("$<$<COMPILE_LANG_AND_ID:CXX,MSVC>:/utf-8;/Zc:__cplusplus;/MP>")

# The module's version resource (coachdeck.rc.in).
enable_language(RC)

# Release-only SDK builds (.github/scripts/deps.cmake) serve a RelWithDebInfo build too.
set(CMAKE_MAP_IMPORTED_CONFIG_RELWITHDEBINFO RelWithDebInfo Release)

# coachdeck_platform_module(<target>): the version resource Windows shows in the file's
# properties (names from buildspec.json), and the debug symbols next to the DLL.
function(coachdeck_platform_module target)
  configure_file("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/coachdeck.rc.in"
                 "${PROJECT_BINARY_DIR}/generated/coachdeck.rc" @ONLY)
  target_sources(${target} PRIVATE "${PROJECT_BINARY_DIR}/generated/coachdeck.rc")
  if(MSVC)
    install(
      FILES "$<TARGET_PDB_FILE:${target}>"
      DESTINATION "${COACHDECK_INSTALL_PLUGIN_DIR}"
      COMPONENT plugin
      CONFIGURATIONS RelWithDebInfo Debug
      OPTIONAL)
  endif()
endfunction()
