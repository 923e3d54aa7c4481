// The second day of a pair or range of dates ("April 24 and 25").
#pragma once

#include <optional>
#include <string_view>

#include "annals/timex.h"

namespace annals::timex_detail {

// "April 24 and 25", "May 3-5": the second day of a pair or range is a date
// of its own in the first one's month (TimeML tags the bare "25").
std::optional<Timex> paired_day(std::string_view text, const Timex& first);

}  // namespace annals::timex_detail
