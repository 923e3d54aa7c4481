// Evaluation over the example knowledge base (an in-memory fake store).
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "fake_store.h"
#include "session_helpers.h"

using namespace annals;
using annals::testing::answer;
using Rows = std::vector<std::string>;

TEST_CASE("engine: joins over base relations") {
  auto store = testing::example_store();
  query::Session s(&store);
  CHECK(answer(s, "?- event(E, confirm), agent(E, A), time(E, S, _), S >= 2025-04-01.") ==
        Rows{"ev:6|North Korea|2025-04-28"});
  CHECK(answer(s, "?- patient(E, \"North Korea\"), event(E, T).") ==
        Rows{"ev:4|kill", "ev:7|thank"});
  CHECK(answer(s, "?- entity(X, person), alias(X, A).") ==
        Rows{"Kim Jong Un|Kim", "Sergei Shoigu|Shoigu", "Vladimir Putin|Putin"});
  CHECK(answer(s, "?- doc(D, O, P).") == Rows{"story_a.txt|Wire|2025-04-28"});
}

TEST_CASE("engine: a selective query never scans every event") {
  auto store = testing::example_store();
  query::Session s(&store);
  CHECK(answer(s, "?- event(E, confirm), agent(E, A).") == Rows{"ev:6|North Korea"});
  CHECK(store.unfiltered_scans == 0);
  CHECK(answer(s, "?- agent(E, \"Russia\"), event(E, T).") ==
        Rows{"ev:1|sign", "ev:5|acknowledge"});
  CHECK(store.unfiltered_scans == 0);
  CHECK(answer(s, "?- time(E, S, _), S >= 2025-04-25, event(E, T).").size() == 3);
  CHECK(store.unfiltered_scans == 0);
  REQUIRE_FALSE(store.filters.empty());
  CHECK(store.filters.back().from == to_day({2025, 4, 25}));
  CHECK(answer(s, "?- as_of 2025-04-25 : event(E, T).") == Rows{"ev:4|kill"});
  CHECK(store.filters.back().as_of == to_day({2025, 4, 25}));
}

TEST_CASE("engine: one actor in one month reads that actor's month, not its history") {
  auto store = testing::example_store();
  query::Session s(&store);
  const auto all = answer(s, "?- agent(E, \"Russia\"), event(E, T).");
  REQUIRE(all.size() == 2);  // a 2024 signing and a 2025 acknowledgement
  CHECK(answer(s,
               "?- agent(E, \"Russia\"), time(E, S, _), S >= 2025-04-01, S <= 2025-04-30, "
               "event(E, T).") == Rows{"ev:5|2025-04-26|acknowledge"});
  // The first scan is the actor's, bounded by the month the time literal asks for.
  const auto first = std::find_if(store.filters.rbegin(), store.filters.rend(),
                                  [](const kb::EventFilter& f) { return f.entity.has_value(); });
  REQUIRE(first != store.filters.rend());
  CHECK(first->from == to_day({2025, 4, 1}));
  CHECK(first->to == to_day({2025, 4, 30}));
  auto plan = s.explain("?- agent(E, \"Russia\"), time(E, 2025-04, _).");
  REQUIRE(plan.ok());
  CHECK_THAT(*plan, Catch::Contains("from=2025-04-01"));
  // A negated time literal says nothing of the events the agent literal finds.
  CHECK(answer(s, "?- agent(E, \"Russia\"), event(E, T), not time(E, 2025-04, _).") ==
        Rows{"ev:1|sign"});
}

TEST_CASE("engine: a month literal in an atom means the month") {
  auto store = testing::example_store();
  query::Session s(&store);
  CHECK(answer(s, "?- time(E, 2025-04, _), event(E, T).") ==
        Rows{"ev:4|kill", "ev:5|acknowledge", "ev:6|confirm", "ev:7|thank"});
  CHECK(answer(s, "?- time(E, S, _), S < 2025-03, event(E, T).") ==
        Rows{"ev:1|2024-06-19|sign", "ev:2|2024-09-01|deploy"});
  CHECK(answer(s, "?- time(E, 2024, _), event(E, T).") == Rows{"ev:1|sign", "ev:2|deploy"});
}

TEST_CASE("engine: recursion, negation and persistence across runs") {
  auto store = testing::example_store();
  query::Session s(&store);
  auto r = s.run(
      "chain(X, Y) :- before(X, Y), agent(X, \"North Korea\").\n"
      "chain(X, Z) :- chain(X, Y), before(Y, Z).\n",
      "<test>");
  REQUIRE_FALSE(r.error);
  CHECK(answer(s, "?- chain(\"ev:2\", Y).") == Rows{"ev:3", "ev:4", "ev:5", "ev:6", "ev:7"});
  s.run("acknowledged(A) :- event(E, confirm), agent(E, A).", "<test>");
  CHECK(answer(s, "?- entity(A, country), not acknowledged(A).") ==
        Rows{"Russia", "South Korea", "Ukraine"});
}

TEST_CASE("engine: transitive closure over facts") {
  query::Session s(nullptr);
  std::string text;
  for (int i = 0; i < 50; ++i)
    text += "edge(" + std::to_string(i) + ", " + std::to_string(i + 1) + ").\n";
  text += "path(X, Y) :- edge(X, Y).\npath(X, Z) :- path(X, Y), edge(Y, Z).\n";
  text += "?- N = count : { path(X, Y) }.";
  CHECK(answer(s, text) == Rows{"1275"});
  CHECK(answer(s, "?- path(48, Y).") == Rows{"49", "50"});
}

TEST_CASE("engine: aggregates with and without groups") {
  auto store = testing::example_store();
  query::Session s(&store);
  CHECK(answer(s, "?- N = count : { event(E, _), agent(E, \"Russia\") }.") == Rows{"2"});
  CHECK(answer(s, "?- N = count : { event(E, _), agent(E, \"Nobody\") }.") == Rows{"0"});
  CHECK(answer(s, "?- agent(E, A), N = count(E) by A.") == Rows{"Kim Jong Un|1", "North Korea|3",
                                                                "Russia|2", "Sergei Shoigu|1",
                                                                "Ukraine|1", "Vladimir Putin|1"});
  CHECK(answer(s, "?- N = sum(Q) : { quantity(E, troops, Q, _) }.") == Rows{"24000"});
  CHECK(answer(s, "?- N = max(Q) : { quantity(E, troops, Q, _) }.") == Rows{"14000"});
  CHECK(answer(s, "?- D = min(S) : { time(E, S, _) }.") == Rows{"2024-06-19"});
  // Correlated: the group is the variable shared with the rest of the body.
  CHECK(answer(s, "?- entity(A, country), N = count : { agent(E, A) }.") ==
        Rows{"North Korea|3", "Russia|2", "Ukraine|1"});
}

TEST_CASE("engine: built-ins on dates and strings") {
  auto store = testing::example_store();
  query::Session s(&store);
  CHECK(answer(s, "?- time(\"ev:6\", D, _), year(D, Y), month(D, M), weekday(D, W), D2 = D + 7.") ==
        Rows{"2025-04-28|2025|4|1|2025-05-05"});
  CHECK(answer(s, "?- mention(E, _, S), contains(S, \"Moscow\").").size() == 1);
  CHECK(answer(s, "?- lower(\"North Korea\", L).") == Rows{"north korea"});
  CHECK(answer(s, "?- same_day(X, Y).") == Rows{"ev:6|ev:7", "ev:7|ev:6"});
  CHECK(answer(s, "?- during(X, \"ev:2\").").empty());
  CHECK(answer(s, "?- meets(\"ev:4\", Y).").empty());
  CHECK(answer(s, "?- after(\"ev:1\", Y).").empty());
  CHECK(answer(s, "?- overlaps(\"ev:6\", Y).") == Rows{"ev:7"});
}

TEST_CASE("engine: expectations report what they found") {
  auto store = testing::example_store();
  query::Session s(&store);
  auto r = s.run(
      "expect count : { event(E, confirm), agent(E, \"North Korea\"), time(E, 2025-04-28, _) } >= "
      "1.\n"
      "expect none : { event(E, _), time(E, S, _), S > 2025-01-01 }.\n"
      "expect some : { event(E, meet) }.\n",
      "<test>");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.outputs.size() == 3);
  auto verdict = [&](int i) { return std::get<query::ExpectationResult>(r.outputs[i].result); };
  CHECK(verdict(0).passed);
  CHECK_FALSE(verdict(1).passed);
  CHECK_THAT(verdict(1).found, Catch::Contains("count = 5"));
  CHECK(verdict(2).passed);
  CHECK(verdict(1).pos.line == 2);
}

TEST_CASE("engine: directives come back in statement order") {
  query::Session s(nullptr);
  auto r = s.run("p(1).\n.mode csv\n?- p(X).\n.timer on\n", "<test>");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.outputs.size() == 3);
  auto d = std::get<query::Directive>(r.outputs[0].result);
  CHECK(d.name == "mode");
  CHECK(d.args == std::vector<std::string>{"csv"});
  CHECK(std::holds_alternative<query::Table>(r.outputs[1].result));
  CHECK(std::get<query::Directive>(r.outputs[2].result).name == "timer");
}

TEST_CASE("engine: .import reads a CSV with a header into a relation") {
  const auto dir = std::filesystem::temp_directory_path() / "annals_query_import_test";
  std::filesystem::create_directories(dir);
  const auto csv = dir / "watch.csv";
  std::ofstream(csv)
      << "name,since,level\n\"Sergei Shoigu\",2025-03-01,2\nKim Jong Un,2024-06-19,1\n";
  auto store = testing::example_store();
  query::Session s(&store);
  auto r = s.run(
      ".import \"" + csv.string() + "\" watched\n?- watched(P, D, L), agent(E, P), D < 2025-01-01.",
      "<test>");
  REQUIRE_FALSE(r.error);
  CHECK(std::get<std::string>(r.outputs[0].result) ==
        ".import " + csv.string() + ": 2 rows into watched/3");
  CHECK(testing::rows_of(std::get<query::Table>(r.outputs[1].result)) ==
        Rows{"Kim Jong Un|2024-06-19|1|ev:3"});
  std::filesystem::remove_all(dir);
}

TEST_CASE("engine: interruption and the resource guard") {
  std::atomic<bool> cancel{true};
  query::Limits limits;
  limits.cancel = &cancel;
  query::Session s(nullptr, limits);
  std::string text;
  for (int i = 0; i < 300; ++i)
    text += "e(" + std::to_string(i) + ", " + std::to_string(i + 1) + ").\n";
  text += "p(X, Y) :- e(X, Y).\np(X, Z) :- p(X, Y), e(Y, Z).\n?- p(X, Y).";
  auto r = s.run(text, "<test>");
  REQUIRE(r.error);
  CHECK(r.error->message == "interrupted");

  query::Limits small;
  small.max_derived_tuples = 1000;
  query::Session t(nullptr, small);
  auto g = t.run("day(2025-01-01).\nday(D2) :- day(D1), D2 = D1 + 1.\n?- day(D).", "<test>");
  REQUIRE(g.error);
  CHECK_THAT(g.error->message, Catch::Contains("`day/1` grew past 1000 derived tuples"));
  CHECK_THAT(g.error->message, Catch::Contains("in rule `day(D2) :- day(D1), D2 = D1 + 1.`"));
}

TEST_CASE("engine: .explain shows strata, join order and kb access") {
  auto store = testing::example_store();
  query::Session s(&store);
  s.run(
      "chain(X, Y) :- before(X, Y), agent(X, \"North Korea\").\n"
      "chain(X, Z) :- chain(X, Y), before(Y, Z).\n",
      "<test>");
  auto plan = s.explain("?- chain(X, Y), event(Y, confirm).");
  REQUIRE(plan.ok());
  CHECK_THAT(*plan, Catch::Contains("recursive, semi-naive"));
  CHECK_THAT(*plan, Catch::Contains("kb: scan events by entity index"));
  CHECK_THAT(*plan, Catch::Contains("kb: event by id"));
}

TEST_CASE("engine: nullary relations and arithmetic edge cases") {
  auto store = testing::example_store();
  query::Session s(&store);
  auto t = testing::last_table(s, "confirmed :- event(E, confirm).\n?- confirmed.");
  CHECK(t.columns.empty());
  CHECK(t.rows.size() == 1);
  CHECK(testing::last_table(s, "nothing :- event(E, explode).\n?- nothing.").rows.empty());
  // Overflow gives no value instead of a wrong one; division by zero is an error.
  CHECK(answer(s, "?- X = 9223372036854775807 + 1.").empty());
  CHECK_THAT(testing::error_of(s, "?- X = 7 / 0."), Catch::Contains("division by zero in `7 / 0`"));
  CHECK(answer(s, "?- X = 7 / 2, Y = 7.0 / 2.") == Rows{"3|3.5"});
}

TEST_CASE("engine: time_kind tells a day from a coarser interval and from some day before") {
  auto store = testing::example_store();
  kb::EventRecord open;
  open.id = "ev:8";
  open.type = "train";
  open.reported = to_day({2025, 4, 28});  // no date of its own: some day before
  store.events.push_back(open);
  query::Session s(&store);
  CHECK(answer(s, "?- time_kind(E, before).") == Rows{"ev:8"});
  CHECK(answer(s, "?- time_kind(E, within), event(E, T).") == Rows{"ev:2|deploy", "ev:3|meet"});
  CHECK(answer(s, "?- time_kind(E, on), event(E, confirm).") == Rows{"ev:6"});
  // `time` keeps its meaning: an open event has no time tuple.
  CHECK(answer(s, "?- event(E, train), time(E, S, F).").empty());
}

TEST_CASE("engine: category gives PLOVER categories and domains of each event's type") {
  auto store = testing::example_store();
  kb::EventRecord sale;
  sale.id = "ev:9";
  sale.type = "sell";
  store.events.push_back(sale);
  kb::EventRecord arrest;
  arrest.id = "ev:10";
  arrest.type = "arrest";
  store.events.push_back(arrest);
  query::Session s(&store);
  CHECK(answer(s, "?- category(E, economy).") == Rows{"ev:9"});
  // An arrest is PLOVER's COERCE and a legal act: both categories, in the table's order.
  CHECK(answer(s, "?- category(\"ev:10\", C).") == Rows{"coerce", "legal"});
  CHECK(answer(s, "?- category(E, mobilize), event(E, T).") == Rows{"ev:2|deploy"});
  // A category no type has is no error, just no answer; a type with no category has none.
  CHECK(answer(s, "?- category(E, gardening).").empty());
}

TEST_CASE("engine: an open event's bounds give time_kind between, earliest and latest") {
  auto store = testing::example_store();
  kb::EventRecord bounded;
  bounded.id = "ev:11";
  bounded.type = "supply";
  bounded.after = to_day({2020, 1, 1});  // "since January 2020"
  bounded.reported = to_day({2021, 3, 3});
  store.events.push_back(bounded);
  kb::EventRecord open;
  open.id = "ev:12";
  open.type = "attack";
  open.before = to_day({2021, 2, 10});  // "before the truce of February 10"
  open.reported = to_day({2021, 3, 3});
  store.events.push_back(open);
  query::Session s(&store);
  CHECK(answer(s, "?- time_kind(E, between).") == Rows{"ev:11"});
  CHECK(answer(s, "?- event(E, supply), earliest(E, D).") == Rows{"ev:11|2020-01-02"});
  CHECK(answer(s, "?- event(E, supply), latest(E, D).") == Rows{"ev:11|2021-03-03"});
  CHECK(answer(s, "?- event(E, attack), latest(E, D), E = \"ev:12\".") == Rows{"ev:12|2021-02-09"});
  // A dated event's earliest and latest are its interval's ends.
  CHECK(answer(s, "?- earliest(E, D), latest(E, L), E = \"ev:2\".") ==
        Rows{"ev:2|2024-09-01|2024-11-30"});
}
