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

// "12-13 March", "12 and 13 March": where the second day starts when the
// day number at text[at] opens such a range, else npos.
std::size_t range_partner_at(std::string_view text, std::size_t at);

// The opening day of "12-13 March" at text[begin], in the month of the date
// `second` read from "13 March".
std::optional<Timex> leading_day(std::string_view text, std::size_t begin, const Timex& second);

// Whether text[end] starts "-YYYY", a later year, after four digits ("2003-2011").
bool is_later_year_after(std::string_view text, std::size_t end);

}  // namespace annals::timex_detail
