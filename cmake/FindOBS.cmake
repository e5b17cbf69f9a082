# FindOBS: libobs and the OBS frontend API, as the imported targets OBS::libobs and
# OBS::obs-frontend-api.
#
# Prefers the CMake packages that OBS installs (Debian's libobs-dev 29 ships both); falls back to
# pkg-config for libobs and a plain library search for obs-frontend-api, which has no .pc file.
#
# Sets OBS_FOUND, OBS_VERSION, OBS_INCLUDE_DIR.
include(FindPackageHandleStandardArgs)

find_package(libobs CONFIG QUIET)
find_package(obs-frontend-api CONFIG QUIET)

if(NOT TARGET OBS::libobs)
  find_package(PkgConfig QUIET)
  if(PkgConfig_FOUND)
    pkg_check_modules(PC_LIBOBS QUIET IMPORTED_TARGET libobs)
  endif()
  if(TARGET PkgConfig::PC_LIBOBS)
    add_library(OBS::libobs INTERFACE IMPORTED)
    target_link_libraries(OBS::libobs INTERFACE PkgConfig::PC_LIBOBS)
  endif()
endif()

find_path(
  OBS_INCLUDE_DIR
  NAMES obs-module.h
  PATH_SUFFIXES obs
  HINTS ${PC_LIBOBS_INCLUDE_DIRS})

if(TARGET OBS::libobs AND NOT TARGET OBS::obs-frontend-api)
  find_library(OBS_FRONTEND_API_LIBRARY NAMES obs-frontend-api HINTS ${PC_LIBOBS_LIBRARY_DIRS})
  find_path(
    OBS_FRONTEND_API_INCLUDE_DIR
    NAMES obs-frontend-api.h
    PATH_SUFFIXES obs
    HINTS ${OBS_INCLUDE_DIR})
  if(OBS_FRONTEND_API_LIBRARY AND OBS_FRONTEND_API_INCLUDE_DIR)
    add_library(OBS::obs-frontend-api UNKNOWN IMPORTED)
    set_target_properties(
      OBS::obs-frontend-api
      PROPERTIES IMPORTED_LOCATION "${OBS_FRONTEND_API_LIBRARY}"
                 INTERFACE_INCLUDE_DIRECTORIES "${OBS_FRONTEND_API_INCLUDE_DIR}"
                 INTERFACE_LINK_LIBRARIES OBS::libobs)
  endif()
endif()

# The version libobs was built as, read from its header: it decides which frontend API exists.
if(OBS_INCLUDE_DIR AND EXISTS "${OBS_INCLUDE_DIR}/obs-config.h")
  file(STRINGS "${OBS_INCLUDE_DIR}/obs-config.h" _obs_version_lines
       REGEX "^#define LIBOBS_API_(MAJOR|MINOR|PATCH)_VER +[0-9]+")
  foreach(_part MAJOR MINOR PATCH)
    string(REGEX MATCH "LIBOBS_API_${_part}_VER +([0-9]+)" _unused "${_obs_version_lines}")
    set(_obs_${_part} "${CMAKE_MATCH_1}")
  endforeach()
  set(OBS_VERSION "${_obs_MAJOR}.${_obs_MINOR}.${_obs_PATCH}")
  unset(_obs_version_lines)
endif()

find_package_handle_standard_args(
  OBS
  REQUIRED_VARS OBS_INCLUDE_DIR OBS_VERSION
  VERSION_VAR OBS_VERSION
  REASON_FAILURE_MESSAGE "install libobs-dev (Debian) or point CMAKE_PREFIX_PATH at an OBS build")

if(OBS_FOUND AND NOT (TARGET OBS::libobs AND TARGET OBS::obs-frontend-api))
  set(OBS_FOUND FALSE)
  message(FATAL_ERROR "Found OBS headers but not both libobs and obs-frontend-api libraries")
endif()
