// Formatting of TIMEX3 values and calendar arithmetic used by resolution.
#pragma once

#include <string>

#include "annals/date.h"
#include "timex_parse.h"

namespace annals::timex_detail {

std::string year_value(int year);                  // "2025"
std::string month_value(int year, int month);      // "2025-04"
std::string week_value(Day day);                   // "2025-W17" (ISO week of day)
std::string quarter_value(int year, int quarter);  // "2025-Q1"
std::string half_value(int year, int half);        // "2025-H1"
const char* season_code(int season);               // "SP", "SU", "FA", "WI"; "" if out of range
std::string season_value(int year, int season);    // "2024-FA"; season 1..4 = SP SU FA WI
std::string decade_value(int year);                // "199" for 1990..1999
std::string clock_suffix(int hour, int minute);    // "T10:00"
const char* part_of_day_code(int part);            // "MO", "AF", "EV", "NI", "DT"
const char* weekday_name(int weekday);             // "Monday"
const char* unit_noun(Unit unit, int count);       // "year", "years": for the reasons
std::string describe_document_date(Day day);       // "document date 2025-04-28 (Mon)"

struct YearMonth {
  int year;
  int month;
};
YearMonth add_months(int year, int month, int delta);
int quarter_of_month(int month);  // 1..4
bool valid_year(int year);

}  // namespace annals::timex_detail
