// Grammar of calendar expressions: ISO and written dates, months, years,
// decades, centuries, seasons with a year, holidays and clock times.
#include "timex_grammar_common.h"
#include "timex_holidays.h"

namespace annals::timex_detail {
namespace grammar {
namespace {

struct HolidaySymbols : x3::symbols<int> {
  HolidaySymbols() {
    int index = 0;
    for (const Holiday& h : holidays()) add(h.name, index++);
  }
};
const HolidaySymbols holiday_names;

const auto two_digits = x3::uint_parser<int, 10, 2, 2>{};
const auto one_or_two_digits = x3::uint_parser<int, 10, 1, 2>{};

constexpr auto set_day_checked = [](auto& ctx) {
  const int d = x3::_attr(ctx);
  if (d < 1 || d > 31)
    x3::_pass(ctx) = false;
  else
    parse_of(ctx).day = static_cast<std::uint8_t>(d);
};
constexpr auto set_month_checked = [](auto& ctx) {
  const int m = x3::_attr(ctx);
  if (m < 1 || m > 12)
    x3::_pass(ctx) = false;
  else
    parse_of(ctx).month = static_cast<std::uint8_t>(m);
};
constexpr auto set_any_year = [](auto& ctx) {
  const int y = x3::_attr(ctx);
  if (y < 1)
    x3::_pass(ctx) = false;  // there is no year 0
  else
    parse_of(ctx).year = y;
};
constexpr auto set_decade = [](auto& ctx) {
  const int y = x3::_attr(ctx);
  if (y % 10 != 0 || y < 1000 || y > 2090)
    x3::_pass(ctx) = false;
  else
    parse_of(ctx).year = y;
};
constexpr auto set_two_digit_decade = [](auto& ctx) {
  const int y = x3::_attr(ctx);
  if (y % 10 != 0) {
    x3::_pass(ctx) = false;
    return;
  }
  auto& p = parse_of(ctx);
  p.year = 1900 + y;
  p.two_digit_year = true;
};
constexpr auto set_hour = [](auto& ctx) {
  const int h = x3::_attr(ctx);
  if (h > 24)
    x3::_pass(ctx) = false;
  else
    parse_of(ctx).hour = static_cast<std::int8_t>(h);
};
constexpr auto set_minute = [](auto& ctx) {
  const int m = x3::_attr(ctx);
  if (m > 59)
    x3::_pass(ctx) = false;
  else
    parse_of(ctx).minute = static_cast<std::int8_t>(m);
};

// "March eighth", "the twenty-first of May": a day said as an ordinal word.
const lexicon<int> day_ordinal_words{
    {"first", 1},         {"second", 2},         {"third", 3},           {"fourth", 4},
    {"fifth", 5},         {"sixth", 6},          {"seventh", 7},         {"eighth", 8},
    {"ninth", 9},         {"tenth", 10},         {"eleventh", 11},       {"twelfth", 12},
    {"thirteenth", 13},   {"fourteenth", 14},    {"fifteenth", 15},      {"sixteenth", 16},
    {"seventeenth", 17},  {"eighteenth", 18},    {"nineteenth", 19},     {"twentieth", 20},
    {"twenty-first", 21}, {"twenty-second", 22}, {"twenty-third", 23},   {"twenty-fourth", 24},
    {"twenty-fifth", 25}, {"twenty-sixth", 26},  {"twenty-seventh", 27}, {"twenty-eighth", 28},
    {"twenty-ninth", 29}, {"thirtieth", 30},     {"thirty-first", 31}};
const auto day_number =
    one_or_two_digits[set_day_checked] >> -lower[x3::lit("st") | "nd" | "rd" | "th"] >> word_end |
    lower[day_ordinal_words][set_day_checked] >> word_end >> !x3::lit('-');

const auto iso_date =
    atomic[x3::uint_parser<int, 10, 4, 4>{}[set_any_year] >> '-' >> two_digits[set_month_checked] >>
           '-' >> two_digits[set_day_checked] >>
           -atomic[x3::lit('t') >> two_digits[set_hour] >> ':' >> two_digits[set_minute]] >>
           !x3::alnum] >>
    x3::eps[set_to<&TimexParse::kind, Kind::kCalendar>];

// "April 28, 2003", and as tokenised text writes it, "April 28 , 2003".
const auto year_suffix = atomic[-(-sp >> x3::lit(',')) >> sp >> year_number];

const auto weekday_prefix =
    atomic[weekday_word[set_attr<&TimexParse::weekday>] >> -x3::lit(',') >> sp];

// Abbreviations without their period ("Jan 6", "Sept 27", wire style) only
// before a day number: alone, "Jan" is as likely a first name.
const lexicon<int> bare_month_abbreviations{
    {"jan", 1}, {"feb", 2}, {"mar", 3},  {"apr", 4},  {"jun", 6},  {"jul", 7},
    {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
};
const auto month_before_day = month_word[set_attr<&TimexParse::month>] |
                              (lower[bare_month_abbreviations][set_attr<&TimexParse::month>] >>
                               word_end >> &(sp >> x3::digit));
const auto month_day =
    atomic[-weekday_prefix >> month_before_day >> sp >> day_number >> -year_suffix];

// "14 March", "Thursday 14 March", "the 1st of April".
const auto day_month =
    atomic[-weekday_prefix >> day_number >> sp >> month_word[set_attr<&TimexParse::month>] >>
           -year_suffix] |
    // "the Fourth of July" is the holiday's name (holiday_names).
    atomic[-atomic[the >> sp] >> !lower[x3::lit("fourth of july")] >> day_number >> sp >>
           lower[kw("of")] >> sp >> month_word[set_attr<&TimexParse::month>] >> -year_suffix];

// "3/21/2013" (US order) and "21/03/2013" (a first part above 12 is the day).
constexpr auto set_first_part = [](auto& ctx) {
  parse_of(ctx).month = static_cast<std::uint8_t>(x3::_attr(ctx));
};
constexpr auto set_second_part = [](auto& ctx) {
  parse_of(ctx).day = static_cast<std::uint8_t>(x3::_attr(ctx));
};
constexpr auto settle_numeric_date = [](auto& ctx) {
  auto& p = parse_of(ctx);
  if (p.month > 12 && p.day <= 12) std::swap(p.month, p.day);
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31) x3::_pass(ctx) = false;
};
// "12.03.2013": the European order, day first.
const auto numeric_date =
    (atomic[one_or_two_digits[set_first_part] >> '/' >> one_or_two_digits[set_second_part] >> '/' >>
            x3::uint_parser<int, 10, 4, 4>{}[set_any_year] >> !x3::alnum] |
     atomic[one_or_two_digits[set_second_part] >> '.' >> two_digits[set_first_part] >> '.' >>
            x3::uint_parser<int, 10, 4, 4>{}[set_any_year] >>
            !(x3::alnum | (x3::lit('.') >> x3::digit))]) >>
    x3::eps[settle_numeric_date];

const auto relative_year =
    atomic[lower[kw("of")] >> sp >> direction_word >> sp >> lower[kw("year")]] >>
    x3::eps[set_to<&TimexParse::has_year_shift, true>];

// "June last year", "January this year".
const auto this_year = atomic[direction_word >> sp >> lower[kw("year")]] >>
                       x3::eps[set_to<&TimexParse::has_year_shift, true>];

// "nineteen ninety-seven", "the year two thousand" (broadcast transcripts).
constexpr auto add_to_year = [](auto& ctx) { parse_of(ctx).year += x3::_attr(ctx); };
const auto spelled_century_year =
    atomic[lower[kw("nineteen")[set_to<&TimexParse::year, 1900>] |
                 kw("eighteen")[set_to<&TimexParse::year, 1800>]] >>
           sp >> lower[tens_words][add_to_year] >>
           -atomic[x3::omit[x3::lit('-') | +x3::space] >> lower[small_number_words][add_to_year]] >>
           word_end];
const auto spelled_millennium_year =
    atomic[lower[kw("two") >> sp >> kw("thousand")][set_to<&TimexParse::year, 2000>] >>
           -atomic[sp >> -atomic[lower[kw("and")] >> sp] >>
                   lower[small_number_words][add_to_year] >> word_end]];
const auto spelled_year = spelled_century_year | spelled_millennium_year;
// Bare, "two thousand" must not run on into a noun: "two thousand years",
// "two thousand troops" are counts.
const auto spelled_year_phrase = atomic[the >> sp >> lower[kw("year")] >> sp >> spelled_year] |
                                 spelled_century_year |
                                 atomic[spelled_millennium_year >> !(sp >> x3::char_('a', 'z'))];
const auto month_year = atomic[month_word[set_attr<&TimexParse::month>] >>
                               ((-atomic[sp >> lower[kw("of")]] >> -x3::lit(',') >> sp >>
                                 (year_number | spelled_year)) |
                                (sp >> relative_year) | (sp >> this_year))];

// "last October"; not "last Oct. 23", where the date is "Oct. 23" alone.
const auto month_alone =
    atomic[direction_word >> sp >> month_word[set_attr<&TimexParse::month>] >> !(sp >> x3::digit)] |
    month_word[set_attr<&TimexParse::month>];

// "the week of March 6".
const auto week_of_date = atomic[-atomic[the >> sp] >> lower[kw("week")] >> sp >> lower[kw("of")] >>
                                 sp >> (month_day | day_month)] >>
                          x3::eps[set_to<&TimexParse::week_of, true>];
const auto calendar_date = (week_of_date | iso_date | numeric_date | month_day | day_month |
                            month_year | month_alone | year_number | spelled_year_phrase) >>
                           x3::eps[set_to<&TimexParse::kind, Kind::kCalendar>];

const auto season_word = lower[season_names][set_attr<&TimexParse::part>] >> word_end;
const auto season_with_year =
    atomic[-atomic[the >> sp] >> season_word >> sp >>
           ((-atomic[lower[kw("of")] >> sp] >> (year_number | spelled_year)) | relative_year)] >>
    x3::eps[set_to<&TimexParse::kind, Kind::kPartOfYear>] >>
    x3::eps[set_to<&TimexParse::unit, Unit::kSeason>];
const auto year_season = atomic[year_number >> sp >> season_word] >>
                         x3::eps[set_to<&TimexParse::kind, Kind::kPartOfYear>] >>
                         x3::eps[set_to<&TimexParse::unit, Unit::kSeason>];

// "the nineties" (broadcast transcripts).
const lexicon<int> decade_words{{"twenties", 1920}, {"thirties", 1930}, {"forties", 1940},
                                {"fifties", 1950},  {"sixties", 1960},  {"seventies", 1970},
                                {"eighties", 1980}, {"nineties", 1990}};
const auto decade_word = atomic[the >> sp >> lower[decade_words][set_any_year] >> word_end] >>
                         x3::eps[set_to<&TimexParse::kind, Kind::kDecade>];
const auto decade =
    atomic[((x3::uint_parser<int, 10, 4, 4>{}[set_decade] >> -x3::lit('\'') >> x3::lit('s')) |
            (x3::lit('\'') >> two_digits[set_two_digit_decade] >> x3::lit('s'))) >>
           word_end] >>
    x3::eps[set_to<&TimexParse::kind, Kind::kDecade>];

const auto century =
    atomic[lower[ordinal_words][set_count] >> sp_or_hyphen >> lower[kw("century")]] >>
    x3::eps[set_to<&TimexParse::kind, Kind::kCentury>];

// "fiscal 2013", "FY2013", "FY13".
const auto fiscal_year =
    atomic[((lower[kw("fiscal")] >> sp >> -atomic[lower[kw("year")] >> sp]) >> year_number) |
           (lower[x3::lit("fy")] >> -sp >>
            (year_number | x3::uint_parser<int, 10, 2, 2>{}[set_apostrophe_year] >> !x3::alnum))] >>
    x3::eps[set_to<&TimexParse::fiscal, true>] >>
    x3::eps[set_to<&TimexParse::kind, Kind::kCalendar>];

const auto holiday = atomic[lower[holiday_names][set_attr<&TimexParse::holiday>] >> word_end >>
                            -atomic[sp >> year_number]] >>
                     x3::eps[set_to<&TimexParse::kind, Kind::kHoliday>];

const auto am_pm = lower[(x3::lit("a.m.") | "a.m" | "am")[set_to<&TimexParse::pm, 0>] |
                         (x3::lit("p.m.") | "p.m" | "pm")[set_to<&TimexParse::pm, 1>]] >>
                   word_end;
const auto time_zone = x3::lit("est") | "edt" | "cst" | "cdt" | "mst" | "mdt" | "pst" | "pdt" |
                       "gmt" | "utc" | "bst" | "cet" | "cest" | "et" | "pt" | "local time";
// "4 in the morning", "ten in the evening": the part of the day as a.m./p.m.
const auto in_the_part_of_day =
    atomic[sp >> lower[kw("in")] >> sp >> lower[kw("the")] >> sp >>
           lower[kw("morning")[set_to<&TimexParse::pm, 0>] |
                 (kw("afternoon") | kw("evening"))[set_to<&TimexParse::pm, 1>]] >>
           word_end];
// "7:30 p.m.", and the British "7.30pm" (a decimal point only before am/pm).
const auto clock_12h =
    atomic[one_or_two_digits[set_hour] >> -atomic[x3::lit(':') >> two_digits[set_minute]] >>
           ((-sp >> am_pm) | in_the_part_of_day)] |
    atomic[one_or_two_digits[set_hour] >> x3::lit('.') >> two_digits[set_minute] >> -sp >> am_pm] |
    atomic[lower[small_number_words][set_attr<&TimexParse::hour>] >> in_the_part_of_day];
const auto clock_24h = atomic[one_or_two_digits[set_hour] >> ':' >> two_digits[set_minute] >>
                              !(x3::alnum | (x3::lit(':') >> x3::digit))];
const auto named_clock =
    lower[kw("noon")[set_to<&TimexParse::hour, 12>] | kw("midday")[set_to<&TimexParse::hour, 12>] |
          kw("midnight")[set_to<&TimexParse::hour, 24>]];
// "0700 GMT", "1530 local time", "1530 hours": four digits as a 24-hour clock.
const auto clock_military =
    atomic[two_digits[set_hour] >> two_digits[set_minute] >>
           &(sp >> lower[x3::lit("gmt") | "utc" | "hrs" | "hours" | "local time"] >> word_end)] >>
    -atomic[sp >> lower[x3::lit("hrs") | "hours"] >> word_end];
// "9 o'clock", "six o'clock".
const auto clock_oclock =
    atomic[(one_or_two_digits[set_hour] | lower[small_number_words][set_attr<&TimexParse::hour>]) >>
           sp >> lower[x3::lit("o'clock")] >> word_end >> -atomic[sp >> am_pm]];
// "half past ten", "a quarter past six", "a quarter to nine" (8:45).
constexpr auto hour_before = [](auto& ctx) {
  auto& p = parse_of(ctx);
  p.hour = static_cast<std::int8_t>(p.hour <= 1 ? 12 : p.hour - 1);
  p.minute = 45;
};
constexpr auto require_dial_hour = [](auto& ctx) {
  const int h = parse_of(ctx).hour;
  if (h < 1 || h > 12) x3::_pass(ctx) = false;
};
const auto spoken_hour = (one_or_two_digits[set_hour] |
                          lower[small_number_words][set_attr<&TimexParse::hour>]) >>
                         word_end >> x3::eps[require_dial_hour] >>
                         -atomic[sp >> lower[x3::lit("o'clock")] >> word_end] >>
                         -((-sp >> am_pm) | in_the_part_of_day);
const auto clock_spoken =
    atomic[lower[kw("half")] >> sp >> lower[kw("past")] >> sp >> spoken_hour] >>
        x3::eps[set_to<&TimexParse::minute, 30>] |
    atomic[-atomic[lower[kw("a")] >> sp] >> lower[kw("quarter")] >> sp >>
           (lower[kw("past")] >> sp >> spoken_hour >> x3::eps[set_to<&TimexParse::minute, 15>] |
            lower[kw("to")] >> sp >> spoken_hour >> x3::eps[hour_before])];
const auto clock =
    (clock_12h | clock_24h | named_clock | clock_military | clock_oclock | clock_spoken) >>
    -atomic[sp >> time_zone >> word_end] >> x3::eps[set_to<&TimexParse::kind, Kind::kClock>];

const auto calendar = decade | decade_word | century | season_with_year | year_season |
                      fiscal_year | holiday | clock | calendar_date;

}  // namespace
}  // namespace grammar

std::size_t parse_calendar_at(const char* first, const char* last, TimexParse& out) {
  namespace x3 = boost::spirit::x3;
  TimexParse parse;
  const char* it = first;
  const bool ok = grammar::run(grammar::calendar, it, last, parse);
  if (!ok) return 0;
  out = parse;
  return static_cast<std::size_t>(it - first);
}

}  // namespace annals::timex_detail
