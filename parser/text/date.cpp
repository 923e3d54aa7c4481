#include "annals/date.h"

#include <array>
#include <charconv>
#include <cstdio>

namespace annals {
namespace {

// Howard Hinnant's civil-calendar algorithms (public domain description).
Day days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

bool parse_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

constexpr std::array<std::string_view, 9> kGranularityNames = {
    "day", "week", "month", "season", "quarter", "half", "year", "decade", "century"};

}  // namespace

bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

bool is_valid_date(int year, int month, int day) {
  return year >= kMinYear && year <= kMaxYear && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

Day to_day(Ymd ymd) {
  return days_from_civil(ymd.year, static_cast<unsigned>(ymd.month),
                         static_cast<unsigned>(ymd.day));
}

Ymd to_ymd(Day z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Ymd{y + (m <= 2), static_cast<int>(m), static_cast<int>(d)};
}

int weekday(Day day) {
  // 1970-01-01 was a Thursday (ISO 4).
  int w = (day + 3) % 7;
  if (w < 0) w += 7;
  return w + 1;
}

Day iso_week_start(int iso_year, int week) {
  const Day jan4 = to_day({iso_year, 1, 4});
  const Day week1_monday = jan4 - (weekday(jan4) - 1);
  return week1_monday + (week - 1) * 7;
}

IsoWeek iso_week(Day day) {
  const Day thursday = day + (4 - weekday(day));
  const int year = to_ymd(thursday).year;
  const int week = (thursday - to_day({year, 1, 1})) / 7 + 1;
  return IsoWeek{year, week};
}

std::string format_day(Day day) {
  const Ymd ymd = to_ymd(day);
  if (ymd.year < 0 || ymd.year > 9999) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", ymd.year, ymd.month, ymd.day);
    return buf;
  }
  // Written digit by digit: this runs for every resolved time expression,
  // where snprintf's format parsing showed up in profiles.
  std::string out = "0000-00-00";
  int y = ymd.year;
  for (int i = 3; i >= 0; --i, y /= 10) out[i] = static_cast<char>('0' + y % 10);
  out[5] = static_cast<char>('0' + ymd.month / 10);
  out[6] = static_cast<char>('0' + ymd.month % 10);
  out[8] = static_cast<char>('0' + ymd.day / 10);
  out[9] = static_cast<char>('0' + ymd.day % 10);
  return out;
}

std::optional<Day> parse_day(std::string_view iso) {
  int y = 0, m = 0, d = 0;
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  if (!parse_int(iso.substr(0, 4), y) || !parse_int(iso.substr(5, 2), m) ||
      !parse_int(iso.substr(8, 2), d) || !is_valid_date(y, m, d))
    return std::nullopt;
  return to_day({y, m, d});
}

std::string_view granularity_name(Granularity g) {
  return kGranularityNames[static_cast<std::size_t>(g)];
}

std::optional<Granularity> parse_granularity(std::string_view name) {
  for (std::size_t i = 0; i < kGranularityNames.size(); ++i)
    if (kGranularityNames[i] == name) return static_cast<Granularity>(i);
  return std::nullopt;
}

DateInterval day_interval(Day d) {
  return {d, d, Granularity::kDay};
}

DateInterval month_interval(int year, int month) {
  return {to_day({year, month, 1}), to_day({year, month, days_in_month(year, month)}),
          Granularity::kMonth};
}

DateInterval year_interval(int year) {
  return {to_day({year, 1, 1}), to_day({year, 12, 31}), Granularity::kYear};
}

std::optional<DateInterval> interval_of_timex_value(std::string_view v) {
  // Drop a time part: "2025-04-28T10:00" -> "2025-04-28".
  if (auto t = v.find('T'); t != std::string_view::npos && t >= 4) v = v.substr(0, t);
  int year = 0;
  if (v.size() == 2 && parse_int(v, year) && year >= 1) {  // century "20" = 2000..2099
    return DateInterval{to_day({year * 100, 1, 1}), to_day({year * 100 + 99, 12, 31}),
                        Granularity::kCentury};
  }
  if (v.size() == 3 && parse_int(v, year)) {  // decade "199" = 1990..1999
    if (year * 10 < kMinYear) return std::nullopt;
    return DateInterval{to_day({year * 10, 1, 1}), to_day({year * 10 + 9, 12, 31}),
                        Granularity::kDecade};
  }
  if (v.size() < 4 || !parse_int(v.substr(0, 4), year) || year < kMinYear || year > kMaxYear)
    return std::nullopt;
  if (v.size() == 4) return year_interval(year);
  if (v[4] != '-') return std::nullopt;
  std::string_view rest = v.substr(5);
  int n = 0;
  if (rest.size() == 2 && parse_int(rest, n) && n >= 1 && n <= 12) return month_interval(year, n);
  if (rest.size() == 5 && rest[2] == '-') {
    int m = 0, d = 0;
    if (parse_int(rest.substr(0, 2), m) && parse_int(rest.substr(3, 2), d) &&
        is_valid_date(year, m, d))
      return day_interval(to_day({year, m, d}));
    return std::nullopt;
  }
  if (rest.size() >= 3 && rest[0] == 'W' && parse_int(rest.substr(1, 2), n) && n >= 1 && n <= 53) {
    const Day monday = iso_week_start(year, n);
    if (rest.size() == 3) return DateInterval{monday, monday + 6, Granularity::kWeek};
    if (rest.substr(3) == "-WE") return DateInterval{monday + 5, monday + 6, Granularity::kDay};
    return std::nullopt;
  }
  if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4') {
    const int q = rest[1] - '0';
    const int first = 3 * q - 2;
    return DateInterval{to_day({year, first, 1}),
                        to_day({year, first + 2, days_in_month(year, first + 2)}),
                        Granularity::kQuarter};
  }
  if (rest.size() == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2')) {
    const int first = rest[1] == '1' ? 1 : 7;
    return DateInterval{to_day({year, first, 1}),
                        to_day({year, first + 5, days_in_month(year, first + 5)}),
                        Granularity::kHalf};
  }
  auto season = [&](int m0, int y1, int m1) {
    return DateInterval{to_day({year, m0, 1}), to_day({y1, m1, days_in_month(y1, m1)}),
                        Granularity::kSeason};
  };
  if (rest == "SP") return season(3, year, 5);
  if (rest == "SU") return season(6, year, 8);
  if (rest == "FA") return season(9, year, 11);
  if (rest == "WI") {
    if (year >= kMaxYear) return std::nullopt;
    return season(12, year + 1, 2);
  }
  return std::nullopt;
}

std::string format_interval(const DateInterval& in) {
  const Ymd s = to_ymd(in.start);
  char buf[32];
  switch (in.granularity) {
    case Granularity::kDay:
      if (in.start == in.end) return format_day(in.start);
      return format_day(in.start) + ".." + format_day(in.end);
    case Granularity::kWeek: {
      const IsoWeek w = iso_week(in.start);
      std::snprintf(buf, sizeof buf, "%04d-W%02d", w.year, w.week);
      return buf;
    }
    case Granularity::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02d", s.year, s.month);
      return buf;
    case Granularity::kSeason: {
      const char* name = s.month == 3 ? "SP" : s.month == 6 ? "SU" : s.month == 9 ? "FA" : "WI";
      std::snprintf(buf, sizeof buf, "%04d-%s", s.year, name);
      return buf;
    }
    case Granularity::kQuarter:
      std::snprintf(buf, sizeof buf, "%04d-Q%d", s.year, (s.month + 2) / 3);
      return buf;
    case Granularity::kHalf:
      std::snprintf(buf, sizeof buf, "%04d-H%d", s.year, s.month <= 6 ? 1 : 2);
      return buf;
    case Granularity::kYear:
      std::snprintf(buf, sizeof buf, "%04d", s.year);
      return buf;
    case Granularity::kDecade:
      std::snprintf(buf, sizeof buf, "%03d", s.year / 10);
      return buf;
    case Granularity::kCentury:
      std::snprintf(buf, sizeof buf, "%02d", s.year / 100);
      return buf;
  }
  return format_day(in.start);
}

}  // namespace annals
