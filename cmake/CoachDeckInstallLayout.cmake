# Where `cmake --install` puts the plugin.
#
#   user   (default) OBS's per-user plugin folder. With the default prefix, that is
#          ~/.config/obs-studio/plugins/coachdeck/{bin/64bit,data}.
#   system the distribution layout: <prefix>/lib/<multiarch>/obs-plugins/coachdeck.so and
#          <prefix>/share/obs/obs-plugins/coachdeck/ (use with --prefix /usr).
#
# Defines COACHDECK_INSTALL_PLUGIN_DIR and COACHDECK_INSTALL_DATA_DIR (relative to the prefix).
include(GNUInstallDirs)

set(COACHDECK_INSTALL_LAYOUT
    user
    CACHE STRING "Install layout: user (OBS per-user plugin folder) or system")
set_property(CACHE COACHDECK_INSTALL_LAYOUT PROPERTY STRINGS user system)

if(COACHDECK_INSTALL_LAYOUT STREQUAL "user")
  if(CMAKE_INSTALL_PREFIX_INITIALIZED_TO_DEFAULT)
    set(_obs_config_home "$ENV{XDG_CONFIG_HOME}")
    if(_obs_config_home STREQUAL "")
      set(_obs_config_home "$ENV{HOME}/.config")
    endif()
    set(CMAKE_INSTALL_PREFIX
        "${_obs_config_home}/obs-studio/plugins"
        CACHE PATH "Install prefix" FORCE)
  endif()
  set(COACHDECK_INSTALL_PLUGIN_DIR "coachdeck/bin/64bit")
  set(COACHDECK_INSTALL_DATA_DIR "coachdeck/data")
elseif(COACHDECK_INSTALL_LAYOUT STREQUAL "system")
  set(COACHDECK_INSTALL_PLUGIN_DIR "${CMAKE_INSTALL_LIBDIR}/obs-plugins")
  set(COACHDECK_INSTALL_DATA_DIR "${CMAKE_INSTALL_DATAROOTDIR}/obs/obs-plugins/coachdeck")
else()
  message(FATAL_ERROR "COACHDECK_INSTALL_LAYOUT must be user or system, "
                      "not '${COACHDECK_INSTALL_LAYOUT}'")
endif()
