// An in-memory kb::Store for query tests: events, documents and entities held
// in vectors, with counters showing which scans a query asked for.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "annals/kb.h"

namespace annals::testing {

class FakeStore : public kb::Store {
 public:
  std::vector<kb::EventRecord> events;
  std::vector<kb::DocRecord> documents;
  std::vector<kb::EntityRecord> entities;
  std::vector<kb::RelationRecord> relations;

  mutable int scans = 0;
  mutable int unfiltered_scans = 0;  // scans with no id/type/entity/date narrowing
  mutable int lookups = 0;
  mutable std::vector<kb::EventFilter> filters;

  Result<kb::IngestReport> put_document(const Document&, const Extraction&) override {
    return Status::Unsupported("fake store is read-only");
  }
  Status remove_document(const std::string&) override { return Status::Unsupported("read-only"); }

  Status scan_events(const kb::EventFilter& f,
                     const std::function<bool(const kb::EventRecord&)>& visit) const override {
    ++scans;
    filters.push_back(f);
    if (!f.id && !f.type && !f.entity && !f.from && !f.to) ++unfiltered_scans;
    std::vector<const kb::EventRecord*> sorted;
    for (const auto& e : events) sorted.push_back(&e);
    std::stable_sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) {
      return (a->when ? a->when->start : 0) < (b->when ? b->when->start : 0);
    });
    for (const kb::EventRecord* e : sorted) {
      if (f.id && e->id != *f.id) continue;
      if (f.type && e->type != *f.type) continue;
      if (f.entity && std::find(e->agents.begin(), e->agents.end(), *f.entity) == e->agents.end() &&
          std::find(e->patients.begin(), e->patients.end(), *f.entity) == e->patients.end())
        continue;
      if ((f.from || f.to) && !e->when) continue;
      if (f.from && e->when->end < *f.from) continue;
      if (f.to && e->when->start > *f.to) continue;
      if (f.as_of && (!e->reported || *e->reported > *f.as_of)) continue;
      if (!visit(*e)) break;
    }
    return Status::Ok();
  }
  Result<std::optional<kb::EventRecord>> event(const std::string& id) const override {
    ++lookups;
    for (const auto& e : events)
      if (e.id == id) return std::optional<kb::EventRecord>(e);
    return std::optional<kb::EventRecord>();
  }
  Status scan_documents(const std::function<bool(const kb::DocRecord&)>& visit) const override {
    for (const auto& d : documents)
      if (!visit(d)) break;
    return Status::Ok();
  }
  Status scan_entities(const std::function<bool(const kb::EntityRecord&)>& visit) const override {
    for (const auto& e : entities)
      if (!visit(e)) break;
    return Status::Ok();
  }
  Status scan_relations(
      const std::string& event_id,
      const std::function<bool(const kb::RelationRecord&)>& visit) const override {
    for (const auto& r : relations)
      if (r.from == event_id && !visit(r)) break;
    return Status::Ok();
  }
  Result<kb::Stats> stats() const override {
    kb::Stats s;
    s.events = events.size();
    s.documents = documents.size();
    s.entities = entities.size();
    return s;
  }
  Status check() const override { return Status::Ok(); }
};

// A small KB in the shape of the running example, in our own words.
inline FakeStore example_store() {
  FakeStore s;
  auto day = [](int y, int m, int d) { return to_day({y, m, d}); };
  auto add = [&](std::string id, std::string type, DateInterval when,
                 std::vector<std::string> agents, std::vector<std::string> patients, Day reported,
                 std::string sentence) {
    kb::EventRecord e;
    e.id = std::move(id);
    e.type = std::move(type);
    e.when = when;
    e.agents = std::move(agents);
    e.patients = std::move(patients);
    e.reported = reported;
    kb::MentionRecord m;
    m.doc = "story_a.txt";
    m.sentence = std::move(sentence);
    e.mentions.push_back(std::move(m));
    s.events.push_back(std::move(e));
  };
  const Day pub = day(2025, 4, 28);
  add("ev:1", "sign", day_interval(day(2024, 6, 19)), {"North Korea", "Russia"}, {}, pub,
      "The two leaders put their names to a pact in June 2024.");
  add("ev:2", "deploy", DateInterval{day(2024, 9, 1), day(2024, 11, 30), Granularity::kSeason},
      {"North Korea"}, {"Russia"}, pub, "Troops were dispatched in the autumn.");
  add("ev:3", "meet", month_interval(2025, 3), {"Kim Jong Un", "Sergei Shoigu"}, {}, pub,
      "The two men talked in Pyongyang in March.");
  add("ev:4", "kill", day_interval(day(2025, 4, 24)), {"Ukraine"}, {"North Korea"},
      day(2025, 4, 25), "Special forces reported 25 enemy dead on the 24th.");
  add("ev:5", "acknowledge", day_interval(day(2025, 4, 26)), {"Russia"}, {}, day(2025, 4, 26),
      "Moscow admitted on Saturday that the soldiers had fought.");
  add("ev:6", "confirm", day_interval(pub), {"North Korea"}, {}, pub,
      "Pyongyang's news agency confirmed the dispatch on Monday.");
  add("ev:7", "thank", day_interval(pub), {"Vladimir Putin"}, {"North Korea"}, pub,
      "The Russian leader expressed gratitude on Monday.");
  auto figure = [&](double low, double high, std::string doc) {
    kb::QuantityRecord q;
    q.what = "troops";
    q.low = low;
    q.high = high;
    q.doc = std::move(doc);
    s.events[1].quantities.push_back(q);
  };
  figure(10000, 12000, "story_a.txt");
  figure(14000, 14000, "story_b.txt");
  kb::DocRecord doc;
  doc.name = "story_a.txt";
  doc.outlet = "Wire";
  doc.published = pub;
  s.documents.push_back(doc);
  // The deployment happened under the treaty.
  s.relations.push_back({"ev:2", "under", "ev:1", "story_a.txt"});
  s.relations.push_back({"ev:1", "over", "ev:2", "story_a.txt"});
  s.entities.push_back({"North Korea", "country", {"Pyongyang", "the North"}});
  s.entities.push_back({"Russia", "country", {"Moscow"}});
  s.entities.push_back({"Ukraine", "country", {}});
  s.entities.push_back({"South Korea", "country", {"Seoul"}});
  s.entities.push_back({"Kim Jong Un", "person", {"Kim"}});
  s.entities.push_back({"Sergei Shoigu", "person", {"Shoigu"}});
  s.entities.push_back({"Vladimir Putin", "person", {"Putin"}});
  return s;
}

}  // namespace annals::testing
