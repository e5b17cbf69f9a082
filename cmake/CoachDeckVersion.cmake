# The project version as a generated header, "CoachDeckVersion.hpp", for any target that links
# coachdeck_version (the plugin logs it; the CLI can print it).
configure_file("${CMAKE_CURRENT_LIST_DIR}/CoachDeckVersion.hpp.in"
               "${PROJECT_BINARY_DIR}/generated/CoachDeckVersion.hpp" @ONLY)

add_library(coachdeck_version INTERFACE)
target_include_directories(coachdeck_version INTERFACE "${PROJECT_BINARY_DIR}/generated")
