// Holidays common in news, and the day each falls on in a given year.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "annals/date.h"

namespace annals::timex_detail {

struct Holiday {
  std::string_view name;  // lower case, as written in text
  // Fixed date (month, day), or the nth weekday of a month (nth < 0: last),
  // or an offset from Easter Sunday.
  enum class Rule { kFixed, kNthWeekday, kEaster } rule;
  int month = 0;
  int day = 0;      // kFixed: day of month; kEaster: offset in days; kNthWeekday: first day counted
  int weekday = 0;  // kNthWeekday: 1 = Monday
  int nth = 0;
};

std::span<const Holiday> holidays();
// The day a holiday falls on in `year`, if that year is supported.
std::optional<Day> holiday_day(const Holiday& holiday, int year);

}  // namespace annals::timex_detail
