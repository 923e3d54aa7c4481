// Event times: their kind, their bounds and the TimeBank label notation.
#include "annals/event_time.h"

#include <array>

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
    if (b.within->granularity == Granularity::kSeason) {
      // The annotators' seasons run from equinox to solstice: spring after
      // March 20, before June 20; fall after September 23, before December 21.
      static constexpr std::array<std::array<int, 4>, 4> kSeasons{
          {{3, 20, 6, 20}, {6, 21, 9, 22}, {9, 23, 12, 21}, {12, 22, 3, 19}}};
      const auto& q = kSeasons[static_cast<std::size_t>(((first.month + 9) % 12) / 3)];
      const int end_year = q[2] < q[0] ? first.year + 1 : first.year;
      return "after" + format_day(to_day({first.year, q[0], q[1]})) + "before" +
             format_day(to_day({end_year, q[2], q[3]}));
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
