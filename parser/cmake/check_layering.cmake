# Fails when a parser stage includes a header it may not see. Usage:
#   cmake -DSTAGE=name -DALLOWED=a.h|annals/b.h -DFILES=f1|f2 [-DSTAMP=file]
#         -P check_layering.cmake
# ALLOWED: the stage's own headers and those of the stages it links.
# Angle-bracket includes (the standard library, Boost) are not the parser's
# and are not checked.
cmake_minimum_required(VERSION 3.25)
string(REPLACE "|" ";" ALLOWED "${ALLOWED}")
string(REPLACE "|" ";" FILES "${FILES}")
# Each error is one unwrapped line, as a compiler would print it.
set(errors 0)
foreach(file IN LISTS FILES)
  file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" header "${line}")
    if(NOT header IN_LIST ALLOWED)
      message(NOTICE "${file}: error: parser stage ${STAGE} includes \"${header}\", which is "
                     "neither its own nor given by a stage it links")
      math(EXPR errors "${errors} + 1")
    endif()
  endforeach()
endforeach()
if(errors GREATER 0)
  message(FATAL_ERROR "${errors} forbidden include(s): a stage may include only itself and "
                      "the stages before it (see parser/README.md).")
endif()
if(STAMP)
  file(TOUCH "${STAMP}")
endif()
