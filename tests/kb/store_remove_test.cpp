// Removing a document: its events are re-derived from the mentions that
// remain, and entities nothing names any more go with it.
#include <catch2/catch.hpp>

#include <algorithm>

#include "kb_fixture.h"

using namespace annals;
using namespace annals::kbtest;

namespace {

std::vector<std::string> entity_names(const kb::Store& store) {
  std::vector<std::string> names;
  REQUIRE(store
              .scan_entities([&](const kb::EntityRecord& e) {
                names.push_back(e.name);
                return true;
              })
              .ok());
  return names;
}

bool has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace

TEST_CASE("removing a document drops the entities only it named", "[kb][store][rm]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  Document a = make_doc("a.txt", d("2025-03-01"), {"Oman hosted Iran and the United States."});
  Extraction ex_a;
  ex_a.entities.push_back({"Oman", "country", "Muscat", 0});
  ex_a.events.push_back(mention("meet", {"Iran", "United States"}, on("2025-03-01")));
  ex_a.events.back().place = "Oman";
  Document b = make_doc("b.txt", d("2025-03-02"), {"Iran and the United States met again."});
  Extraction ex_b;
  ex_b.events.push_back(mention("meet", {"Iran", "United States"}, on("2025-03-02")));
  REQUIRE(store->put_document(a, ex_a).ok());
  REQUIRE(store->put_document(b, ex_b).ok());
  REQUIRE(has(entity_names(*store), "Oman"));

  REQUIRE(store->remove_document("a.txt").ok());
  auto names = entity_names(*store);
  CHECK_FALSE(has(names, "Oman"));  // only a.txt named it
  CHECK(has(names, "Iran"));        // b.txt still does
  CHECK(has(names, "United States"));
  CHECK(store->check().ok());

  REQUIRE(store->remove_document("b.txt").ok());
  CHECK(entity_names(*store).empty());
  CHECK(store->stats()->entities == 0);
  CHECK(store->check().ok());
}

TEST_CASE("removing a document re-derives the merged event from what remains", "[kb][store][rm]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  auto put = [&](const std::string& name, const char* published, std::vector<std::string> agents,
                 DateInterval when, const std::string& trigger) {
    Document doc = make_doc(name, d(published), {"The strike on the depot (" + name + ")."});
    Extraction ex;
    ex.events.push_back(mention("attack", std::move(agents), when));
    ex.events.back().trigger = trigger;
    name_entities(ex, {"Ukraine"});
    REQUIRE(store->put_document(doc, ex).ok());
  };
  put("first.txt", "2025-03-03", {"Russia"}, on("2025-03-02"), "struck");
  put("second.txt", "2025-03-04", {"Russia"}, on("2025-03-02"), "hit");
  put("late.txt", "2025-03-10", {"Russia", "Wagner"}, month_interval(2025, 3), "shelled");
  auto events = all_events(*store);
  REQUIRE(events.size() == 1);
  const kb::EventRecord before = events[0];
  CHECK(before.agents == std::vector<std::string>{"Russia", "Wagner"});
  CHECK(*before.when == on("2025-03-02"));
  CHECK(before.summary.rfind("Russia and Wagner struck", 0) == 0);

  REQUIRE(store->remove_document("first.txt").ok());
  events = all_events(*store);
  REQUIRE(events.size() == 1);
  CHECK(events[0].id == before.id);
  CHECK(events[0].mentions.size() == 2);
  CHECK(events[0].reported == d("2025-03-04"));  // the earliest report left
  CHECK(events[0].summary.rfind("Russia and Wagner hit", 0) == 0);
  CHECK(store->check().ok());

  REQUIRE(store->remove_document("late.txt").ok());
  events = all_events(*store);
  REQUIRE(events.size() == 1);
  CHECK(events[0].agents == std::vector<std::string>{"Russia"});
  CHECK(*events[0].when == on("2025-03-02"));
  kb::EventFilter wagner;
  wagner.entity = "Wagner";
  CHECK(all_events(*store, wagner).empty());  // the role index followed
  CHECK(store->check().ok());
}
