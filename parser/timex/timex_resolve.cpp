// Resolution of periods, offsets, durations and sets, and the dispatch from a
// parsed expression to its rule (day rules are in timex_resolve_days.cpp).
#include "timex_resolve.h"

#include <cstdio>
#include <cstdlib>

#include "timex_resolve_rules.h"
#include "timex_values.h"

namespace annals::timex_detail {
namespace rules {
std::optional<std::string> period_value(Unit unit, Day day, int n) {
  const Ymd ymd = to_ymd(day);
  switch (unit) {
    case Unit::kDay:
      return format_day(day + n);
    case Unit::kWeek:
      return week_value(day + 7 * n);
    case Unit::kWeekend:
      return week_value(day + 7 * n) + "-WE";
    case Unit::kMonth: {
      const YearMonth ym = add_months(ymd.year, ymd.month, n);
      return month_value(ym.year, ym.month);
    }
    case Unit::kQuarter: {
      const int index = ymd.year * 4 + quarter_of_month(ymd.month) - 1 + n;
      return quarter_value(index / 4, index % 4 + 1);
    }
    case Unit::kYear:
      return year_value(ymd.year + n);
    case Unit::kDecade:
      return decade_value(ymd.year + 10 * n);
    case Unit::kCentury:
      return year_value(ymd.year + 100 * n).substr(0, 2);
    default:
      return std::nullopt;
  }
}

std::string unknown_period(Unit unit) {
  switch (unit) {
    case Unit::kDay:
      return "XXXX-XX-XX";
    case Unit::kWeek:
      return "XXXX-WXX";
    case Unit::kWeekend:
      return "XXXX-WXX-WE";
    case Unit::kMonth:
      return "XXXX-XX";
    case Unit::kQuarter:
      return "XXXX-QX";
    case Unit::kDecade:
      return "XXX";
    default:
      return "XXXX";
  }
}

std::optional<Value> season_rule(const TimexParse& p, Tense tense, const ResolveState& s) {
  // "Roads close in winter": a season with no article and no tense is any
  // year's (TimeML XXXX-WI).
  if (!s.document_date || (p.bare_season && tense == Tense::kUnknown))
    return Value{TimexType::kDate,
                 season_value(0, p.part).replace(0, 4, "XXXX"),
                 s.document_date ? "season in general, no tense" : "season, no document date",
                 {}};
  const Ymd doc = to_ymd(*s.document_date);
  // The season containing the document date, as (year, season).
  const int current = doc.month == 12 ? 4 : doc.month <= 2 ? 4 : (doc.month - 3) / 3 + 1;
  const int current_year = doc.month <= 2 ? doc.year - 1 : doc.year;
  int year = doc.year;
  const int shift = shift_of(p.direction);
  if (shift < 0)
    year = p.part < current ? current_year : current_year - 1;
  else if (shift > 0)
    year = p.part > current ? current_year : current_year + 1;
  else if (p.direction == Direction::kNone && tense == Tense::kPast)
    year = p.part > current ? current_year - 1 : current_year;  // the latest one begun
  else if (p.direction == Direction::kNone && tense == Tense::kFuture)
    year = p.part < current ? current_year + 1 : current_year;  // the next one
  else
    year = current_year;
  const std::string v = season_value(year, p.part);
  const std::string how = p.direction == Direction::kNone
                              ? std::string("season, ") + tense_word(tense)
                              : std::string(direction_word(p.direction)) + " season";
  return Value{TimexType::kDate, v, with_doc(how, s, v), {}};
}

// "the weekend": the last one in past clauses, the coming one in future
// ones; "the quarter": the latest completed quarter (earnings reports).
std::optional<Value> undirected_period(const TimexParse& p, Tense tense, const ResolveState& s) {
  const Day doc = *s.document_date;
  if (p.unit == Unit::kWeekend) {
    const int wd = weekday(doc);
    const int shift = tense == Tense::kFuture || wd >= 6 ? 0 : -1;
    auto v = period_value(Unit::kWeekend, doc, shift);
    return Value{TimexType::kDate,
                 *v,
                 with_doc(std::string("the weekend, ") + tense_word(tense), s, *v),
                 {}};
  }
  if (p.unit == Unit::kQuarter) {
    auto v = period_value(Unit::kQuarter, doc, tense == Tense::kFuture ? 0 : -1);
    return Value{TimexType::kDate, *v, with_doc("the quarter being reported", s, *v), {}};
  }
  if (p.unit == Unit::kWeek || p.unit == Unit::kMonth || p.unit == Unit::kDecade) {
    auto v = period_value(p.unit, doc, 0);
    return Value{TimexType::kDate, *v, with_doc("the current period", s, *v), {}};
  }
  return std::nullopt;
}

// "recent weeks", "coming years": a stretch of unstated length (TimeML
// DURATION PXW), as "the past few weeks".
std::optional<Value> unstated_stretch(const TimexParse& p) {
  TimexParse vague = p;
  vague.count = -1;
  const std::string v = duration_value(vague);
  if (v.empty()) return std::nullopt;
  return Value{TimexType::kDuration, v, "plural period of unstated length", {}};
}

std::optional<Value> relative(const TimexParse& p, Tense tense, const ResolveState& s) {
  if (p.unit == Unit::kSeason) return season_rule(p, tense, s);
  const int shift = shift_of(p.direction);
  if (p.plural_unit) return unstated_stretch(p);
  if (!s.document_date) {
    if (!period_value(p.unit, 0, 0)) return std::nullopt;
    return Value{TimexType::kDate, unknown_period(p.unit), "relative period, no document date", {}};
  }
  if (p.direction == Direction::kNone) return undirected_period(p, tense, s);
  auto v = period_value(p.unit, *s.document_date, shift);
  if (!v) return std::nullopt;
  return Value{TimexType::kDate,
               *v,
               with_doc(std::string(direction_word(p.direction)) + " period", s, *v),
               {}};
}

std::optional<Value> offset(const TimexParse& p, const ResolveState& s) {
  if (p.count < 0) {
    return Value{TimexType::kDate, p.sign < 0 ? "PAST_REF" : "FUTURE_REF", "vague offset", {}};
  }
  // "in 1989 ... two years later": a month or more counts from the last date
  // of any granularity, as "that year" does; days and weeks need a day.
  const bool coarse = p.unit != Unit::kDay && p.unit != Unit::kWeek;
  const std::optional<Day> reference =
      coarse && s.coarse_reference ? s.coarse_reference : s.reference;
  const bool from_reference = p.anchor == Anchor::kReference || p.anchor == Anchor::kSince;
  const std::optional<Day> base = from_reference && reference ? reference : s.document_date;
  if (!base) return Value{TimexType::kDate, unknown_period(p.unit), "offset, no anchor date", {}};
  if (p.anchor == Anchor::kSince && !reference) {
    // "A year on, the town is rebuilding", no earlier date named: the story's present.
    const Unit unit = p.unit == Unit::kDecade || p.unit == Unit::kCentury ? Unit::kYear : p.unit;
    const std::string why = "after a start the story does not date: its present, ";
    if (unit == Unit::kDay) return day_value(*base, why + format_day(*base));
    auto v = period_value(unit, *base, 0);
    if (!v) return std::nullopt;
    return Value{TimexType::kDate, *v, why + format_day(*base) + " -> " + *v, {}};
  }
  const int n = p.count * p.sign;
  const char* anchor = from_reference && reference ? "reference time " : "document date ";
  if (p.same_period) {
    // The quarter a report is about, a year before; without one, the year before.
    if (s.last_quarter) {
      const std::string v = quarter_value(s.last_quarter->year - 1, s.last_quarter->quarter);
      return Value{TimexType::kDate, v, "the quarter under discussion, a year before -> " + v, {}};
    }
    const std::string v = year_value(to_ymd(*base).year - 1);
    return Value{TimexType::kDate,
                 v,
                 std::string("the same period, a year before the ") + anchor + format_day(*base) +
                     " -> " + v,
                 {}};
  }
  if (p.adjective && p.unit == Unit::kQuarter) {
    // "the year-ago quarter": the latest reported quarter, a year before.
    const Ymd doc = to_ymd(*base);
    int quarter = p.part != 0 ? p.part : quarter_of_month(doc.month) - 1;
    int year = doc.year - 1;
    if (quarter == 0) {
      quarter = 4;
      --year;
    }
    if (quarter > 4) return std::nullopt;
    return Value{TimexType::kDate, quarter_value(year, quarter), "year-ago quarter", {}};
  }
  if (p.unit == Unit::kHour || p.unit == Unit::kMinute || p.unit == Unit::kSecond) {
    return Value{TimexType::kDuration, duration_value(p), "clock offset as a duration", {}};
  }
  if (p.unit == Unit::kYear && n == -1 && s.last_quarter) {
    // Earnings reports: "a year ago" is the same quarter of the prior year.
    const std::string v = quarter_value(s.last_quarter->year - 1, s.last_quarter->quarter);
    return Value{TimexType::kDate, v, "a year before the quarter under discussion -> " + v, {}};
  }
  // "a year and a half ago": eighteen months; a half of a smaller unit is
  // below the value's granularity and dropped.
  const bool year_and_a_half = p.and_a_half && p.unit == Unit::kYear;
  const Unit unit = p.unit == Unit::kDecade ? Unit::kYear : year_and_a_half ? Unit::kMonth : p.unit;
  const int units = p.unit == Unit::kDecade ? 10 * n : year_and_a_half ? 12 * n + 6 * p.sign : n;
  if (unit == Unit::kDay) {
    const Day d = *base + n;
    return day_value(d, std::string("offset of ") + std::to_string(n) + " " +
                            unit_noun(Unit::kDay, n) + " from " + anchor + format_day(*base) +
                            " -> " + format_day(d));
  }
  auto v = period_value(unit, *base, units);
  if (!v) return std::nullopt;
  return Value{TimexType::kDate,
               *v,
               "offset of " + std::to_string(n) + " " + unit_noun(p.unit, n) + " from " + anchor +
                   format_day(*base) + " -> " + *v,
               {}};
}

std::optional<Value> part_of_year(const TimexParse& p, Tense tense, const ResolveState& s) {
  if (p.unit == Unit::kSeason && p.year == kUnknownYear && !p.has_year_shift)
    return season_rule(p, tense, s);
  if (p.part == 0 && p.unit == Unit::kQuarter && p.year != kUnknownYear) {
    // "the 1988 quarter": the quarter under discussion, in that year.
    if (!valid_year(p.year)) return std::nullopt;
    if (!s.last_quarter)
      return Value{TimexType::kDate, year_value(p.year), "a period of an explicit year", {}};
    const std::string v = quarter_value(p.year, s.last_quarter->quarter);
    return Value{TimexType::kDate, v, "the quarter under discussion, in " + year_value(p.year), {}};
  }
  const int limit = p.unit == Unit::kQuarter ? 4 : p.unit == Unit::kHalf ? 2 : 4;
  if (p.part < 1 || p.part > limit) return std::nullopt;
  int year = p.year;
  std::string how = "explicit year";
  if (year == kUnknownYear) {
    if (!s.document_date) {
      std::string v = p.unit == Unit::kQuarter ? quarter_value(0, p.part)
                      : p.unit == Unit::kHalf  ? half_value(0, p.part)
                                               : season_value(0, p.part);
      return Value{TimexType::kDate, v.replace(0, 4, "XXXX"), "no document date", {}};
    }
    const Ymd doc = to_ymd(*s.document_date);
    year = doc.year;
    if (p.has_year_shift) {
      year += shift_of(p.direction);
      how = std::string(direction_word(p.direction)) + " year";
    } else {
      const int current = p.unit == Unit::kQuarter ? quarter_of_month(doc.month)
                          : p.unit == Unit::kHalf  ? (doc.month <= 6 ? 1 : 2)
                                                   : 0;
      if (tense != Tense::kFuture && p.part > current && p.unit != Unit::kSeason) --year;
      how = "latest such period, " + describe_document_date(*s.document_date);
    }
  }
  if (!valid_year(year)) return std::nullopt;
  std::string v = p.unit == Unit::kQuarter ? quarter_value(year, p.part)
                  : p.unit == Unit::kHalf  ? half_value(year, p.part)
                                           : season_value(year, p.part);
  return Value{TimexType::kDate, v, how + " -> " + v, {}};
}

std::optional<Value> anaphor(const TimexParse& p, const ResolveState& s) {
  // "the following weeks", "the previous months": a stretch, as "the coming weeks".
  if (p.plural_unit) return unstated_stretch(p);
  const bool coarse = p.unit != Unit::kDay;
  const std::optional<Day> reference =
      coarse && s.coarse_reference ? s.coarse_reference : s.reference;
  const std::optional<Day> base = reference ? reference : s.document_date;
  if (!base) return Value{TimexType::kDate, unknown_period(p.unit), "anaphor, no anchor", {}};
  auto v = period_value(p.unit, *base, p.sign);
  if (!v) return std::nullopt;
  Value out{TimexType::kDate,
            *v,
            std::string("relative to ") + (reference ? "reference time " : "document date ") +
                format_day(*base) + " -> " + *v,
            {}};
  if (p.unit == Unit::kDay) out.day = *base + p.sign;
  if (p.part_of_day != 0) {  // "the next morning"
    out.type = TimexType::kTime;
    out.value += std::string("T") + part_of_day_code(p.part_of_day);
  }
  return out;
}

// "2 1/2 years" -> P2Y6M, "half an hour" -> PT30M: the half in the next
// smaller unit; empty when the unit has none.
std::string half_duration_value(const TimexParse& p) {
  const int n = p.count;
  const std::string whole = std::to_string(n);
  switch (p.unit) {
    case Unit::kYear:
      return n > 0 ? "P" + whole + "Y6M" : "P6M";
    case Unit::kMonth:
      return n > 0 ? "P" + whole + "M15D" : "P15D";
    case Unit::kWeek:
      return "P" + std::to_string(7 * n + 3) + "DT12H";
    case Unit::kDay:
      return n > 0 ? "P" + whole + "DT12H" : "PT12H";
    case Unit::kHour:
      return n > 0 ? "PT" + whole + "H30M" : "PT30M";
    case Unit::kMinute:
      return n > 0 ? "PT" + whole + "M30S" : "PT30S";
    case Unit::kDecade:
      return "P" + std::to_string(10 * n + 5) + "Y";
    case Unit::kCentury:
      return "P" + std::to_string(100 * n + 50) + "Y";
    default:
      return {};
  }
}

std::string duration_value(const TimexParse& p) {
  if (p.and_a_half && p.count >= 0) return half_duration_value(p);
  std::string n = p.count < 0 ? "X" : std::to_string(p.count);
  const bool vague = p.count < 0;
  switch (p.unit) {
    case Unit::kSecond:
      return "PT" + n + "S";
    case Unit::kMinute:
      return "PT" + n + "M";
    case Unit::kHour:
      return "PT" + n + "H";
    case Unit::kDay:
      return "P" + n + "D";
    case Unit::kWeekend:
      return vague ? "PXWE" : "P" + n + "WE";
    case Unit::kWeek:
      return "P" + n + "W";
    case Unit::kMonth:
      return "P" + n + "M";
    case Unit::kQuarter:
      return vague ? "PXQ" : "P" + std::to_string(3 * p.count) + "M";
    case Unit::kYear:
      return "P" + n + "Y";
    case Unit::kDecade:
      return vague ? "PXDE" : "P" + std::to_string(10 * p.count) + "Y";
    case Unit::kCentury:
      return vague ? "PXCE" : "P" + std::to_string(100 * p.count) + "Y";
    case Unit::kNone:  // "a while": no unit either
      return vague ? "PXX" : std::string();
    default:
      return {};
  }
}

std::optional<Value> set_rule(const TimexParse& p) {
  if (p.weekday != 0) {
    std::string v = "XXXX-WXX-" + std::to_string(p.weekday);
    if (p.part_of_day != 0) v += std::string("T") + part_of_day_code(p.part_of_day);
    return Value{TimexType::kSet, v, "every weekday", {}};
  }
  if (p.month != 0) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "XXXX-%02d", p.month);
    return Value{TimexType::kSet, buf, "every month of the year", {}};
  }
  if (p.part != 0) {
    return Value{TimexType::kSet,
                 std::string("XXXX-") + season_code(p.part),
                 "every season of the year",
                 {}};
  }
  if (p.part_of_day != 0) {
    return Value{TimexType::kSet,
                 std::string("XXXX-XX-XXT") + part_of_day_code(p.part_of_day),
                 "every part of day",
                 {}};
  }
  // "every weekend", "on weekends": the weekend of any week, as "every Monday".
  if (p.unit == Unit::kWeekend && p.count <= 1)
    return Value{TimexType::kSet, "XXXX-WXX-WE", "every weekend", {}};
  TimexParse one = p;
  if (one.count == 0) one.count = 1;
  std::string v = duration_value(one);
  if (v.empty()) return std::nullopt;
  return Value{TimexType::kSet, v, "frequency", {}};
}

}  // namespace rules

namespace {

using namespace rules;

std::optional<Value> resolve_value(const TimexParse& p, Tense tense, const ResolveState& s) {
  switch (p.kind) {
    case Kind::kCalendar: {
      std::optional<Value> v = calendar(p, tense, s);
      if (v && p.week_of && v->day) {
        v->value = week_value(*v->day);
        v->reason += ", its week -> " + v->value;
        v->day.reset();  // a week, not a day, for what follows
      }
      return v;
    }
    case Kind::kDecade: {
      int year = p.year;
      if (p.two_digit_year && s.document_date && year + 100 <= to_ymd(*s.document_date).year)
        year += 100;
      // "the 1800s", "the 1900s" name a century (TIMEX3 "18"); "the 2000s",
      // still written of this century's first decade, stays one.
      if (!p.two_digit_year && year % 100 == 0 && year < 2000)
        return Value{TimexType::kDate, year_value(year).substr(0, 2), "century by its years", {}};
      return Value{TimexType::kDate, decade_value(year), "decade", {}};
    }
    case Kind::kCentury:
      if (p.count < 1 || p.count > 21) return std::nullopt;
      return Value{TimexType::kDate, year_value((p.count - 1) * 100).substr(0, 2), "century", {}};
    case Kind::kDeictic:
      return deictic(p, s);
    case Kind::kWeekday:
      return weekday_rule(p, tense, s);
    case Kind::kRelative:
      return relative(p, tense, s);
    case Kind::kOffset:
      return offset(p, s);
    case Kind::kPartOfYear:
      return part_of_year(p, tense, s);
    case Kind::kAnaphor:
      return anaphor(p, s);
    case Kind::kDuration: {
      if (p.count == 1 && p.unit == Unit::kYear && !p.adjective && s.document_date &&
          (p.mod == Mod::kStart || p.mod == Mod::kEnd || p.mod == Mod::kMid)) {
        const std::string v = year_value(to_ymd(*s.document_date).year);
        return Value{TimexType::kDate, v, with_doc("part of the year", s, v), {}};
      }
      std::string v = duration_value(p);
      if (v.empty()) return std::nullopt;
      return Value{TimexType::kDuration, v, "duration", {}};
    }
    case Kind::kSet:
      return set_rule(p);
    case Kind::kRef: {
      const char* v = p.ref == Ref::kPresent ? "PRESENT_REF"
                      : p.ref == Ref::kPast  ? "PAST_REF"
                                             : "FUTURE_REF";
      return Value{TimexType::kDate, v, "vague reference", {}};
    }
    case Kind::kHoliday:
      return holiday(p, tense, s);
    case Kind::kClock:
      return clock(p, tense, s);
    default:
      return std::nullopt;
  }
}

}  // namespace

std::string_view mod_name(Mod m) {
  switch (m) {
    case Mod::kApprox:
      return "APPROX";
    case Mod::kMoreThan:
      return "MORE_THAN";
    case Mod::kLessThan:
      return "LESS_THAN";
    case Mod::kEqualOrMore:
      return "EQUAL_OR_MORE";
    case Mod::kEqualOrLess:
      return "EQUAL_OR_LESS";
    case Mod::kStart:
      return "START";
    case Mod::kEnd:
      return "END";
    case Mod::kMid:
      return "MID";
    case Mod::kBefore:
      return "BEFORE";
    case Mod::kAfter:
      return "AFTER";
    default:
      return "";
  }
}

bool resolve_timex(const TimexParse& parse, Tense tense, ResolveState& state, Timex& out) {
  std::optional<rules::Value> v = resolve_value(parse, tense, state);
  if (!v || v->value.empty()) return false;
  out.type = v->type;
  out.value = std::move(v->value);
  out.reason = std::move(v->reason);
  out.mod = std::string(mod_name(parse.mod));
  if (out.type == TimexType::kDate || out.type == TimexType::kTime)
    out.interval = interval_of_timex_value(out.value);
  if (v->day) state.reference = v->day;
  // A quarter named outright becomes the one under discussion; one derived
  // from it ("a year ago", "the 1988 period") does not. Once there is one,
  // only a later quarter that has ended replaces it: a report compares its
  // quarter with earlier ones ("after a flat second quarter") and forecasts
  // the running one ("the fourth quarter should be weak").
  const bool derived_quarter =
      parse.kind == Kind::kOffset || (parse.kind == Kind::kPartOfYear && parse.part == 0);
  if (out.interval && out.interval->granularity == Granularity::kQuarter && !derived_quarter) {
    const Ymd start = to_ymd(out.interval->start);
    const ResolveState::QuarterRef named{start.year, quarter_of_month(start.month)};
    const auto& q = state.last_quarter;
    const auto index = [](const ResolveState::QuarterRef& r) { return r.year * 4 + r.quarter; };
    const bool ended = !state.document_date || out.interval->end < *state.document_date;
    if (!q || (ended && index(named) > index(*q))) state.last_quarter = named;
  }
  // Explicit dates of any granularity anchor "that year", "later that month".
  // So do "last year" and "next month" ("the year before", "that month").
  const bool named_period = parse.kind == Kind::kRelative && parse.direction != Direction::kNone &&
                            (parse.unit == Unit::kYear || parse.unit == Unit::kMonth);
  if ((parse.kind == Kind::kCalendar || named_period) && out.interval && !parse.fiscal)
    state.coarse_reference = out.interval->start;
  else if (v->day)
    state.coarse_reference = v->day;
  return true;
}

}  // namespace annals::timex_detail