// Event scans: each index returns exactly the matching events, in start order.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "kb_fixture.h"

using namespace annals;
using namespace annals::kbtest;

namespace {

// Many events of varied types, actors and interval lengths, before and after 1970.
void fill(kb::Store& store) {
  std::mt19937 rng(7);
  const std::vector<std::string> types = {"meet", "sign", "kill", "visit", "protest"};
  const std::vector<std::string> actors = {"Chad", "Peru", "Laos", "Fiji", "Oman", "Iran"};
  std::uniform_int_distribution<int> year(1950, 2030), month(1, 12), dom(1, 28), pick(0, 99);
  for (int i = 0; i < 150; ++i) {
    Extraction ex;
    int y = year(rng), m = month(rng);
    int shape = pick(rng) % 3;
    DateInterval when = shape == 0   ? day_interval(to_day({y, m, dom(rng)}))
                        : shape == 1 ? month_interval(y, m)
                                     : year_interval(y);
    // Distinct actors per document keep events from merging.
    std::string actor = actors[i % actors.size()] + " " + std::to_string(i);
    ex.events.push_back(mention(types[i % types.size()], {actor}, when));
    if (i % 4 == 0) ex.events.back().patients = {"Oman"};
    Document doc = make_doc("d" + std::to_string(i) + ".txt", when.end + 3,
                            {"Sentence number " + std::to_string(i) + "."});
    REQUIRE(store.put_document(doc, ex).ok());
  }
}

bool start_ordered(const std::vector<kb::EventRecord>& events) {
  return std::is_sorted(events.begin(), events.end(),
                        [](const auto& a, const auto& b) { return a.when->start < b.when->start; });
}

}  // namespace

TEST_CASE("a time-range scan returns exactly the overlapping events, in start order",
          "[kb][scan]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  fill(*store);
  auto everything = all_events(*store);
  REQUIRE(everything.size() == 150);
  REQUIRE(start_ordered(everything));

  for (auto [from, to] :
       {std::pair{"1969-06-01", "1970-02-01"}, std::pair{"2001-03-03", "2001-03-03"},
        std::pair{"1980-01-01", "2010-12-31"}}) {
    kb::EventFilter f;
    f.from = d(from);
    f.to = d(to);
    auto got = all_events(*store, f);
    std::vector<std::string> want, have;
    for (const auto& e : everything)
      if (e.when->end >= *f.from && e.when->start <= *f.to) want.push_back(e.id);
    for (const auto& e : got) have.push_back(e.id);
    CHECK(start_ordered(got));
    std::sort(want.begin(), want.end());
    std::sort(have.begin(), have.end());
    CHECK(have == want);
  }
}

TEST_CASE("type, entity and as-of scans match a filter over all events", "[kb][scan]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  fill(*store);
  auto everything = all_events(*store);
  auto ids_of = [](const std::vector<kb::EventRecord>& v) {
    std::vector<std::string> out;
    for (const auto& e : v) out.push_back(e.id);
    std::sort(out.begin(), out.end());
    return out;
  };
  auto expect = [&](auto pred) {
    std::vector<kb::EventRecord> v;
    std::copy_if(everything.begin(), everything.end(), std::back_inserter(v), pred);
    return ids_of(v);
  };

  kb::EventFilter by_type;
  by_type.type = "sign";
  by_type.from = d("1990-01-01");
  auto signs = all_events(*store, by_type);
  CHECK(start_ordered(signs));
  CHECK(ids_of(signs) ==
        expect([](const auto& e) { return e.type == "sign" && e.when->end >= d("1990-01-01"); }));

  kb::EventFilter by_entity;
  by_entity.entity = "Oman";
  auto oman = all_events(*store, by_entity);
  CHECK(start_ordered(oman));
  CHECK(ids_of(oman) == expect([](const auto& e) {
          // Agents are "Oman 4" and the like; only patients are plain "Oman".
          return std::count(e.patients.begin(), e.patients.end(), "Oman") > 0;
        }));
  CHECK_FALSE(oman.empty());

  kb::EventFilter as_of;
  as_of.as_of = d("1975-01-01");
  CHECK(ids_of(all_events(*store, as_of)) ==
        expect([](const auto& e) { return e.reported && *e.reported <= d("1975-01-01"); }));

  kb::EventFilter by_id;
  by_id.id = everything[10].id;
  auto one = all_events(*store, by_id);
  REQUIRE(one.size() == 1);
  CHECK(one[0].id == everything[10].id);
}
