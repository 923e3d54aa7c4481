// Full dates (day, month and year) as pages write them, wherever they stand
// on a line: the raw material of the document dater (dater.h).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace annals::text {

// "Wed 3 March 2021", "March 3, 2021", "Mar. 3, 2021", "3-Mar-2021",
// "2021-03-03T07:45", "2021.03.03", "03.03.2021", "15/03/2017", "11/22/12",
// "12 mars 2014", "3 de marzo de 2021"; a clock and zone after the date
// ("| 7:45 AM IST", "01:42 (UTC +04:00)") belong to the match.
struct FullDate {
  int year = 0, month = 0, day = 0;
  // A numeric day and month whose order nothing settles ("04/05/2021"):
  // the month-first reading; 0 when the order is certain.
  int alt_month = 0, alt_day = 0;
  int weekday = 0;  // 1..7 (ISO) when the date names one
  bool numeric = false;
  bool two_digit_year = false;  // "11/22/12", "3-Apr-98": a year only a cue makes certain
  std::size_t date_end = 0;     // bytes of the date itself (weekday included)
  std::size_t end = 0;          // ... and of the clock and zone after it
};

// Matches a full date starting exactly at `pos`. Impossible dates
// ("31/02/2019") and numbers that run on into digits do not match. Years
// below 100 become 19yy or 20yy by `two_digit_pivot` (yy <= pivot: 20yy).
std::optional<FullDate> match_full_date(std::string_view text, std::size_t pos,
                                        int two_digit_pivot);

// True when `rest` holds only what surrounds a date on a date line: clocks,
// zones, separators, brackets, "ago", date labels and further full dates
// ("| 7:45 AM", "23:52 IST | Created: 30-10-2021 23:52 IST").
bool is_date_furniture(std::string_view rest);

}  // namespace annals::text
