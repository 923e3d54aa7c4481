// The Boost.Graph views: Allen relations, timeline order, contradictions,
// storylines and link chains.
#include <catch2/catch.hpp>

#include <algorithm>

#include "annals/graph.h"
#include "sample_events.h"

using namespace annals;
using namespace annals::kb;
using annals::testing::sample_events;
using annals::testing::ymd;

namespace {

EventRecord dated(std::string id, DateInterval when, std::vector<std::string> agents = {}) {
  EventRecord e;
  e.id = std::move(id);
  e.type = "event";
  e.when = when;
  e.agents = std::move(agents);
  return e;
}

std::vector<std::string> ids_in_order(const std::vector<EventRecord>& events,
                                      const std::vector<RelationRecord>& relations) {
  std::vector<std::string> ids;
  for (std::size_t i : timeline_order(events, relations).order) ids.push_back(events[i].id);
  return ids;
}

DateInterval days(int from, int to) {
  return {ymd(2025, 4, from), ymd(2025, 4, to)};
}

}  // namespace

TEST_CASE("Allen relations of day intervals", "[graph][allen]") {
  CHECK(allen_relation(days(1, 2), days(5, 6)) == AllenRelation::kBefore);
  CHECK(allen_relation(days(5, 6), days(1, 2)) == AllenRelation::kAfter);
  CHECK(allen_relation(days(1, 2), days(3, 4)) == AllenRelation::kMeets);
  CHECK(allen_relation(days(3, 4), days(1, 2)) == AllenRelation::kMetBy);
  CHECK(allen_relation(days(1, 4), days(3, 6)) == AllenRelation::kOverlaps);
  CHECK(allen_relation(days(3, 6), days(1, 4)) == AllenRelation::kOverlappedBy);
  CHECK(allen_relation(days(3, 4), days(1, 6)) == AllenRelation::kDuring);
  CHECK(allen_relation(days(1, 6), days(3, 4)) == AllenRelation::kContains);
  CHECK(allen_relation(days(1, 3), days(1, 6)) == AllenRelation::kStarts);
  CHECK(allen_relation(days(1, 6), days(1, 3)) == AllenRelation::kStartedBy);
  CHECK(allen_relation(days(4, 6), days(1, 6)) == AllenRelation::kFinishes);
  CHECK(allen_relation(days(1, 6), days(4, 6)) == AllenRelation::kFinishedBy);
  CHECK(allen_relation(days(2, 5), days(2, 5)) == AllenRelation::kEquals);
  // A day inside its month.
  CHECK(allen_relation(day_interval(ymd(2025, 3, 15)), month_interval(2025, 3)) ==
        AllenRelation::kDuring);
}

TEST_CASE("Allen relations invert consistently over all small intervals", "[graph][allen]") {
  std::vector<DateInterval> all;
  for (int s = 1; s <= 6; ++s)
    for (int e = s; e <= 6; ++e) all.push_back(days(s, e));
  for (const auto& a : all)
    for (const auto& b : all) {
      const AllenRelation r = allen_relation(a, b);
      CHECK(allen_relation(b, a) == allen_inverse(r));
      CHECK(parse_allen_relation(allen_name(r)) == r);
      CHECK(precedes(a, b) == (r == AllenRelation::kBefore || r == AllenRelation::kMeets));
    }
}

TEST_CASE("timeline order follows dates, then start, then id", "[graph][order]") {
  const std::vector<EventRecord> events{dated("ev:c", days(20, 20)),
                                        dated("ev:b", month_interval(2025, 4)),
                                        dated("ev:a", days(20, 20)), dated("ev:d", days(2, 2))};
  CHECK(ids_in_order(events, {}) == std::vector<std::string>{"ev:b", "ev:d", "ev:a", "ev:c"});
}

TEST_CASE("timeline order respects a stated before-edge that dates do not give", "[graph][order]") {
  // April as a whole starts first by date, but the day event caused it.
  const std::vector<EventRecord> events{dated("ev:month", month_interval(2025, 4)),
                                        dated("ev:day", days(10, 10))};
  CHECK(ids_in_order(events, {}) == std::vector<std::string>{"ev:month", "ev:day"});
  const std::vector<RelationRecord> cause{{"ev:day", "cause", "ev:month", ""}};
  const TimelineOrder ordered = timeline_order(events, cause);
  CHECK(ordered.contradictions.empty());
  CHECK(ids_in_order(events, cause) == std::vector<std::string>{"ev:day", "ev:month"});
}

TEST_CASE("an open event reported by another comes before it", "[graph][order]") {
  const auto events = sample_events();
  const auto relations = annals::testing::sample_relations();
  const auto ids = ids_in_order(events, relations);
  REQUIRE(ids.size() == events.size());
  const auto fight = std::find(ids.begin(), ids.end(), "ev:000006");
  const auto confirm = std::find(ids.begin(), ids.end(), "ev:000005");
  CHECK(fight < confirm);
  CHECK(ids.front() == "ev:000001");  // 2024-06-19
  CHECK(find_contradictions(events, relations).empty());
}

TEST_CASE("a planted contradiction cycle is reported", "[graph][contradiction]") {
  // Stated: the 28th caused the 20th; dates: the 20th ends before the 28th.
  const std::vector<EventRecord> events{dated("ev:early", days(20, 20)),
                                        dated("ev:late", days(28, 28)),
                                        dated("ev:other", days(5, 5))};
  const std::vector<RelationRecord> relations{{"ev:late", "cause", "ev:early", "x.txt"}};
  const auto found = find_contradictions(events, relations);
  REQUIRE(found.size() == 1);
  const Contradiction& c = found.front();
  CHECK(c.events.size() == 2);
  CHECK(std::find(c.events.begin(), c.events.end(), "ev:early") != c.events.end());
  CHECK(std::find(c.events.begin(), c.events.end(), "ev:late") != c.events.end());
  const std::string text = c.describe();
  INFO(text);
  CHECK(text.find("ev:late before ev:early (cause (stated))") != std::string::npos);
  CHECK(text.find("ev:early before ev:late (dates: 2025-04-20 ends before 2025-04-28 starts)") !=
        std::string::npos);
  CHECK(text.find("ev:other") == std::string::npos);

  // The order is still complete and keeps the dates (the stated edge yields).
  const TimelineOrder ordered = timeline_order(events, relations);
  CHECK(ordered.contradictions.size() == 1);
  CHECK(ids_in_order(events, relations) ==
        std::vector<std::string>{"ev:other", "ev:early", "ev:late"});
}

TEST_CASE("a cycle of stated relations alone is reported", "[graph][contradiction]") {
  std::vector<EventRecord> events(3);
  events[0].id = "ev:x";
  events[1].id = "ev:y";
  events[2].id = "ev:z";
  const std::vector<RelationRecord> relations{{"ev:x", "before", "ev:y", ""},
                                              {"ev:y", "before", "ev:z", ""},
                                              {"ev:x", "after", "ev:z", ""}};
  const auto found = find_contradictions(events, relations);
  REQUIRE(found.size() == 1);
  CHECK(found[0].events.size() == 3);
  CHECK(timeline_order(events, relations).order.size() == 3);
}

TEST_CASE("a report merged with what it reports is no contradiction", "[graph][contradiction]") {
  // After merging, "KCNA said ... Kim said" can leave an event nested under itself.
  const std::vector<EventRecord> events{dated("ev:s", days(28, 28))};
  const std::vector<RelationRecord> relations{{"ev:s", "under", "ev:s", ""},
                                              {"ev:s", "over", "ev:s", ""}};
  CHECK(find_contradictions(events, relations).empty());
  CHECK(timeline_order(events, relations).order.size() == 1);
}

TEST_CASE("storylines group events by shared actors and relations", "[graph][storyline]") {
  const std::vector<EventRecord> events{
      dated("ev:1", days(1, 1), {"Alpha"}), dated("ev:2", days(2, 2), {"Beta"}),
      dated("ev:3", days(3, 3), {"Alpha", "Gamma"}), dated("ev:4", days(4, 4), {"Delta"})};
  const std::vector<RelationRecord> relations{{"ev:4", "under", "ev:2", ""}};
  const auto lines = storylines(events, relations);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].events == std::vector<std::size_t>{0, 2});
  CHECK(lines[0].actors == std::vector<std::string>{"Alpha", "Gamma"});
  CHECK(lines[1].events == std::vector<std::size_t>{1, 3});
}

TEST_CASE("link chain finds the shortest path between two entities", "[graph][link]") {
  const auto events = sample_events();
  const auto chain = link_chain(events, "Sergei Shoigu", "Vladimir Putin");
  REQUIRE(chain.ok());
  // Shoigu -patient- meet -agent- Kim Jong Un -agent- sign -agent- Putin
  CHECK(describe_chain(*chain) ==
        "Sergei Shoigu -patient- ev:000003 -agent- Kim Jong Un -agent- ev:000001 -agent- "
        "Vladimir Putin");
  for (std::size_t i = 0; i < chain->size(); ++i) CHECK((*chain)[i].is_event == (i % 2 == 1));

  const auto same_event = link_chain(events, "russia", "North Korea");
  REQUIRE(same_event.ok());
  CHECK(same_event->size() == 3);  // one event ties them directly

  CHECK(link_chain(events, "Atlantis", "Russia").status().code() == Status::Code::kNotFound);
  std::vector<EventRecord> apart{dated("ev:1", days(1, 1), {"A"}),
                                 dated("ev:2", days(2, 2), {"B"})};
  const auto none = link_chain(apart, "A", "B");
  CHECK(none.status().code() == Status::Code::kNotFound);
  CHECK(none.status().message().find("not linked") != std::string::npos);
}
