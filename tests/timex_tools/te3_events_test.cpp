// TempEval-3 Task B event scoring (eval/te3_events.h) and TimeML EVENT tags
// read and written, on annotations written for these tests.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "annals/timeml.h"
#include "te3_events.h"

using annals::parse_timeml;
using annals::TimemlEvent;

namespace {

std::string timeml(const std::string& text) {
  return "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>ev_1</DOCID>\n"
         "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-04-28\" "
         "functionInDocument=\"CREATION_TIME\">2025-04-28</TIMEX3></DCT>\n<TEXT>" +
         text + "</TEXT>\n<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\" tense=\"PAST\"/>\n</TimeML>\n";
}

const std::string kGold = timeml(
    "The mayor <EVENT eid=\"e1\" class=\"REPORTING\">said</EVENT> the Smith &amp; Sons plant "
    "would <EVENT eid=\"e2\" class=\"OCCURRENCE\">close</EVENT> after a <EVENT eid=\"e3\" "
    "class=\"OCCURRENCE\">fire</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" "
    "value=\"2025-04-26\">on Saturday</TIMEX3>.\n");

}  // namespace

// An EVENT tag as a system writes it: span, class and word.
TimemlEvent tag(std::size_t begin, std::size_t end, const char* event_class, const char* surface) {
  TimemlEvent e;
  e.begin = begin;
  e.end = end;
  e.event_class = event_class;
  e.surface = surface;
  return e;
}

TEST_CASE("timeml events: EVENT tags are read with their class and stripped span") {
  auto doc = parse_timeml(kGold, "gold.tml");
  REQUIRE(doc.ok());
  REQUIRE(doc->events.size() == 3);
  CHECK(doc->events[0].eid == "e1");
  CHECK(doc->events[0].event_class == "REPORTING");
  CHECK(doc->events[1].surface == "close");
  CHECK(doc->text.substr(doc->events[2].begin, doc->events[2].end - doc->events[2].begin) ==
        "fire");
  CHECK(doc->timexes.size() == 1);
}

TEST_CASE("timeml events: written tags replace the gold ones and keep every other byte") {
  auto doc = parse_timeml(kGold, "gold.tml");
  REQUIRE(doc.ok());
  const std::size_t plant = doc->text.find("plant");
  const std::size_t amp = doc->text.find("&amp;");
  const std::vector<TimemlEvent> mine = {
      tag(plant, plant + 5, "OCCURRENCE", "plant"),
      tag(doc->events[0].begin, doc->events[0].end, "REPORTING", "said"),
      tag(amp + 1, amp + 4, "STATE", "amp"),  // inside an entity: left out
  };
  const std::string out = annals::write_timeml_events(*doc, mine);
  auto back = parse_timeml(out, "out.tml");
  INFO(out);
  REQUIRE(back.ok());
  CHECK(back->text == doc->text);
  CHECK(back->timexes.empty());
  REQUIRE(back->events.size() == 2);
  CHECK(back->events[0].surface == "said");
  CHECK(back->events[0].eid == "e1");
  CHECK(back->events[1].surface == "plant");
  CHECK(out.substr(0, doc->text_begin) == kGold.substr(0, doc->text_begin));
  CHECK(out.find("<MAKEINSTANCE eventID=\"e1\"") != std::string::npos);
}

TEST_CASE("te3 events: overlap pairs, strict needs the extent, class needs the class") {
  auto gold = parse_timeml(kGold, "gold.tml");
  REQUIRE(gold.ok());
  const std::string& text = gold->text;
  const std::size_t said = text.find("said"), close = text.find("close"),
                    plant = text.find("plant");
  const std::vector<TimemlEvent> system_events = {
      tag(said, said + 4, "OCCURRENCE", ""),        // right word, wrong class
      tag(close - 6, close + 5, "OCCURRENCE", ""),  // "would close": wider, right class
      tag(plant, plant + 5, "OCCURRENCE", ""),      // spurious
  };
  auto system = parse_timeml(annals::write_timeml_events(*gold, system_events), "sys.tml");
  REQUIRE(system.ok());
  const auto c =
      annals::te3::count(annals::te3::scored_events(*gold), annals::te3::scored_events(*system));
  CHECK(c.gold == 3);
  CHECK(c.system == 3);
  CHECK(c.matched == 2);
  CHECK(c.strict == 1);
  CHECK(c.type == 1);
  const auto r = annals::te3::event_scores(c);
  CHECK(annals::te3::percent(r.f1) == "66.67");
  CHECK(annals::te3::percent(r.strict_f1) == "33.33");
  CHECK(annals::te3::percent(r.class_f1) == "33.33");
}

TEST_CASE("te3 events: no events on either side scores zero without dividing by zero") {
  const auto r = annals::te3::event_scores({});
  CHECK(r.f1 == 0);
  CHECK(r.class_f1 == 0);
}
