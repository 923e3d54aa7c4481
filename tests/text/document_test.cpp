#include <algorithm>
#include <catch2/catch.hpp>

#include "annals/document.h"

using annals::DocumentOptions;
using annals::parse_day;
using annals::parse_html_document;
using annals::parse_text_document;

namespace {
std::string body_of(const std::string& text) {
  auto doc = parse_text_document("t.txt", text, {});
  REQUIRE(doc.ok());
  return doc->body;
}
}  // namespace

TEST_CASE("bytes that are not an article are refused with the reason", "[text][document]") {
  auto empty = parse_text_document("e.txt", "", {});
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.status().message() == "empty file");

  const std::string binary("PK\x03\x04\0\0abc", 9);
  auto bin = parse_text_document("b.txt", binary, {});
  REQUIRE_FALSE(bin.ok());
  CHECK(bin.status().message().find("binary file, not text") != std::string::npos);
}

TEST_CASE("invalid UTF-8 is replaced and reported with its offset", "[text][document]") {
  const std::string text =
      "Ministers met in Brussels on Friday.\nThe caf\xE9 closed early after the vote.\n";
  auto doc = parse_text_document("u.txt", text, {});
  REQUIRE(doc.ok());
  REQUIRE_FALSE(doc->warnings.empty());
  CHECK(doc->warnings.front().find("byte offset 44") != std::string::npos);
  CHECK(doc->body.find("caf\xEF\xBF\xBD") != std::string::npos);
  CHECK_FALSE(annals::check_text(text).ok());
}

TEST_CASE("date line, dateline, outlet and repeated headline", "[text][document]") {
  const std::string page =
      "Lagos votes in tight governor race\n"
      "Lagos votes in tight governor race\n"
      "Daily Planet05-11-2024\n"
      "LAGOS, Nov 5 (Reuters) - Voters in Lagos chose a new governor on Tuesday after a campaign "
      "marked by protests.\n"
      "Turnout was higher than in the last election, officials said.\n";
  auto doc = parse_text_document("p.txt", page, {});
  REQUIRE(doc.ok());
  CHECK(doc->date == parse_day("2024-11-05"));
  // The outlet's name glued to the date: a credit line, the date next to it.
  CHECK(doc->date_source == annals::DateSource::kByline);
  CHECK(doc->date_evidence == "byline \"Daily Planet05-11-2024 (lead: Tuesday)\"");
  CHECK(doc->place == "LAGOS");
  CHECK(doc->outlet == "Reuters");
  CHECK(doc->title == "Lagos votes in tight governor race");
  CHECK(doc->body.find("Lagos votes in tight") == std::string::npos);
  CHECK(doc->body.rfind("Voters in Lagos chose", 0) == 0);
  CHECK(doc->sentences.size() == 2);
}

TEST_CASE("no date: nullopt and a warning, --date overrides", "[text][document]") {
  const std::string page =
      "HAVANA, June 2 (Reuters) - Cuba's government raised fuel prices, the ministry said.\n";
  auto undated = parse_text_document("n.txt", page, {});
  REQUIRE(undated.ok());
  CHECK_FALSE(undated->date);
  CHECK_FALSE(undated->warnings.empty());

  DocumentOptions options;
  options.date = parse_day("2023-06-02");
  auto dated = parse_text_document("n.txt", page, options);
  REQUIRE(dated.ok());
  CHECK(dated->date == parse_day("2023-06-02"));
  CHECK(dated->date_source == annals::DateSource::kUser);
}

TEST_CASE("a date line one day behind the lead's weekday moves to the lead's day",
          "[text][document]") {
  // 2024-11-04 is a Monday; the lead says Tuesday: the page's clock is behind the place's.
  const std::string page =
      " date 2024-11-04\n"
      "TOKYO (AP) \xE2\x80\x94 Japan's parliament confirmed Tuesday that it would hold a special "
      "session.\n";
  auto doc = parse_text_document("z.txt", page, {});
  REQUIRE(doc.ok());
  CHECK(doc->date == parse_day("2024-11-05"));
  // Not silently: the warning quotes both the date line and the lead.
  REQUIRE(doc->warnings.size() == 1);
  CHECK(doc->warnings[0].find("2024-11-04") != std::string::npos);
  CHECK(doc->warnings[0].find("Japan's parliament confirmed Tuesday") != std::string::npos);
  // Older wire copy: the dateline on a line of its own, "_" for the dash, the lead below it.
  const std::string wire =
      " date 2024-11-04\n"
      "TOKYO (AP) _\n"
      "\n"
      "Japan's parliament confirmed Tuesday that it would hold a special session.\n";
  auto split = parse_text_document("w.txt", wire, {});
  REQUIRE(split.ok());
  CHECK(split->place == "TOKYO");
  CHECK(split->date == parse_day("2024-11-05"));
}

TEST_CASE("a 10 MB single line parses", "[text][document]") {
  std::string line;
  line.reserve(10 << 20);
  while (line.size() < (10u << 20))
    line += "The council met again and the talks went on without a deal. ";
  auto doc = parse_text_document("big.txt", line, {});
  REQUIRE(doc.ok());
  CHECK(doc->sentences.size() > 100000);
}

TEST_CASE("HTML: tags stripped, blocks kept as lines, scripts dropped, entities decoded",
          "[text][document]") {
  const std::string html =
      "<html><head><title>Storm</title><script>var x = 'Officials said nothing';</script>"
      "<style>p { color: red }</style></head><body>"
      "<p>MANILA, Oct 2 (Reuters) - A typhoon hit the Philippines on Wednesday, officials said.</p>"
      "<p>Rescuers reached the island&rsquo;s villages &amp; towns by boat.</p></body></html>";
  auto doc = parse_html_document("s.html", html, {});
  REQUIRE(doc.ok());
  CHECK(doc->body.find("var x") == std::string::npos);
  CHECK(doc->body.find("color") == std::string::npos);
  CHECK(doc->body.find("island\xE2\x80\x99s villages & towns") != std::string::npos);
  CHECK(doc->place == "MANILA");
  CHECK(doc->sentences.size() == 2);
}

TEST_CASE("HTML is read as a browser reads it: named references, comments, broken markup",
          "[text][document]") {
  const std::string html =
      "<!DOCTYPE html><html><head><title>Vote</title></head><body>"
      "<!-- <p>An old draft said the vote failed.</p> -->"
      "<p data-note=\"a > b\">BUDAPEST, Feb 26 (AP) - Prime Minister Viktor Orb&aacute;n "
      "welcomed the vote on Monday &ndash; his party&#8217;s deputies backed it.</p>"
      "<script>if (a < b) { document.write('<p>Subscribe now</p>'); }</script>"
      "<p>Lawmakers voted 188 to 6 &eacute;n bloc<br>in the afternoon"
      "<div>The unclosed paragraph above still ends here.";
  auto doc = parse_html_document("vote.html", html, {});
  REQUIRE(doc.ok());
  CHECK(doc->body.find("Viktor Orb\xC3\xA1n welcomed") != std::string::npos);
  CHECK(doc->body.find("Monday \xE2\x80\x93 his party\xE2\x80\x99s") != std::string::npos);
  CHECK(doc->body.find("data-note") == std::string::npos);
  CHECK(doc->body.find("b\">") == std::string::npos);
  CHECK(doc->body.find("old draft") == std::string::npos);
  CHECK(doc->body.find("Subscribe") == std::string::npos);
  CHECK(doc->body.find("unclosed paragraph above still ends here") != std::string::npos);
  CHECK(doc->place == "BUDAPEST");
}

TEST_CASE("HTML nested thousands deep keeps its text", "[text][document]") {
  std::string html = "<html><body>";
  for (int i = 0; i < 5000; ++i) html += "<div><span>";
  html += "BUDAPEST, Feb 26 (AP) - Viktor Orb&aacute;n welcomed the vote on Monday.";
  for (int i = 0; i < 5000; ++i) html += "</span></div>";
  html += "<p>Lawmakers backed the bid.</p></body></html>";
  auto doc = parse_html_document("deep.html", html, {});
  REQUIRE(doc.ok());
  CHECK(doc->body.find("Viktor Orb\xC3\xA1n welcomed the vote on Monday.") != std::string::npos);
  CHECK(doc->body.find("Lawmakers backed the bid.") != std::string::npos);
}

TEST_CASE("body keeps story text only", "[text][document]") {
  CHECK(body_of(
            "logo\nThe mayor resigned on Friday after a week of protests in the city.\nYahoo\n") ==
        "The mayor resigned on Friday after a week of protests in the city.");
}

TEST_CASE("a page whose every line looks like furniture keeps its long lines, with a warning",
          "[text][document]") {
  const std::string captions =
      "Photos of the week\n\n"
      "A farmer walks his cattle across a flooded field near the river on a grey morning, "
      "March 25, 2021. REUTERS/Jane Roe\n"
      "Share this article\n";
  auto doc = parse_text_document("captions.txt", captions, {});
  REQUIRE(doc.ok());
  CHECK(doc->body.find("A farmer walks his cattle") == 0);
  CHECK(doc->body.find("Share this article") == std::string::npos);
  const bool warned = std::any_of(doc->warnings.begin(), doc->warnings.end(), [](const auto& w) {
    return w.find("every line looked like page furniture") != std::string::npos;
  });
  CHECK(warned);
  // Short furniture alone is still no story.
  CHECK(body_of("Related Articles\nMore Stories\nCredit: AP\n").empty());
}
