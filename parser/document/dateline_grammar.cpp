// Spirit X3 grammar for date lines and datelines. Kept alone in this
// translation unit because X3 is slow to compile.
#include <algorithm>
#include <cctype>

#include <boost/spirit/home/x3.hpp>

#include "date_cues.h"
#include "dateline.h"

namespace annals::text {
namespace {

namespace x3 = boost::spirit::x3;

struct MonthNames : x3::symbols<int> {
  MonthNames() {
    static constexpr const char* kFull[] = {"january",   "february", "march",    "april",
                                            "may",       "june",     "july",     "august",
                                            "september", "october",  "november", "december"};
    static constexpr const char* kShort[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                             "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int m = 0; m < 12; ++m) {
      add(kFull[m], m + 1);
      add(kShort[m], m + 1);
    }
    add("sept", 9);
  }
};

struct WeekdayNames : x3::symbols<int> {
  WeekdayNames() {
    static constexpr const char* kFull[] = {"monday", "tuesday",  "wednesday", "thursday",
                                            "friday", "saturday", "sunday"};
    static constexpr const char* kShort[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (int d = 0; d < 7; ++d) {
      add(kFull[d], d + 1);
      add(kShort[d], d + 1);
    }
    add("tues", 2);
    add("thur", 4);
    add("thurs", 4);
  }
};

const MonthNames& month_names() {
  static const MonthNames names;
  return names;
}
const WeekdayNames& weekday_names() {
  static const WeekdayNames names;
  return names;
}

struct Fields {
  int year = 0, month = 0, day = 0;
  int first = 0, second = 0;  // numeric d-m or m-d, decided afterwards
  bool numeric_pair = false;
  bool month_first = false;  // an ambiguous pair reads month-day (US wire headers)
};

// Day-month versus month-day for all-numeric dates: a first part above 12 is
// a day; otherwise day-month, the order used outside the US, unless the
// line's form is a US one.
bool settle(Fields& f) {
  if (f.numeric_pair) {
    if (f.first > 12 && f.second <= 12) {
      f.day = f.first, f.month = f.second;
    } else if (f.second > 12 && f.first <= 12) {
      f.month = f.first, f.day = f.second;
    } else if (f.month_first) {
      f.month = f.first, f.day = f.second;
    } else {
      f.day = f.first, f.month = f.second;
    }
  }
  return is_valid_date(f.year, f.month, f.day);
}

const auto year4 = x3::uint_parser<int, 10, 4, 4>();
const auto num12 = x3::uint_parser<int, 10, 1, 2>();
const auto num2 = x3::uint_parser<int, 10, 2, 2>();
const auto ordinal = x3::lit("st") | "nd" | "rd" | "th";

// A date on its own; writes into `f`. Built per call (it captures `f`);
// building costs nothing but a few pointers.
auto date_parser(Fields& f) {
  auto y = [&f](auto& ctx) { f.year = x3::_attr(ctx); };
  // A month name means the numeric alternative (which may have run partway) lost.
  auto m = [&f](auto& ctx) {
    f.month = x3::_attr(ctx);
    f.numeric_pair = false;
  };
  auto d = [&f](auto& ctx) { f.day = x3::_attr(ctx); };
  auto a = [&f](auto& ctx) {
    f.first = x3::_attr(ctx);
    f.numeric_pair = true;
  };
  auto b = [&f](auto& ctx) { f.second = x3::_attr(ctx); };
  const auto sep = x3::lit('-') | '/' | '.';
  const auto iso = x3::lexeme[year4[y] >> sep >> num12[m] >> sep >> num12[d] >> !x3::digit];
  const auto numeric = x3::lexeme[num12[a] >> sep >> num12[b] >> sep >> year4[y] >> !x3::digit];
  const auto month = x3::no_case[month_names()][m] >> -x3::lit('.');
  const auto weekday = x3::no_case[weekday_names()] >> -x3::lit('.') >> -x3::lit(',');
  const auto month_first = month >> x3::lexeme[num12[d] >> -ordinal] >> -x3::lit(',') >> year4[y];
  const auto day_first = x3::lexeme[num12[d] >> -ordinal] >> month >> -x3::lit(',') >> year4[y];
  return iso | numeric | (-weekday >> (month_first | day_first));
}

const auto clock_time = x3::lexeme[num12 >> (x3::lit(':') | '.') >> num2 >> -(':' >> num2)] >>
                        -x3::no_case[x3::lit("a.m.") | "p.m." | "am" | "pm"] >>
                        -x3::lexeme[+x3::upper >> -((x3::lit('+') | '-') >> +x3::digit)];
// ISO 8601 joins date and time with a 'T' ("2025-03-03T10:00:00Z").
const auto time_separator = -(x3::lit(',') | x3::no_case["at"] | '|' | '-' | "\xE2\x80\x93" | 'T');

const auto label =
    x3::no_case[x3::lit("date") | "published on" | "published" | "first published" |
                "last updated" | "updated on" | "updated" | "posted on" | "posted"] >>
    -x3::lit(':');

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// Parses [begin, end) of `line` as: date [time]. Returns the end position.
std::optional<std::size_t> parse_date_at(std::string_view line, std::size_t begin, Fields& f,
                                         bool with_label) {
  auto it = line.begin() + static_cast<std::ptrdiff_t>(begin);
  const auto end = line.end();
  bool ok = false;
  if (with_label) {
    // "Published 3:15 PM EST, Mon March 3, 2025": a time may come first.
    ok = x3::phrase_parse(it, end, label >> -(clock_time >> -x3::lit(',')) >> date_parser(f),
                          x3::blank);
  } else {
    ok = x3::phrase_parse(it, end, date_parser(f), x3::blank);
  }
  if (!ok || !settle(f)) return std::nullopt;
  auto after_date = it;
  if (!x3::phrase_parse(it, end, time_separator >> clock_time, x3::blank)) it = after_date;
  return static_cast<std::size_t>(it - line.begin());
}

// "By Jane Roe |" before a date is a byline, not an outlet.
bool is_byline(std::string_view prefix) {
  return prefix.size() > 3 && (prefix.substr(0, 3) == "By " || prefix.substr(0, 3) == "BY ");
}

// Drops the separator between a byline or outlet and its date: "|", "-", "·".
std::string_view strip_separator(std::string_view prefix) {
  for (std::string_view sep : {"|", "-", "\xC2\xB7", "\xE2\x80\x94", "\xE2\x80\x93"}) {
    if (prefix.size() > sep.size() && prefix.substr(prefix.size() - sep.size()) == sep)
      return trim(prefix.substr(0, prefix.size() - sep.size()));
  }
  return prefix;
}

bool looks_like_outlet(std::string_view prefix) {
  if (prefix.empty() || prefix.size() > 40) return false;
  if (!std::isupper(static_cast<unsigned char>(prefix.front()))) return false;
  for (char c : prefix) {
    if (!std::isalpha(static_cast<unsigned char>(c)) && c != ' ' && c != '.' && c != '&' &&
        c != '\'' && c != '-')
      return false;
  }
  return true;
}

}  // namespace

std::optional<DateLineMatch> match_date_line(std::string_view line) {
  const std::string_view trimmed = trim(line);
  if (trimmed.empty() || trimmed.size() > 400) return std::nullopt;
  // Every accepted form has a four-digit year.
  if (std::none_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  const std::size_t offset = static_cast<std::size_t>(trimmed.data() - line.data());
  DateLineMatch match;
  {
    Fields f;
    if (auto end = parse_date_at(trimmed, 0, f, /*with_label=*/true)) {
      match.date = to_day({f.year, f.month, f.day});
      match.evidence = std::string(trim(trimmed.substr(0, *end)));
      match.consumed = offset + *end;
      return match;
    }
  }
  if (trimmed.size() > 80) return std::nullopt;
  // A newswire header: "APW20000107.0088  NEWS STORY  2000-01-07 03:03" or
  // "08/07/1998 22:52:00" (US order).
  if (const std::size_t at = trimmed.find("NEWS STORY"); at != std::string_view::npos) {
    Fields f;
    f.month_first = true;
    auto end = parse_date_at(trimmed, at + 10, f, /*with_label=*/false);
    if (end && trim(trimmed.substr(*end)).empty()) {
      match.date = to_day({f.year, f.month, f.day});
      match.evidence = std::string(trim(trimmed.substr(at)));
      match.consumed = line.size();
      return match;
    }
  }
  // Unlabelled: the date must fill the line, possibly after a glued outlet.
  for (std::size_t start = 0; start < trimmed.size(); ++start) {
    const char c = trimmed[start];
    if (start > 0 && !std::isdigit(static_cast<unsigned char>(c)) &&
        !std::isupper(static_cast<unsigned char>(c)))
      continue;
    if (start > 0 && std::isdigit(static_cast<unsigned char>(trimmed[start - 1]))) continue;
    // A date glued to an outlet starts with a digit, or a capital after a space.
    if (start > 0 && !std::isdigit(static_cast<unsigned char>(c)) && trimmed[start - 1] != ' ')
      continue;
    const std::string_view prefix = strip_separator(trim(trimmed.substr(0, start)));
    const bool byline = is_byline(prefix);
    if (start > 0 && !byline && !looks_like_outlet(prefix)) continue;
    Fields f;
    auto end = parse_date_at(trimmed, start, f, /*with_label=*/false);
    if (!end || !trim(trimmed.substr(*end)).empty()) continue;
    match.date = to_day({f.year, f.month, f.day});
    match.evidence = std::string(trimmed);
    if (!byline) match.outlet = std::string(prefix);
    match.consumed = line.size();
    return match;
  }
  return std::nullopt;
}

namespace {
// "On Monday, March 3 -" opens a sentence, not a dateline: a weekday (of the
// dater's table, full names only: "Sun Valley" stays a place) or an opening
// preposition among the place's words.
bool names_a_day(std::string_view place) {
  static constexpr std::string_view kOpeners[] = {"on", "by", "as", "since", "until"};
  constexpr std::size_t kShortestFullName = 5;
  std::string lower;
  while (!place.empty()) {
    const std::size_t space = std::min(place.find(' '), place.size());
    lower.assign(place.substr(0, space));
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view o : kOpeners)
      if (lower == o) return true;
    for (const WeekdayName& d : kWeekdayNames)
      if (d.name.size() >= kShortestFullName && lower == d.name) return true;
    place.remove_prefix(std::min(space + 1, place.size()));
  }
  return false;
}
}  // namespace

std::optional<DatelineMatch> match_dateline(std::string_view line) {
  DatelineMatch match;
  std::string place, region, outlet;
  auto set_place = [&](auto& ctx) {
    auto range = x3::_attr(ctx);
    place.assign(range.begin(), range.end());
  };
  auto set_region = [&](auto& ctx) {
    auto range = x3::_attr(ctx);
    region.assign(range.begin(), range.end());
  };
  auto set_outlet = [&](auto& ctx) {
    auto range = x3::_attr(ctx);
    outlet.assign(range.begin(), range.end());
  };
  auto set_month = [&](auto& ctx) { match.month = x3::_attr(ctx); };
  auto set_day = [&](auto& ctx) { match.day = x3::_attr(ctx); };
  auto set_year = [&](auto& ctx) { match.year = x3::_attr(ctx); };

  const auto caps_word = x3::lexeme[x3::upper >> +(x3::upper | x3::char_(".'-"))];
  const auto place_p = x3::raw[caps_word >> *(x3::lit(' ') >> caps_word)][set_place];
  const auto title_word = x3::lexeme[x3::upper >> +(x3::alpha | x3::char_(".'-"))];
  const auto region_p =
      x3::raw[x3::lexeme[title_word >> *(x3::lit(' ') >> title_word)]][set_region];
  const auto month_day = x3::no_case[month_names()][set_month] >> -x3::lit('.') >>
                         x3::lexeme[num12[set_day] >> !x3::digit] >>
                         -(',' >> x3::lexeme[year4[set_year] >> !x3::digit]);
  const auto outlet_p = '(' >> x3::raw[x3::lexeme[+(x3::char_ - ')' - '(')]][set_outlet] >> ')';
  // "--" and "_" stand for the dash in older wire copy ("HAVANA (AP) --", "(AP) _").
  const auto dash = x3::lit("\xE2\x80\x94") | "\xE2\x80\x93" | "--" | '-' | ':' | '_';
  const auto dateline = x3::no_skip[place_p] >>
                        -(',' >> (month_day | (region_p >> -(',' >> month_day)))) >> -outlet_p >>
                        dash;
  // "Washington, March 3, 2021 -", "Kyiv (Reuters) -": a place in title case
  // is a dateline only with a date or an outlet before the dash.
  const auto title_place =
      x3::raw[x3::lexeme[title_word >> x3::repeat(0, 2)[x3::lit(' ') >> title_word]]][set_place];
  const auto title_dateline =
      x3::no_skip[title_place] >> ((',' >> month_day >> -outlet_p) | outlet_p) >> dash;

  const std::string_view trimmed = trim(line);
  auto it = trimmed.begin();
  if (!x3::phrase_parse(it, trimmed.end(), dateline, x3::blank)) {
    place.clear();
    match = DatelineMatch{};
    it = trimmed.begin();
    if (!x3::phrase_parse(it, trimmed.end(), title_dateline, x3::blank) || names_a_day(place))
      return std::nullopt;
  }
  // A lone capitalised word and a colon is a kicker ("OPINION:") unless it
  // carries a date or an outlet; require one or a place of letters only.
  if (place.size() < 3) return std::nullopt;
  // Caption and rubric markers look like datelines: "FILE - ...", "WATCH: ...".
  static constexpr std::string_view kMarkers[] = {
      "FILE",      "PHOTO",         "PHOTOS",    "UPDATE",        "UPDATED",
      "WATCH",     "EXCLUSIVE",     "BREAKING",  "ANALYSIS",      "OPINION",
      "EDITORIAL", "LIVE",          "VIDEO",     "CORRECTION",    "NOTE",
      "AUDIO",     "GRAPHIC",       "READ",      "MORE",          "RELATED",
      "LISTEN",    "EDITOR'S NOTE", "SPONSORED", "ADVERTISEMENT", "FACT CHECK"};
  for (std::string_view marker : kMarkers) {
    if (place == marker) return std::nullopt;
  }
  if (match.month != 0 &&
      !is_valid_date(match.year != 0 ? match.year : 2000, match.month, match.day))
    return std::nullopt;
  match.place = place;
  match.region = region;
  match.outlet = outlet;
  match.consumed = static_cast<std::size_t>(it - line.begin());
  match.evidence =
      std::string(trim(trimmed.substr(0, static_cast<std::size_t>(it - trimmed.begin()))));
  return match;
}

}  // namespace annals::text
