// The CAT XML reader: tokens and sentence numbers kept, the document named by
// its doc_id, and its date taken from the dateline when the stored creation
// time disagrees. The snippets are our own.
#include <catch2/catch.hpp>

#include "annals/cat.h"
#include "annals/events.h"

namespace {

std::string cat_snippet(const std::string& dct_value) {
  return R"(<?xml version="1.0" ?><Document doc_id="4242" doc_name="4242_Skyline.txt" src_url="http://example.org/a&amp;b">
<token number="0" sentence="0" t_id="1">Skyline</token>
<token number="1" sentence="0" t_id="2">buys</token>
<token number="2" sentence="0" t_id="3">jets</token>
<token number="3" sentence="1" t_id="4">March</token>
<token number="4" sentence="1" t_id="5">4</token>
<token number="5" sentence="1" t_id="6">,</token>
<token number="6" sentence="1" t_id="7">2009</token>
<token number="7" sentence="2" t_id="8">Skyline</token>
<token number="8" sentence="2" t_id="9">Air</token>
<token number="9" sentence="2" t_id="10">bought</token>
<token number="10" sentence="2" t_id="11">ten</token>
<token number="11" sentence="2" t_id="12">jets</token>
<token number="12" sentence="2" t_id="13">for</token>
<token number="13" sentence="2" t_id="14">R&amp;D</token>
<token number="14" sentence="2" t_id="15">.</token>
<Markables>
<TIMEX3 m_id="1" type="DATE" value=")" +
         dct_value +
         R"(" functionInDocument="CREATION_TIME" anchorTimeID="" beginPoint="" endPoint="" comment="">
  <token_anchor t_id="4"/>
  <token_anchor t_id="7"/>
</TIMEX3>
<EVENT_MENTION m_id="9"> <token_anchor t_id="10"/> </EVENT_MENTION>
</Markables>
</Document>
)";
}

// A CAT page of its own words: headline, date line, then a lead that names
// the day before.
std::string cat_tokens(const std::vector<std::vector<std::string>>& sentences) {
  std::string xml =
      R"(<?xml version="1.0" ?><Document doc_id="77" doc_name="77_Gadget.txt" src_url="">)"
      "\n";
  int n = 0;
  for (std::size_t s = 0; s < sentences.size(); ++s)
    for (const std::string& w : sentences[s]) {
      xml += "<token number=\"" + std::to_string(n) + "\" sentence=\"" + std::to_string(s) +
             "\" t_id=\"" + std::to_string(n + 1) + "\">" + w + "</token>\n";
      ++n;
    }
  return xml + "<Markables>\n</Markables>\n</Document>\n";
}

}  // namespace

TEST_CASE("CAT lead: the date line is the page's date, not the day the lead is about", "[cat]") {
  auto cat =
      annals::parse_cat(cat_tokens({{"Gadgetco", "shows", "a", "tablet"},
                                    {"May", "4", ",", "2012"},
                                    {"Yesterday", ",", "at", "a", "trade", "show", ",", "Gadgetco",
                                     "chief", "Ann", "Lee", "unveiled", "a", "tablet", "."}}),
                        "gadget.xml");
  REQUIRE(cat.ok());
  auto doc = annals::cat_to_document(*cat);
  REQUIRE(doc.ok());
  const annals::Extraction ex = annals::extract_events(*doc);
  bool found = false;
  for (const annals::EventMention& e : ex.events) {
    if (e.trigger != "unveiled") continue;
    REQUIRE(e.when);
    CHECK(annals::format_day(e.when->start) == "2012-05-03");
    found = true;
  }
  CHECK(found);
}

TEST_CASE("CAT reader keeps tokens, sentence numbers and markables", "[cat]") {
  auto cat = annals::parse_cat(cat_snippet("2009-03-04"), "snippet.xml");
  REQUIRE(cat.ok());
  CHECK(cat->doc_id == "4242");
  CHECK(cat->url == "http://example.org/a&b");
  REQUIRE(cat->tokens.size() == 15);
  CHECK(cat->tokens[13].text == "R&D");
  CHECK(cat->tokens[9].sentence == 2);
  REQUIRE(cat->markables.size() == 2);
  CHECK(cat->markables[0].function == "CREATION_TIME");
  CHECK(cat->markables[1].kind == "EVENT_MENTION");
  CHECK(cat->markables[1].tokens == std::vector<std::uint32_t>{10});
}

TEST_CASE("CAT document: one body line per sentence, tokens at their offsets", "[cat]") {
  auto cat = annals::parse_cat(cat_snippet("2009-03-04"), "snippet.xml");
  REQUIRE(cat.ok());
  auto doc = annals::cat_to_document(*cat);
  REQUIRE(doc.ok());
  CHECK(doc->name == "4242");
  CHECK(doc->title == "Skyline buys jets");
  REQUIRE(doc->sentences.size() == 3);
  CHECK(doc->sentences[2].text(doc->body) == "Skyline Air bought ten jets for R&D .");
  REQUIRE(doc->tokens.size() == 15);
  const annals::SourceToken& bought = doc->tokens[9];
  CHECK(doc->body.substr(bought.begin, bought.end - bought.begin) == "bought");
  CHECK(bought.id == 10);
  CHECK(bought.sentence == 2);
  REQUIRE(doc->date);
  CHECK(annals::format_day(*doc->date) == "2009-03-04");
  CHECK(doc->warnings.empty());
}

TEST_CASE("CAT document date: the dateline wins over a wrong or malformed creation time", "[cat]") {
  for (const char* stored : {"2009-03-09", "04-03-2009"}) {
    auto cat = annals::parse_cat(cat_snippet(stored), "snippet.xml");
    REQUIRE(cat.ok());
    auto doc = annals::cat_to_document(*cat);
    REQUIRE(doc.ok());
    REQUIRE(doc->date);
    CHECK(annals::format_day(*doc->date) == "2009-03-04");
    REQUIRE(doc->warnings.size() == 1);
    CHECK(doc->warnings[0].find(stored) != std::string::npos);
  }
}

TEST_CASE("CAT events are named by the source's sentence numbers", "[cat]") {
  auto cat = annals::parse_cat(cat_snippet("2009-03-04"), "snippet.xml");
  REQUIRE(cat.ok());
  auto doc = annals::cat_to_document(*cat);
  REQUIRE(doc.ok());
  const annals::Extraction ex = annals::extract_events(*doc);
  bool found = false;
  for (const annals::EventMention& e : ex.events) {
    if (e.type != "buy") continue;
    // "buys" (headline) and "bought" (sentence 2) are one happening; both words are kept.
    std::vector<std::pair<std::size_t, std::string>> sites{{e.sentence, e.trigger}};
    for (const auto& t : e.other_triggers) sites.emplace_back(t.sentence, t.trigger);
    CHECK(std::count(sites.begin(), sites.end(),
                     std::pair<std::size_t, std::string>{2, "bought"}) == 1);
    CHECK(std::count(sites.begin(), sites.end(), std::pair<std::size_t, std::string>{0, "buys"}) ==
          1);
    found = true;
  }
  CHECK(found);
}

TEST_CASE("CAT reader rejects what it cannot name", "[cat]") {
  CHECK_FALSE(
      annals::parse_cat("<Document><token t_id=\"1\" sentence=\"0\">x</token></Document>", "a")
          .ok());
  CHECK_FALSE(annals::parse_cat("<Document doc_id=\"1\"></Document>", "b").ok());
  CHECK_FALSE(annals::parse_cat("<Document doc_id=\"1\"><token t_id=\"1\" sentence=\"2\">x</token>"
                                "<token t_id=\"2\" sentence=\"1\">y</token></Document>",
                                "c")
                  .ok());
  CHECK_FALSE(annals::parse_cat("plain text, no XML", "d").ok());
  // Found by fuzz/document_fuzz: an empty closing tag threw out of the reader.
  auto empty_close = annals::parse_cat("<Document doc_id=\"1\"></></Document>", "e");
  REQUIRE_FALSE(empty_close.ok());
  CHECK_THAT(empty_close.status().message(), Catch::Contains("malformed tag"));
  CHECK(annals::looks_like_cat(cat_snippet("2009-03-04")));
  CHECK_FALSE(annals::looks_like_cat("<html><body>hi</body></html>"));
}
