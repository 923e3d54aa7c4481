// Cross-document merging, observed through the store.
#include <catch2/catch.hpp>

#include "kb_fixture.h"

using namespace annals;
using namespace annals::kbtest;

namespace {

const std::vector<std::string> kLeaders = {"Kim Jong Un", "Vladimir Putin"};

kb::EventRecord only_event(const kb::Store& store) {
  auto events = all_events(store);
  REQUIRE(events.size() == 1);
  return events.front();
}

}  // namespace

TEST_CASE("four year-level mentions and one exact date make one day-level event", "[kb][merge]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  for (int i = 0; i < 4; ++i) {
    std::string name = "year_" + std::to_string(i) + ".txt";
    Document doc = make_doc(name, d(("2025-04-2" + std::to_string(i)).c_str()),
                            {"The pact Kim put his name to alongside Putin a year ago."});
    Extraction ex;
    ex.events.push_back(mention("sign", kLeaders, year_interval(2024)));
    ex.events.back().time_text = "last year";
    name_entities(ex, {"Pyongyang"});
    REQUIRE(store->put_document(doc, ex).ok());
  }
  Document caption =
      make_doc("caption.txt", d("2025-04-28"),
               {"Photo: the two leaders put pen to paper in Pyongyang on June 19, 2024."});
  Extraction ex;
  ex.events.push_back(mention("sign", {"Kim Jong Un"}, on("2024-06-19")));
  name_entities(ex, {"Pyongyang"});
  auto report = store->put_document(caption, ex);
  REQUIRE(report.ok());
  CHECK(report->events_merged == 1);
  CHECK(report->events_new == 0);

  kb::EventRecord ev = only_event(*store);
  REQUIRE(ev.when);
  CHECK(*ev.when == on("2024-06-19"));
  CHECK(ev.when->granularity == Granularity::kDay);
  CHECK(ev.mentions.size() == 5);
  CHECK(ev.conflicting_dates.empty());    // "2024" agrees with June 19, 2024
  CHECK(ev.reported == d("2025-04-20"));  // the earliest mentioning document
  CHECK(ev.agents == kLeaders);
  CHECK(store->check().ok());
}

TEST_CASE("disagreeing dates are settled by the most mentions and stay visible", "[kb][merge]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  auto put = [&](const std::string& name, DateInterval when) {
    Document doc =
        make_doc(name, d("2025-04-28"), {"Moscow admitted the troops fought (" + name + ")."});
    Extraction ex;
    ex.events.push_back(mention("acknowledge", {"Russia"}, when));
    name_entities(ex, {"Kursk"});
    REQUIRE(store->put_document(doc, ex).ok());
  };
  put("week.txt", *interval_of_timex_value("2025-W17"));
  put("sat1.txt", on("2025-04-26"));
  put("fri.txt", on("2025-04-25"));
  put("sat2.txt", on("2025-04-26"));

  kb::EventRecord ev = only_event(*store);
  REQUIRE(ev.when);
  CHECK(*ev.when == on("2025-04-26"));
  REQUIRE(ev.conflicting_dates.size() == 1);
  CHECK(ev.conflicting_dates[0] == on("2025-04-25"));
  // Every mention keeps its own date.
  int fridays = 0;
  for (const auto& m : ev.mentions) fridays += m.when == on("2025-04-25") ? 1 : 0;
  CHECK(fridays == 1);
}

TEST_CASE("conflicting figures are kept per source", "[kb][merge]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  auto put = [&](const std::string& name, double low, double high, const std::string& text) {
    Document doc =
        make_doc(name, d("2025-04-28"), {"Pyongyang shipped " + text + " west last autumn."});
    Extraction ex;
    EventMention m = mention("deploy", {"North Korea"}, *interval_of_timex_value("2024-FA"));
    m.patients = {"Russia"};
    m.quantities.push_back(Quantity{"troops", low, high, text});
    ex.events.push_back(m);
    REQUIRE(store->put_document(doc, ex).ok());
  };
  put("a.txt", 14000, 14000, "14,000 troops");
  put("b.txt", 10000, 12000, "10,000 to 12,000 soldiers");

  kb::EventRecord ev = only_event(*store);
  REQUIRE(ev.quantities.size() == 2);
  CHECK(ev.quantities[0].doc == "a.txt");
  CHECK(ev.quantities[0].low == 14000);
  CHECK(ev.quantities[1].doc == "b.txt");
  CHECK(ev.quantities[1].high == 12000);
}

TEST_CASE("same type on disjoint dates stays two events", "[kb][merge]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  Document doc = make_doc("meetings.txt", d("2025-04-28"),
                          {"Kim hosted Shoigu in March.", "They had also met in September 2023."});
  Extraction ex;
  ex.events.push_back(mention("meet", {"Kim Jong Un"}, month_interval(2025, 3), 0));
  ex.events.push_back(mention("meet", {"Kim Jong Un"}, month_interval(2023, 9), 1));
  auto report = store->put_document(doc, ex);
  REQUIRE(report.ok());
  CHECK(report->events_new == 2);
  CHECK(all_events(*store).size() == 2);
}

TEST_CASE("same day with different agents stays two events", "[kb][merge]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  Document doc =
      make_doc("two.txt", d("2025-04-28"),
               {"Pyongyang confirmed it on Monday.", "Moscow confirmed it the same day."});
  Extraction ex;
  ex.events.push_back(mention("confirm", {"North Korea"}, on("2025-04-28"), 0));
  ex.events.push_back(mention("confirm", {"Russia"}, on("2025-04-28"), 1));
  REQUIRE(store->put_document(doc, ex).ok());
  CHECK(all_events(*store).size() == 2);
}

TEST_CASE("a dated acknowledge mention joins the confirm event of its type family", "[kb][merge]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  Document a = make_doc("a.txt", d("2025-04-28"), {"The North confirmed the dispatch today."});
  Extraction ea;
  ea.events.push_back(mention("confirm", {"North Korea"}, on("2025-04-28")));
  name_entities(ea, {"Russia"});
  REQUIRE(store->put_document(a, ea).ok());

  Document b = make_doc("b.txt", d("2025-04-29"),
                        {"Pyongyang acknowledged on Monday sending soldiers to Russia."});
  Extraction eb;
  eb.events.push_back(mention("acknowledge", {"North Korea"}, on("2025-04-28")));
  name_entities(eb, {"Russia"});
  auto report = store->put_document(b, eb);
  REQUIRE(report.ok());
  CHECK(report->events_merged == 1);
  kb::EventRecord ev = only_event(*store);
  CHECK(ev.type == "confirm");
  CHECK(ev.mentions.size() == 2);
  CHECK(*ev.when == on("2025-04-28"));
}

// Strong evidence only across documents: each of these pairs is one
// requirement short, and stays two events.
TEST_CASE("an open interval is no evidence across documents", "[kb][merge]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  Document a = make_doc("a.txt", d("2025-04-28"), {"The North confirmed the dispatch today."});
  Extraction ea;
  ea.events.push_back(mention("confirm", {"North Korea"}, on("2025-04-28")));
  name_entities(ea, {"Russia"});
  REQUIRE(store->put_document(a, ea).ok());
  Document b = make_doc("b.txt", d("2025-04-29"), {"Pyongyang has acknowledged sending soldiers."});
  Extraction eb;
  eb.events.push_back(mention("acknowledge", {"North Korea"}, std::nullopt));  // open
  name_entities(eb, {"Russia"});
  auto report = store->put_document(b, eb);
  REQUIRE(report.ok());
  CHECK(report->events_merged == 0);
  CHECK(all_events(*store).size() == 2);
}

TEST_CASE("an empty actor list matches nothing across documents", "[kb][merge]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  for (const char* name : {"quake.txt", "shelling.txt"}) {
    Document doc =
        make_doc(name, d("2023-02-06"), {std::string("Many were killed (") + name + ")."});
    Extraction ex;
    ex.events.push_back(mention("kill", {}, on("2023-02-06")));
    name_entities(ex, {"Turkey", "Syria"});
    REQUIRE(store->put_document(doc, ex).ok());
  }
  CHECK(all_events(*store).size() == 2);
}

TEST_CASE("documents that share no story keep their events apart", "[kb][merge]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  auto put = [&](const char* name, std::vector<std::string> story) {
    Document doc = make_doc(name, d("2024-05-02"),
                            {std::string("The court confirmed the ruling (") + name + ")."});
    Extraction ex;
    ex.events.push_back(mention("confirm", {"Supreme Court"}, on("2024-05-02")));
    name_entities(ex, story);
    REQUIRE(store->put_document(doc, ex).ok());
  };
  put("brazil.txt", {"Brazil", "Brasilia"});
  put("india.txt", {"India", "New Delhi"});
  CHECK(all_events(*store).size() == 2);
  put("brazil_again.txt", {"Brazil", "Lula"});  // shares the court and Brazil
  auto events = all_events(*store);
  REQUIRE(events.size() == 2);
  CHECK(events[0].mentions.size() + events[1].mentions.size() == 3);
  for (const auto& ev : events)
    if (ev.mentions.size() == 2) CHECK(ev.mentions[1].doc == "brazil_again.txt");
}

TEST_CASE("an open mention merges within its own document", "[kb][merge]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  Document doc = make_doc("one.txt", d("2025-04-28"),
                          {"The North confirmed the dispatch on Monday.",
                           "It had never confirmed the deployment before."});
  Extraction ex;
  ex.events.push_back(mention("confirm", {"North Korea"}, on("2025-04-28"), 0));
  ex.events.push_back(mention("confirm", {"North Korea"}, std::nullopt, 1));
  auto report = store->put_document(doc, ex);
  REQUIRE(report.ok());
  CHECK(report->events_new == 1);
  CHECK(only_event(*store).mentions.size() == 2);
}

TEST_CASE("a mention dated decades back stays apart from an open one of its document",
          "[kb][merge]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  Document doc = make_doc("one.txt", d("2025-04-28"),
                          {"The flooding has forced thousands from their homes.",
                           "The last floods of that size came in 1955."});
  Extraction ex;
  ex.events.push_back(mention("flood", {}, std::nullopt, 0));
  ex.events.push_back(mention("flood", {}, year_interval(1955), 1));
  auto report = store->put_document(doc, ex);
  REQUIRE(report.ok());
  CHECK(report->events_new == 2);
}

TEST_CASE("mentions within one document merge with each other", "[kb][merge]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  Document doc =
      make_doc("one.txt", d("2025-04-28"),
               {"Putin thanked Kim on Monday.", "The Kremlin leader's thanks came Monday."});
  Extraction ex;
  ex.events.push_back(mention("thank", {"Vladimir Putin"}, on("2025-04-28"), 0));
  ex.events.push_back(mention("thank", {"Vladimir Putin"}, on("2025-04-28"), 1));
  auto report = store->put_document(doc, ex);
  REQUIRE(report.ok());
  CHECK(report->events_new == 1);
  CHECK(report->events_merged == 1);
  CHECK(only_event(*store).mentions.size() == 2);
}

TEST_CASE("one happening told hundreds of times in one document gets a warning", "[kb][merge]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  std::vector<std::string> sentences;
  Extraction ex;
  for (std::size_t i = 0; i < 250; ++i) {
    sentences.push_back("The North confirmed it again, line " + std::to_string(i) + ".");
    ex.events.push_back(mention("confirm", {"North Korea"}, on("2025-04-28"), i));
  }
  auto report = store->put_document(make_doc("loop.txt", d("2025-04-28"), sentences), ex);
  REQUIRE(report.ok());
  CHECK(report->events_new == 1);
  REQUIRE(report->warnings.size() == 1);
  CHECK_THAT(report->warnings[0], Catch::Contains("250 mentions"));
  CHECK_THAT(report->warnings[0], Catch::Contains("no real story"));
}

// A happening known by what it was done to: one story tells that the flag
// will be raised over Sweden, another that it was. The patient is the
// shared participant; a named agent on both sides must still agree.
TEST_CASE("a shared patient is a shared participant across documents", "[kb][merge]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  auto put = [&](const char* name, std::vector<std::string> agents) {
    Document doc = make_doc(name, d("2024-03-11"),
                            {std::string("The flag was raised on Monday (") + name + ")."});
    Extraction ex;
    EventMention m = mention("raise", std::move(agents), on("2024-03-11"));
    m.patients = {"Sweden"};
    ex.events.push_back(std::move(m));
    name_entities(ex, {"Sweden", "NATO"});
    return store->put_document(doc, ex);
  };
  REQUIRE(put("reuters.txt", {}).ok());
  auto report = put("ap.txt", {});
  REQUIRE(report.ok());
  CHECK(report->events_merged == 1);
  CHECK(only_event(*store).mentions.size() == 2);

  // Two different named raisers of the same flag on the same day stay apart.
  REQUIRE(put("guard.txt", {"Honour Guard"}).ok());
  REQUIRE(put("cadets.txt", {"Cadets"}).ok());
  auto events = all_events(*store);
  std::size_t with_agents = 0;
  for (const auto& ev : events) with_agents += ev.agents.empty() ? 0 : 1;
  CHECK(with_agents == 2);
}

// Statements: a saying is one thing said by one speaker. Two documents that
// report the same speaker's words on the same day tell one statement; an
// overlapping but different list of speakers is someone else speaking.
TEST_CASE("sayings merge across documents only with the very same named speakers",
          "[kb][merge][say]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  auto put = [&](const char* name, std::vector<std::string> speakers) {
    Document doc = make_doc(name, d("2025-04-28"),
                            {std::string("The agency said the units were heroes (") + name + ")."});
    Extraction ex;
    ex.events.push_back(mention("say", std::move(speakers), on("2025-04-28")));
    name_entities(ex, {"Pyongyang", "Kursk"});
    return store->put_document(doc, ex);
  };
  REQUIRE(put("wire.txt", {"KCNA", "North Korea"}).ok());
  auto same = put("paper.txt", {"North Korea", "KCNA"});
  REQUIRE(same.ok());
  CHECK(same->events_merged == 1);
  auto events = all_events(*store);
  REQUIRE(events.size() == 1);
  CHECK(events[0].mentions.size() == 2);

  // North Korea alone, the ruling party beside it: other speakers, other statements.
  REQUIRE(put("radio.txt", {"North Korea"}).ok());
  REQUIRE(put("party.txt", {"North Korea", "Workers' Party"}).ok());
  events = all_events(*store);
  REQUIRE(events.size() == 3);
  for (const auto& ev : events) {
    if (ev.mentions.size() == 2)
      CHECK(ev.agents == std::vector<std::string>{"KCNA", "North Korea"});
    if (ev.mentions.size() == 1) CHECK(ev.mentions[0].doc != "wire.txt");
  }
}

TEST_CASE("one document's sayings stay apart, even those of one speaker", "[kb][merge][say]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  const bool quote_first = GENERATE(false, true);  // the grouping does not depend on the order
  auto put = [&](const char* name, std::size_t statements) {
    std::vector<std::string> sentences;
    Extraction ex;
    for (std::size_t i = 0; i < statements; ++i) {
      sentences.push_back("The analyst said another thing, number " + std::to_string(i) + ".");
      ex.events.push_back(mention("say", {"Artyom Lukin"}, on("2025-04-28"), i));
    }
    // A saying with no named speaker joins none of them either.
    sentences.push_back("It was said on Monday.");
    ex.events.push_back(mention("say", {}, on("2025-04-28"), statements));
    name_entities(ex, {"Vladivostok", "Moscow"});
    return store->put_document(make_doc(name, d("2025-04-28"), sentences), ex);
  };
  if (quote_first) REQUIRE(put("quote.txt", 1).ok());
  auto interview = put("interview.txt", 3);
  REQUIRE(interview.ok());
  CHECK(interview->events_new == (quote_first ? 3u : 4u));
  // Another story quoting the analyst once joins one of his statements,
  // and does not make the three one.
  if (!quote_first) REQUIRE(put("quote.txt", 1).ok());
  auto events = all_events(*store);
  CHECK(events.size() == 5);
  std::size_t in_two_documents = 0;
  for (const auto& ev : events) {
    CHECK(ev.mentions.size() <= 2);
    if (ev.mentions.size() == 2) {
      ++in_two_documents;
      CHECK(ev.mentions[0].doc != ev.mentions[1].doc);
    }
  }
  CHECK(in_two_documents == 1);
  CHECK(store->check().ok());
}

TEST_CASE("an undated story's open mention stays apart from a dated past one", "[kb][merge]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  Document doc = make_doc("derail.txt", std::nullopt,
                          {"A train derailed, killing four passengers.", "Other text.",
                           "Other text.", "In August 1995, two trains collided, killing 358."});
  Extraction ex;
  ex.events.push_back(mention("kill", {}, std::nullopt, 0));
  ex.events.push_back(mention("kill", {}, month_interval(1995, 8), 3));
  auto report = store->put_document(doc, ex);
  REQUIRE(report.ok());
  CHECK(report->events_new == 2);
  CHECK(all_events(*store).size() == 2);
}
