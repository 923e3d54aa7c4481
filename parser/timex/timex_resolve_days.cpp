// Resolution of days and calendar dates: explicit dates, months, weekdays
// by tense, today/yesterday, holidays, clock times.
#include <cstdio>
#include <cstdlib>

#include "timex_holidays.h"
#include "timex_resolve_rules.h"
#include "timex_values.h"

namespace annals::timex_detail::rules {

int shift_of(Direction d) {
  switch (d) {
    case Direction::kLast:
    case Direction::kPast:
      return -1;
    case Direction::kNext:
    case Direction::kComing:
      return 1;
    default:
      return 0;
  }
}

const char* direction_word(Direction d) {
  switch (d) {
    case Direction::kThis:
      return "this";
    case Direction::kLast:
      return "last";
    case Direction::kNext:
      return "next";
    case Direction::kPast:
      return "past";
    case Direction::kComing:
      return "coming";
    default:
      return "";
  }
}

const char* tense_word(Tense t) {
  switch (t) {
    case Tense::kFuture:
      return "future tense";
    case Tense::kPast:
      return "past tense";
    case Tense::kEnded:
      return "end of a reported period";
    default:
      return "no tense cue";
  }
}

std::string with_doc(const std::string& what, const ResolveState& s, const std::string& value) {
  std::string out;
  out.reserve(what.size() + value.size() + 40);
  out += what;
  out += ", ";
  out += describe_document_date(*s.document_date);
  out += " -> ";
  out += value;
  return out;
}

Value day_value(Day day, std::string reason) {
  return {TimexType::kDate, format_day(day), std::move(reason), day};
}

// A month and day without a year: in a future clause the next one, else the
// usual news window around the document date (past verbs often govern
// payment and record dates still ahead, so past tense does not narrow it).
std::optional<Value> month_day(const TimexParse& p, Tense tense, const ResolveState& s) {
  if (!s.document_date) {
    if (!is_valid_date(2000, p.month, p.day)) return std::nullopt;  // 2000: Feb 29 exists
    char buf[16];
    std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", p.month, p.day);
    return Value{TimexType::kDate, buf, "month and day, no document date: year unknown", {}};
  }
  const Day doc = *s.document_date;
  const int year = to_ymd(doc).year;
  // News dates without a year fall within about five months after and seven
  // months before the document date (payment dates, deadlines, recent events).
  constexpr int kDaysAfter = 150;
  std::optional<Day> best;
  for (int y = year - 1; y <= year + 1; ++y) {
    if (!is_valid_date(y, p.month, p.day)) continue;
    const Day d = to_day({y, p.month, p.day});
    if (p.weekday != 0 && weekday(d) == p.weekday) {
      best = d;
      break;
    }
    if (tense == Tense::kEnded) {
      if (d <= doc) best = d;  // the latest not after the document date
    } else if (tense == Tense::kFuture) {
      if (d >= doc - 7 && (!best || d < *best)) best = d;  // the next one
    } else if (d - doc <= kDaysAfter && doc - d < 365 - kDaysAfter) {
      best = d;
    }
  }
  if (!best) return std::nullopt;
  return day_value(
      *best, with_doc(std::string("month and day, ") + tense_word(tense), s, format_day(*best)));
}

std::optional<Value> calendar(const TimexParse& p, Tense tense, const ResolveState& s) {
  if (p.year != kUnknownYear && !valid_year(p.year)) return std::nullopt;
  if (p.fiscal) return Value{TimexType::kDate, year_value(p.year), "fiscal year", {}};
  if (p.year != kUnknownYear && p.month != 0 && p.day != 0) {
    if (!is_valid_date(p.year, p.month, p.day)) return std::nullopt;
    const Day d = to_day({p.year, p.month, p.day});
    if (p.hour >= 0) {
      return Value{TimexType::kTime, format_day(d) + clock_suffix(p.hour, p.minute),
                   "explicit date and time", d};
    }
    return day_value(d, "explicit date");
  }
  if (p.month != 0 && p.day != 0) return month_day(p, tense, s);
  if (p.month != 0 && p.year != kUnknownYear) {
    return Value{TimexType::kDate, month_value(p.year, p.month), "explicit month and year", {}};
  }
  if (p.month != 0) {
    if (!s.document_date) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "XXXX-%02d", p.month);
      return Value{TimexType::kDate, buf, "month, no document date: year unknown", {}};
    }
    const Ymd doc = to_ymd(*s.document_date);
    int year = doc.year;
    std::string how;
    if (p.has_year_shift) {
      year += shift_of(p.direction);
      how = std::string("month of ") + direction_word(p.direction) + " year";
    } else if (p.direction == Direction::kLast || p.direction == Direction::kPast) {
      if (p.month >= doc.month) --year;
      how = "last <month>: the latest before the document month";
    } else if (p.direction == Direction::kNext || p.direction == Direction::kComing) {
      if (p.month <= doc.month) ++year;
      how = "next <month>: the first after the document month";
    } else if (p.direction == Direction::kThis) {
      how = "this <month>";
    } else if (tense == Tense::kPast || tense == Tense::kEnded) {
      // SPEC: in a past clause, this year's month unless it is still ahead.
      if (p.month > doc.month) --year;
      how = "month, past tense: the latest not after the document month";
    } else if (tense == Tense::kFuture) {
      if (p.month < doc.month) ++year;
      how = "month, future tense: the next from the document month";
    } else {
      // No tense cue: news looks back more than ahead, so the window is
      // seven months back and four ahead (as for a month and day).
      int ahead = p.month - doc.month;
      if (ahead >= 5) ahead -= 12;
      if (ahead < -7) ahead += 12;
      if (doc.month + ahead > 12) ++year;
      if (doc.month + ahead < 1) --year;
      how = "month, within 7 months before and 4 after the document month (no tense cue)";
    }
    const std::string v = month_value(year, p.month);
    return Value{TimexType::kDate, v, with_doc(how, s, v), {}};
  }
  if (p.year != kUnknownYear)
    return Value{TimexType::kDate, year_value(p.year), "explicit year", {}};
  return std::nullopt;
}

std::optional<Value> weekday_rule(const TimexParse& p, Tense tense, const ResolveState& s) {
  const std::string name = weekday_name(p.weekday);
  if (!s.document_date) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "XXXX-WXX-%d", p.weekday);
    return Value{TimexType::kDate, buf, name + ", no document date", {}};
  }
  const Day doc = *s.document_date;
  const int doc_weekday = weekday(doc);
  Day d = doc;
  std::string how;
  if (p.week_phrase) {
    d = doc - (doc_weekday - 1) + 7 * p.week_shift + (p.weekday - 1);
    how = name + (p.week_shift < 0 ? " last week" : p.week_shift > 0 ? " next week" : " this week");
  } else if (p.anchor == Anchor::kReference && s.reference) {
    // "the previous Friday": the one before the day under discussion.
    const Day ref = *s.reference;
    const int gap = p.direction == Direction::kLast ? (weekday(ref) - p.weekday + 7) % 7
                                                    : (p.weekday - weekday(ref) + 7) % 7;
    const int step = gap == 0 ? 7 : gap;
    d = p.direction == Direction::kLast ? ref - step : ref + step;
    how = std::string(p.direction == Direction::kLast ? "the previous " : "the following ") + name +
          ", reference " + format_day(ref);
  } else if (p.direction == Direction::kLast || p.direction == Direction::kPast) {
    d = doc - ((doc_weekday - p.weekday + 7) % 7 == 0 ? 7 : (doc_weekday - p.weekday + 7) % 7);
    how = "last " + name;
  } else if (p.direction == Direction::kNext || p.direction == Direction::kComing) {
    d = doc + ((p.weekday - doc_weekday + 7) % 7 == 0 ? 7 : (p.weekday - doc_weekday + 7) % 7);
    how = "next " + name;
  } else if (p.direction == Direction::kThis) {
    d = doc - (doc_weekday - 1) + (p.weekday - 1);
    how = "this " + name;
  } else if (tense == Tense::kFuture) {
    // The coming one; the document's own weekday is today ("will meet
    // Tuesday" in a Tuesday story), a week later would be "next Tuesday".
    d = doc + (p.weekday - doc_weekday + 7) % 7;
    how = name + ", future tense";
  } else {
    d = doc - (doc_weekday - p.weekday + 7) % 7;
    how = name + ", past tense";
  }
  Value v = day_value(d, with_doc(how, s, format_day(d)));
  if (p.part_of_day != 0) v.value += std::string("T") + part_of_day_code(p.part_of_day);
  return v;
}

std::optional<Value> deictic(const TimexParse& p, const ResolveState& s) {
  static constexpr const char* kNames[] = {"the day before yesterday", "yesterday", "today",
                                           "tomorrow", "the day after tomorrow"};
  const char* name = kNames[p.day_shift + 2];
  const bool timed = p.part_of_day != 0;
  if (!s.document_date) {
    return Value{
        timed ? TimexType::kTime : TimexType::kDate,
        timed ? std::string("XXXX-XX-XXT") + part_of_day_code(p.part_of_day) : "XXXX-XX-XX",
        std::string(name) + ", no document date",
        {}};
  }
  const Day d = *s.document_date + p.day_shift;
  Value v = day_value(d, with_doc(name, s, format_day(d)));
  if (timed) {
    v.type = TimexType::kTime;
    v.value += std::string("T") + part_of_day_code(p.part_of_day);
  }
  return v;
}

std::optional<Value> holiday(const TimexParse& p, Tense tense, const ResolveState& s) {
  const Holiday& h = holidays()[p.holiday];
  const std::string name(h.name);
  if (p.year != kUnknownYear) {
    auto d = holiday_day(h, p.year);
    if (!d) return std::nullopt;
    return day_value(*d, name + " of an explicit year");
  }
  if (!s.document_date) {
    if (h.rule != Holiday::Rule::kFixed) return Value{TimexType::kDate, "XXXX-XX-XX", name, {}};
    char buf[16];
    std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", h.month, h.day);
    return Value{TimexType::kDate, buf, name + ", no document date", {}};
  }
  const Day doc = *s.document_date;
  const int year = to_ymd(doc).year;
  std::optional<Day> pick;
  for (int y = year - 1; y <= year + 1; ++y) {
    auto d = holiday_day(h, y);
    if (!d) continue;
    if (tense == Tense::kFuture) {
      if (*d >= doc && !pick) pick = d;  // the next one
    } else if (tense == Tense::kUnknown) {
      if (!pick || std::abs(*d - doc) < std::abs(*pick - doc)) pick = d;  // the nearest
    } else if (*d <= doc) {
      pick = d;  // the latest one
    }
  }
  if (!pick) return std::nullopt;
  return day_value(*pick, with_doc(name + ", " + tense_word(tense), s, format_day(*pick)));
}

std::optional<Value> clock(const TimexParse& p, Tense tense, const ResolveState& s) {
  int hour = p.hour;
  if (p.pm == 1 && hour < 12) hour += 12;
  if (p.pm == 0 && hour == 12) hour = 0;
  if (hour > 24 || (p.pm >= 0 && p.hour > 12) || (p.pm >= 0 && p.hour == 0)) return std::nullopt;
  std::optional<Day> base = s.reference ? s.reference : s.document_date;
  // The story's day, unless the tense rules it out: what happened cannot
  // be after the document date, what will happen cannot be before it.
  if (base && s.document_date &&
      ((tense == Tense::kPast && *base > *s.document_date) ||
       (tense == Tense::kFuture && *base < *s.document_date)))
    base = s.document_date;
  const std::string suffix = clock_suffix(hour, p.minute);
  if (!base) return Value{TimexType::kTime, "XXXX-XX-XX" + suffix, "clock time, no date", {}};
  return Value{
      TimexType::kTime, format_day(*base) + suffix, "clock time on " + format_day(*base), {}};
}

}  // namespace annals::timex_detail::rules
