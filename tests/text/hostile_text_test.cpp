// Text no careful writer would send still gives what a reader can get from
// it, and nothing a reader would call absurd.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "annals/document.h"
#include "annals/events.h"

using annals::extract_events;
using annals::parse_text_document;

namespace {
annals::Document document(const std::string& text) {
  auto doc = parse_text_document("t.txt", text, {});
  REQUIRE(doc.ok());
  return std::move(*doc);
}
bool has_type(const annals::Extraction& ex, const std::string& type) {
  return std::any_of(ex.events.begin(), ex.events.end(),
                     [&](const annals::EventMention& m) { return m.type == type; });
}
}  // namespace

TEST_CASE("a story in capitals is read in the case of its words", "[text][hostile]") {
  const annals::Document doc = document(
      "Posted March 9, 2022\n"
      "LISBON - THE PORTUGUESE PARLIAMENT APPROVED THE BUDGET ON MONDAY AFTER A LONG DEBATE. "
      "THE FINANCE MINISTER SAID THE PLAN WOULD CUT THE DEFICIT.\n");
  const annals::Extraction ex = extract_events(doc);
  REQUIRE_FALSE(ex.events.empty());
  CHECK(has_type(ex, "say"));
  // The trigger is quoted as the page writes it.
  for (const annals::EventMention& m : ex.events) {
    CAPTURE(m.trigger);
    CHECK(doc.body.substr(m.trigger_offset, m.trigger.size()) == m.trigger);
  }
  CHECK(std::any_of(ex.warnings.begin(), ex.warnings.end(), [](const std::string& w) {
    return w.find("written in capitals") != std::string::npos;
  }));
  // The Monday before the date line, as in any other story.
  const auto approve = std::find_if(ex.events.begin(), ex.events.end(),
                                    [](const auto& m) { return m.trigger == "APPROVED"; });
  REQUIRE(approve != ex.events.end());
  REQUIRE(approve->when);
  CHECK(annals::format_day(approve->when->start) == "2022-03-07");
}

TEST_CASE("a two-thousand-word sentence ends with a bounded set of events", "[text][hostile]") {
  std::string text = "Posted March 9, 2022\n";
  static const char* const kWords[] = {"the", "council", "said", "that",  "officials", "met",
                                       "and", "workers", "left", "while", "crowds",    "waited"};
  for (int i = 0; i < 2000; ++i) {
    text += kWords[(i * 7) % 12];
    text += ' ';
  }
  text += "today.\n";
  const annals::Extraction ex = extract_events(document(text));
  // Its verbs are read, at most one event each: no mention is counted twice.
  CHECK_FALSE(ex.events.empty());
  CHECK(ex.events.size() <= 2000 / 3);
}

TEST_CASE("a table of numbers is no story and gives no events", "[text][hostile]") {
  std::string text = "Posted March 9, 2022\nYear Q1 Q2 Q3 Q4\n";
  for (int year = 1990; year < 2020; ++year)
    text += std::to_string(year) + " 101.5 99.2 104.8 98.1\n";
  auto doc = parse_text_document("t.txt", text, {});
  REQUIRE(doc.ok());
  CHECK(doc->body.empty());  // read as furniture: ingest says "no story text found"
  CHECK(extract_events(*doc).events.empty());
}

TEST_CASE("text without punctuation still gives its events and no actor from nowhere",
          "[text][hostile]") {
  const annals::Extraction ex = extract_events(document(
      "Posted March 9, 2022\n"
      "the council approved the plan on monday and the mayor said the work would start soon "
      "residents welcomed the decision\n"));
  CHECK(ex.events.size() >= 1);
  for (const annals::EventMention& m : ex.events)
    for (const std::string& a : m.agents) CHECK_FALSE(a.empty());
}
