# The dependencies of a core-only build (COACHDECK_CORE_ONLY): nlohmann/json and GoogleTest.
# Native builds find them installed. A cross-build (Windows, with MinGW-w64) takes nlohmann's
# headers from the host, which are the same on every platform, and builds GoogleTest from
# Debian's sources (package googletest) with the cross-compiler.

find_package(nlohmann_json 3.10 QUIET)
if(NOT nlohmann_json_FOUND)
  if(NOT CMAKE_CROSSCOMPILING)
    find_package(nlohmann_json 3.10 REQUIRED)
  endif()
  find_path(
    COACHDECK_HOST_NLOHMANN_INCLUDE nlohmann/json.hpp
    PATHS /usr/include /usr/local/include
    NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
  if(NOT COACHDECK_HOST_NLOHMANN_INCLUDE)
    message(FATAL_ERROR "CoachDeck: nlohmann/json.hpp not found on the host (nlohmann-json3-dev)")
  endif()
  # Only the nlohmann folder, linked into a folder of its own: adding the host's /usr/include
  # to a cross-compiler's search path would bring in the host's C library headers.
  set(_coachdeck_include "${CMAKE_BINARY_DIR}/host-include")
  file(MAKE_DIRECTORY "${_coachdeck_include}")
  file(CREATE_LINK "${COACHDECK_HOST_NLOHMANN_INCLUDE}/nlohmann" "${_coachdeck_include}/nlohmann"
       SYMBOLIC)
  add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
  target_include_directories(nlohmann_json::nlohmann_json SYSTEM
                             INTERFACE "${_coachdeck_include}")
  message(STATUS "CoachDeck: nlohmann/json from ${COACHDECK_HOST_NLOHMANN_INCLUDE} (host headers)")
endif()

if(BUILD_TESTING AND CMAKE_CROSSCOMPILING)
  set(COACHDECK_GOOGLETEST_SOURCE
      /usr/src/googletest
      CACHE PATH "GoogleTest's sources, built with the cross-compiler (Debian: googletest)")
  if(NOT EXISTS "${COACHDECK_GOOGLETEST_SOURCE}/CMakeLists.txt")
    message(FATAL_ERROR "CoachDeck: no GoogleTest sources in ${COACHDECK_GOOGLETEST_SOURCE}")
  endif()
  set(BUILD_GMOCK OFF CACHE BOOL "" FORCE)
  set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
  set(gtest_disable_pthreads OFF CACHE BOOL "" FORCE)
  add_subdirectory("${COACHDECK_GOOGLETEST_SOURCE}" "${CMAKE_BINARY_DIR}/googletest"
                   EXCLUDE_FROM_ALL SYSTEM)
endif()
