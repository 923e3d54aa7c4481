// The engine's tuple store: set semantics, index probes and the compact
// storage paths (mixed kinds in a column, date ranges, many blocks, reuse).
#include <catch2/catch.hpp>
#include <set>
#include <utility>

#include "relation.h"

using annals::query::Relation;
using annals::query::Row;
using annals::query::V;

namespace {

std::multiset<std::int64_t> probe_second(const Relation& r, std::int64_t first) {
  std::multiset<std::int64_t> seconds;
  const V key[2] = {V::integer(first), V{}};
  r.probe(1u, key, [&](std::uint32_t id) {
    seconds.insert(r.row(id)[1].bits);
    return true;
  });
  return seconds;
}

}  // namespace

TEST_CASE("relation: a set over many blocks, with an index built late and kept up") {
  Relation r(2);
  const int n = 40000;  // more than two blocks of rows
  for (int i = 0; i < n; ++i) {
    const V t[2] = {V::integer(i % 100), V::integer(i)};
    REQUIRE(r.insert(t));
  }
  const V again[2] = {V::integer(7), V::integer(7)};
  CHECK_FALSE(r.insert(again));
  CHECK(r.size() == static_cast<std::size_t>(n));
  CHECK(probe_second(r, 7).size() == n / 100);
  // Tuples added after the index exists are found through it too.
  for (int i = n; i < n + 300; ++i) {
    const V t[2] = {V::integer(i % 100), V::integer(i)};
    r.insert(t);
  }
  const auto sevens = probe_second(r, 7);
  CHECK(sevens.size() == n / 100 + 3);
  CHECK(sevens.count(n + 7) == 1);
  CHECK(probe_second(r, 1000).empty());
}

TEST_CASE("relation: kinds and date ranges survive compact storage") {
  annals::query::SymbolTable symbols;
  Relation r(2);
  const V ints[2] = {V::integer(1), V::integer(2)};
  const V mixed[2] = {symbols.string("one"), V::real(2.5)};
  const V range[2] = {V::date_range(100, 130), V::date(5)};
  REQUIRE(r.insert(ints));
  REQUIRE(r.insert(mixed));
  REQUIRE(r.insert(range));
  CHECK(r.row(0)[0] == ints[0]);
  CHECK(r.row(1)[0] == mixed[0]);
  CHECK(r.row(1)[1] == mixed[1]);
  CHECK(r.row(1)[1].kind == annals::query::Kind::kFloat);
  CHECK(r.row(2)[0].last_day() == 130);
  CHECK(r.row(0)[0].aux == 0);
  // An atom and a string with the same text are one constant.
  const V atom[2] = {symbols.atom("one"), V::real(2.5)};
  CHECK(r.contains(atom));
  // A date is not the range that starts on it.
  const V day[2] = {V::date(100), V::date(5)};
  CHECK_FALSE(r.contains(day));
}

TEST_CASE("relation: merging fresh tuples adds only the new ones, and clear reuses") {
  Relation full(1), fresh(1), added(1);
  for (int i = 0; i < 1000; ++i) {
    const V t[1] = {V::integer(i)};
    full.insert(t);
  }
  for (int round = 0; round < 3; ++round) {
    fresh.clear();
    added.clear();
    for (int i = 900; i < 1100 + round * 100; ++i) {
      const V t[1] = {V::integer(i)};
      fresh.insert(t);
    }
    const std::size_t before = full.size();
    const std::size_t count = full.insert_new(fresh, added);
    CHECK(count == full.size() - before);
    CHECK(count == 100);
    CHECK(added.size() == 100);
    CHECK(added.row(0)[0].bits == 1000 + round * 100);
  }
  CHECK(full.size() == 1300);
  const V nullary[1] = {V{}};
  Relation unit(0);
  CHECK(unit.insert(nullary));
  CHECK_FALSE(unit.insert(nullary));
  CHECK(unit.size() == 1);
}
