// The document dater: full dates in every spelling, page addresses, HTML
// metadata, and the choice among them. Sample lines are written for these
// tests (made-up outlets and people).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "annals/date.h"
#include "dater.h"
#include "full_date.h"
#include "structured_date.h"
#include "url_date.h"

using annals::format_day;
using annals::parse_day;
namespace text = annals::text;

namespace {

std::string full_date_at(std::string_view s, std::size_t pos = 0) {
  auto m = text::match_full_date(s, pos, 26);
  if (!m) return "none";
  std::string out = format_day(annals::to_day({m->year, m->month, m->day}));
  if (m->alt_month != 0)
    out += "|" + format_day(annals::to_day({m->year, m->alt_month, m->alt_day}));
  return out;
}

struct Page {
  std::vector<std::string> lines;
  std::string url;
  std::vector<text::StructuredDate> structured;
};

text::DaterVerdict date_of(const Page& page) {
  text::DaterInput in;
  for (const std::string& l : page.lines) in.lines.push_back(l);
  in.url = page.url;
  in.structured = page.structured;
  in.latest = *parse_day("2026-06-30");
  return text::date_page(in);
}

std::string verdict_date(const text::DaterVerdict& v) {
  return v.date ? format_day(*v.date) : "none";
}

}  // namespace

TEST_CASE("full dates in the spellings pages use", "[text][dater]") {
  struct Row {
    const char* text;
    const char* date;
  };
  const Row rows[] = {
      {"Wednesday, 3 March 2021", "2021-03-03"},
      {"March 3, 2021The minister said", "2021-03-03"},
      {"Mar. 3, 2021\xE2\x80\x94 --", "2021-03-03"},
      {"MAR 3, 2021 | 7:45 AM", "2021-03-03"},
      {"Mar 3, 2021, 07.45 PM IST", "2021-03-03"},
      {"03 MAR 2021", "2021-03-03"},
      {"3-Mar-2021Story", "2021-03-03"},
      {"Thu 04th March 2021 | 09:46 PM", "2021-03-04"},
      {"2021-03-03T07:45:00+05:30", "2021-03-03"},
      {"2021.03.03", "2021-03-03"},
      {"03.03.2021", "2021-03-03"},
      {"03/03/2021", "2021-03-03"},
      {"15/03/2017 11:21:10", "2017-03-15"},
      {"11/22/2012", "2012-11-22"},
      {"04.05.2021", "2021-05-04"},             // dotted: day first
      {"04/05/2021", "2021-05-04|2021-04-05"},  // either order: both readings kept
      {"Oct 30 2015 | 6:22 PM IST", "2015-10-30"},
      {"12 mars 2014", "2014-03-12"},
      {"3 de marzo 2021", "2021-03-03"},
      {"3 août 2021", "2021-08-03"},
      // Capitals and capitalised names with Latin-1 letters, and mastheads
      // that raise only the ASCII letters.
      {"3 AOÛT 2021", "2021-08-03"},
      {"MARDI 3 AOûT 2021 - N° 812", "2021-08-03"},
      {"12 FÉVRIER 2021", "2021-02-12"},
      {"3 Décembre 2020", "2020-12-03"},
      {"3. MÄRZ 2021", "2021-03-03"},
      // Written dates of other languages, with their weekdays.
      {"miércoles, 3 de marzo de 2021", "2021-03-03"},
      {"quarta-feira, 3 de março de 2021", "2021-03-03"},
      {"Mittwoch, 3. März 2021", "2021-03-03"},
      {"mercoledì 3 marzo 2021", "2021-03-03"},
      {"Domingo, 7 Novembro 2021", "2021-11-07"},
      {"3. März 2021", "2021-03-03"},
      {"31/02/2019", "none"},  // no such day
      {"2019-02-29", "none"},
      {"Mayor Jones 3, 2021", "none"},  // "May" only as a word
      {"March 3, 20215", "none"},       // runs on into digits
      {"March 3", "none"},              // no year
  };
  for (const Row& r : rows) {
    INFO(r.text);
    CHECK(full_date_at(r.text) == r.date);
  }
  // A weekday of another language is read as a weekday.
  auto named = text::match_full_date("miércoles, 3 de marzo de 2021", 0, 26);
  REQUIRE(named);
  CHECK(named->weekday == 3);
  // Clocks joined the way other languages join them belong to the match.
  for (const char* s : {"31/03/2022 \xC3\xA0s 15:01", "28/12/2020 \xC3\xA0 19:11",
                        "28. M\xC3\xA4rz 2021 um 21:45 Uhr", "22. M\xC3\xA4rz 2021 // 06:50"}) {
    INFO(s);
    auto m = text::match_full_date(s, 0, 26);
    REQUIRE(m);
    CHECK(m->end == std::string_view(s).size());
  }
  // A two-digit year is read, and flagged: only a cue makes it a year.
  auto two = text::match_full_date("11/22/12 1:24 PM", 0, 26);
  REQUIRE(two);
  CHECK(two->two_digit_year);
  CHECK(two->year == 2012);
}

TEST_CASE("clocks, zones and labels around a date are furniture", "[text][dater]") {
  CHECK(text::is_date_furniture(" | 7:45 AM"));
  CHECK(text::is_date_furniture(" 01:42 (UTC +04:00)"));
  CHECK(text::is_date_furniture(" 23:52 IST | Created: 30-10-2021 23:52 IST"));
  CHECK(text::is_date_furniture(", 20:48 [IST]"));
  CHECK(text::is_date_furniture(" 11:30pm-12:01am BST"));
  CHECK(text::is_date_furniture(" ( vor 2 Stunden )"));
  CHECK(text::is_date_furniture(" | 3 hours ago"));
  CHECK(text::is_date_furniture("  atualizado em 31/03/2022 \xC3\xA0s 15:23"));
  CHECK_FALSE(text::is_date_furniture(" file photo, the mayor leaves court"));
  CHECK_FALSE(text::is_date_furniture(", that jurors had reached a verdict"));
}

TEST_CASE("dates in page addresses", "[text][dater][url]") {
  struct Row {
    const char* url;
    const char* date;  // "none", or "YYYY-MM" for a month only
  };
  const Row rows[] = {
      {"https://example.com/world/2021/03/03/minister-resigns/", "2021-03-03"},
      {"https://example.com/news/2021-03-03/minister-resigns", "2021-03-03"},
      {"https://example.com/news/2021-03/03/minister-resigns", "2021-03-03"},
      {"https://example.com/e-paper/20210303/page-4", "2021-03-03"},
      {"https://example.com/story-20210303-minister.html", "2021-03-03"},
      {"https://example.com/2103/03/minister.html", "2021-03-03"},
      {"https://example.com/news/2009/apr/07/quake", "2009-04-07"},
      {"https://example.com/politics/minister-resigns20200205165120/", "2020-02-05"},
      {"https://example.com/2012/09/quake-rescue.html", "2012-09"},    // not 2020-12-09
      {"https://example.com/2009/05/20095802543314188.html", "none"},  // 2009-58-02 is no day
      {"https://example.com/2022_10_16_archive.html", "none"},         // a listing, not a story
      {"https://example.com/article/2021/02/31/x", "none"},
      {"https://example.com/articles/68243699.ece", "none"},
      {"https://20210303.example.com/story", "none"},    // the host is no date
      {"https://example.com/2031/03/03/later", "none"},  // beyond the latest year
      // Day first, as European sites write it, where the day cannot be a month.
      {"https://example.com/fact/Life_in_the_Port_24-03-2021.html", "2021-03-24"},
      {"https://example.com/discours/290541-minister-27072023-radio-interview", "2023-07-27"},
      // Either order: both readings kept, for the text to settle.
      {"https://example.com/discours/283741-minister-03022022-interview", "2022-02-03|2022-03-02"},
      {"https://example.com/ticker-am-07-08-2025-aus-der-stadt", "2025-08-07|2025-07-08"},
      // A certain date wins over one in doubt.
      {"https://example.com/news/2021/03/04/ticker-07-08-2025", "2021-03-04"},
  };
  for (const Row& r : rows) {
    INFO(r.url);
    auto d = text::url_date(r.url, 2026);
    std::string got = "none";
    if (d && d->day != 0)
      got = format_day(annals::to_day({d->year, d->month, d->day}));
    else if (d)
      got = std::to_string(d->year) + "-" + (d->month < 10 ? "0" : "") + std::to_string(d->month);
    if (d && d->alt_month != 0)
      got += "|" + format_day(annals::to_day({d->year, d->alt_month, d->alt_day}));
    CHECK(got == r.date);
  }
  auto d = text::url_date("https://example.com/world/2021/03/03/minister-resigns/", 2026);
  REQUIRE(d);
  CHECK(d->evidence == "/2021/03/03/");
}

TEST_CASE("dates in HTML metadata, most specific first", "[text][dater][meta]") {
  const std::string html =
      "<html><head><meta name=\"date\" content=\"2021-03-02\">"
      "<meta property=\"article:published_time\" content=\"2021-03-03T07:45:00Z\"/>"
      "<meta property=\"article:modified_time\" content=\"2021-03-05T10:00:00Z\"/>"
      "<script type=\"application/ld+json\">{\"datePublished\": \"2021-03-03\"}</script>"
      "</head><body><time datetime=\"2021-03-04\">yesterday</time>"
      "<span itemprop=\"datePublished\" content=\"20210303\"></span></body></html>";
  const auto dates = text::html_dates(html);
  REQUIRE(dates.size() >= 5);
  CHECK(dates.front().how == "meta article:published_time");
  CHECK(format_day(dates.front().date) == "2021-03-03");
  bool modified = false;
  for (const auto& d : dates) modified |= d.updated && format_day(d.date) == "2021-03-05";
  CHECK(modified);
  CHECK(text::html_dates("<meta name=\"date\" content=\"31/02/2019\">").empty());
}

TEST_CASE("the dater picks the story's date by its cues", "[text][dater]") {
  struct Row {
    std::vector<std::string> lines;
    const char* date;
    const char* evidence;  // a part of the verdict's evidence
  };
  const std::vector<Row> rows = {
      // An updated line with a clock and weekday before the date.
      {{"Harbour Gazette", "Last modified at 09:12 GMT, Wednesday, 3 March 2021",
        "The minister resigned on Tuesday."},
       "2021-03-03",
       "updated line"},
      // A date in brackets opening the lead.
      {{"Storm cuts power", "(Wed, 3 Mar 2021) The storm cut power to a million homes."},
       "2021-03-03",
       "date line"},
      // A date run into the lead's first word.
      {{"Minister quits", "March 3, 2021The minister said she would go."},
       "2021-03-03",
       "date line"},
      // Pipes and a clock around the date, in capitals.
      {{"By Ana Ruiz", "| MAR 3, 2021 | 7:45 AM", "The minister said she would go."},
       "2021-03-03",
       "\"| MAR 3, 2021 | 7:45 AM\""},
      // A source before the date.
      {{"Agency staff, March 3, 2021", "The minister said she would go."}, "2021-03-03", "byline"},
      // A byline with a zone name.
      {{"XNS | Mar 3, 2021, 07.45 PM IST", "The minister said she would go."},
       "2021-03-03",
       "byline"},
      // An agency dateline with the date.
      {{"LIMA (AFP) Mar 3, 2021 - The minister said she would go."}, "2021-03-03", "byline"},
      // A posted line in capitals, and day-first numeric dates.
      {{"Posted on: 03 MAR 2021", "The minister said she would go."}, "2021-03-03", "date line"},
      // Day and month either way round: the lead's weekday settles it (2021-05-04 is a Tuesday).
      {{"04/05/2021", "The minister said on Tuesday that she would go at the end of the month."},
       "2021-05-04",
       "(lead: Tuesday)"},
      {{"05/04/2021", "The minister said on Tuesday that she would go at the end of the month."},
       "2021-05-04",
       "(lead: Tuesday)"},
      {{"15.03.2017", "The minister said she would go."}, "2017-03-15", "date line"},
      {{"Published: 2021.03.03", "The minister said she would go."}, "2021-03-03", "date line"},
      // A two-digit year after a label, in an order nothing doubts.
      {{"POSTED: 11/22/12 1:24 PM", "The minister said she would go."}, "2012-11-22", "date line"},
      // The render date above the menu loses to the story's own date line.
      {{"Sunday, December 07, 2025 | 02:37 AM IST", "Home | World | Sport",
        "Minister quits over travel costs", "The minister said she would go.",
        "First Published: Oct 30 2015 | 6:22 PM IST"},
       "2015-10-30",
       "First Published"},
      // An update years later loses to the first publication.
      {{"Last Updated : Apr 09 2019 | 3:32 PM IST", "The minister said she would go.",
        "First Published: Jun 10 2016 | 1:07 AM IST"},
       "2016-06-10",
       "First Published"},
      // Other languages: a date opening the lead's sentence, a month stamp and
      // a "how long ago" after it, a linking word inside the bracket.
      {{"Noticias del 4 de marzo de 2021. La ministra dimiti\xC3\xB3 tras una semana de "
        "protestas."},
       "2021-03-04",
       "byline"},
      {{"date 2021-03 28.03.2021 ( vor 2 Stunden )",
        "Die Ministerin trat zur\xC3\xBC"
        "ck."},
       "2021-03-28",
       "date line"},
      {{"date 2021-03 (Di marted\xC3\xAC 2 marzo 2021) La ministra si \xC3\xA8 dimessa ieri."},
       "2021-03-02",
       "date line"},
      {{"Publi\xC3\xA9 le 12/03/2021 16:25 Mis \xC3\xA0 jour le 01/04/2021 15:52",
        "La ministre a d\xC3\xA9missionn\xC3\xA9."},
       "2021-03-12",
       "date line"},
      // A render date above the menu, a few lines down, loses to the byline's date.
      {{"A+", "A-", "Domingo, 10 Novembro 2024", "Buscar", "Ministra deixa o cargo", "Ana Souza",
        "31/03/2022 \xC3\xA0s 15:01  atualizado em 31/03/2022 \xC3\xA0s 15:23",
        "A ministra deixou o cargo nesta quinta-feira."},
       "2022-03-31",
       "31/03/2022"},
  };
  for (const Row& r : rows) {
    INFO(r.lines.front());
    const auto v = date_of({r.lines, "", {}});
    CHECK(verdict_date(v) == r.date);
    CHECK(v.evidence.find(r.evidence) != std::string::npos);
  }
}

TEST_CASE("a render date is a top date with today's weekday, not any date near the top",
          "[text][dater]") {
  // The story's date line on the third line, without a weekday, and an older
  // teaser's byline further down: the date line stays.
  const auto v =
      date_of({{"Harbour Gazette", "Home | World | Sport", "March 20, 2021", "Minister quits",
                "The minister said she would go.", "By Ana Ruiz | January 3, 2021"},
               "",
               {}});
  CHECK(verdict_date(v) == "2021-03-20");
}

TEST_CASE("the lead's weekday bounds the story's date", "[text][dater]") {
  // 2021-03-14 is a Sunday: "resigned on Tuesday" would be five days back.
  // The byline's 2021-03-03 (a Wednesday) fits the lead and is close behind.
  const std::vector<std::string> page = {
      "Harbour Gazette", "March 14, 2021", "Minister quits", "By Ana Ruiz | March 3, 2021",
      "The minister, who had led the department for six years, resigned on Tuesday after a "
      "week of protests."};
  auto v = date_of({page, "", {}});
  CHECK(verdict_date(v) == "2021-03-03");
  bool warned = false;
  for (const std::string& w : v.warnings) warned |= w.find("lead's Tuesday") != std::string::npos;
  CHECK(warned);
  // A future clause bounds nothing: the date alone on its line stays.
  std::vector<std::string> future = page;
  future.back() =
      "The minister, who has led the department for six years, will resign on Tuesday after a "
      "week of protests.";
  v = date_of({future, "", {}});
  CHECK(verdict_date(v) == "2021-03-14");
  // With no rival that fits, the date stays and the contradiction is a warning.
  v = date_of({{"March 14, 2021", page.back()}, "", {}});
  CHECK(verdict_date(v) == "2021-03-14");
  warned = false;
  for (const std::string& w : v.warnings) warned |= w.find("lead's Tuesday") != std::string::npos;
  CHECK(warned);
}

TEST_CASE("the dater gives no date rather than a wrong one", "[text][dater]") {
  const std::vector<std::vector<std::string>> pages = {
      {"31/02/2019", "The minister said she would go."},       // no such day
      {"04/05/2021", "The minister said she would go."},       // either order
      {"Posted 3/4/21", "The minister said she would go."},    // two-digit year, either order
      {"January 1, 1970", "The minister said she would go."},  // an empty timestamp
      {"March 3, 2031", "The minister said she would go."},    // beyond the page's time
      // Beyond the month the page's record header stamps it with.
      {"date 2021-03 Harbour news", "April 4, 2021", "The minister said she would go."},
      {"11/22/12", "The minister said she would go."},             // two-digit year, no label
      {"LIMA, March 3 (AFP) - The minister said she would go."},   // no year
      {"The minister said on March 3, 2021, that she would go."},  // inside a sentence
      {"Speaking to Reuters on March 3, 2021 - The minister said she would go."},
      {"The minister told AFP March 3, 2021 was her last day."},
      {"January 19, 1999 - it was a busy day for the minister."},  // the subject of a sentence
      // A forum member's joining date, its label on the line above or before it.
      {"Harbour Forum", "Joined", "Jul 30, 2008", "Posts", "1,204", "The ferry timetable changed."},
      {"Harbour Forum", "Member since: Jul 30, 2008", "The ferry timetable changed."},
  };
  for (const auto& lines : pages) {
    INFO(lines.front());
    const auto v = date_of({lines, "", {}});
    CHECK(verdict_date(v) == "none");
  }
}

TEST_CASE("structured dates and the text: precedence, and the loser as a warning",
          "[text][dater]") {
  const std::vector<std::string> lines = {"March 4, 2021", "The minister said she would go."};
  // The address outranks a date that only stands alone (it may be the render date).
  auto v = date_of({lines, "https://example.com/2021/03/03/minister/", {}});
  CHECK(verdict_date(v) == "2021-03-03");
  CHECK(v.kind == text::DateKind::kUrl);
  CHECK(v.evidence == "url /2021/03/03/");
  REQUIRE_FALSE(v.warnings.empty());
  CHECK(v.warnings.front().find("2021-03-04") != std::string::npos);
  // Metadata outranks both.
  text::StructuredDate meta{*parse_day("2021-03-02"), false, 0, "meta article:published_time"};
  v = date_of({lines, "https://example.com/2021/03/03/minister/", {meta}});
  CHECK(verdict_date(v) == "2021-03-02");
  CHECK(v.evidence == "meta article:published_time");
  // A labelled publication line outranks the address.
  v = date_of({{"Published: March 4, 2021", "The minister said she would go."},
               "https://example.com/2021/03/03/minister/",
               {}});
  CHECK(verdict_date(v) == "2021-03-04");
  // An address whose day and month go either way takes the reading the text writes out.
  v = date_of({{"Interview of the minister, on the radio on 3 February 2022, about the budget."},
               "https://example.com/discours/283741-minister-03022022-interview",
               {}});
  CHECK(verdict_date(v) == "2022-02-03");
  CHECK(v.evidence.find("the text names 2022-02-03") != std::string::npos);
  v = date_of({{"Interview of the minister about the budget."},
               "https://example.com/discours/283741-minister-03022022-interview",
               {}});
  CHECK(verdict_date(v) == "none");
  // An ambiguous numeric date takes the reading the address confirms.
  v = date_of({{"Updated 04/05/2021", "The minister said she would go."},
               "https://example.com/2021/04/05/minister/",
               {}});
  CHECK(verdict_date(v) == "2021-04-05");
}

TEST_CASE("a huge head zone costs no more than a short one", "[text][dater]") {
  // 10 MB without a newline, then a date line: the dater reads a bounded
  // prefix, finds nothing there and stops (no timing assert: it must end).
  std::string huge(10u << 20, 'x');
  const std::vector<std::string> lines = {huge, "March 3, 2021"};
  const auto v = date_of({lines, "", {}});
  CHECK(verdict_date(v) == "none");
  // A 10 MB lead of words after the date line: the lead's weekday is looked
  // for in its first bytes only, and the date line stands.
  std::string lead;
  lead.reserve(10u << 20);
  while (lead.size() < (10u << 20)) lead += "the minister said ";
  lead += "on Tuesday";
  const auto dated = date_of({{"March 3, 2021", lead}, "", {}});
  CHECK(verdict_date(dated) == "2021-03-03");
}

TEST_CASE("a header's weather widget date is the site's clock, not the story's", "[text][dater]") {
  const Page widget{{"24 C", "Suva", "June 2, 2025", "", "Storm cuts power to island",
                     "The storm cut power to thousands on Tuesday, officials said."},
                    "",
                    {}};
  CHECK(verdict_date(date_of(widget)) == "none");
  // The same date line without the reading dates the page.
  const Page plain{{"June 2, 2025", "", "Storm cuts power to island",
                    "The storm cut power to thousands on Monday, officials said."},
                   "",
                   {}};
  CHECK(verdict_date(date_of(plain)) == "2025-06-02");
}
