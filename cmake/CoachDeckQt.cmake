# Picks the Qt major version the plugin is built against. It must match the Qt of the OBS that
# loads the plugin: OBS 29 on Debian 12 uses Qt 5, OBS 30 and later use Qt 6.
#
# Defines COACHDECK_QT (e.g. "Qt6") so targets link ${COACHDECK_QT}::Widgets.
set(COACHDECK_QT_MAJOR
    6
    CACHE STRING "Qt major version to build against (6 for OBS 30+, 5 for OBS 29)")
set_property(CACHE COACHDECK_QT_MAJOR PROPERTY STRINGS 6 5)

if(NOT COACHDECK_QT_MAJOR STREQUAL "6" AND NOT COACHDECK_QT_MAJOR STREQUAL "5")
  message(FATAL_ERROR "COACHDECK_QT_MAJOR must be 5 or 6, not '${COACHDECK_QT_MAJOR}'")
endif()

set(COACHDECK_QT "Qt${COACHDECK_QT_MAJOR}")
# Test only for the tests: the Qt 6 that obs-deps ships for Windows and macOS has no QtTest.
set(_coachdeck_qt_components Core Gui Widgets)
if(BUILD_TESTING)
  list(APPEND _coachdeck_qt_components Test)
endif()
find_package(${COACHDECK_QT} REQUIRED COMPONENTS ${_coachdeck_qt_components})
message(STATUS "CoachDeck: building against ${COACHDECK_QT} ${${COACHDECK_QT}_VERSION}")

# coachdeck_target_qt_codegen(<target>): moc and uic (forms/*.ui) for a Qt-facing target.
function(coachdeck_target_qt_codegen target)
  set_target_properties(${target} PROPERTIES AUTOMOC ON AUTOUIC ON AUTOUIC_SEARCH_PATHS
                                                                   "${PROJECT_SOURCE_DIR}/forms")
endfunction()
