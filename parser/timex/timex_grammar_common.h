// Building blocks shared by the time-expression grammars (Spirit X3): word
// boundaries, number words, month / weekday / unit lexicons, and the actions
// that fill a TimexParse. Included only by the timex_grammar_*.cpp files.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <functional>
#include <type_traits>

#include "timex_parse.h"

namespace annals::timex_detail::grammar {

namespace x3 = boost::spirit::x3;

struct parse_tag;

template <class Ctx>
TimexParse& parse_of(const Ctx& ctx) {
  return x3::get<parse_tag>(ctx).get();
}

// Restores the TimexParse when its subject fails, so a branch that matched
// half-way leaves no fields behind.
template <class Subject>
struct atomic_parser : x3::unary_parser<Subject, atomic_parser<Subject>> {
  using base_type = x3::unary_parser<Subject, atomic_parser<Subject>>;
  static constexpr bool is_pass_through_unary = true;
  using base_type::base_type;

  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, const It& last, const Ctx& ctx, RCtx& rctx, Attr& attr) const {
    TimexParse& p = parse_of(ctx);
    const TimexParse saved = p;
    It it = first;
    if (this->subject.parse(it, last, ctx, rctx, attr)) {
      first = it;
      return true;
    }
    p = saved;
    return false;
  }
};

struct atomic_gen {
  template <class Subject>
  auto operator[](const Subject& s) const {
    using parser_type = typename x3::extension::as_parser<Subject>::value_type;
    return atomic_parser<parser_type>{x3::as_parser(s)};
  }
};
inline constexpr atomic_gen atomic{};

// ---- actions --------------------------------------------------------------

template <auto Member>
inline constexpr auto set_attr = [](auto& ctx) {
  auto& field = parse_of(ctx).*Member;
  field = static_cast<std::remove_reference_t<decltype(field)>>(x3::_attr(ctx));
};

template <auto Member, auto Value>
inline constexpr auto set_to = [](auto& ctx) {
  auto& field = parse_of(ctx).*Member;
  field = static_cast<std::remove_reference_t<decltype(field)>>(Value);
};

// The grammars run on an ASCII-lower-cased copy of the text (see
// tag_timexes), so matching needs no case folding: `lower[...]` only marks
// where the source words are case-insensitive.
struct lower_gen {
  template <class Subject>
  const Subject& operator[](const Subject& s) const {
    return s;
  }
};
inline constexpr lower_gen lower{};

// ---- word-level pieces ----------------------------------------------------

inline const auto word_end = !(x3::alnum | x3::lit('_'));
inline const auto sp = x3::omit[+x3::space];
inline const auto sp_or_hyphen = x3::omit[+x3::space | x3::lit('-')];

inline auto kw(const char* word) {
  return x3::lit(word) >> word_end;
}

template <class T>
struct lexicon : x3::symbols<T> {
  lexicon(std::initializer_list<std::pair<const char*, T>> entries) {
    for (const auto& [name, value] : entries) this->add(name, value);
  }
};

// Month names and abbreviations (abbreviations need their period: "Jan" is
// also a first name).
inline const lexicon<int> month_names{
    {"january", 1},   {"february", 2},  {"march", 3},  {"april", 4},     {"may", 5},
    {"june", 6},      {"july", 7},      {"august", 8}, {"september", 9}, {"october", 10},
    {"november", 11}, {"december", 12}, {"jan.", 1},   {"feb.", 2},      {"mar.", 3},
    {"apr.", 4},      {"jun.", 6},      {"jul.", 7},   {"aug.", 8},      {"sep.", 9},
    {"sept.", 9},     {"oct.", 10},     {"nov.", 11},  {"dec.", 12},
};

// A month word: abbreviations may end in '.', full words need a boundary.
// (Lower-case "may" and "march", the verbs, are rejected by the scanner,
// which sees the original case.)
inline const auto month_word = lower[month_names] >> (&x3::lit('.') | word_end);

inline const lexicon<int> weekday_names{
    {"monday", 1},   {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4}, {"friday", 5},
    {"saturday", 6}, {"sunday", 7},  {"mon.", 1},      {"tue.", 2},     {"tues.", 2},
    {"wed.", 3},     {"thu.", 4},    {"thur.", 4},     {"thurs.", 4},   {"fri.", 5},
    {"sat.", 6},     {"sun.", 7},
};
inline const auto weekday_word = lower[weekday_names] >> (&x3::lit('.') | word_end);

inline const lexicon<int> season_names{
    {"spring", 1}, {"summer", 2}, {"fall", 3}, {"autumn", 3}, {"winter", 4},
};

inline const lexicon<int> part_of_day_names{
    {"morning", 1}, {"afternoon", 2}, {"evening", 3}, {"night", 4}, {"overnight", 4},
};

inline const lexicon<int> small_number_words{
    {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
    {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
    {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
};
inline const lexicon<int> tens_words{
    {"twenty", 20}, {"thirty", 30},  {"forty", 40},  {"fifty", 50},
    {"sixty", 60},  {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
};
inline const lexicon<int> ordinal_words{
    {"first", 1},       {"second", 2},        {"third", 3},  {"fourth", 4},     {"fifth", 5},
    {"sixth", 6},       {"seventh", 7},       {"eighth", 8}, {"ninth", 9},      {"tenth", 10},
    {"eleventh", 11},   {"twelfth", 12},      {"1st", 1},    {"2nd", 2},        {"3rd", 3},
    {"4th", 4},         {"5th", 5},           {"6th", 6},    {"7th", 7},        {"8th", 8},
    {"9th", 9},         {"10th", 10},         {"11th", 11},  {"12th", 12},      {"13th", 13},
    {"14th", 14},       {"15th", 15},         {"16th", 16},  {"17th", 17},      {"18th", 18},
    {"19th", 19},       {"20th", 20},         {"21st", 21},  {"twentieth", 20}, {"nineteenth", 19},
    {"eighteenth", 18}, {"twenty-first", 21},
};

// Units; the plural flag is the second member of the value.
struct UnitWord {
  Unit unit;
  bool plural;
  bool fortnight = false;  // two weeks: doubles the count
};
inline const lexicon<UnitWord> unit_words{
    {"second", {Unit::kSecond, false}},
    {"seconds", {Unit::kSecond, true}},
    {"minute", {Unit::kMinute, false}},
    {"minutes", {Unit::kMinute, true}},
    {"hour", {Unit::kHour, false}},
    {"hours", {Unit::kHour, true}},
    {"day", {Unit::kDay, false}},
    {"days", {Unit::kDay, true}},
    {"week", {Unit::kWeek, false}},
    {"weeks", {Unit::kWeek, true}},
    {"weekend", {Unit::kWeekend, false}},
    {"weekends", {Unit::kWeekend, true}},
    {"fortnight", {Unit::kWeek, false, true}},
    {"fortnights", {Unit::kWeek, true, true}},
    {"month", {Unit::kMonth, false}},
    {"months", {Unit::kMonth, true}},
    {"quarter", {Unit::kQuarter, false}},
    {"quarters", {Unit::kQuarter, true}},
    {"year", {Unit::kYear, false}},
    {"years", {Unit::kYear, true}},
    {"decade", {Unit::kDecade, false}},
    {"decades", {Unit::kDecade, true}},
    {"century", {Unit::kCentury, false}},
    {"centuries", {Unit::kCentury, true}},
};

inline constexpr auto set_unit = [](auto& ctx) {
  const UnitWord& u = x3::_attr(ctx);
  auto& p = parse_of(ctx);
  p.unit = u.unit;
  p.plural_unit = u.plural;
  if (u.fortnight && p.count > 0) p.count *= 2;
};
inline const auto unit_word = lower[unit_words][set_unit] >> word_end;

// Numbers: digits (no thousands separator, no decimals) or words.
inline const auto digits_number =
    x3::uint_parser<int, 10, 1, 3>{} >>
    !(x3::digit | (x3::lit(',') >> x3::digit) | (x3::lit('.') >> x3::digit));

inline constexpr auto add_to_count = [](auto& ctx) { parse_of(ctx).count += x3::_attr(ctx); };
inline constexpr auto set_count = [](auto& ctx) { parse_of(ctx).count = x3::_attr(ctx); };

inline const auto number_words =
    atomic[lower[tens_words][set_count] >> x3::omit[x3::lit('-') | +x3::space] >>
           lower[small_number_words][add_to_count] >> word_end] |
    (lower[tens_words][set_count] >> word_end) | (lower[small_number_words][set_count] >> word_end);

// "a hundred", "two thousand": a round count in words.
inline constexpr auto times_hundred = [](auto& ctx) { parse_of(ctx).count *= 100; };
inline constexpr auto times_thousand = [](auto& ctx) { parse_of(ctx).count *= 1000; };
inline const auto scale_word =
    atomic[sp >> lower[kw("hundred")[times_hundred] | kw("thousand")[times_thousand]]];

// A count before a unit: "three", "3", "twenty-four", "a", "several". The
// number is read once; a scale may follow it.
inline const auto count_phrase =
    ((digits_number[set_count] | number_words) >> -scale_word) |
    atomic[lower[kw("a") | kw("an")][set_to<&TimexParse::count, 1>] >> scale_word] |
    lower[(kw("a") >> sp >> kw("few")) | kw("several") | kw("few") | kw("many") | kw("some")]
         [set_to<&TimexParse::count, -1>] |
    lower[(-(kw("a") >> sp) >> kw("couple") >> sp >> kw("of"))][set_to<&TimexParse::count, 2>] |
    lower[kw("a") | kw("an") | kw("one") | kw("another")][set_to<&TimexParse::count, 1>];

// "two and a half" before the unit; "a year and a half" after it.
inline const auto and_a_half = atomic[sp_or_hyphen >> lower[kw("and")] >> sp_or_hyphen >>
                                      lower[kw("a")] >> sp_or_hyphen >> lower[kw("half")]] >>
                               x3::eps[set_to<&TimexParse::and_a_half, true>];

// "two to three weeks", "12 to 18 months", "five or six years": TIMEX3 has
// no range, so the value is the least count and the mod says "or more".
inline const auto range_end =
    (+x3::digit >> word_end) |
    lower[tens_words >> -atomic[(x3::lit('-') | sp) >> small_number_words] >> word_end |
          small_number_words >> word_end];
inline const auto range_tail = atomic[sp >> lower[kw("to") | kw("or")] >> sp >> range_end] >>
                               x3::eps[set_to<&TimexParse::mod, Mod::kEqualOrMore>];
// "a week or so", "the next two years or so": the hedge belongs to the
// expression and makes it approximate; "a year or two" is a range (above).
inline const auto or_so =
    atomic[+x3::space >> lower[kw("or")] >> +x3::space >>
           (lower[kw("so")] >> x3::eps[set_to<&TimexParse::mod, Mod::kApprox>] |
            lower[kw("two") | kw("three")] >>
                x3::eps[set_to<&TimexParse::mod, Mod::kEqualOrMore>]) >>
           word_end];

// Not a year when it continues as a larger or decimal number ("1,200",
// "2082.1": index levels and prices).
inline const auto four_digit_year =
    x3::uint_parser<int, 10, 4, 4>{} >>
    !(x3::digit | x3::alpha | (x3::lit(',') >> x3::digit) | (x3::lit('.') >> x3::digit));

inline constexpr auto set_year_checked = [](auto& ctx) {
  const int y = x3::_attr(ctx);
  if (y < 1000 || y > 2099)
    x3::_pass(ctx) = false;
  else
    parse_of(ctx).year = y;
};
// "'76", "the summer of '09": a two-digit year, 2000s below 30 (the usual pivot).
inline constexpr auto set_apostrophe_year = [](auto& ctx) {
  const int y = x3::_attr(ctx);
  parse_of(ctx).year = y < 30 ? 2000 + y : 1900 + y;
};
inline const auto apostrophe_year =
    x3::lit('\'') >> x3::uint_parser<int, 10, 2, 2>{}[set_apostrophe_year] >> !x3::alnum;
// A plausible calendar year in running text; "1530 GMT", "1530 local time"
// and "1530 hours" are clock times.
inline const auto year_number =
    apostrophe_year |
    four_digit_year[set_year_checked] >>
        !(+x3::space >> lower[(x3::lit("gmt") | "utc" | "hrs" | "hours" | "local time") >>
                              !(x3::alnum | x3::lit('_'))]);

// "this", "last", "next", ... before a unit, month, season or weekday.
inline const lexicon<Direction> direction_words{
    {"this", Direction::kThis},       {"last", Direction::kLast},
    {"next", Direction::kNext},       {"past", Direction::kPast},
    {"previous", Direction::kLast},   {"coming", Direction::kComing},
    {"current", Direction::kThis},    {"latest", Direction::kLast},
    {"upcoming", Direction::kComing}, {"recent", Direction::kPast},
    {"this past", Direction::kPast},  {"this coming", Direction::kComing},
};
inline const auto direction_word =
    lower[direction_words][set_attr<&TimexParse::direction>] >> word_end;

inline const auto the = lower[kw("the")];

// "fiscal year", and the British "financial year".
inline const auto fiscal_adjective = lower[kw("fiscal") | kw("financial")];

// Runs a grammar with `out` as the parse_tag context. The grammar is used in
// place: x3::with[] would copy the whole parser object on every call.
template <class Grammar>
bool run(const Grammar& grammar, const char*& first, const char* last, TimexParse& out) {
  auto out_ref = std::ref(out);
  const auto context = x3::make_context<parse_tag>(out_ref);
  return grammar.parse(first, last, context, x3::unused, x3::unused);
}

}  // namespace annals::timex_detail::grammar
