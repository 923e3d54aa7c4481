// Calendar dates as day numbers, and the intervals events are dated by.
//
// A Day is the number of days since 1970-01-01 in the proleptic Gregorian
// calendar, so date arithmetic is integer arithmetic and byte order of a
// big-endian encoding is time order.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace annals {

using Day = std::int32_t;

struct Ymd {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

// Years annals accepts; anything else is treated as "not a date".
inline constexpr int kMinYear = 1;
inline constexpr int kMaxYear = 9999;

bool is_leap_year(int year);
int days_in_month(int year, int month);
bool is_valid_date(int year, int month, int day);  // also checks kMinYear..kMaxYear

Day to_day(Ymd ymd);  // REQUIRES: is_valid_date(ymd)
Ymd to_ymd(Day day);
int weekday(Day day);  // ISO: 1 = Monday .. 7 = Sunday

// ISO-8601 week: year and week number of a day.
struct IsoWeek {
  int year = 0;
  int week = 0;
};
IsoWeek iso_week(Day day);
Day iso_week_start(int iso_year, int week);  // the Monday

std::string format_day(Day day);  // "2025-04-28"
// Parses "YYYY-MM-DD" strictly (valid calendar date).
std::optional<Day> parse_day(std::string_view iso);

// How precisely a date is known.
enum class Granularity : std::uint8_t {
  kDay,
  kWeek,
  kMonth,
  kSeason,
  kQuarter,
  kHalf,
  kYear,
  kDecade,
  kCentury,
};
std::string_view granularity_name(Granularity g);  // "day", "week", ...
std::optional<Granularity> parse_granularity(std::string_view name);

// A closed interval of days [start, end] with the granularity it was stated in.
struct DateInterval {
  Day start = 0;
  Day end = 0;
  Granularity granularity = Granularity::kDay;

  bool contains(Day d) const { return start <= d && d <= end; }
  bool overlaps(const DateInterval& o) const { return start <= o.end && o.start <= end; }
  friend bool operator==(const DateInterval&, const DateInterval&) = default;
};

DateInterval day_interval(Day d);
DateInterval month_interval(int year, int month);
DateInterval year_interval(int year);

// Interval covered by a TIMEX3 DATE value such as "2025-04-28", "2025-04",
// "2025", "2025-W17", "2024-FA", "2025-Q1", "199" (a decade), "20" (a
// century). Values with X, *_REF or a time part beyond the day are reduced to
// their date part; nullopt when the value names no calendar interval.
std::optional<DateInterval> interval_of_timex_value(std::string_view value);

// The shortest TIMEX3-style text for an interval: "2025-04-28", "2025-04",
// "2025", "2024-FA", "2025-W17", "2025-Q1", "199".
std::string format_interval(const DateInterval& interval);

}  // namespace annals
