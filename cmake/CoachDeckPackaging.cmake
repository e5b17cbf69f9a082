# `cpack -G DEB` from a build folder: a Debian/Ubuntu package in the distribution's layout,
# whatever COACHDECK_INSTALL_LAYOUT says for `cmake --install`:
#   /usr/lib/<multiarch>/obs-plugins/coachdeck.so
#   /usr/share/obs/obs-plugins/coachdeck/   (locale, schema)
# The package gets its own install component, `deb`, left out of a plain `cmake --install`.
# A Qt 5 build is for OBS 29 (Debian 12's), a Qt 6 build for OBS 30 and later.

if(NOT TARGET coachdeck)
  return()
endif()

set(_deb_lib_dir "lib")
if(CMAKE_LIBRARY_ARCHITECTURE)
  set(_deb_lib_dir "lib/${CMAKE_LIBRARY_ARCHITECTURE}")
endif()
install(
  TARGETS coachdeck
  LIBRARY DESTINATION "${_deb_lib_dir}/obs-plugins" COMPONENT deb EXCLUDE_FROM_ALL)
install(
  DIRECTORY "${PROJECT_SOURCE_DIR}/data/"
  DESTINATION "share/obs/obs-plugins/coachdeck"
  COMPONENT deb
  EXCLUDE_FROM_ALL)

if(COACHDECK_QT_MAJOR EQUAL 5)
  set(_obs_requirement "obs-studio (>= 29), obs-studio (<< 30)")
else()
  set(_obs_requirement "obs-studio (>= 30)")
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME obs-coachdeck)
set(CPACK_PACKAGE_VENDOR CoachDeck)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_COMPONENTS_ALL deb)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "CoachDeck maintainers <coachdeck@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION video)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_obs_requirement}")
# Qt, libobs and the C++ runtime, as the built module needs them.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "A dock, an overlay source and obs-websocket requests for coaches who run remote sessions\n"
    "through OBS Studio: agenda and session clock, constellation board, snapshots, notes.\n"
    "Built with Qt ${COACHDECK_QT_MAJOR}.")
include(CPack)

# The package is built and its contents checked (label package; a few seconds).
if(BUILD_TESTING)
  find_program(COACHDECK_DPKG_DEB dpkg-deb)
  if(COACHDECK_DPKG_DEB)
    add_test(
      NAME package_deb_contents
      COMMAND "${CMAKE_COMMAND}" -DBUILD_DIR=${PROJECT_BINARY_DIR} -DDPKG_DEB=${COACHDECK_DPKG_DEB}
              -DLOCALE_DIR=${PROJECT_SOURCE_DIR}/data/locale -P
              "${PROJECT_SOURCE_DIR}/cmake/CoachDeckCheckDeb.cmake")
    set_tests_properties(package_deb_contents PROPERTIES LABELS package TIMEOUT 300 RUN_SERIAL
                                                         TRUE)
  endif()
endif()
