// Event times: the TimeML reader's EVENT tags, the dating rules on written
// sentences, the benchmark's label notation and its scorer, and `annals
// events --gold-events` end to end.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "../support/run_command.h"
#include "annals/event_time.h"
#include "annals/timeml.h"
#include "annals/timex.h"
#include "eventtime_score.h"
#include "sentences.h"

namespace fs = std::filesystem;
using namespace annals;

namespace {

// Written for these tests.
const std::string kStory =
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>story_1</DOCID>\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-04-28\" "
    "functionInDocument=\"CREATION_TIME\">April 28, 2025</TIMEX3></DCT>\n"
    "<TEXT>\nThe council <EVENT eid=\"e1\" class=\"OCCURRENCE\">voted</EVENT> on Saturday to "
    "close the old bridge. The mayor <EVENT eid=\"e2\" class=\"REPORTING\">said</EVENT> the "
    "works will <EVENT eid=\"e3\" class=\"OCCURRENCE\">start</EVENT> soon. The bridge was "
    "<EVENT eid=\"e4\" class=\"OCCURRENCE\">built</EVENT> in June 1961.\n</TEXT>\n"
    "<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\" tense=\"PAST\" aspect=\"NONE\" pos=\"VERB\"/>\n"
    "<MAKEINSTANCE eventID=\"e2\" eiid=\"ei2\" tense=\"PAST\" aspect=\"NONE\" pos=\"VERB\"/>\n"
    "<MAKEINSTANCE eventID=\"e3\" eiid=\"ei3\" tense=\"FUTURE\" aspect=\"NONE\" pos=\"VERB\"/>\n"
    "</TimeML>\n";

std::vector<std::string> labels_of(const TimemlDocument& doc, bool with_instances) {
  const std::vector<Timex> timexes = tag_timexes(doc.text, {doc.dct});
  const std::vector<Sentence> sentences = text::split_sentences(doc.text);
  std::vector<DatingSite> sites;
  for (const TimemlEvent& e : doc.events) {
    DatingSite s;
    s.begin = e.begin;
    s.end = e.end;
    if (with_instances) {
      s.tense = e.tense;
      s.aspect = e.aspect;
      s.event_class = e.event_class;
      s.pos = e.pos;
    }
    sites.push_back(s);
  }
  std::vector<std::string> out;
  for (const EventTime& t : date_event_sites({doc.text, sentences, timexes, doc.dct}, sites))
    out.push_back(event_time_label(t));
  return out;
}

}  // namespace

TEST_CASE("eventtime: the TimeML reader keeps EVENT tags and their instances") {
  auto doc = parse_timeml(kStory, "story_1.tml");
  REQUIRE(doc.ok());
  REQUIRE(doc->events.size() == 4);
  CHECK(doc->events[0].eid == "e1");
  CHECK(doc->text.substr(doc->events[0].begin, doc->events[0].end - doc->events[0].begin) ==
        "voted");
  CHECK(doc->events[1].event_class == "REPORTING");
  CHECK(doc->events[2].tense == "FUTURE");
  CHECK(doc->events[3].tense.empty());  // no MAKEINSTANCE
}

TEST_CASE("eventtime: events are dated by their own time expression, tense and the story date") {
  auto doc = parse_timeml(kStory, "story_1.tml");
  REQUIRE(doc.ok());
  for (bool with_instances : {true, false}) {
    INFO("tense from " << (with_instances ? "MAKEINSTANCE" : "the text"));
    const auto labels = labels_of(*doc, with_instances);
    REQUIRE(labels.size() == 4);
    CHECK(labels[0] == "2025-04-26");  // "voted on Saturday"
    CHECK(labels[1] == "2025-04-28");  // a reporting verb: the story's day
    CHECK(labels[2].starts_with("beginPoint=after2025-04-28"));  // "will start"
    CHECK(labels[3] == "after1961-06-01before1961-06-28");       // "in June 1961"
  }
}

TEST_CASE("eventtime: kinds and labels of bounded and lasting events") {
  EventTime before;
  before.begin.before = to_day({2025, 4, 28});
  CHECK(time_kind(before) == "before");
  CHECK(event_time_label(before) == "before2025-04-28");
  CHECK_FALSE(bounded_interval(before.begin));

  EventTime between;
  between.begin.after = to_day({2025, 4, 20});
  between.begin.before = to_day({2025, 4, 28});
  CHECK(time_kind(between) == "between");
  CHECK(bounded_interval(between.begin)->start == to_day({2025, 4, 21}));

  EventTime span;
  span.begin.on = to_day({2025, 4, 20});
  span.end = TimeBound{};
  span.end->after = to_day({2025, 4, 28});
  CHECK(time_kind(span) == "span");
  CHECK(event_time_label(span) == "beginPoint=2025-04-20endPoint=after2025-04-28");
}

TEST_CASE("eventtime scorer: exact match allows the annotators' alternatives") {
  using annals::eventtime::consistent;
  using annals::eventtime::exact_match;
  CHECK(exact_match("1998-01-08", "1998-01-08"));
  CHECK(exact_match("before1998-01-08", "1998-01-08,before1998-01-08"));
  CHECK_FALSE(exact_match("1998-01-07", "1998-01-08"));
  // Relaxed: some day fits both.
  CHECK(consistent("before1998-01-08", "1998-01-05"));
  CHECK_FALSE(consistent("1998-01-08", "before1998-01-08"));
  CHECK(consistent("after1997-12-31", "after1998-01-01before1998-01-28"));
  CHECK(consistent("beginPoint=before1998-01-08endPoint=after1998-01-08",
                   "beginPoint=1998-01-01endPoint=1998-02-01"));
  CHECK_FALSE(consistent("beginPoint=after1998-01-08endPoint=after1998-01-08",
                         "beginPoint=1998-01-01endPoint=1998-02-01"));
  CHECK_FALSE(consistent("1998-01-08", "n/a"));
  CHECK(consistent("n/a", "n/a"));
}

TEST_CASE("eventtime cli: --gold-events prints doc, eid and label for every EVENT tag") {
  annals::testing::TempDir dir;
  const fs::path file = dir.path() / "story_1.tml";
  std::ofstream(file) << kStory;
  const auto r = annals::testing::run_shell(
      annals::testing::shell_quote(annals::testing::annals_binary().string()) +
          " events --gold-events --format tsv " + annals::testing::shell_quote(file.string()) +
          " " + annals::testing::shell_quote((dir.path() / "missing.tml").string()),
      dir.path());
  CHECK(r.exit_code == 2);  // the missing file is an error, the good one still printed
  CHECK(r.out.find("story_1\te1\t2025-04-26\n") != std::string::npos);
  CHECK(r.out.find("story_1\te4\tafter1961-06-01before1961-06-28\n") != std::string::npos);
  CHECK(r.err.find("missing.tml") != std::string::npos);
}
