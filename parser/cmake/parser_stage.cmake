# annals_parser_stage(NAME SOURCES src... [PUBLIC_HEADERS annals/x.h...]
#                     [STAGES earlier...] [LINK other-targets...])
#
# Declares one stage of the parser pipeline as the static library
# annals_NAME. A stage sees its own folder, the public headers it owns, and
# what the stages it links give; nothing of a later stage. Two things hold
# that line:
#  - include paths: a stage folder is on the include path of the stages that
#    link it and of nobody else, so a later stage's private header is not
#    found;
#  - a check at build time (check_layering.cmake): every #include "..." of
#    the stage's files, public headers included, must name a header of the
#    stage itself or of a stage it links, directly or through another stage.
#    A stage that reaches forward fails to build, with the file and line.
set(ANNALS_PARSER_INCLUDE_DIR ${CMAKE_CURRENT_LIST_DIR}/../include)
set(ANNALS_LAYERING_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/check_layering.cmake)

function(annals_parser_stage name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;PUBLIC_HEADERS;STAGES;LINK")
  set(target annals_${name})
  add_library(${target} STATIC ${arg_SOURCES})
  target_include_directories(${target} PUBLIC ${ANNALS_PARSER_INCLUDE_DIR}
                                              ${CMAKE_CURRENT_SOURCE_DIR})
  foreach(stage IN LISTS arg_STAGES)
    target_link_libraries(${target} PUBLIC annals_${stage})
  endforeach()
  if(arg_LINK)
    target_link_libraries(${target} PUBLIC ${arg_LINK})
  endif()

  # The headers this stage owns, and those it may include.
  file(GLOB private_headers RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} CONFIGURE_DEPENDS
       ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
  set(allowed ${private_headers} ${arg_PUBLIC_HEADERS})
  foreach(stage IN LISTS arg_STAGES)
    get_property(earlier GLOBAL PROPERTY ANNALS_STAGE_${stage}_ALLOWED)
    if(NOT earlier)
      message(FATAL_ERROR "parser stage ${name} links ${stage}, which is not declared before it")
    endif()
    list(APPEND allowed ${earlier})
  endforeach()
  list(REMOVE_DUPLICATES allowed)
  set_property(GLOBAL PROPERTY ANNALS_STAGE_${name}_ALLOWED ${allowed})

  # The files the check reads: the stage's sources and headers, and the
  # public headers it owns.
  file(GLOB files CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.h
       ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  foreach(header IN LISTS arg_PUBLIC_HEADERS)
    list(APPEND files ${ANNALS_PARSER_INCLUDE_DIR}/${header})
  endforeach()
  string(REPLACE ";" "|" allowed_arg "${allowed}")
  string(REPLACE ";" "|" files_arg "${files}")
  set(stamp ${CMAKE_CURRENT_BINARY_DIR}/${name}_layering.stamp)
  add_custom_command(
    OUTPUT ${stamp}
    COMMAND ${CMAKE_COMMAND} -DSTAGE=${name} -DALLOWED=${allowed_arg} -DFILES=${files_arg}
            -DSTAMP=${stamp} -P ${ANNALS_LAYERING_SCRIPT}
    DEPENDS ${files} ${ANNALS_LAYERING_SCRIPT}
    COMMENT "Checking that parser stage ${name} includes only earlier stages"
    VERBATIM)
  add_custom_target(${target}_layering DEPENDS ${stamp})
  add_dependencies(${target} ${target}_layering)
endfunction()
