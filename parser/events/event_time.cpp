// Event times: their kind, their bounds and the TimeBank label notation.
#include "annals/event_time.h"

namespace annals {
namespace {

std::string point_label(const TimeBound& b) {
  if (b.on) return format_day(*b.on);
  std::string out;
  if (b.within) {
    const Ymd first = to_ymd(b.within->start);
    const Ymd last = to_ymd(b.within->end);
    // The annotators' convention for months and years (see SOURCE.md).
    if (b.within->granularity == Granularity::kMonth) {
      return "after" + format_day(b.within->start) + "before" +
             format_day(to_day({first.year, first.month, 28}));
    }
    if (b.within->granularity == Granularity::kYear) {
      return "after" + format_day(to_day({first.year, 1, 1})) + "before" +
             format_day(to_day({last.year, 12, 31}));
    }
    if (b.within->granularity == Granularity::kWeek) {
      // A week is its working days: after the Sunday, before the Saturday.
      return "after" + format_day(b.within->start - 1) + "before" + format_day(b.within->end - 1);
    }
    return "after" + format_day(b.within->start) + "before" + format_day(b.within->end);
  }
  if (b.after) out += "after" + format_day(*b.after);
  if (b.before) out += "before" + format_day(*b.before);
  return out.empty() ? "n/a" : out;
}

}  // namespace

std::string_view time_kind(const EventTime& t) {
  if (t.end) return "span";
  const TimeBound& b = t.begin;
  if (b.on) return "on";
  if (b.within) return "within";
  if (b.after && b.before) return "between";
  if (b.before) return "before";
  if (b.after) return "after";
  return "open";
}

std::optional<DateInterval> bounded_interval(const TimeBound& b) {
  if (b.on) return day_interval(*b.on);
  if (b.within) return b.within;
  if (b.after && b.before && *b.after + 1 <= *b.before - 1)
    return DateInterval{*b.after + 1, *b.before - 1, Granularity::kDay};
  return std::nullopt;
}

std::string event_time_label(const EventTime& t) {
  if (!t.end) return point_label(t.begin);
  return "beginPoint=" + point_label(t.begin) + "endPoint=" + point_label(*t.end);
}

}  // namespace annals
