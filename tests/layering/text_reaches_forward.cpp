// A file of the text stage that reaches into later stages: the build must
// refuse it (tests/layering/CMakeLists.txt). Never part of a library.
#include "annals/events.h"
#include "timex_scan.h"

int text_reaches_forward() {
  return 0;
}
