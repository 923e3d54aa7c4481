#include "timex_holidays.h"

#include <array>

namespace annals::timex_detail {
namespace {

constexpr std::array kHolidays{
    Holiday{"new year's day", Holiday::Rule::kFixed, 1, 1},
    Holiday{"new year's eve", Holiday::Rule::kFixed, 12, 31},
    Holiday{"christmas day", Holiday::Rule::kFixed, 12, 25},
    Holiday{"christmas eve", Holiday::Rule::kFixed, 12, 24},
    Holiday{"christmas", Holiday::Rule::kFixed, 12, 25},
    Holiday{"boxing day", Holiday::Rule::kFixed, 12, 26},
    Holiday{"valentine's day", Holiday::Rule::kFixed, 2, 14},
    Holiday{"halloween", Holiday::Rule::kFixed, 10, 31},
    Holiday{"independence day", Holiday::Rule::kFixed, 7, 4},
    Holiday{"fourth of july", Holiday::Rule::kFixed, 7, 4},
    Holiday{"july fourth", Holiday::Rule::kFixed, 7, 4},
    Holiday{"veterans day", Holiday::Rule::kFixed, 11, 11},
    Holiday{"veterans' day", Holiday::Rule::kFixed, 11, 11},
    Holiday{"armistice day", Holiday::Rule::kFixed, 11, 11},
    Holiday{"victory day", Holiday::Rule::kFixed, 5, 9},
    Holiday{"bastille day", Holiday::Rule::kFixed, 7, 14},
    Holiday{"may day", Holiday::Rule::kFixed, 5, 1},
    Holiday{"st. patrick's day", Holiday::Rule::kFixed, 3, 17},
    Holiday{"st patrick's day", Holiday::Rule::kFixed, 3, 17},
    Holiday{"saint patrick's day", Holiday::Rule::kFixed, 3, 17},
    Holiday{"april fools' day", Holiday::Rule::kFixed, 4, 1},
    Holiday{"april fool's day", Holiday::Rule::kFixed, 4, 1},
    Holiday{"earth day", Holiday::Rule::kFixed, 4, 22},
    Holiday{"flag day", Holiday::Rule::kFixed, 6, 14},
    Holiday{"juneteenth", Holiday::Rule::kFixed, 6, 19},
    Holiday{"canada day", Holiday::Rule::kFixed, 7, 1},
    Holiday{"australia day", Holiday::Rule::kFixed, 1, 26},
    Holiday{"inauguration day", Holiday::Rule::kFixed, 1, 20},
    Holiday{"groundhog day", Holiday::Rule::kFixed, 2, 2},
    Holiday{"bonfire night", Holiday::Rule::kFixed, 11, 5},
    Holiday{"remembrance day", Holiday::Rule::kFixed, 11, 11},
    Holiday{"hogmanay", Holiday::Rule::kFixed, 12, 31},
    Holiday{"labor day", Holiday::Rule::kNthWeekday, 9, 0, 1, 1},
    Holiday{"memorial day", Holiday::Rule::kNthWeekday, 5, 0, 1, -1},
    Holiday{"thanksgiving day", Holiday::Rule::kNthWeekday, 11, 0, 4, 4},
    Holiday{"thanksgiving", Holiday::Rule::kNthWeekday, 11, 0, 4, 4},
    Holiday{"martin luther king day", Holiday::Rule::kNthWeekday, 1, 0, 1, 3},
    Holiday{"presidents' day", Holiday::Rule::kNthWeekday, 2, 0, 1, 3},
    Holiday{"columbus day", Holiday::Rule::kNthWeekday, 10, 0, 1, 2},
    Holiday{"presidents day", Holiday::Rule::kNthWeekday, 2, 0, 1, 3},
    Holiday{"martin luther king jr. day", Holiday::Rule::kNthWeekday, 1, 0, 1, 3},
    Holiday{"patriots' day", Holiday::Rule::kNthWeekday, 4, 0, 1, 3},
    Holiday{"patriots day", Holiday::Rule::kNthWeekday, 4, 0, 1, 3},
    // The American Mother's Day; Britain's Mothering Sunday follows Easter.
    Holiday{"mother's day", Holiday::Rule::kNthWeekday, 5, 0, 7, 2},
    Holiday{"father's day", Holiday::Rule::kNthWeekday, 6, 0, 7, 3},
    Holiday{"remembrance sunday", Holiday::Rule::kNthWeekday, 11, 0, 7, 2},
    // US: the Tuesday after the first Monday of November (the 2nd to the 8th).
    Holiday{"election day", Holiday::Rule::kNthWeekday, 11, 2, 2, 1},
    // The Friday after Thanksgiving and the Monday after that weekend.
    Holiday{"black friday", Holiday::Rule::kNthWeekday, 11, 23, 5, 1},
    Holiday{"cyber monday", Holiday::Rule::kNthWeekday, 11, 26, 1, 1},
    Holiday{"easter sunday", Holiday::Rule::kEaster, 0, 0},
    Holiday{"easter monday", Holiday::Rule::kEaster, 0, 1},
    Holiday{"easter", Holiday::Rule::kEaster, 0, 0},
    Holiday{"good friday", Holiday::Rule::kEaster, 0, -2},
    // The moveable feasts around Easter.
    Holiday{"ash wednesday", Holiday::Rule::kEaster, 0, -46},
    Holiday{"palm sunday", Holiday::Rule::kEaster, 0, -7},
    Holiday{"maundy thursday", Holiday::Rule::kEaster, 0, -3},
    Holiday{"holy thursday", Holiday::Rule::kEaster, 0, -3},
    Holiday{"holy saturday", Holiday::Rule::kEaster, 0, -1},
    Holiday{"ascension day", Holiday::Rule::kEaster, 0, 39},
    Holiday{"pentecost", Holiday::Rule::kEaster, 0, 49},
    Holiday{"whit monday", Holiday::Rule::kEaster, 0, 50},
    Holiday{"whitsun", Holiday::Rule::kEaster, 0, 49},
    Holiday{"trinity sunday", Holiday::Rule::kEaster, 0, 56},
    Holiday{"mothering sunday", Holiday::Rule::kEaster, 0, -21},
    Holiday{"shrove tuesday", Holiday::Rule::kEaster, 0, -47},
    Holiday{"pancake day", Holiday::Rule::kEaster, 0, -47},
    Holiday{"mardi gras", Holiday::Rule::kEaster, 0, -47},
};

// Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
Day easter_sunday(int year) {
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
  return to_day({year, month, day});
}

}  // namespace

std::span<const Holiday> holidays() {
  return kHolidays;
}

std::optional<Day> holiday_day(const Holiday& holiday, int year) {
  if (year < kMinYear || year > kMaxYear) return std::nullopt;
  switch (holiday.rule) {
    case Holiday::Rule::kFixed:
      return to_day({year, holiday.month, holiday.day});
    case Holiday::Rule::kEaster:
      return easter_sunday(year) + holiday.day;
    case Holiday::Rule::kNthWeekday: {
      if (holiday.nth > 0) {
        const Day first = to_day({year, holiday.month, holiday.day > 0 ? holiday.day : 1});
        const int delta = (holiday.weekday - weekday(first) + 7) % 7;
        return first + delta + 7 * (holiday.nth - 1);
      }
      const Day last = to_day({year, holiday.month, days_in_month(year, holiday.month)});
      const int delta = (weekday(last) - holiday.weekday + 7) % 7;
      return last - delta;
    }
  }
  return std::nullopt;
}

}  // namespace annals::timex_detail
