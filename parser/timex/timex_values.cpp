#include "timex_values.h"

#include <cstdio>
#include <iterator>

namespace annals::timex_detail {
namespace {

// Appends `value` zero-padded to `width` digits (no snprintf: these run for
// every resolved expression). Negative values keep their sign.
void append_padded(std::string& out, int value, int width) {
  if (value < 0) {
    out += '-';
    value = -value;
  }
  char digits[12];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value > 0);
  for (int i = n; i < width; ++i) out += '0';
  while (n > 0) out += digits[--n];
}

std::string padded(int value, int width) {
  std::string out;
  out.reserve(16);
  append_padded(out, value, width);
  return out;
}

}  // namespace

std::string year_value(int year) {
  return padded(year, 4);
}

std::string month_value(int year, int month) {
  std::string out = padded(year, 4);
  out += '-';
  append_padded(out, month, 2);
  return out;
}

std::string week_value(Day day) {
  const IsoWeek w = iso_week(day);
  std::string out = padded(w.year, 4);
  out += "-W";
  append_padded(out, w.week, 2);
  return out;
}

std::string quarter_value(int year, int quarter) {
  std::string out = padded(year, 4);
  out += "-Q";
  append_padded(out, quarter, 1);
  return out;
}

std::string half_value(int year, int half) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-H%d", year, half);
  return buf;
}

const char* season_code(int season) {
  static constexpr const char* kCodes[] = {"", "SP", "SU", "FA", "WI"};
  return kCodes[season >= 1 && season <= 4 ? season : 0];
}

std::string season_value(int year, int season) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%s", year, season_code(season));
  return buf;
}

std::string decade_value(int year) {
  return padded(year / 10, 3);
}

std::string clock_suffix(int hour, int minute) {
  std::string out = "T";
  append_padded(out, hour, 2);
  out += ':';
  append_padded(out, minute < 0 ? 0 : minute, 2);
  return out;
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
  std::string out = "document date ";
  out.reserve(32);
  out += format_day(day);
  out += " (";
  out += kShort[weekday(day)];
  out += ')';
  return out;
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

const char* unit_noun(Unit unit, int count) {
  struct Noun {
    const char* one;
    const char* many;
  };
  static constexpr Noun kNouns[] = {
      {"unit", "units"},        {"second", "seconds"}, {"minute", "minutes"},
      {"hour", "hours"},        {"day", "days"},       {"weekend", "weekends"},
      {"week", "weeks"},        {"month", "months"},   {"quarter", "quarters"},
      {"half", "halves"},       {"year", "years"},     {"decade", "decades"},
      {"century", "centuries"}, {"season", "seasons"}};
  static_assert(std::size(kNouns) == static_cast<std::size_t>(Unit::kSeason) + 1);
  const Noun& noun = kNouns[static_cast<std::size_t>(unit)];
  return count == 1 || count == -1 ? noun.one : noun.many;
}

}  // namespace annals::timex_detail
