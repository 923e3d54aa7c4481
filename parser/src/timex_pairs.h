// The second date of a pair or range ("April 24 and 25", "2003-2011").
#pragma once

#include <optional>
#include <string_view>

#include "annals/timex.h"

namespace annals::timex_detail {

// "April 24 and 25", "May 3-5": the second day of a pair or range is a date
// of its own in the first one's month (TimeML tags the bare "25"); so is
// the second year of "2003-2011".
std::optional<Timex> paired_date(std::string_view text, const Timex& first);

// Whether text[end] starts "-YYYY", a later year, after four digits ("2003-2011").
bool is_later_year_after(std::string_view text, std::size_t end);

}  // namespace annals::timex_detail
