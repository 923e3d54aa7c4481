#include "time_prepositions.h"

#include <cctype>
#include <string>

namespace annals {
namespace {

// The point a time expression names, as the bound of a span: its day, or
// the interval it lies in.
std::optional<TimeBound> point_of(const Timex& t, std::optional<Day> dct) {
  TimeBound b;
  if (t.value == "PRESENT_REF" && dct) {
    b.on = dct;
  } else if (t.interval && t.interval->granularity == Granularity::kDay) {
    b.on = t.interval->start;
  } else if (t.interval) {
    b.within = t.interval;
  } else {
    return std::nullopt;
  }
  return b;
}

}  // namespace

TimePreposition preposition_before(std::string_view text, std::size_t timex_begin) {
  std::size_t end = std::min(timex_begin, text.size());
  while (end > 0 && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  std::size_t begin = end;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
  std::string word(text.substr(begin, end - begin));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (word == "since") return TimePreposition::kSince;
  if (word == "until" || word == "till") return TimePreposition::kUntil;
  return TimePreposition::kNone;
}

std::optional<EventTime> bounded_by_preposition(TimePreposition p, const Timex& t,
                                                std::optional<Day> document_date) {
  if (p == TimePreposition::kNone || !document_date) return std::nullopt;
  const std::optional<TimeBound> point = point_of(t, document_date);
  if (!point) return std::nullopt;
  // Only a bound at or before the story's day: "until next week" is a plan.
  const std::optional<DateInterval> span = bounded_interval(*point);
  if (!span || span->start > *document_date) return std::nullopt;
  EventTime out;
  out.end = TimeBound{};
  if (p == TimePreposition::kSince) {
    out.begin = *point;
    out.end->after = document_date;
    out.reason = "a state since the time expression (" + t.value +
                 "): begins then, lasts past the story date";
  } else {
    if (point->on)
      out.begin.before = point->on;
    else
      out.begin.before = point->within->start;
    *out.end = *point;
    out.reason = "a state until the time expression (" + t.value + "): began before it, ends then";
  }
  return out;
}

}  // namespace annals
