# macOS, universal (Xcode, preset macos). OBS 32 loads a plugin as a bundle from the user's
# ~/Library/Application Support/obs-studio/plugins/ (where the .pkg installs it):
#
#   coachdeck.plugin/Contents/Info.plist        (cmake/macos/Info.plist.in)
#   coachdeck.plugin/Contents/MacOS/coachdeck   (the module)
#   coachdeck.plugin/Contents/Resources/        (locale, schema: our data/)
#
# The build folder's bundle is complete (Xcode copies data/ into it), so it can be copied as it is.
if(CMAKE_INSTALL_PREFIX_INITIALIZED_TO_DEFAULT)
  set(CMAKE_INSTALL_PREFIX
      "$ENV{HOME}/Library/Application Support/obs-studio/plugins"
      CACHE PATH "Install prefix: OBS's per-user plugin folder" FORCE)
endif()
set(COACHDECK_INSTALL_PLUGIN_DIR ".")
# src/obs installs data/ here too: the same files the bundle already holds.
set(COACHDECK_INSTALL_DATA_DIR "coachdeck.plugin/Contents/Resources")

# Signed ad hoc unless an identity is given (the workflow signs the installed bundle itself).
if(NOT DEFINED CMAKE_XCODE_ATTRIBUTE_CODE_SIGN_IDENTITY)
  set(CMAKE_XCODE_ATTRIBUTE_CODE_SIGN_IDENTITY "-")
endif()

# Release-only SDK builds (.github/scripts/deps.cmake) serve a RelWithDebInfo build too.
set(CMAKE_MAP_IMPORTED_CONFIG_RELWITHDEBINFO RelWithDebInfo Release)

# OBS installs libobs as a framework, headers in libobs.framework/Headers, which FindOBS's
# search for obs-module.h does not look into: point it there from the package's own target.
find_package(libobs CONFIG QUIET)
set(_coachdeck_libobs_headers)
if(TARGET OBS::libobs)
  get_target_property(_coachdeck_libobs_headers OBS::libobs INTERFACE_INCLUDE_DIRECTORIES)
endif()
foreach(_prefix IN LISTS CMAKE_PREFIX_PATH)
  list(APPEND _coachdeck_libobs_headers "${_prefix}/Frameworks/libobs.framework/Headers")
endforeach()
find_path(
  OBS_INCLUDE_DIR
  NAMES obs-module.h
  HINTS ${_coachdeck_libobs_headers}
  NO_DEFAULT_PATH)

# coachdeck_platform_module(<target>): makes the module the bundle coachdeck.plugin, data/ in its
# Resources, identified as the package that installs it (buildspec.json: identifier).
function(coachdeck_platform_module target)
  set_target_properties(
    ${target}
    PROPERTIES BUNDLE TRUE
               BUNDLE_EXTENSION plugin
               MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/Info.plist.in"
               MACOSX_BUNDLE_GUI_IDENTIFIER "${COACHDECK_IDENTIFIER}"
               MACOSX_BUNDLE_BUNDLE_NAME "${COACHDECK_DISPLAY_NAME}"
               MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
               MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
               XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER "${COACHDECK_IDENTIFIER}"
               XCODE_ATTRIBUTE_GCC_GENERATE_DEBUGGING_SYMBOLS YES
               XCODE_ATTRIBUTE_DEBUG_INFORMATION_FORMAT "dwarf-with-dsym")

  file(
    GLOB_RECURSE _data_files
    CONFIGURE_DEPENDS
    RELATIVE "${PROJECT_SOURCE_DIR}/data"
    "${PROJECT_SOURCE_DIR}/data/*")
  foreach(_file IN LISTS _data_files)
    get_filename_component(_folder "${_file}" DIRECTORY)
    set(_source "${PROJECT_SOURCE_DIR}/data/${_file}")
    target_sources(${target} PRIVATE "${_source}")
    set_source_files_properties(
      "${_source}" TARGET_DIRECTORY ${target} PROPERTIES MACOSX_PACKAGE_LOCATION
                                                         "Resources/${_folder}")
  endforeach()
endfunction()
