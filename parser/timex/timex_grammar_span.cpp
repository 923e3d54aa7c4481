// Grammar of durations ("six months", "the past three years", "two-day"),
// sets ("every Monday", "annually"), vague references ("now", "recently",
// "the future") and the modifiers that may precede any expression ("about",
// "more than", "early", "the end of").
#include "timex_grammar_common.h"

namespace annals::timex_detail {
namespace grammar {
namespace {

template <class P>
auto kind_is(const P& subject, Kind kind) {
  return subject >> x3::eps[([kind](auto& ctx) { parse_of(ctx).kind = kind; })];
}

// "the past three years", "the first nine months", "the next two weeks".
const auto span_lead =
    atomic[-atomic[the >> sp] >> lower[kw("past") | kw("last") | kw("next") | kw("first") |
                                       kw("coming") | kw("previous") | kw("final")] >>
           sp];
// Words between a count and its unit: "two more weeks", "eight trading days".
const auto more =
    -atomic[lower[kw("more") | kw("additional") | kw("full") | kw("trading") | kw("business") |
                  kw("working") | kw("consecutive") | kw("straight")] >>
            sp];
const auto not_age = !(lower[x3::lit("-old") | (sp >> kw("old"))]);
// "2 1/2" before the unit (and_a_half, common to offsets, also goes there).
const auto slash_half =
    atomic[sp >> x3::lit("1/2") >> word_end] >> x3::eps[set_to<&TimexParse::and_a_half, true>];
// "a second straight day", "a second bomb": the ordinal, not the unit. A
// second as a length is followed by a boundary or one of these words.
constexpr auto singular_second = [](auto& ctx) {
  const TimexParse& p = parse_of(ctx);
  x3::_pass(ctx) = p.unit == Unit::kSecond && !p.plural_unit;
};
const auto ordinal_second =
    x3::eps[singular_second] >> sp >>
    !lower[kw("later") | kw("earlier") | kw("ago") | kw("before") | kw("after") | kw("or") |
           kw("and") | kw("of") | kw("in") | kw("to") | kw("for") | kw("longer") | kw("when")] >>
    x3::alpha;
// "three-quarters" is a fraction, "half-hours" no length.
constexpr auto require_singular = [](auto& ctx) {
  if (parse_of(ctx).plural_unit) x3::_pass(ctx) = false;
};
const auto counted_units =
    atomic[count_phrase >> -range_tail >> -(slash_half | and_a_half) >> sp >> more >> unit_word >>
           -and_a_half >> -or_so >> not_age >> !x3::lit('-') >> !ordinal_second];
// "half an hour", "a half-hour", "a half hour".
const auto half_a_unit =
    atomic[(lower[kw("half")] >> sp >> lower[kw("a") | kw("an")] >> sp >> unit_word >> not_age) |
           (-atomic[lower[kw("a")] >> sp] >> lower[kw("half")] >> (x3::lit('-') | sp) >>
            unit_word >> x3::eps[require_singular] >> not_age)] >>
    x3::eps[set_to<&TimexParse::and_a_half, true>] >> x3::eps[set_to<&TimexParse::count, 0>];
const auto adjective_units =
    atomic[count_phrase >> x3::lit('-') >> unit_word >> x3::eps[require_singular] >> not_age] >>
    x3::eps[set_to<&TimexParse::adjective, true>];
// "day-long", "decades-long": one unit, or some (plural).
constexpr auto count_from_number = [](auto& ctx) {
  parse_of(ctx).count = parse_of(ctx).plural_unit ? -1 : 1;
};
const auto plural_unit_word = lower[kw("years")[set_to<&TimexParse::unit, Unit::kYear>] |
                                    kw("months")[set_to<&TimexParse::unit, Unit::kMonth>] |
                                    kw("decades")[set_to<&TimexParse::unit, Unit::kDecade>] |
                                    kw("centuries")[set_to<&TimexParse::unit, Unit::kCentury>] |
                                    kw("weeks")[set_to<&TimexParse::unit, Unit::kWeek>] |
                                    kw("days")[set_to<&TimexParse::unit, Unit::kDay>] |
                                    kw("hours")[set_to<&TimexParse::unit, Unit::kHour>] |
                                    kw("minutes")[set_to<&TimexParse::unit, Unit::kMinute>]];
// "week-long", and the closed "weeklong", "monthslong" of American papers.
const auto long_adjective = atomic[((unit_word >> lower[x3::lit("-long")]) |
                                    (lower[unit_words][set_unit] >> lower[x3::lit("long")])) >>
                                   word_end] >>
                            x3::eps[count_from_number] >>
                            x3::eps[set_to<&TimexParse::adjective, true>];
// "by year-end", "by year's end": the end of the document's year.
const auto year_end = atomic[lower[(kw("year") >> (x3::lit('-') | sp) >> kw("end")) |
                                   (x3::lit("year's") >> sp >> kw("end"))]] >>
                      x3::eps[set_to<&TimexParse::unit, Unit::kYear>] >>
                      x3::eps[set_to<&TimexParse::count, 1>] >>
                      x3::eps[set_to<&TimexParse::mod, Mod::kEnd>];
// "a quarter century", "a quarter-century", "a quarter of a century": 25 years.
const auto quarter_century =
    atomic[lower[kw("a") | kw("one")] >> sp >> lower[kw("quarter")] >>
           (x3::lit('-') | atomic[sp >> lower[kw("of")] >> sp >> lower[kw("a")] >> sp] | sp) >>
           lower[kw("century")]] >>
    x3::eps[set_to<&TimexParse::count, 25>] >> x3::eps[set_to<&TimexParse::unit, Unit::kYear>];
// "the past year and a half": one unit and a half.
const auto past_unit_and_a_half =
    atomic[span_lead >> unit_word >> and_a_half] >> x3::eps[set_to<&TimexParse::count, 1>];
// "for a while", "for some time": a stretch of no stated unit ("some time
// ago" and "some time next year" are points, not this).
const auto unitless_stretch =
    atomic[lower[(kw("a") >> sp >> kw("while")) | (kw("some") >> sp >> kw("time"))] >>
           !atomic[sp >> lower[kw("ago") | kw("back") | kw("later") | kw("earlier") | kw("next") |
                               kw("last") | kw("this") | kw("in") | kw("before") | kw("after")]]] >>
    x3::eps[set_to<&TimexParse::count, -1>];
const auto duration =
    quarter_century | year_end | atomic[span_lead >> counted_units] |
    atomic[-atomic[the >> sp] >> counted_units] | half_a_unit | adjective_units | long_adjective |
    atomic[the >> sp >> -atomic[(lower[kw("full")] | fiscal_adjective) >> sp] >>
           lower[kw("year")] >> !x3::lit('-')] >>
        x3::eps[set_to<&TimexParse::unit, Unit::kYear>] >> x3::eps[set_to<&TimexParse::count, 1>] >>
        x3::eps[set_to<&TimexParse::the_year, true>] |
    atomic[-atomic[the >> sp] >> lower[kw("past") | kw("last")] >> sp >>
           lower[kw("decade")[set_to<&TimexParse::unit, Unit::kDecade>] |
                 kw("century")[set_to<&TimexParse::unit, Unit::kCentury>]] >>
           x3::eps[set_to<&TimexParse::count, 1>]] |
    // "the weeks ahead", "the days to come": some of them, from now on.
    atomic[the >> sp >> plural_unit_word >> sp >>
           lower[kw("ahead") | (kw("to") >> sp >> kw("come"))] >> word_end] >>
        x3::eps[set_to<&TimexParse::count, -1>] |
    atomic[plural_unit_word >>
           !atomic[sp >> lower[kw("ago") | kw("earlier") | kw("later") | kw("old")]] >>
           !x3::lit('-') >> x3::eps[set_to<&TimexParse::count, -1>] >>
           x3::eps[set_to<&TimexParse::bare_plural, true>]] |
    past_unit_and_a_half | unitless_stretch;

const auto frequency_word =
    lower[kw("daily")[set_to<&TimexParse::unit, Unit::kDay>] |
          kw("nightly")[set_to<&TimexParse::unit, Unit::kDay>] |
          kw("weekly")[set_to<&TimexParse::unit, Unit::kWeek>] |
          kw("monthly")[set_to<&TimexParse::unit, Unit::kMonth>] |
          kw("annually")[set_to<&TimexParse::unit, Unit::kYear>] |
          kw("yearly")[set_to<&TimexParse::unit, Unit::kYear>] |
          kw("hourly")[set_to<&TimexParse::unit, Unit::kHour>]] |
    // Every two weeks, months; "biannual" and "semiannual": twice a year.
    lower[kw("biweekly") | kw("fortnightly")] >> x3::eps[set_to<&TimexParse::unit, Unit::kWeek>] >>
        x3::eps[set_to<&TimexParse::count, 2>] |
    lower[kw("bimonthly")] >> x3::eps[set_to<&TimexParse::unit, Unit::kMonth>] >>
        x3::eps[set_to<&TimexParse::count, 2>] |
    lower[kw("semiannual") | kw("semiannually") | kw("biannual") | kw("biannually")] >>
        x3::eps[set_to<&TimexParse::unit, Unit::kMonth>] >> x3::eps[set_to<&TimexParse::count, 6>];
const auto set_expression =
    atomic[lower[kw("every") | kw("each")] >> sp >>
           (atomic[lower[kw("other")] >> sp >> unit_word >> x3::eps[require_singular] >>
                   x3::eps[set_to<&TimexParse::count, 2>]] |
            weekday_word[set_attr<&TimexParse::weekday>] >>
                -atomic[sp >> lower[part_of_day_names][set_attr<&TimexParse::part_of_day>] >>
                        word_end] |
            month_word[set_attr<&TimexParse::month>] |
            lower[season_names][set_attr<&TimexParse::part>] >> word_end |
            atomic[-atomic[count_phrase >> sp] >> unit_word] |
            lower[part_of_day_names][set_attr<&TimexParse::part_of_day>] >> word_end)] |
    frequency_word |
    // "on weekends", "on Mondays": in the plural they recur ("Tuesday nights"
    // is read with the weekdays, timex_grammar_relative.cpp).
    atomic[lower[kw("weekends")] >> x3::eps[set_to<&TimexParse::unit, Unit::kWeekend>]] |
    atomic[lower[weekday_names][set_attr<&TimexParse::weekday>] >> lower[x3::lit('s')] >>
           word_end] |
    // "once a week", "twice a year", "three times per month": the period repeats.
    atomic[(lower[kw("once") | kw("twice")] | atomic[count_phrase >> sp >> lower[kw("times")]]) >>
           sp >> lower[kw("a") | kw("an") | kw("per")] >> sp >> unit_word] >>
        x3::eps[set_to<&TimexParse::count, 1>];

// "each of the past five sessions": "the past" before a count is an adjective.
const auto count_ahead = sp >> (x3::digit | lower[small_number_words | tens_words | kw("few") |
                                                  kw("several") | kw("many") | kw("couple")]);
const auto reference =
    lower[(kw("now") | kw("currently") | kw("nowadays") | kw("current") |
           (kw("at") >> sp >> kw("present")) |
           (kw("these") >> sp >> kw("days")))[set_to<&TimexParse::ref, Ref::kPresent>] |
          (-(kw("more") >> sp) >> kw("recently") | kw("lately") |
           (kw("the") >> sp >> kw("past") >> !count_ahead))[set_to<&TimexParse::ref, Ref::kPast>] |
          (kw("a") >> sp >> kw("later") >> sp >>
           kw("date"))[set_to<&TimexParse::ref, Ref::kFuture>] |
          (kw("the") >> sp >> ((-(kw("near") >> sp) >> kw("future")) |
                               ((kw("near") | kw("short")) >> sp >>
                                kw("term"))))[set_to<&TimexParse::ref, Ref::kFuture>]];

const auto span = kind_is(set_expression, Kind::kSet) | kind_is(duration, Kind::kDuration) |
                  kind_is(reference, Kind::kRef);

// Modifiers that precede an expression and belong to its extent.
const auto number_ahead =
    &(x3::digit | lower[small_number_words | tens_words] | lower[kw("a") | kw("an")]);
// "earlier this year", "later that month", "Earlier yesterday", "later this
// afternoon", "earlier in the year": the only places those words belong to
// the expression in TimeML (TimeBank; AQUAINT leaves them out of "Earlier
// Friday", so weekdays are not among them).
const auto story_period_ahead = &(
    lower[((kw("this") | kw("that") | kw("last") | kw("next")) >> sp >>
           (kw("year") | kw("month") | kw("quarter") | kw("day") | part_of_day_names >> word_end)) |
          kw("yesterday") | kw("today") | kw("tomorrow") | kw("tonight")]);
// "earlier in the year": the preposition joins the modifier.
const auto in_the_period_ahead =
    &(lower[kw("the") >> sp >> (kw("year") | kw("month") | kw("week") | kw("day"))]);
const auto modifier = lower
    [(kw("approximately") | kw("roughly") | kw("nearly"))[set_to<&TimexParse::mod, Mod::kApprox>] >>
         sp |
     // TimeML puts the modifier inside the extent, the mod says what it is.
     ((kw("about") | kw("around")) >> sp >> number_ahead)[set_to<&TimexParse::mod, Mod::kApprox>] |
     (kw("almost") >> sp >> number_ahead)[set_to<&TimexParse::mod, Mod::kLessThan>] |
     (kw("more") >> sp >> kw("than"))[set_to<&TimexParse::mod, Mod::kMoreThan>] >> sp |
     (kw("over") >> sp >> number_ahead)[set_to<&TimexParse::mod, Mod::kMoreThan>] |
     (kw("less") >> sp >> kw("than"))[set_to<&TimexParse::mod, Mod::kLessThan>] >> sp |
     (kw("under") >> sp >> number_ahead)[set_to<&TimexParse::mod, Mod::kLessThan>] |
     (kw("at") >> sp >> kw("least"))[set_to<&TimexParse::mod, Mod::kEqualOrMore>] >> sp |
     (kw("up") >> sp >> kw("to"))[set_to<&TimexParse::mod, Mod::kEqualOrLess>] >> sp |
     kw("early")[set_to<&TimexParse::mod, Mod::kStart>] >> sp |
     kw("late")[set_to<&TimexParse::mod, Mod::kEnd>] >> sp_or_hyphen |
     (kw("earlier") >> sp >> ((kw("in") >> sp >> in_the_period_ahead) |
                              story_period_ahead))[set_to<&TimexParse::mod, Mod::kStart>] |
     (kw("later") >> sp >> ((kw("in") >> sp >> in_the_period_ahead) |
                            story_period_ahead))[set_to<&TimexParse::mod, Mod::kEnd>] |
     kw("mid")[set_to<&TimexParse::mod, Mod::kMid>] >> sp_or_hyphen |
     // "post-1959 Cuba", "pre-war" is no time: only before a year.
     (kw("pre")[set_to<&TimexParse::mod, Mod::kBefore>] |
      kw("post")[set_to<&TimexParse::mod, Mod::kAfter>]) >>
         x3::lit('-') >> &x3::digit |
     (-(kw("the") >> sp) >> (kw("beginning") | kw("start")) >> sp >>
      kw("of"))[set_to<&TimexParse::mod, Mod::kStart>] >>
         sp |
     (-(kw("the") >> sp) >> kw("end") >> sp >> kw("of"))[set_to<&TimexParse::mod, Mod::kEnd>] >>
         sp |
     (-(kw("the") >> sp) >> kw("middle") >> sp >> kw("of"))[set_to<&TimexParse::mod, Mod::kMid>] >>
         sp |
     // "end-2013", "end-March" (wire style).
     (x3::lit("end-") >> &x3::alnum)[set_to<&TimexParse::mod, Mod::kEnd>]];

}  // namespace
}  // namespace grammar

std::size_t parse_span_at(const char* first, const char* last, TimexParse& out) {
  namespace x3 = boost::spirit::x3;
  TimexParse parse;
  const char* it = first;
  if (!grammar::run(grammar::span, it, last, parse)) return 0;
  out = parse;
  return static_cast<std::size_t>(it - first);
}

std::size_t parse_modifier_at(const char* first, const char* last, Mod& mod) {
  namespace x3 = boost::spirit::x3;
  TimexParse parse;
  const char* it = first;
  if (!grammar::run(grammar::modifier, it, last, parse)) {
    return 0;
  }
  mod = parse.mod;
  return static_cast<std::size_t>(it - first);
}

}  // namespace annals::timex_detail
