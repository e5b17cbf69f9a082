# The OBS SDK pieces and Qt 6 a Windows or macOS build of CoachDeck needs, as buildspec.json
# names them, in build/deps/<platform>/ where the presets look (CMAKE_PREFIX_PATH):
#
#   obs-deps/  OBS's prebuilt dependencies (nlohmann_json among them), unpacked
#   qt6/       OBS's prebuilt Qt 6, unpacked
#   obs-sdk/   libobs and obs-frontend-api, built from the obs-studio tag (Release) and installed
#              with their CMake packages (component Development)
#
#   cmake -DPLATFORM=windows-x64 -P .github/scripts/deps.cmake        (or macos-universal)
#   cmake -DPLATFORM=windows-x64 -DCHECK_ONLY=ON -P .github/scripts/deps.cmake
#
# This file is the one reader of buildspec.json. It checks every key the workflows use, that the
# version is CMakeLists.txt's, and that the preset named is in CMakePresets.json as the packaging
# scripts expect it (host condition, build/<preset>, RelWithDebInfo, the module alone). With
# -DENV_FILE=<file> (the workflows pass $GITHUB_ENV) it writes the keys for the later steps:
# COACHDECK_NAME, _DISPLAY_NAME, _VERSION, _IDENTIFIER, _AUTHOR, _PRESET, _PLATFORM, and
# _INSTALLER_APP_ID (Windows) or _DEPLOYMENT_TARGET (macOS). CHECK_ONLY checks all that,
# downloads nothing and prints what a run would fetch: scripts/lint-workflows runs it on Linux
# (-DBUILDSPEC=<file> reads another file). A step already done (same hash, same commit) is
# skipped, so a cached build/deps costs nothing.
cmake_minimum_required(VERSION 3.22)

get_filename_component(root "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
set(platforms windows-x64 macos-universal)
if(NOT PLATFORM IN_LIST platforms)
  message(FATAL_ERROR "deps.cmake: -DPLATFORM= one of ${platforms}, not '${PLATFORM}'")
endif()

# spec_get(<var> <key>...): a string from buildspec.json, or a fatal error naming the key.
if(NOT BUILDSPEC)
  set(BUILDSPEC "${root}/buildspec.json")
endif()
file(READ "${BUILDSPEC}" spec)
string(JSON spec_type ERROR_VARIABLE spec_error TYPE "${spec}")
if(spec_error OR NOT spec_type STREQUAL "OBJECT")
  message(FATAL_ERROR "buildspec.json: not a JSON object: ${spec_error}")
endif()
function(spec_get var)
  string(JSON value ERROR_VARIABLE error GET "${spec}" ${ARGN})
  if(error)
    string(REPLACE ";" "." key "${ARGN}")
    message(FATAL_ERROR "buildspec.json: no ${key} (${error})")
  endif()
  set(${var}
      "${value}"
      PARENT_SCOPE)
endfunction()

spec_get(name name)
spec_get(display_name displayName)
spec_get(version version)
spec_get(identifier identifier)
spec_get(author author)
if(NOT version MATCHES "^[0-9]+\\.[0-9]+\\.[0-9]+$")
  message(FATAL_ERROR "buildspec.json: version must be MAJOR.MINOR.PATCH, not '${version}'")
endif()
if(NOT identifier MATCHES "^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$")
  message(FATAL_ERROR "buildspec.json: identifier must be reverse-DNS, not '${identifier}'")
endif()
spec_get(obs_version obs-studio version)
spec_get(obs_repository obs-studio repository)
spec_get(obs_tag obs-studio tag)
spec_get(obs_commit obs-studio commit)
spec_get(preset platforms ${PLATFORM} preset)
if(NOT obs_commit MATCHES "^[0-9a-f]+$")
  message(FATAL_ERROR "buildspec.json: obs-studio.commit is not a commit hash: '${obs_commit}'")
endif()
string(LENGTH "${obs_commit}" commit_length)
if(NOT commit_length EQUAL 40)
  message(FATAL_ERROR "buildspec.json: obs-studio.commit must be the full 40-digit hash")
endif()
foreach(dependency obs-deps qt6)
  spec_get(${dependency}_version platforms ${PLATFORM} ${dependency} version)
  spec_get(${dependency}_url platforms ${PLATFORM} ${dependency} url)
  spec_get(${dependency}_sha256 platforms ${PLATFORM} ${dependency} sha256)
  if(NOT ${dependency}_url MATCHES "^https://")
    message(FATAL_ERROR "buildspec.json: ${dependency} url must be https: '${${dependency}_url}'")
  endif()
  if(NOT ${dependency}_sha256 STREQUAL "" AND NOT ${dependency}_sha256 MATCHES
                                                "^[0-9a-f]+$")
    message(FATAL_ERROR "buildspec.json: ${dependency} sha256 is not hexadecimal")
  endif()
endforeach()
if(PLATFORM STREQUAL "macos-universal")
  spec_get(deployment_target platforms ${PLATFORM} deploymentTarget)
else()
  spec_get(installer_app_id platforms ${PLATFORM} installerAppId)
  string(LENGTH "${installer_app_id}" id_length)
  if(NOT installer_app_id MATCHES "^{[0-9A-F]+-[0-9A-F]+-[0-9A-F]+-[0-9A-F]+-[0-9A-F]+}$"
     OR NOT id_length EQUAL 38)
    message(FATAL_ERROR "buildspec.json: installerAppId must be a {GUID} in capitals")
  endif()
endif()

# The version is the project's own (CMakeLists.txt), which the module reports.
file(STRINGS "${root}/CMakeLists.txt" project_version REGEX "^  VERSION [0-9.]+$")
string(STRIP "${project_version}" project_version)
if(NOT project_version STREQUAL "VERSION ${version}")
  message(FATAL_ERROR "buildspec.json: version ${version}, CMakeLists.txt: ${project_version}")
endif()

# The preset buildspec.json names, as CMakePresets.json has it: for this platform's host, the
# build folder the packaging scripts install from, the module alone in RelWithDebInfo.
file(READ "${root}/CMakePresets.json" presets)
function(find_preset var kind)
  string(JSON count ERROR_VARIABLE error LENGTH "${presets}" ${kind})
  if(error)
    message(FATAL_ERROR "CMakePresets.json: no ${kind} (${error})")
  endif()
  math(EXPR last "${count} - 1")
  foreach(index RANGE ${last})
    string(JSON entry GET "${presets}" ${kind} ${index})
    string(JSON entry_name GET "${entry}" name)
    if(entry_name STREQUAL preset)
      set(${var}
          "${entry}"
          PARENT_SCOPE)
      return()
    endif()
  endforeach()
  message(FATAL_ERROR "CMakePresets.json: no ${kind} entry '${preset}' "
                      "(buildspec.json: platforms.${PLATFORM}.preset)")
endfunction()
# expect(<json> <expected> <key>...): a preset's member, or a fatal error saying what differs.
function(expect json expected)
  string(JSON actual ERROR_VARIABLE error GET "${json}" ${ARGN})
  if(NOT actual STREQUAL expected)
    string(REPLACE ";" "." key "${ARGN}")
    message(FATAL_ERROR "CMakePresets.json: preset '${preset}' has ${key} = '${actual}', "
                        "expected '${expected}'")
  endif()
endfunction()
find_preset(configure_preset configurePresets)
find_preset(build_preset buildPresets)
if(PLATFORM STREQUAL "windows-x64")
  set(host Windows)
else()
  set(host Darwin)
  expect("${configure_preset}" "${deployment_target}" cacheVariables CMAKE_OSX_DEPLOYMENT_TARGET)
  expect("${configure_preset}" "arm64;x86_64" cacheVariables CMAKE_OSX_ARCHITECTURES)
endif()
expect("${configure_preset}" "${host}" condition rhs)
expect("${configure_preset}" "\${sourceDir}/build/${preset}" binaryDir)
expect("${configure_preset}" "obs-plugin-release" inherits)
expect("${build_preset}" "${host}" condition rhs)
expect("${build_preset}" "RelWithDebInfo" configuration)
expect("${build_preset}" "coachdeck" targets 0)

if(ENV_FILE)
  set(lines
      "COACHDECK_PLATFORM=${PLATFORM}"
      "COACHDECK_NAME=${name}"
      "COACHDECK_DISPLAY_NAME=${display_name}"
      "COACHDECK_VERSION=${version}"
      "COACHDECK_IDENTIFIER=${identifier}"
      "COACHDECK_AUTHOR=${author}"
      "COACHDECK_PRESET=${preset}")
  if(installer_app_id)
    list(APPEND lines "COACHDECK_INSTALLER_APP_ID=${installer_app_id}")
  endif()
  if(deployment_target)
    list(APPEND lines "COACHDECK_DEPLOYMENT_TARGET=${deployment_target}")
  endif()
  list(JOIN lines "\n" text)
  file(APPEND "${ENV_FILE}" "${text}\n")
endif()

set(deps_dir "${root}/build/deps/${PLATFORM}")
message(STATUS "${name} ${version} (${identifier}) for ${PLATFORM}, preset ${preset}")
message(STATUS "  obs-studio ${obs_tag} (${obs_commit}) -> ${deps_dir}/obs-sdk")
foreach(dependency obs-deps qt6)
  set(hash "${${dependency}_sha256}")
  if(hash STREQUAL "")
    set(hash "not pinned")
  endif()
  message(STATUS "  ${dependency} ${${dependency}_version}: ${${dependency}_url} (sha256 ${hash})")
endforeach()
if(CHECK_ONLY)
  return()
endif()

# already_done(<var> <stamp> <value> <folder>): whether a finished step left <folder> and
# <stamp> saying <value>.
function(already_done var stamp value folder)
  set(${var}
      FALSE
      PARENT_SCOPE)
  if(NOT value STREQUAL "" AND EXISTS "${stamp}" AND IS_DIRECTORY "${folder}")
    file(READ "${stamp}" done)
    if(done STREQUAL value)
      set(${var}
          TRUE
          PARENT_SCOPE)
    endif()
  endif()
endfunction()

# fetch_archive(<dependency>): downloads and unpacks obs-deps or qt6 into deps_dir/<dependency>.
function(fetch_archive dependency)
  set(url "${${dependency}_url}")
  set(hash "${${dependency}_sha256}")
  set(stamp "${deps_dir}/${dependency}.sha256")
  already_done(done "${stamp}" "${hash}" "${deps_dir}/${dependency}")
  if(done)
    message(STATUS "${dependency}: ${${dependency}_version} already in place")
    return()
  endif()
  get_filename_component(file_name "${url}" NAME)
  set(archive "${deps_dir}/downloads/${file_name}")
  set(expected)
  if(NOT hash STREQUAL "")
    set(expected EXPECTED_HASH SHA256=${hash})
  endif()
  message(STATUS "${dependency}: downloading ${url}")
  file(
    DOWNLOAD "${url}" "${archive}"
    STATUS status
    TLS_VERIFY ON
    ${expected})
  list(GET status 0 code)
  if(NOT code EQUAL 0)
    file(REMOVE "${archive}")
    message(FATAL_ERROR "${dependency}: download failed: ${status}")
  endif()
  file(SHA256 "${archive}" actual)
  if(hash STREQUAL "")
    message(WARNING "${dependency}: no sha256 in buildspec.json; this download's is ${actual}")
  endif()
  file(REMOVE_RECURSE "${deps_dir}/${dependency}")
  file(ARCHIVE_EXTRACT INPUT "${archive}" DESTINATION "${deps_dir}/${dependency}")
  file(WRITE "${stamp}" "${actual}")
endfunction()

# run(<command>...): runs a command from deps_dir, stopping at its first failure.
function(run)
  execute_process(COMMAND ${ARGN} WORKING_DIRECTORY "${deps_dir}" COMMAND_ERROR_IS_FATAL ANY)
endfunction()

file(MAKE_DIRECTORY "${deps_dir}/downloads")
fetch_archive(obs-deps)
fetch_archive(qt6)

# libobs and obs-frontend-api from the tag, checked against the commit buildspec.json names.
set(sdk_stamp "${deps_dir}/obs-sdk.commit")
already_done(done "${sdk_stamp}" "${obs_commit}" "${deps_dir}/obs-sdk")
if(done)
  message(STATUS "obs-sdk: ${obs_tag} already built")
  return()
endif()
find_package(Git REQUIRED)
set(source "${deps_dir}/obs-studio")
file(REMOVE_RECURSE "${source}" "${deps_dir}/obs-build" "${deps_dir}/obs-sdk")
run("${GIT_EXECUTABLE}" -c advice.detachedHead=false clone --quiet --depth 1 --branch
    "${obs_tag}" "${obs_repository}" "${source}")
execute_process(
  COMMAND "${GIT_EXECUTABLE}" -C "${source}" rev-parse HEAD
  OUTPUT_VARIABLE cloned
  OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
if(NOT cloned STREQUAL obs_commit)
  message(FATAL_ERROR "obs-studio ${obs_tag} is ${cloned}, buildspec.json says ${obs_commit}")
endif()

# Only what a plugin links: no plugins, no frontend application, no scripting.
set(configure_args
    -S "${source}" -B "${deps_dir}/obs-build" "-DOBS_VERSION_OVERRIDE=${obs_version}"
    -DENABLE_PLUGINS=OFF -DENABLE_FRONTEND=OFF -DENABLE_SCRIPTING=OFF
    "-DCMAKE_PREFIX_PATH=${deps_dir}/obs-deps;${deps_dir}/qt6")
if(PLATFORM STREQUAL "windows-x64")
  list(APPEND configure_args -G "Visual Studio 17 2022" -A x64)
else()
  list(APPEND configure_args -G Xcode "-DCMAKE_OSX_ARCHITECTURES=arm64;x86_64"
       "-DCMAKE_OSX_DEPLOYMENT_TARGET=${deployment_target}")
endif()
message(STATUS "obs-sdk: configuring obs-studio ${obs_tag}")
run("${CMAKE_COMMAND}" ${configure_args})
message(STATUS "obs-sdk: building libobs and obs-frontend-api (Release)")
run("${CMAKE_COMMAND}" --build "${deps_dir}/obs-build" --config Release --target obs-frontend-api
    --parallel)
run("${CMAKE_COMMAND}" --install "${deps_dir}/obs-build" --config Release --component Development
    --prefix "${deps_dir}/obs-sdk")
file(WRITE "${sdk_stamp}" "${obs_commit}")
message(STATUS "obs-sdk: ${deps_dir}/obs-sdk")
