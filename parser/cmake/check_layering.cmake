# Fails when a parser stage includes a header it may not see. Usage:
#   cmake -DSTAGE=name -DALLOWED=a.h|annals/b.h -DFILES=f1|f2 [-DSTAMP=file]
#         -P check_layering.cmake
# ALLOWED: the stage's own headers and those of the stages it links.
# Angle-bracket includes (the standard library, Boost) are not the parser's
# and are not checked.
cmake_minimum_required(VERSION 3.25)
string(REPLACE "|" ";" ALLOWED "${ALLOWED}")
string(REPLACE "|" ";" FILES "${FILES}")
set(errors "")
foreach(file IN LISTS FILES)
  file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" header "${line}")
    if(NOT header IN_LIST ALLOWED)
      string(APPEND errors
             "${file}: parser stage ${STAGE} includes \"${header}\", which is neither its own "
             "nor given by a stage it links\n")
    endif()
  endforeach()
endforeach()
if(errors)
  message(FATAL_ERROR "${errors}A stage may include only itself and the stages before it "
                      "(see parser/README.md).")
endif()
if(STAMP)
  file(TOUCH "${STAMP}")
endif()
