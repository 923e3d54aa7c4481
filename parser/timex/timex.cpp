// The scanner: one pass over the text; at each token start whose first word
// could begin a time expression, the grammars are tried; the longest match is
// resolved, emitted and skipped.
#include "annals/timex.h"

#include <optional>

#include "ascii.h"
#include "timex_context.h"
#include "timex_families.h"
#include "timex_filters.h"
#include "timex_pairs.h"
#include "timex_parse.h"
#include "timex_resolve.h"
#include "timex_scan.h"
#include "timex_words.h"

namespace annals {
namespace timex_detail {
namespace {

using text::ascii_iequals;

std::size_t longest_core(const char* first, const char* last, TimexParse& out) {
  std::size_t best = 0;
  TimexParse candidate;
  const std::uint8_t families = families_at(first, last);
  if (std::size_t n = (families & kCalendarFamily) ? parse_calendar_at(first, last, candidate) : 0;
      n > best) {
    best = n;
    out = candidate;
  }
  if (std::size_t n = (families & kSpanFamily) ? parse_span_at(first, last, candidate) : 0;
      n > best) {
    best = n;
    out = candidate;
  }
  if (std::size_t n = (families & kRelativeFamily) ? parse_relative_at(first, last, candidate) : 0;
      n > best) {
    best = n;
    out = candidate;
  }
  return best;
}

// "by August": a month named as a deadline is ahead of the document date,
// whatever the verb ("talks that are to conclude by May"). Weekdays are left
// to the tense ("had filed reports by Wednesday").
bool is_month_deadline(std::string_view text, std::size_t begin, const TimexParse& p) {
  return p.kind == Kind::kCalendar && p.month != 0 && p.day == 0 && p.year == 0 &&
         p.direction == Direction::kNone && ascii_iequals(word_before(text, begin), "by");
}

// "9 a.m. Tuesday", "noon Thursday": a clock time followed by its day.
// Returns the length of the day part (with the space before it) and
// resolves it, or 0.
std::size_t day_after_clock(std::string_view lowered, std::size_t end, Tense tense,
                            const ResolveState& state, Day& day, std::uint8_t& part_of_day) {
  const std::string_view text = lowered;
  std::size_t i = end;
  // "5 p.m. EST, Nov. 6": after a comma only a full date belongs.
  const bool comma = i < text.size() && text[i] == ',';
  if (comma) ++i;
  while (i < text.size() && text[i] == ' ') ++i;
  if (i == end || i >= text.size()) return 0;
  TimexParse next;
  const char* first = text.data() + i;
  const char* last = text.data() + text.size();
  std::size_t n = comma ? 0 : parse_relative_at(first, last, next);
  if (n == 0 || (next.kind != Kind::kWeekday && next.kind != Kind::kDeictic)) {
    n = parse_calendar_at(first, last, next);
    if (n == 0 || next.kind != Kind::kCalendar || next.day == 0 || next.month == 0) return 0;
  }
  ResolveState scratch = state;
  Timex day_timex;
  if (!resolve_timex(next, tense, scratch, day_timex) || !day_timex.interval) return 0;
  day = day_timex.interval->start;
  part_of_day = next.part_of_day;
  return i + n - end;
}

// The length of " on" when `word` follows text[end] after spaces, else 0.
std::size_t word_length_after(std::string_view lowered, std::size_t end, std::string_view word) {
  std::size_t i = end;
  while (i < lowered.size() && lowered[i] == ' ') ++i;
  if (i == end || !starts_with_word(lowered, i, word)) return 0;
  return i + word.size() - end;
}

// A clock time or a part of the day dated by the day after it: "9 a.m.
// Tuesday" and "mid-afternoon yesterday" are one expression; in "11 p.m. on
// Monday" the day is its own (TimeML leaves prepositions out) but still
// dates the clock. False when no such day follows.
bool resolve_on_following_day(std::string_view lowered, TimexParse& parse, Tense tense,
                              ResolveState& state, Timex& timex) {
  const bool day_part = parse.kind == Kind::kAnaphor && parse.part_of_day != 0 && parse.sign == 0;
  if (parse.kind != Kind::kClock && !day_part) return false;
  Day day = 0;
  std::uint8_t part_of_day = 0;
  const std::size_t extra = day_after_clock(lowered, timex.end, tense, state, day, part_of_day);
  const std::size_t on_end = timex.end + word_length_after(lowered, timex.end, "on");
  const bool anchored =
      extra > 0 ||
      (on_end > timex.end && day_after_clock(lowered, on_end, tense, state, day, part_of_day) > 0);
  // "six o'clock tonight", "8 Tuesday evening": after noon.
  if (parse.pm < 0 && parse.hour >= 1 && parse.hour < 12 && part_of_day >= 2 && part_of_day <= 4)
    parse.pm = 1;
  if (!anchored) return false;
  ResolveState on_that_day = state;
  on_that_day.reference = day;
  if (!resolve_timex(parse, tense, on_that_day, timex)) return false;
  timex.end += extra;
  state.reference = day;
  return true;
}

// Only these resolutions depend on the clause's tense; the cue scan is
// skipped for the rest (most expressions: years, explicit dates, durations).
bool needs_tense(const TimexParse& p) {
  switch (p.kind) {
    case Kind::kCalendar:
      return p.year == 0 && p.month != 0;
    case Kind::kWeekday:
    case Kind::kHoliday:
    case Kind::kClock:
      return true;
    case Kind::kRelative:
      return p.direction == Direction::kNone;
    case Kind::kPartOfYear:
      return p.year == 0;
    default:
      return false;
  }
}

// "the 1990s", "the mid-1990s", "the 20th century": a decade or century
// takes its article (TimeML extent); other expressions leave it out.
std::size_t include_article(std::string_view text, std::size_t begin, const TimexParse& p,
                            const std::vector<Timex>& found) {
  if (p.kind != Kind::kDecade && p.kind != Kind::kCentury) return begin;
  const std::string_view before = word_before(text, begin);
  if (!ascii_iequals(before, "the")) return begin;
  const std::size_t at = static_cast<std::size_t>(before.data() - text.data());
  if (!found.empty() && found.back().end > at) return begin;
  return at;
}

}  // namespace

// Words a modifier can begin with (the text is already lower case).
static bool may_start_modifier(const char* first, const char* last) {
  static constexpr std::string_view kStarts[] = {
      "approximately", "roughly", "nearly",    "about", "around", "almost", "more",    "over",
      "less",          "under",   "at",        "up",    "early",  "late",   "earlier", "later",
      "mid",           "the",     "beginning", "start", "end",    "middle", "pre",     "post"};
  std::size_t n = 0;
  while (first + n < last && first[n] >= 'a' && first[n] <= 'z') ++n;
  const std::string_view word(first, n);
  for (std::string_view s : kStarts)
    if (word == s) return true;
  return false;
}

std::size_t parse_timex_at(const char* first, const char* last, TimexParse& out) {
  std::size_t best = longest_core(first, last, out);
  Mod mod = Mod::kNone;
  if (!may_start_modifier(first, last)) return best;
  if (std::size_t m = parse_modifier_at(first, last, mod); m > 0) {
    TimexParse core;
    if (std::size_t n = longest_core(first + m, last, core); n > 0 && m + n > best) {
      best = m + n;
      out = core;
      out.mod = mod;
    }
  }
  return best;
}

}  // namespace timex_detail

std::string_view timex_type_name(TimexType t) {
  switch (t) {
    case TimexType::kDate:
      return "DATE";
    case TimexType::kTime:
      return "TIME";
    case TimexType::kDuration:
      return "DURATION";
    case TimexType::kSet:
      return "SET";
  }
  return "DATE";
}

std::vector<Timex> tag_timexes(std::string_view text, const TimexOptions& options) {
  using namespace timex_detail;
  using text::ascii_iequals;
  std::vector<Timex> found;
  // The grammars match an ASCII-lower-cased copy (one allocation per text),
  // so no per-character case folding happens while parsing.
  std::string lowered(text);
  // Branch-free so the compiler vectorises it.
  for (char& c : lowered)
    c = static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 'a' - 'A' : 0));
  ResolveState state;
  state.document_date = options.document_date;
  const char* const begin = lowered.data();
  const char* const end = begin + lowered.size();
  const std::string_view lowered_view = lowered;
  std::size_t i = 0;
  // The "12" of "12-13 March" and where its "13" starts, while that is read.
  std::size_t range_opening = std::string_view::npos, range_partner = std::string_view::npos;
  while ((i = i == range_partner ? i : next_token_start(text, i)) < text.size()) {
    if (!could_start(lowered_view, i)) {
      // No expression starts inside this word either.
      if (is_alnum(lowered_view[i]))
        while (i < text.size() && is_alnum(lowered_view[i])) ++i;
      else
        ++i;
      continue;
    }
    if (is_verb_last(text, i)) {  // "expected to last two weeks": "two weeks" only
      i += 4;
      continue;
    }
    TimexParse parse;
    const std::size_t length = parse_timex_at(begin + i, end, parse);
    if (length == 0 && is_digit(text[i])) {
      // "12-13 March": read "13 March" first (no token boundary precedes
      // it), then date the 12 by it.
      if (const std::size_t partner = range_partner_at(text, i);
          partner != std::string_view::npos) {
        range_opening = i;
        i = range_partner = partner;
        continue;
      }
    }
    if (length == 0 || rejected_by_context(text, i, i + length, parse)) {
      ++i;
      continue;
    }
    // "the year ended March 31" is a span of a year (TimeBank's DURATION);
    // otherwise "the year" is the current year of the report ("for the
    // year", "the first nine months of the year"), as "this year".
    if (parse.the_year && parse.kind == Kind::kDuration && parse.mod == Mod::kNone) {
      const std::string_view next = word_after(text, i + length);
      if (!ascii_iequals(next, "ended") && !ascii_iequals(next, "ending") &&
          !ascii_iequals(next, "before") && !ascii_iequals(next, "after")) {
        parse.kind = Kind::kRelative;
        parse.direction = Direction::kThis;
      }
    }
    if (is_some_day(text, i, parse)) {
      parse.kind = Kind::kRef;
      parse.ref = Ref::kFuture;
    }
    Timex timex;
    timex.begin = include_article(text, i, parse, found);
    if (parse.mod == Mod::kMoreThan && over_means_during(text, i)) {
      // "over" stays outside: "cut $1 trillion over 10 years".
      timex.begin = i + 4;
      while (timex.begin < text.size() && text[timex.begin] == ' ') ++timex.begin;
      parse.mod = Mod::kNone;
    }
    timex.end = i + length;
    const Tense tense = !needs_tense(parse) ? Tense::kUnknown
                        : is_month_deadline(text, timex.begin, parse)
                            ? Tense::kFuture
                            : clause_tense(text, timex.begin, timex.end);
    bool resolved = resolve_on_following_day(lowered, parse, tense, state, timex);
    if (!resolved) resolved = resolve_timex(parse, tense, state, timex);
    if (resolved) {
      if (timex.mod.empty()) timex.mod = std::string(mod_name(modifier_before(text, i)));
      if (is_amount_rate(text, timex.begin, parse)) timex.type = TimexType::kSet;
      i = timex.end;
      if (timex.begin == range_partner) {
        if (std::optional<Timex> first = leading_day(text, range_opening, timex))
          found.push_back(std::move(*first));
      }
      std::optional<Timex> second = paired_date(text, timex);
      found.push_back(std::move(timex));
      if (second) {
        i = second->end;
        found.push_back(std::move(*second));
      }
    } else {
      i += length;
    }
  }
  return found;
}

}  // namespace annals
