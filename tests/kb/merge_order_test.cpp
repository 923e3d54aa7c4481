// The knowledge base is a function of the documents, not of the order they
// came in: ingesting a corpus forwards, backwards or in groups, or removing
// documents and ingesting them again, gives the same events.
#include <catch2/catch.hpp>

#include <algorithm>

#include "kb_fixture.h"

using namespace annals;
using namespace annals::kbtest;

namespace {

struct Page {
  Document doc;
  Extraction ex;
};

Page page(const std::string& name, const char* published, std::vector<std::string> story,
          std::vector<EventMention> events) {
  Page p{make_doc(name, d(published), {"A sentence of " + name + ".", "Another one."}), {}};
  p.ex.events = std::move(events);
  name_entities(p.ex, story);
  return p;
}

EventMention with_patient(EventMention m, std::string patient) {
  m.patients = {std::move(patient)};
  return m;
}

EventMention nested(EventMention m, std::size_t parent) {
  m.parent = parent;
  return m;
}

// Three stories told by several pages each (days, weeks, years and open
// dates), and pages of other stories that share an actor and a date.
std::vector<Page> corpus() {
  const std::vector<std::string> troops = {"North Korea", "Russia", "Kursk"};
  const std::vector<std::string> treaty = {"Kim Jong Un", "Vladimir Putin", "Pyongyang"};
  const std::vector<std::string> court = {"Supreme Court", "Brazil"};
  return {
      page("kcna.txt", "2025-04-28", troops,
           {mention("confirm", {"North Korea"}, on("2025-04-28"), 0),
            with_patient(mention("deploy", {"North Korea"}, std::nullopt, 1), "Russia")}),
      page("yonhap.txt", "2025-04-28", troops,
           {mention("acknowledge", {"North Korea"}, on("2025-04-28"), 0),
            with_patient(mention("deploy", {"North Korea"}, *interval_of_timex_value("2024-FA"), 1),
                         "Russia")}),
      page("ap.txt", "2025-04-29", troops,
           {mention("confirm", {"North Korea"}, on("2025-04-28"), 0),
            mention("say", {"Russia"}, on("2025-04-26"), 1)}),
      page("tass.txt", "2025-04-27", troops,
           {mention("say", {"Russia"}, on("2025-04-26"), 0),
            mention("say", {"Russia"}, *interval_of_timex_value("2025-W17"), 1)}),
      page("treaty_year.txt", "2025-04-20", treaty,
           {mention("sign", {"Kim Jong Un", "Vladimir Putin"}, year_interval(2024), 0)}),
      page("treaty_day.txt", "2025-04-28", treaty,
           {mention("sign", {"Kim Jong Un"}, on("2024-06-19"), 0),
            mention("meet", {"Kim Jong Un"}, on("2024-06-19"), 1)}),
      // Shares no agent with treaty_day.txt: only treaty_year.txt, naming
      // both leaders, joins them, whichever came first.
      page("treaty_month.txt", "2024-07-01", treaty,
           {nested(mention("ink", {"Vladimir Putin"}, month_interval(2024, 6), 0), 1),
            mention("say", {"Kremlin"}, std::nullopt, 0)}),
      page("court.txt", "2025-04-28", court,
           {mention("confirm", {"Supreme Court"}, on("2025-04-28"), 0)}),
      page("court_again.txt", "2025-04-29", court,
           {mention("confirm", {"Supreme Court"}, on("2025-04-28"), 0),
            mention("say", {"Supreme Court"}, std::nullopt, 1)}),
      // Same day and actor as the KCNA confirmation, another story.
      page("elsewhere.txt", "2025-04-28", {"North Korea", "Japan", "Tokyo"},
           {mention("confirm", {"North Korea"}, on("2025-04-28"), 0)}),
  };
}

// Each event as its type, date and mentions: everything but its number.
std::vector<std::string> signature(const kb::Store& store) {
  std::vector<std::string> out;
  for (const kb::EventRecord& ev : all_events(store)) {
    std::string s = ev.type + " " + (ev.when ? format_day(ev.when->start) : "open");
    for (const std::string& a : ev.agents) s += " a:" + a;
    std::vector<std::string> mentions;
    for (const kb::MentionRecord& m : ev.mentions)
      mentions.push_back(m.doc + "#" + std::to_string(m.sentence_index));
    std::sort(mentions.begin(), mentions.end());
    for (const std::string& m : mentions) s += " " + m;
    out.push_back(s);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> ingest(const std::vector<Page>& pages, std::size_t group = 1) {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  store->set_write_group(group, 8 << 20);
  for (const Page& p : pages) REQUIRE(store->put_document(p.doc, p.ex).ok());
  REQUIRE(store->commit_pending().ok());
  REQUIRE(store->check().ok());
  return signature(*store);
}

}  // namespace

TEST_CASE("ingest order does not change the events", "[kb][merge][order]") {
  std::vector<Page> pages = corpus();
  const std::vector<std::string> forwards = ingest(pages);
  // The stories stay apart: the KCNA confirmation has its three pages and
  // not the other story's confirmation of the same day.
  CHECK(std::count_if(forwards.begin(), forwards.end(), [](const std::string& s) {
          return s.find("ap.txt#0 kcna.txt#0 yonhap.txt#0") != std::string::npos &&
                 s.find("elsewhere") == std::string::npos;
        }) == 1);
  std::reverse(pages.begin(), pages.end());
  CHECK(ingest(pages) == forwards);
  std::rotate(pages.begin(), pages.begin() + 3, pages.end());
  CHECK(ingest(pages) == forwards);
  // The treaty pages in each of their orders.
  std::vector<Page> treaty(pages.begin(), pages.end());
  treaty.erase(std::remove_if(treaty.begin(), treaty.end(),
                              [](const Page& p) { return p.doc.name.rfind("treaty", 0) != 0; }),
               treaty.end());
  REQUIRE(treaty.size() == 3);
  std::sort(treaty.begin(), treaty.end(),
            [](const Page& a, const Page& b) { return a.doc.name < b.doc.name; });
  const std::vector<std::string> first = ingest(treaty);
  CHECK(std::count_if(first.begin(), first.end(), [](const std::string& s) {
          return s.rfind("sign 2024-06-19", 0) == 0 && s.find("treaty_month") != std::string::npos;
        }) == 1);
  // In one write group too: a page that bridges two events staged by the
  // group's earlier pages joins them.
  CHECK(ingest(treaty, 1000) == first);
  while (std::next_permutation(treaty.begin(), treaty.end(), [](const Page& a, const Page& b) {
    return a.doc.name < b.doc.name;
  })) {
    CHECK(ingest(treaty) == first);
    CHECK(ingest(treaty, 1000) == first);
  }
  CHECK(ingest(pages, 4) == forwards);  // group commit: the same events
  CHECK(ingest(pages, 1000) == forwards);
}

TEST_CASE("removing documents and ingesting them again equals a fresh build", "[kb][rm][order]") {
  const std::vector<Page> pages = corpus();
  const std::vector<std::string> fresh = ingest(pages);
  ScratchDir dir;
  auto store = open_rw(dir.db());
  for (const Page& p : pages) REQUIRE(store->put_document(p.doc, p.ex).ok());
  for (const char* gone : {"kcna.txt", "treaty_year.txt", "court.txt"})
    REQUIRE(store->remove_document(gone).ok());
  for (const Page& p : pages) REQUIRE(store->put_document(p.doc, p.ex).ok());
  CHECK(store->check().ok());
  CHECK(signature(*store) == fresh);
}

TEST_CASE("removing and replacing documents inside one write group equals a fresh build",
          "[kb][rm][order][group]") {
  const std::vector<Page> pages = corpus();
  const std::vector<std::string> fresh = ingest(pages);
  ScratchDir dir;
  auto store = open_rw(dir.db());
  store->set_write_group(1000, 8 << 20);
  for (const Page& p : pages) REQUIRE(store->put_document(p.doc, p.ex).ok());
  for (const char* gone : {"kcna.txt", "treaty_year.txt"})
    REQUIRE(store->remove_document(gone).ok());
  // court.txt again with other text: replaced while its first text is staged.
  Page changed = pages[7];
  REQUIRE(changed.doc.name == "court.txt");
  changed.doc.title = "another title";
  auto replaced = store->put_document(changed.doc, changed.ex);
  REQUIRE(replaced.ok());
  CHECK(replaced->replaced);
  for (const Page& p : pages) REQUIRE(store->put_document(p.doc, p.ex).ok());
  REQUIRE(store->commit_pending().ok());
  CHECK(store->check().ok());
  CHECK(signature(*store) == fresh);
}

TEST_CASE("a write group is seen by later documents and written whole", "[kb][store][group]") {
  ScratchDir dir;
  const std::vector<Page> pages = corpus();
  {
    auto store = open_rw(dir.db());
    store->set_write_group(1000, 8 << 20);
    REQUIRE(store->put_document(pages[0].doc, pages[0].ex).ok());
    // Staged, not yet written: the same text again is known unchanged.
    auto again = store->put_document(pages[0].doc, pages[0].ex);
    REQUIRE(again.ok());
    CHECK(again->unchanged);
    auto merged = store->put_document(pages[1].doc, pages[1].ex);
    REQUIRE(merged.ok());
    CHECK(merged->events_merged >= 1);  // joins the staged confirmation
    for (std::size_t i = 2; i < pages.size(); ++i)
      REQUIRE(store->put_document(pages[i].doc, pages[i].ex).ok());
  }  // closing writes the group
  auto store = open_rw(dir.db());
  CHECK(store->stats()->documents == pages.size());
  CHECK(store->check().ok());
  CHECK(signature(*store) == ingest(pages));
}
