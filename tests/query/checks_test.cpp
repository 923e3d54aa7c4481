// Checks before evaluation: each error class, with position and hint.
#include <catch2/catch.hpp>

#include "fake_store.h"
#include "session_helpers.h"

using namespace annals;
using annals::testing::error_of;

TEST_CASE("checks: unknown relation gets a did-you-mean hint") {
  auto store = testing::example_store();
  query::Session s(&store);
  auto r = s.run("?- event(E, T), agnet(E, A).", "q.dl");
  REQUIRE(r.error);
  CHECK(r.error->message == "unknown relation `agnet`");
  CHECK(r.error->hint == "did you mean `agent/2`?");
  CHECK(r.error->pos.line == 1);
  CHECK(r.error->pos.column == 17);
  CHECK_THAT(r.error->render(), Catch::StartsWith("q.dl:1:17: error: unknown relation"));
  CHECK(r.outputs.empty());
}

TEST_CASE("checks: user relations are suggested too") {
  query::Session s(nullptr);
  auto text = error_of(s, "acknowledged(a, b).\n?- acknowleged(X, Y).");
  CHECK_THAT(text, Catch::Contains("did you mean `acknowledged/2`?"));
  CHECK_THAT(text, Catch::Contains("<test>:2:4:"));
}

TEST_CASE("checks: arity mismatch") {
  query::Session s(nullptr);
  CHECK_THAT(error_of(s, "?- agent(E, A, B)."), Catch::Contains("agent/2 used with 3 arguments"));
  CHECK_THAT(error_of(s, "p(1). ?- p(X, Y)."), Catch::Contains("p/1 used with 2 arguments"));
}

TEST_CASE("checks: unsafe variables in head, negation and comparison") {
  query::Session s(nullptr);
  CHECK_THAT(error_of(s, "p(X, Y) :- event(X, _)."),
             Catch::Contains("unsafe variable `Y` in the head"));
  CHECK_THAT(error_of(s, "p(X) :- event(X, _), not agent(X, A)."),
             Catch::Contains("unsafe variable `A` in a negation"));
  CHECK_THAT(error_of(s, "p(X) :- event(X, _), S > 2025-01-01."),
             Catch::Contains("unsafe variable `S` in a comparison"));
  CHECK_THAT(error_of(s, "p(X). "), Catch::Contains("facts hold constants only"));
  // `_` inside a negation is fine: it means "any".
  auto r = s.run("q(X) :- event(X, _), not agent(X, _).", "<test>");
  CHECK_FALSE(r.error);
}

TEST_CASE("checks: a head variable misspelt gets a hint") {
  query::Session s(nullptr);
  auto text = error_of(s, "first(A, Dat) :- event(E, confirm), agent(E, A), time(E, Date, _).");
  CHECK_THAT(text, Catch::Contains("did you mean `Date`?"));
}

TEST_CASE("checks: negation or aggregation through recursion is refused") {
  query::Session s(nullptr);
  CHECK_THAT(error_of(s, "p(X) :- event(X, _), not p(X)."), Catch::Contains("unstratifiable"));
  CHECK_THAT(error_of(s, "a(X) :- b(X).\nb(X) :- event(X, _), not a(X)."),
             Catch::Contains("unstratifiable"));
  CHECK_THAT(error_of(s, "c(N) :- N = count : { c(X) }."), Catch::Contains("unstratifiable"));
  // The refused rule is not kept: the program still runs.
  auto store = testing::example_store();
  query::Session t(&store);
  (void)t.run("p(X) :- event(X, _), not p(X).", "<test>");
  CHECK(testing::answer(t, "?- p(X).").empty());
}

TEST_CASE("checks: type errors between dates, strings and numbers") {
  query::Session s(nullptr);
  CHECK_THAT(error_of(s, "?- time(E, S, _), S > \"2025-01-01\"."),
             Catch::Contains("`S` is a date, compared with a string"));
  CHECK_THAT(error_of(s, "?- quantity(E, W, N, _), N >= 2025-04."),
             Catch::Contains("`N` is a number, compared with a date"));
  CHECK_THAT(error_of(s, "?- time(E, \"April\", _)."), Catch::Contains("is a date, not a string"));
  CHECK_THAT(error_of(s, "?- 2025-04-01 < \"x\"."), Catch::Contains("type error"));
}

TEST_CASE("checks: invalid date literals are errors, not crashes") {
  query::Session s(nullptr);
  auto text = error_of(s, "?- time(E, S, _), S > 2025-13-45.");
  CHECK_THAT(text, Catch::Contains("invalid date literal 2025-13-45"));
  CHECK_THAT(error_of(s, "?- time(E, 2025-02-30, _)."), Catch::Contains("invalid date literal"));
  CHECK_THAT(error_of(s, "?- as_of 2025-00 : event(E, T)."),
             Catch::Contains("invalid date literal"));
}

TEST_CASE("checks: an error stops the text before anything runs when it is a syntax error") {
  auto store = testing::example_store();
  query::Session s(&store);
  auto r = s.run("?- event(E, confirm).\n?- event(E T).", "<test>");
  REQUIRE(r.error);
  CHECK(r.error->pos.line == 2);
  CHECK(r.outputs.empty());
}
