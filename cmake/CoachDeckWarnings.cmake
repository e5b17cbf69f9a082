# coachdeck_target_warnings(<target>): warnings for CoachDeck's own code only.
# Third-party headers come in through imported targets and stay quiet (system includes).
function(coachdeck_target_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(COACHDECK_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  elseif(MSVC)
    target_compile_options(${target} PRIVATE /W4 $<$<BOOL:${COACHDECK_WARNINGS_AS_ERRORS}>:/WX>)
  endif()
endfunction()
