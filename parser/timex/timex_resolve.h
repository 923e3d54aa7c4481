// Resolution: from what the grammar recognised to a TIMEX3 type and value,
// against the document date and the narrative's running reference time.
#pragma once

#include <optional>

#include "annals/timex.h"
#include "timex_context.h"
#include "timex_parse.h"

namespace annals::timex_detail {

struct ResolveState {
  std::optional<Day> document_date;
  // The last fully specified day mentioned: the anchor of "two days later",
  // "the previous day", "that day".
  std::optional<Day> reference;
  // The start of the last explicit date of any granularity ("in June 1998"):
  // the anchor of "that year", "later that month".
  std::optional<Day> coarse_reference;
  // The last quarter mentioned: earnings reports compare it "a year ago".
  struct QuarterRef {
    int year;
    int quarter;
  };
  std::optional<QuarterRef> last_quarter;
};

// Fills out.type, value, mod, interval and reason. Returns false when the
// expression names no valid time (e.g. "February 30"), so nothing is tagged.
bool resolve_timex(const TimexParse& parse, Tense tense, ResolveState& state, Timex& out);

}  // namespace annals::timex_detail
