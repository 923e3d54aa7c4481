// Spirit X3 grammar for full dates and the clocks and zones around them.
// Alone in this translation unit because X3 is slow to compile.
#include <cctype>
#include <set>
#include <string>

#include <boost/spirit/home/x3.hpp>

#include "annals/date.h"
#include "date_cues.h"
#include "full_date.h"
#include "utf8.h"

namespace annals::text {
namespace {

namespace x3 = boost::spirit::x3;

// Month names of the languages news pages come in (English, French, Spanish,
// German, Italian, Portuguese), full and abbreviated.
// Each name as written in lower case, Capitalised and in CAPITALS (Latin-1
// letters too: "AOÛT", "Février"), and with only its ASCII letters raised
// ("AOûT", as some mastheads write it): no_case cannot fold the bytes of
// "März" or "août", so the table holds the casings.
template <typename Table>
void add_casings(Table& table, std::string_view lower, int value) {
  std::string ascii_upper(lower);
  for (char& c : ascii_upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::set<std::string> casings = {std::string(lower), upper_latin(lower, true), upper_latin(lower),
                                   ascii_upper};
  for (const std::string& casing : casings) table.add(casing, value);
}
struct MonthNames : x3::symbols<int> {
  MonthNames() {
    for (const MonthName& m : kMonthNames) add_casings(*this, m.name, m.month);
  }
};
struct WeekdayNames : x3::symbols<int> {
  WeekdayNames() {
    for (const WeekdayName& w : kWeekdayNames) add_casings(*this, w.name, w.weekday);
  }
};
const MonthNames& months() {
  static const MonthNames names;
  return names;
}
const WeekdayNames& weekdays() {
  static const WeekdayNames names;
  return names;
}

struct Fields {
  int year = 0, month = 0, day = 0, weekday = 0;
  int first = 0, second = 0;
  char separator = 0;
  bool numeric_pair = false;
  bool two_digit = false;
};

const auto year4 = x3::uint_parser<int, 10, 4, 4>();
const auto year2 = x3::uint_parser<int, 10, 2, 2>();
const auto num12 = x3::uint_parser<int, 10, 1, 2>();
const auto num2 = x3::uint_parser<int, 10, 2, 2>();
const auto ordinal = x3::no_case[x3::lit("st") | "nd" | "rd" | "th" | "er"];
// A name ends at a non-letter: "Mar" is no month in "Marine", "may" none in "Mayor".
const auto word_end = !x3::alpha;

// The grammar is built once (building it copies the name tables, which cost
// more than most parses). Its actions name no captured state: they fill the
// fields of the thread that runs the parse.
thread_local Fields t_fields;

auto make_date_parser() {
  auto y = [](auto& ctx) { t_fields.year = x3::_attr(ctx), t_fields.two_digit = false; };
  auto y2 = [](auto& ctx) { t_fields.year = x3::_attr(ctx), t_fields.two_digit = true; };
  auto m = [](auto& ctx) {
    t_fields.month = x3::_attr(ctx);
    t_fields.numeric_pair = false;
  };
  auto d = [](auto& ctx) { t_fields.day = x3::_attr(ctx); };
  auto w = [](auto& ctx) { t_fields.weekday = x3::_attr(ctx); };
  auto a = [](auto& ctx) {
    t_fields.first = x3::_attr(ctx);
    t_fields.numeric_pair = true;
  };
  auto b = [](auto& ctx) { t_fields.second = x3::_attr(ctx); };
  auto s = [](auto& ctx) { t_fields.separator = x3::_attr(ctx); };
  auto iso_month = [](auto& ctx) {
    t_fields.month = x3::_attr(ctx);
    t_fields.numeric_pair = false;
  };

  const auto sep = x3::char_("-/.");
  const auto year_end = !x3::digit;
  // 2021-03-03, 2021/03/03, 2021.03.03 (and 2021-03-03T07:45:00Z).
  const auto iso = x3::lexeme[year4[y] >> sep >> num12[iso_month] >> sep >> num12[d] >> !x3::digit];
  // 03/03/2021, 03.03.2021, 03-03-2021; 11/22/12 with a two-digit year.
  const auto numeric = x3::lexeme[num12[a] >> sep[s] >> num12[b] >> x3::omit[sep] >>
                                  (year4[y] | (year2[y2] >> !x3::char_(":."))) >> year_end];
  // The name's end is tested in a lexeme: a skipping test would look past the
  // space and take "marzo de 2021" for a name running on.
  const auto month = x3::lexeme[months()[m] >> word_end] >> -x3::lit('.');
  const auto weekday = x3::lexeme[weekdays()[w] >> word_end] >> -x3::lit('.') >> -x3::lit(',');
  const auto day = x3::lexeme[num12[d] >> -ordinal >> !x3::alnum];
  const auto year = x3::lexeme[(year4[y] | (x3::lit('\'') >> year2[y2])) >> year_end];
  const auto de = -x3::no_case[x3::lit("de") | "of"];
  // March 3, 2021 / Mar 3 2021 / Mar. 3rd, 2021
  const auto month_first = month >> day >> -x3::lit(',') >> year;
  // 3 March 2021 / 3rd of March, 2021 / 3 de marzo de 2021 / 3. März 2021
  const auto day_first = x3::lexeme[num12[d] >> -ordinal >> -x3::lit('.')] >> de >> month >>
                         -x3::lit(',') >> de >> year;
  // 3-Mar-2021, 03-MAR-21, 3/Mar/2021
  const auto dashed =
      x3::lexeme[num12[d] >> x3::char_("-/ ") >> months()[m] >> word_end >> x3::char_("-/ ") >>
                 (year4[y] | (year2[y2] >> !x3::char_(":"))) >> year_end];
  return -weekday >> (iso | numeric | dashed | month_first | day_first);
}

const auto& date_parser() {
  static const auto parser = make_date_parser();
  return parser;
}

const auto meridiem = x3::no_case[x3::lit("a.m.") | "p.m." | "am" | "pm" | "hrs" | "uhr" | "h"];
const auto zone_name = x3::lexeme[x3::upper >> x3::upper >> *x3::upper] >> !x3::alpha;
const auto offset = x3::lexeme[x3::char_("+-") >> +x3::digit >> -(':' >> +x3::digit)];
const auto clock = x3::lexeme[num12 >> x3::char_(":.h") >> num2 >> -(x3::char_(":.") >> num2) >>
                              -x3::lit('Z') >> !x3::digit] >>
                   -meridiem;
const auto zone = (zone_name >> -offset) | offset | ('(' >> zone_name >> -offset >> ')') |
                  ('[' >> zone_name >> ']');
const auto clock_with_zone = clock >> *zone;
// Between a date and its clock: ", at 7:45", "às 15:01" (pt), "à 19:11" (fr),
// "um 21:45" (de), "alle 11.00" (it), "a las 9:00" (es), "// 06:50".
const auto clock_joint =
    -(x3::lit(',') | x3::no_case["at"] | "\xC3\xA0s" | "\xC3\xA0" | x3::no_case["um"] |
      x3::no_case["alle"] | x3::no_case["a las"] | x3::no_case["a les"] | "//" | '|' | '-' |
      "\xE2\x80\x93" | "\xE2\x80\x94" | 'T' | '/' | "\xC2\xB7" | "\xE2\x80\xA2");

// "2 hours ago", "( vor 2 Stunden )", "hace 3 horas": how long ago a page was posted.
const auto time_unit =
    x3::no_case[x3::lit("minutes") | "minuten" | "minute" | "minutos" | "hours" | "hour" | "horas" |
                "hora" | "stunden" | "stunde" | "heures" | "heure" | "days" | "day" | "tagen"] >>
    !x3::alpha;

bool valid(Fields& f, FullDate& out, int pivot) {
  if (f.two_digit) f.year += f.year <= pivot ? 2000 : 1900;
  out = FullDate{};
  out.weekday = f.weekday;
  out.two_digit_year = f.two_digit;
  if (f.numeric_pair) {
    out.numeric = true;
    const int a = f.first, b = f.second;
    if (a > 12 && b <= 12) {
      f.day = a, f.month = b;
    } else if (b > 12 && a <= 12) {
      f.month = a, f.day = b;
    } else if (f.separator == '.') {
      f.day = a, f.month = b;  // dotted dates are day-first wherever they are written
    } else {
      f.day = a, f.month = b;
      if (a != b) out.alt_month = a, out.alt_day = b;
    }
  }
  if (!is_valid_date(f.year, f.month, f.day)) return false;
  if (out.alt_month != 0 && !is_valid_date(f.year, out.alt_month, out.alt_day))
    out.alt_month = out.alt_day = 0;
  out.year = f.year, out.month = f.month, out.day = f.day;
  if (!f.numeric_pair) out.numeric = false;
  return true;
}

}  // namespace

std::optional<FullDate> match_full_date(std::string_view text, std::size_t pos,
                                        int two_digit_pivot) {
  if (pos >= text.size()) return std::nullopt;
  auto it = text.begin() + static_cast<std::ptrdiff_t>(pos);
  const auto end = text.end();
  Fields& f = t_fields;
  f = Fields{};
  if (!x3::phrase_parse(it, end, date_parser(), x3::blank)) return std::nullopt;
  FullDate out;
  if (!valid(f, out, two_digit_pivot)) return std::nullopt;
  out.date_end = static_cast<std::size_t>(it - text.begin());
  auto after = it;
  if (!x3::phrase_parse(it, end, clock_joint >> clock_with_zone, x3::blank)) it = after;
  out.end = static_cast<std::size_t>(it - text.begin());
  return out;
}

bool is_date_furniture(std::string_view rest) {
  std::size_t i = 0;
  while (i < rest.size()) {
    const unsigned char c = static_cast<unsigned char>(rest[i]);
    if (c == ' ' || c == '\t' || c == '|' || c == ',' || c == '-' || c == '/' || c == '(' ||
        c == ')' || c == '[' || c == ']' || c == ':' || c == ';' || c == '.' || c == '*') {
      ++i;
      continue;
    }
    // Dashes, middle dots and bullets.
    if (rest.compare(i, 3, "\xE2\x80\x94") == 0 || rest.compare(i, 3, "\xE2\x80\x93") == 0 ||
        rest.compare(i, 3, "\xE2\x80\xA2") == 0) {
      i += 3;
      continue;
    }
    if (rest.compare(i, 2, "\xC2\xB7") == 0 || rest.compare(i, 2, "\xC2\xA0") == 0) {
      i += 2;
      continue;
    }
    auto it = rest.begin() + static_cast<std::ptrdiff_t>(i);
    if (x3::parse(it, rest.end(), clock_with_zone | zone) ||
        x3::parse(it, rest.end(),
                  x3::no_case[x3::lit("ago") | "updated" | "created" | "hrs" | "mins" | "min" |
                              "uhr" | "vor" | "hace" | "read" | "edt" | "est"] >>
                      !x3::alpha) ||
        x3::parse(it, rest.end(), time_unit) ||
        x3::parse(it, rest.end(), x3::uint_parser<int, 10, 1, 3>() >> *x3::blank >> time_unit)) {
      i = static_cast<std::size_t>(it - rest.begin());
      continue;
    }
    if (std::isdigit(c)) {
      if (auto d = match_full_date(rest, i, 99); d && d->end > i) {
        i = d->end;
        continue;
      }
    }
    if (std::isalpha(c)) {
      std::size_t j = i;
      while (j < rest.size() && std::isalpha(static_cast<unsigned char>(rest[j]))) ++j;
      if (is_date_label(rest.substr(i, j - i))) {
        i = j;
        continue;
      }
      if (auto d = match_full_date(rest, i, 99); d && d->end > i) {
        i = d->end;
        continue;
      }
    }
    return false;
  }
  return true;
}

}  // namespace annals::text
