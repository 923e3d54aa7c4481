#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <tuple>

#include "keys.h"

using namespace annals;
using namespace annals::kb;

TEST_CASE("time index keys sort like (start, end, event), dates before 1970 included",
          "[kb][keys]") {
  std::mt19937 rng(42);
  // Years 1..9999 span day numbers of both signs.
  std::uniform_int_distribution<Day> day(to_day({1, 1, 1}), to_day({9999, 12, 31}));
  std::uniform_int_distribution<std::uint64_t> id(0, 5'000'000'000ull);
  std::vector<std::tuple<Day, Day, std::uint64_t>> triples;
  for (int i = 0; i < 5000; ++i) {
    Day a = day(rng), b = day(rng);
    triples.emplace_back(std::min(a, b), std::max(a, b), id(rng));
  }
  triples.emplace_back(-1, -1, 0);  // 1969-12-31
  triples.emplace_back(0, 0, 0);    // 1970-01-01
  triples.emplace_back(keys::kOpenDay, keys::kOpenDay, 7);

  std::vector<std::pair<std::string, std::size_t>> encoded;
  for (std::size_t i = 0; i < triples.size(); ++i) {
    auto [s, e, n] = triples[i];
    encoded.emplace_back(keys::time_key(s, e, n), i);
  }
  std::sort(encoded.begin(), encoded.end());
  for (std::size_t i = 1; i < encoded.size(); ++i)
    REQUIRE(triples[encoded[i - 1].second] <= triples[encoded[i].second]);
}

TEST_CASE("dated key suffixes decode to what was encoded", "[kb][keys]") {
  std::string k = keys::entity_role_key("North Korea", keys::kAgent, -400, 12, 99);
  auto role = keys::decode_entity_role_key(k);
  REQUIRE(role);
  CHECK(role->entity == "North Korea");
  CHECK(role->role == keys::kAgent);
  CHECK(role->ref.start == -400);
  CHECK(role->ref.end == 12);
  CHECK(role->ref.event == 99);

  keys::DatedRef ref;
  auto type = keys::decode_type_key(keys::type_key("confirm", 5, 6, 7), &ref);
  REQUIRE(type);
  CHECK(*type == "confirm");
  CHECK(ref.event == 7);
  // A type's keys stay inside its prefix range, away from longer type names.
  CHECK(keys::type_key("meet", 0, 0, 0) < keys::prefix_successor(keys::type_prefix("meet")));
  CHECK(keys::type_key("meeting", 0, 0, 0) > keys::prefix_successor(keys::type_prefix("meet")));
}

TEST_CASE("event ids round-trip and order numerically in keys", "[kb][keys]") {
  CHECK(keys::event_id(123) == "ev:000123");
  CHECK(keys::parse_event_id("ev:000123") == 123u);
  CHECK(keys::parse_event_id("ev:12345678") == 12345678u);
  CHECK_FALSE(keys::parse_event_id("ev:12x"));
  CHECK_FALSE(keys::parse_event_id("e:1"));
  CHECK(keys::event_key(999'999) < keys::event_key(1'000'000));
}

TEST_CASE("mention keys group a document's mentions in order", "[kb][keys]") {
  auto a = keys::doc_mention_key("a.txt", 2), b = keys::doc_mention_key("a.txt", 10);
  CHECK(a < b);
  CHECK(b < keys::prefix_successor(keys::doc_mention_prefix("a.txt")));
  CHECK(keys::doc_mention_key("a.txt.bak", 0) >
        keys::prefix_successor(keys::doc_mention_prefix("a.txt")));
  auto id = keys::decode_doc_mention_key(b);
  REQUIRE(id);
  CHECK(id->doc == "a.txt");
  CHECK(id->index == 10);
}
