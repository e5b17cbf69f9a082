# Where `cmake --install` puts the plugin, and what the module needs to load, on each platform's
# OBS (docs/windows-macos.md):
#
#   Linux    CoachDeckInstallLayout.cmake: the user or system layout (cpack -G DEB beside it)
#   Windows  windows/CoachDeckWindows.cmake: obs-plugins/64bit/coachdeck.dll and
#            data/obs-plugins/coachdeck/, under OBS's own folder
#   macOS    macos/CoachDeckMacOS.cmake: the bundle coachdeck.plugin
#
# Each defines COACHDECK_INSTALL_PLUGIN_DIR and COACHDECK_INSTALL_DATA_DIR (src/obs installs
# there) and coachdeck_platform_module(<target>), called once src/obs has made the module.
if(WIN32 OR APPLE)
  # The names the installers give the plugin, which the module's metadata repeats.
  set(_coachdeck_buildspec_file "${PROJECT_SOURCE_DIR}/buildspec.json")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_coachdeck_buildspec_file}")
  file(READ "${_coachdeck_buildspec_file}" _coachdeck_buildspec)
  string(JSON COACHDECK_DISPLAY_NAME GET "${_coachdeck_buildspec}" displayName)
  string(JSON COACHDECK_IDENTIFIER GET "${_coachdeck_buildspec}" identifier)
  string(JSON COACHDECK_AUTHOR GET "${_coachdeck_buildspec}" author)
endif()

if(WIN32)
  include("${CMAKE_CURRENT_LIST_DIR}/windows/CoachDeckWindows.cmake")
elseif(APPLE)
  include("${CMAKE_CURRENT_LIST_DIR}/macos/CoachDeckMacOS.cmake")
else()
  include("${CMAKE_CURRENT_LIST_DIR}/CoachDeckInstallLayout.cmake")

  # Linux: the module as src/obs makes it.
  function(coachdeck_platform_module target)
  endfunction()
endif()
