#include "timex_values.h"

#include <cstdio>

namespace annals::timex_detail {

std::string year_value(int year) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}

std::string month_value(int year, int month) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::string week_value(Day day) {
  const IsoWeek w = iso_week(day);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", w.year, w.week);
  return buf;
}

std::string quarter_value(int year, int quarter) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-Q%d", year, quarter);
  return buf;
}

std::string half_value(int year, int half) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-H%d", year, half);
  return buf;
}

std::string season_value(int year, int season) {
  static constexpr const char* kCodes[] = {"", "SP", "SU", "FA", "WI"};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%s", year, kCodes[season >= 1 && season <= 4 ? season : 0]);
  return buf;
}

std::string decade_value(int year) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%03d", year / 10);
  return buf;
}

std::string clock_suffix(int hour, int minute) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "T%02d:%02d", hour, minute < 0 ? 0 : minute);
  return buf;
}

const char* part_of_day_code(int part) {
  static constexpr const char* kCodes[] = {"", "MO", "AF", "EV", "NI", "DT"};
  return kCodes[part >= 1 && part <= 5 ? part : 0];
}

const char* weekday_name(int weekday) {
  static constexpr const char* kNames[] = {"",         "Monday", "Tuesday",  "Wednesday",
                                           "Thursday", "Friday", "Saturday", "Sunday"};
  return kNames[weekday >= 1 && weekday <= 7 ? weekday : 0];
}

std::string describe_document_date(Day day) {
  static constexpr const char* kShort[] = {"", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  return "document date " + format_day(day) + " (" + kShort[weekday(day)] + ")";
}

YearMonth add_months(int year, int month, int delta) {
  const int index = year * 12 + (month - 1) + delta;
  return {index / 12, index % 12 + 1};
}

int quarter_of_month(int month) {
  return (month - 1) / 3 + 1;
}

bool valid_year(int year) {
  return year >= kMinYear && year <= kMaxYear;
}

}  // namespace annals::timex_detail
