// Grammar of relative expressions: today/yesterday, weekdays, this/last/next
// units, offsets ("two days later", "a year ago"), quarters and halves,
// anaphors ("the previous day", "that month").
#include "timex_grammar_common.h"

namespace annals::timex_detail {
namespace grammar {
namespace {

template <class P>
auto kind_is(const P& subject, Kind kind) {
  return subject >> x3::eps[([kind](auto& ctx) { parse_of(ctx).kind = kind; })];
}

const auto part_of_day_word =
    lower[part_of_day_names][set_attr<&TimexParse::part_of_day>] >> word_end;

const auto deictic_word = lower[kw("today")[set_to<&TimexParse::day_shift, 0>] |
                                kw("yesterday")[set_to<&TimexParse::day_shift, -1>] |
                                kw("tomorrow")[set_to<&TimexParse::day_shift, 1>]];

const auto deictic =
    atomic[the >> sp >> lower[kw("day")] >> sp >>
           lower[kw("before")[set_to<&TimexParse::day_shift, -2>] >> sp >> kw("yesterday") |
                 kw("after")[set_to<&TimexParse::day_shift, 2>] >> sp >> kw("tomorrow")]] |
    atomic[deictic_word >> -atomic[sp >> part_of_day_word]] |
    atomic[lower[kw("tonight")] >> x3::eps[set_to<&TimexParse::part_of_day, 4>]] |
    atomic[lower[kw("last")] >> sp >> lower[kw("night")] >>
           x3::eps[set_to<&TimexParse::part_of_day, 4>] >>
           x3::eps[set_to<&TimexParse::day_shift, -1>]] |
    atomic[lower[kw("this")] >> sp >> part_of_day_word] |
    // "fell overnight.": the night before; an adjective ("overnight rates") is not a time.
    atomic[lower[kw("overnight")] >> !(sp >> x3::alpha)] >>
        x3::eps[set_to<&TimexParse::part_of_day, 4>] >> x3::eps[set_to<&TimexParse::day_shift, -1>];

const auto week_shift = lower[kw("last")[set_to<&TimexParse::week_shift, -1>] |
                              kw("next")[set_to<&TimexParse::week_shift, 1>] |
                              kw("this")[set_to<&TimexParse::week_shift, 0>]] >>
                        sp >> lower[kw("week")] >> x3::eps[set_to<&TimexParse::week_phrase, true>];

// "the previous Friday", "the following Monday": counted from the day the
// story is on, not from the document date.
const auto anaphoric_weekday_lead =
    atomic[the >> sp >> lower[kw("previous")[set_to<&TimexParse::direction, Direction::kLast>] |
                              kw("following")[set_to<&TimexParse::direction, Direction::kNext>]] >>
           sp] >>
    x3::eps[set_to<&TimexParse::anchor, Anchor::kReference>];
const auto weekday = atomic[(anaphoric_weekday_lead | -atomic[direction_word >> sp]) >>
                            weekday_word[set_attr<&TimexParse::weekday>] >>
                            -atomic[sp >> part_of_day_word] >> -atomic[sp >> week_shift]];

// "Tuesday nights": that part of every such weekday (a SET).
const auto weekday_part_plural =
    atomic[weekday_word[set_attr<&TimexParse::weekday>] >> sp >>
           lower[part_of_day_names][set_attr<&TimexParse::part_of_day>] >> lower[x3::lit('s')] >>
           word_end];

const auto season_word = lower[season_names][set_attr<&TimexParse::part>] >> word_end;
// A season without "this"/"last": "summer", "the summer"; "fall" and
// "spring" are verbs and nouns too, so only "the fall", never "the fall of".
const lexicon<int> unambiguous_seasons{{"summer", 2}, {"autumn", 3}, {"winter", 4}};
const auto bare_season =
    (atomic[the >> sp >> season_word >> !atomic[sp >> lower[kw("of")]]] |
     atomic[lower[unambiguous_seasons][set_attr<&TimexParse::part>] >> word_end >>
            !atomic[sp >> lower[kw("of")]] >> x3::eps[set_to<&TimexParse::bare_season, true>]]) >>
    x3::eps[set_to<&TimexParse::unit, Unit::kSeason>];

// "last year", "this week", "next month", "the past year", "last fall",
// "the current fiscal year".
const auto relative_unit =
    atomic[-atomic[the >> sp] >> direction_word >> sp >>
           (atomic[fiscal_adjective >> sp >> lower[kw("year")] >>
                   x3::eps[set_to<&TimexParse::unit, Unit::kYear>] >> word_end] |
            unit_word >> -or_so |
            (season_word >> x3::eps[set_to<&TimexParse::unit, Unit::kSeason>]))] |
    // "the quarter" (the one being reported), "the weekend" (by tense),
    // "the week", "the month" (the current one).
    atomic[the >> sp >> lower[kw("quarter")[set_to<&TimexParse::unit, Unit::kQuarter>] |
                              kw("weekend")[set_to<&TimexParse::unit, Unit::kWeekend>] |
                              kw("week")[set_to<&TimexParse::unit, Unit::kWeek>] |
                              kw("month")[set_to<&TimexParse::unit, Unit::kMonth>] |
                              kw("decade")[set_to<&TimexParse::unit, Unit::kDecade>]] >>
           word_end >> !x3::lit('-')] |
    bare_season |
    // "the latest period": the latest reported quarter.
    atomic[the >> sp >> lower[kw("latest")] >> sp >> lower[kw("period")] >>
           x3::eps[set_to<&TimexParse::unit, Unit::kQuarter>] >>
           x3::eps[set_to<&TimexParse::direction, Direction::kLast>]];

// "earlier"/"later" and "ago" anchor differently (reference vs document).
const auto offset_word =
    lower[kw("ago")[set_to<&TimexParse::sign, -1>] >>
              x3::eps[set_to<&TimexParse::anchor, Anchor::kDocument>] |
          (kw("from") >> sp >> (kw("now") | kw("today")))[set_to<&TimexParse::sign, 1>] >>
              x3::eps[set_to<&TimexParse::anchor, Anchor::kDocument>] |
          kw("hence")[set_to<&TimexParse::sign, 1>] >>
              x3::eps[set_to<&TimexParse::anchor, Anchor::kDocument>] |
          kw("earlier")[set_to<&TimexParse::sign, -1>] >>
              x3::eps[set_to<&TimexParse::anchor, Anchor::kReference>] |
          kw("before")[set_to<&TimexParse::sign, -1>] >> &(x3::lit('.') | ',') >>
              x3::eps[set_to<&TimexParse::anchor, Anchor::kReference>] |
          kw("later")[set_to<&TimexParse::sign, 1>] >>
              x3::eps[set_to<&TimexParse::anchor, Anchor::kReference>] |
          // British "ten years on," closing its phrase ("a year on the board" is no offset).
          kw("on")[set_to<&TimexParse::sign, 1>] >> &(x3::lit(',') | '.' | ';') >>
              x3::eps[set_to<&TimexParse::anchor, Anchor::kSince>]];

// "two years ago"; "years ago", "weeks later": a vague count (PAST_REF, FUTURE_REF).
constexpr auto require_plural = [](auto& ctx) {
  if (!parse_of(ctx).plural_unit) x3::_pass(ctx) = false;
};
// "an hour later" is the hour, a length (TimeML leaves "later" out); "two
// hours ago" is a time.
constexpr auto not_clock_later = [](auto& ctx) {
  const TimexParse& p = parse_of(ctx);
  const bool clock_unit =
      p.unit == Unit::kHour || p.unit == Unit::kMinute || p.unit == Unit::kSecond;
  if (clock_unit && p.anchor != Anchor::kDocument) x3::_pass(ctx) = false;
};
const auto offset = atomic[count_phrase >> sp_or_hyphen >> unit_word >> -and_a_half >> -or_so >>
                           sp >> offset_word >> x3::eps[not_clock_later]] |
                    atomic[unit_word >> x3::eps[require_plural] >> sp >> offset_word] >>
                        x3::eps[set_to<&TimexParse::count, -1>];

const auto quarter_number = lower[ordinal_words][set_attr<&TimexParse::part>] >> word_end;
const auto quarter_or_half_unit = lower[kw("quarter")[set_to<&TimexParse::unit, Unit::kQuarter>] |
                                        kw("half")[set_to<&TimexParse::unit, Unit::kHalf>]];
// "the first half of the year": the year under discussion, resolved as the
// bare part ("the first half"), the latest such by the clause's tense.
const auto the_year = atomic[the >> sp >> lower[kw("year")] >> !x3::lit('-')];
const auto of_year =
    atomic[sp >> lower[kw("of")] >> sp >> ((-atomic[lower[kw("fiscal")] >> sp] >> year_number) |
                                           (direction_word >> sp >> lower[kw("year")] >>
                                            x3::eps[set_to<&TimexParse::has_year_shift, true>]) |
                                           the_year)];
// "the third quarter", "the first half of 2009", "the 1988 third quarter",
// "the fiscal first quarter", "the fourth quarter of last year". A
// possessive ("its") is not part of the expression (TimeML extent).
const auto fiscal_word = -atomic[fiscal_adjective >> sp_or_hyphen];
const auto quarter_noun =
    atomic[-atomic[the >> sp] >> -(atomic[year_number >> sp] |
                                   atomic[direction_word >> sp >> lower[x3::lit("year's")] >> sp >>
                                          x3::eps[set_to<&TimexParse::has_year_shift, true>]]) >>
           fiscal_word >> quarter_number >> sp >> quarter_or_half_unit >> -of_year];
// "third-quarter" (an adjective: "the third-quarter results" keeps its article).
const auto quarter_adjective =
    atomic[fiscal_word >> quarter_number >> x3::lit('-') >> quarter_or_half_unit >> -of_year];
// "the 1988 quarter", "the 1989 period": the quarter under discussion, in that year.
const auto year_period =
    atomic[the >> sp >> year_number >> sp >> lower[kw("quarter") | kw("period")]] >>
    x3::eps[set_to<&TimexParse::unit, Unit::kQuarter>];
// "the last half of 1989", "the first two quarters of 1990": a named
// part of a year that is named too ("the last quarter" alone is the
// previous one, above).
const auto last_part = atomic[lower[kw("last")] >> sp >>
                              lower[kw("half")[set_to<&TimexParse::unit, Unit::kHalf>] >>
                                        x3::eps[set_to<&TimexParse::part, 2>] |
                                    kw("quarter")[set_to<&TimexParse::unit, Unit::kQuarter>] >>
                                        x3::eps[set_to<&TimexParse::part, 4>]]];
const auto two_quarters = atomic[lower[kw("first")[set_to<&TimexParse::part, 1>] |
                                       kw("last")[set_to<&TimexParse::part, 2>]] >>
                                 sp >> lower[kw("two")] >> sp >> lower[kw("quarters")] >>
                                 x3::eps[set_to<&TimexParse::unit, Unit::kHalf>]];
const auto part_of_named_year = atomic[-atomic[the >> sp] >> (last_part | two_quarters) >> of_year];
// "Q1 2013", "Q3", "H1 2013": the analysts' short forms (a half only with
// its year: "H1" alone is as often a visa or a flu strain).
const auto short_part =
    atomic[lower[x3::lit('q')] >> x3::uint_parser<int, 10, 1, 1>{}[set_attr<&TimexParse::part>] >>
           word_end >> x3::eps[set_to<&TimexParse::unit, Unit::kQuarter>] >>
           -atomic[sp >> year_number]] |
    atomic[lower[x3::lit('h')] >> x3::uint_parser<int, 10, 1, 1>{}[set_attr<&TimexParse::part>] >>
           sp >> year_number >> x3::eps[set_to<&TimexParse::unit, Unit::kHalf>]];
const auto quarter =
    quarter_noun | quarter_adjective | year_period | part_of_named_year | short_part;

// "the previous day", "the next day", "the same day", "that month".
const auto anaphor_direction =
    lower[kw("previous")[set_to<&TimexParse::sign, -1>] |
          kw("prior")[set_to<&TimexParse::sign, -1>] | kw("next")[set_to<&TimexParse::sign, 1>] |
          kw("following")[set_to<&TimexParse::sign, 1>] | kw("same")[set_to<&TimexParse::sign, 0>]];
// "... compared with 2,000 the year before.": closing its clause, the unit
// before or after the one under discussion ("the day before the vote" is
// tied to an event instead).
const auto trailing_direction = lower[kw("before")[set_to<&TimexParse::sign, -1>] |
                                      kw("after")[set_to<&TimexParse::sign, 1>]] >>
                                &(x3::lit('.') | ',' | ';');
const auto anaphor =
    atomic[the >> sp >> anaphor_direction >> sp >> unit_word >> -or_so] |
    atomic[the >> sp >> unit_word >> sp >> trailing_direction] |
    // "the next morning", "that night": that day's part.
    atomic[the >> sp >> anaphor_direction >> sp >> part_of_day_word] >>
        x3::eps[set_to<&TimexParse::unit, Unit::kDay>] |
    atomic[lower[kw("that")] >> sp >> -atomic[lower[kw("same")] >> sp] >> part_of_day_word] >>
        x3::eps[set_to<&TimexParse::unit, Unit::kDay>] >> x3::eps[set_to<&TimexParse::sign, 0>] |
    // "by mid-afternoon": the middle of that part of the day under discussion.
    atomic[lower[x3::lit("mid")] >> -(x3::lit('-') | sp) >> part_of_day_word] >>
        x3::eps[set_to<&TimexParse::unit, Unit::kDay>] >> x3::eps[set_to<&TimexParse::sign, 0>] >>
        x3::eps[set_to<&TimexParse::mod, Mod::kMid>] |
    // "midweek", "mid-year", "mid-decade": the middle of that period.
    atomic[lower[x3::lit("mid")] >> -x3::lit('-') >>
           lower[kw("week")[set_to<&TimexParse::unit, Unit::kWeek>] |
                 kw("month")[set_to<&TimexParse::unit, Unit::kMonth>] |
                 kw("year")[set_to<&TimexParse::unit, Unit::kYear>] |
                 kw("decade")[set_to<&TimexParse::unit, Unit::kDecade>]]] >>
        x3::eps[set_to<&TimexParse::sign, 0>] >> x3::eps[set_to<&TimexParse::mod, Mod::kMid>] |
    atomic[lower[kw("that")] >> sp >> -atomic[lower[kw("same")] >> sp] >> unit_word >>
           x3::eps[set_to<&TimexParse::sign, 0>]];

// "year-earlier", "the year-ago quarter": the period a year before.
// The article belongs to the expression only with its noun ("the year-ago
// quarter"); before another noun the adjective stands alone ("the year-ago results").
const auto year_ago_word = lower[kw("year")] >> '-' >> lower[kw("earlier") | kw("ago")] >>
                           x3::eps[set_to<&TimexParse::unit, Unit::kYear>];
const auto year_ago_noun =
    atomic[sp >> -atomic[quarter_number >> sp] >>
           lower[kw("quarter")[set_to<&TimexParse::unit, Unit::kQuarter>] | kw("period")]];
const auto same_as = lower[kw("same") | kw("corresponding") | kw("comparable")] >> sp;
// "the corresponding period last year", "the same quarter a year earlier",
// "the same period of last year": the reporting period, a year before.
const auto period_a_year_before =
    atomic[the >> sp >> same_as >> lower[kw("period") | kw("quarter")] >> sp >>
           -atomic[lower[kw("of")] >> sp >> -atomic[the >> sp]] >>
           lower[(kw("last") >> sp >> kw("year")) |
                 (kw("a") >> sp >> kw("year") >> sp >> (kw("earlier") | kw("ago")))]] >>
    x3::eps[set_to<&TimexParse::unit, Unit::kQuarter>] >>
    x3::eps[set_to<&TimexParse::same_period, true>];
const auto year_ago_adjective = atomic[the >> sp >> -same_as >> year_ago_word >> year_ago_noun] |
                                atomic[year_ago_word >> -year_ago_noun] | period_a_year_before;

const auto relative = kind_is(year_ago_adjective, Kind::kOffset) >>
                          x3::eps[set_to<&TimexParse::count, 1>] >>
                          x3::eps[set_to<&TimexParse::sign, -1>] >>
                          x3::eps[set_to<&TimexParse::anchor, Anchor::kDocument>] >>
                          x3::eps[set_to<&TimexParse::adjective, true>] |
                      kind_is(deictic, Kind::kDeictic) | kind_is(weekday_part_plural, Kind::kSet) |
                      kind_is(weekday, Kind::kWeekday) | kind_is(offset, Kind::kOffset) |
                      kind_is(quarter, Kind::kPartOfYear) | kind_is(anaphor, Kind::kAnaphor) |
                      kind_is(relative_unit, Kind::kRelative);

}  // namespace
}  // namespace grammar

std::size_t parse_relative_at(const char* first, const char* last, TimexParse& out) {
  namespace x3 = boost::spirit::x3;
  TimexParse parse;
  const char* it = first;
  const bool ok = grammar::run(grammar::relative, it, last, parse);
  if (!ok) return 0;
  out = parse;
  return static_cast<std::size_t>(it - first);
}

}  // namespace annals::timex_detail
