// What the time-expression grammars recognise, before resolution: the words
// of one expression reduced to fields. Resolution (timex_resolve.cpp) turns
// it into a TIMEX3 type and value against the document date.
#pragma once

#include <cstdint>
#include <string_view>

namespace annals::timex_detail {

enum class Kind : std::uint8_t {
  kNone,
  kCalendar,    // explicit year / month / day pieces (year may be implicit), optional clock time
  kDecade,      // "the 1990s", "the '90s": year = first year of the decade
  kCentury,     // "the 20th century": year = first year of the century (e.g. 1900)
  kDeictic,     // today, yesterday, tomorrow, tonight: day_shift
  kWeekday,     // weekday with optional direction and week shift
  kRelative,    // this/last/next + unit or month or season or quarter
  kOffset,      // count unit ago / later / earlier / before / after / from now
  kPartOfYear,  // quarter, half, season with a year or a year shift
  kDuration,    // count unit
  kSet,         // every Monday, annually
  kRef,         // now, recently, the future
  kHoliday,     // Christmas, Thanksgiving, ...
  kClock,       // "10 a.m.", "noon": a time on the reference day
  kPartOfDay,   // "this morning", "the evening"
  kAnaphor,     // "that day", "the same day", "the previous day", "that month"
};

enum class Unit : std::uint8_t {
  kNone,
  kSecond,
  kMinute,
  kHour,
  kDay,
  kWeekend,
  kWeek,
  kMonth,
  kQuarter,
  kHalf,
  kYear,
  kDecade,
  kCentury,
  kSeason,
};

enum class Direction : std::int8_t { kNone = 0, kThis, kLast, kNext, kPast, kComing };

// Offset anchors: "ago"/"from now" count from the document date; "earlier",
// "later", "before", "after" from the narrative's reference time.
// kSince ("ten years on"): from the reference time; with none, the story's
// own present is that long after an unnamed start.
enum class Anchor : std::uint8_t { kNone, kDocument, kReference, kSince };

enum class Mod : std::uint8_t {
  kNone,
  kApprox,
  kMoreThan,
  kLessThan,
  kEqualOrMore,
  kEqualOrLess,
  kStart,
  kEnd,
  kMid,
  kBefore,  // "pre-1959"
  kAfter,   // "post-1959"
};
std::string_view mod_name(Mod m);

enum class Ref : std::uint8_t { kNone, kPresent, kPast, kFuture };

struct TimexParse {
  Kind kind = Kind::kNone;
  Unit unit = Unit::kNone;
  Direction direction = Direction::kNone;
  Anchor anchor = Anchor::kNone;
  Mod mod = Mod::kNone;
  Ref ref = Ref::kNone;
  bool has_year_shift = false;  // "of last year", "this year's"
  bool fiscal = false;
  bool plural_unit = false;    // "years" without a count
  bool adjective = false;      // "two-year", "third-quarter"
  bool week_phrase = false;    // "Saturday last week": week_shift is set
  bool the_year = false;       // "the year": a duration before "ended", else that year
  bool week_of = false;        // "the week of March 6": the ISO week of the date
  bool and_a_half = false;     // "5 1/2 hours", "a year and a half", "half an hour" (count 0)
  bool bare_season = false;    // "in winter": no article, no direction; generic if untensed
  bool bare_plural = false;    // "for years", "within hours": a plural unit with no count
  bool same_period = false;    // "the same period last year": the reported period, a year back
  std::int8_t sign = 0;        // offsets: -1 earlier/ago/before, +1 later/after/from now
  std::int8_t day_shift = 0;   // deictic: -1 yesterday, 0 today, +1 tomorrow
  std::int8_t week_shift = 0;  // "Saturday last week": -1
  std::int8_t year_shift = 0;
  std::uint8_t month = 0;        // 1..12
  std::uint8_t day = 0;          // 1..31
  std::uint8_t weekday = 0;      // 1 = Monday .. 7 = Sunday
  std::uint8_t part = 0;         // quarter 1..4, half 1..2, season 1..4 (SP SU FA WI)
  std::uint8_t part_of_day = 0;  // 1 MO, 2 AF, 3 EV, 4 NI, 5 DT (daytime)
  std::uint8_t holiday = 0;      // index into the holiday table
  std::int8_t hour = -1;         // 0..24
  std::int8_t minute = -1;
  std::int8_t pm = -1;          // -1 unknown, 0 a.m., 1 p.m.
  std::int32_t year = 0;        // 0 = not given
  std::int32_t count = 0;       // 0 = not given; -1 = unspecified ("several", "a few")
  bool two_digit_year = false;  // "'90s"
};

// Longest time expression starting exactly at `first`; returns the number of
// bytes matched (0 = none). Tries every grammar family and keeps the longest.
std::size_t parse_timex_at(const char* first, const char* last, TimexParse& out);

// Per family (each in its own translation unit).
std::size_t parse_calendar_at(const char* first, const char* last, TimexParse& out);
std::size_t parse_relative_at(const char* first, const char* last, TimexParse& out);
std::size_t parse_span_at(const char* first, const char* last, TimexParse& out);
std::size_t parse_modifier_at(const char* first, const char* last, Mod& mod);

}  // namespace annals::timex_detail
