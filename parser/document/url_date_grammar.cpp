// Spirit X3 grammar for dates in page addresses. Alone in this translation
// unit because X3 is slow to compile.
#include <cctype>

#include <boost/spirit/home/x3.hpp>

#include "annals/date.h"
#include "date_cues.h"
#include "url_date.h"

namespace annals::text {
namespace {

namespace x3 = boost::spirit::x3;

struct UrlMonths : x3::symbols<int> {
  UrlMonths() {
    for (const MonthName& m : kMonthNames)
      if (m.name.size() <= 4 || m.month == 5) add(m.name, m.month);
  }
};
const UrlMonths& url_months() {
  static const UrlMonths names;
  return names;
}

struct Parts {
  int year = 0, month = 0, day = 0;
  bool short_year = false;
};

}  // namespace

std::optional<UrlDate> url_date(std::string_view url, int latest_year) {
  // Skip "scheme://host": a host never holds the date.
  std::size_t path = 0;
  if (const std::size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    path = url.find('/', scheme + 3);
    if (path == std::string_view::npos) return std::nullopt;
  }
  const std::size_t query = url.find_first_of("?#", path);
  // An archive or listing page is dated by its period, not by a story.
  if (url.find("archive", path) < query) return std::nullopt;
  const std::string_view p =
      url.substr(path, query == std::string_view::npos ? url.size() - path : query - path);
  Parts f;
  auto y = [&f](auto& ctx) { f.year = x3::_attr(ctx), f.short_year = false; };
  auto y2 = [&f](auto& ctx) { f.year = x3::_attr(ctx), f.short_year = true; };
  auto m = [&f](auto& ctx) { f.month = x3::_attr(ctx); };
  auto d = [&f](auto& ctx) { f.day = x3::_attr(ctx); };
  const auto n4 = x3::uint_parser<int, 10, 4, 4>();
  const auto n2 = x3::uint_parser<int, 10, 2, 2>();
  const auto n12 = x3::uint_parser<int, 10, 1, 2>();
  const auto sep = x3::char_("/_.-");  // '-' last: not a range
  const auto end_of_piece = !x3::digit;
  // /2021/03/03/, /2021-03-03-, /2021-03/03/, /2021/apr/07/
  const auto ymd =
      n4[y] >> sep >> (n12[m] | x3::no_case[url_months()][m]) >> sep >> n12[d] >> end_of_piece;
  // /20210303/, -20210303-, 20200205165120 (a clock after the date)
  const auto packed = n4[y] >> n2[m] >> n2[d] >> -(n2 >> n2 >> n2) >> end_of_piece;
  // /2103/03/: two-digit year and month, then the day
  const auto short_ym = n2[y2] >> n2[m] >> '/' >> n2[d] >> (x3::lit('/') | x3::eoi);
  // /2009/05/: a month only
  const auto ym = n4[y] >> '/' >> n12[m] >> ((x3::lit('/') >> !x3::digit) | x3::eoi);
  // _24-03-2021.html, -27072023-: day first, as European sites write it; only
  // where the day cannot be a month (24-03, not 03-02), and a packed one only
  // between separators (an id runs on).
  const auto dmy = n2[d] >> sep >> n2[m] >> sep >> n4[y] >> end_of_piece;
  const auto packed_dmy = n2[d] >> n2[m] >> n4[y] >> (&x3::char_("/_.-") | x3::eoi);

  std::optional<UrlDate> month_only, in_doubt;
  for (std::size_t i = 0; i < p.size(); ++i) {
    const bool boundary = i == 0 || !std::isdigit(static_cast<unsigned char>(p[i - 1]));
    if (!boundary || !std::isdigit(static_cast<unsigned char>(p[i]))) continue;
    // A date after a letter is glued to a slug ("puri20200205"): only the packed form.
    const bool after_separator =
        i > 0 && std::string_view("/-_.").find(p[i - 1]) != std::string_view::npos;
    for (int form = 0; form < 6; ++form) {
      if (form != 1 && !after_separator) continue;
      f = Parts{};
      auto it = p.begin() + static_cast<std::ptrdiff_t>(i);
      bool ok = false;
      switch (form) {
        case 0:
          ok = x3::parse(it, p.end(), ymd);
          break;
        case 1:
          ok = x3::parse(it, p.end(), packed);
          break;
        case 2:
          ok = x3::parse(it, p.end(), short_ym);
          break;
        case 3:
          ok = x3::parse(it, p.end(), ym);
          break;
        case 4:
          ok = x3::parse(it, p.end(), dmy);
          break;
        case 5:
          ok = x3::parse(it, p.end(), packed_dmy);
          break;
      }
      if (!ok) continue;
      // "03-02-2022": either order; kept only if nothing better comes.
      const bool either_order = form >= 4 && f.day <= 12 && f.month <= 12 && f.day != f.month;
      if (f.short_year) {
        // "/2012/09/" is a year and a month, never 2020-12-09: two-digit
        // year and month only where the four digits are no year.
        if (const int four = f.year * 100 + f.month; four >= 1990 && four <= latest_year) continue;
        f.year += 2000;
      }
      if (f.year < 1990 || f.year > latest_year) continue;
      if (form == 3) {
        if (f.month < 1 || f.month > 12) continue;
      } else if (!is_valid_date(f.year, f.month, f.day)) {
        continue;
      }
      const std::size_t stop = static_cast<std::size_t>(it - p.begin());
      const std::size_t from = after_separator ? i - 1 : i;
      const std::size_t to =
          stop < p.size() && std::string_view("/-_.").find(p[stop]) != std::string_view::npos
              ? stop + 1
              : stop;
      UrlDate out;
      out.year = f.year, out.month = f.month, out.day = f.day;
      out.evidence = std::string(p.substr(from, to - from));
      if (either_order) {
        out.alt_month = f.day, out.alt_day = f.month;
        if (!in_doubt) in_doubt = std::move(out);
        break;
      }
      if (out.day != 0) return out;
      if (!month_only) month_only = std::move(out);
      break;
    }
  }
  return in_doubt ? in_doubt : month_only;
}

}  // namespace annals::text
