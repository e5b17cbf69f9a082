# cmake -P script (the package_deb_contents test): runs `cpack -G DEB` in BUILD_DIR and checks
# with `dpkg-deb -c` that the package holds the module and every locale file where Debian's OBS
# looks for them.
file(REMOVE_RECURSE "${BUILD_DIR}/package-check")
execute_process(
  COMMAND "${CMAKE_CPACK_COMMAND}" -G DEB -B "${BUILD_DIR}/package-check" --config
          "${BUILD_DIR}/CPackConfig.cmake"
  WORKING_DIRECTORY "${BUILD_DIR}"
  RESULT_VARIABLE result
  OUTPUT_VARIABLE output
  ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cpack -G DEB failed:\n${output}")
endif()
file(GLOB debs "${BUILD_DIR}/package-check/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one .deb, found: ${debs}")
endif()
execute_process(COMMAND "${DPKG_DEB}" -c ${debs} OUTPUT_VARIABLE listing RESULT_VARIABLE result)
execute_process(COMMAND "${DPKG_DEB}" -f ${debs} Depends OUTPUT_VARIABLE depends)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "dpkg-deb -c ${debs} failed")
endif()
set(expected "./usr/lib/[^ \n]*obs-plugins/coachdeck.so")
file(GLOB locales RELATIVE "${LOCALE_DIR}" "${LOCALE_DIR}/*.ini")
foreach(locale IN LISTS locales)
  list(APPEND expected "./usr/share/obs/obs-plugins/coachdeck/locale/${locale}")
endforeach()
foreach(path IN LISTS expected)
  if(NOT listing MATCHES "${path}")
    message(FATAL_ERROR "${debs} lacks ${path}; it holds:\n${listing}")
  endif()
endforeach()
get_filename_component(name ${debs} NAME)
message(STATUS "${name}: coachdeck.so and ${locales} in place; Depends: ${depends}")
