// Linear recursion that carries columns through (reach(X, Z) :- reach(X, Y),
// edge(Y, Z)) is evaluated one carried value at a time: the answers must be
// those of plain semi-naive evaluation, whatever the values, and a query that
// fixes the carried column computes only what it asks for.
#include <catch2/catch.hpp>

#include <random>

#include "session_helpers.h"

using namespace annals;
using annals::testing::answer;
using annals::testing::error_of;
using Rows = std::vector<std::string>;

namespace {

std::string chain_facts(int n) {
  std::string text;
  for (int i = 0; i < n; ++i)
    text += "e(" + std::to_string(i) + ", " + std::to_string(i + 1) + ").\n";
  return text;
}

// Random edges over ints (small, negative, huge), strings and dates.
std::string mixed_facts(unsigned seed) {
  std::mt19937 rng(seed);
  const std::vector<std::string> nodes = {"0",  "1",          "2",          "3",     "7",
                                          "-4", "9000000000", "300000000",  "\"a\"", "\"b\"",
                                          "c",  "2025-04-01", "2025-04-02", "1.5",   "42"};
  std::string text;
  for (int i = 0; i < 40; ++i)
    text += "e(" + nodes[rng() % nodes.size()] + ", " + nodes[rng() % nodes.size()] + ").\n";
  return text;
}

}  // namespace

TEST_CASE("carried recursion: the same answers as plain semi-naive evaluation") {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    query::Session s(nullptr);
    s.run(mixed_facts(seed), "<test>");
    // `X = X` uses X outside the recursive atom: that rule is evaluated plainly.
    const auto carried = answer(s,
                                "reach(X, Y) :- e(X, Y).\n"
                                "reach(X, Z) :- reach(X, Y), e(Y, Z).\n?- reach(X, Y).");
    const auto plain = answer(s,
                              "plain(X, Y) :- e(X, Y).\n"
                              "plain(X, Z) :- plain(X, Y), e(Y, Z), X = X.\n?- plain(X, Y).");
    INFO("seed " << seed);
    CHECK(carried == plain);
    CHECK_FALSE(carried.empty());
    // Right-linear: the target column is carried instead.
    const auto right = answer(s,
                              "back(X, Y) :- e(X, Y).\n"
                              "back(X, Z) :- e(X, Y), back(Y, Z).\n?- back(X, Y).");
    CHECK(right == plain);
  }
}

TEST_CASE("carried recursion: two carried columns, facts and several rules") {
  query::Session s(nullptr);
  s.run(chain_facts(6) + "f(0, 3).\n", "<test>");
  CHECK(answer(s,
               "tagged(a, 0, 0).\ntagged(b, 1, 4).\n"
               "tagged(T, S, Y) :- tagged(T, S, X), e(X, Y).\n"
               "tagged(T, S, Y) :- tagged(T, S, X), f(X, Y).\n"
               "?- tagged(b, S, Y).") == Rows{"1|4", "1|5", "1|6"});
  CHECK(answer(s, "?- N = count : { tagged(T, S, Y) }.") == Rows{"10"});
}

TEST_CASE("carried recursion: a query fixing the carried column computes only its part") {
  query::Limits limits;
  limits.max_derived_tuples = 10'000;
  query::Session s(nullptr, limits);
  s.run(chain_facts(3000) + "reach(X, Y) :- e(X, Y).\nreach(X, Z) :- reach(X, Y), e(Y, Z).\n",
        "<test>");
  // The whole closure is 4.5M tuples, past the limit; from one node, 10.
  CHECK(answer(s, "?- reach(2990, Y), Y > 2997.") == Rows{"2998", "2999", "3000"});
  CHECK(answer(s, "?- N = count : { reach(2990, Y) }.") == Rows{"10"});
  CHECK(answer(s, "?- reach(2995, Y), not reach(2998, Y).") == Rows{"2996", "2997", "2998"});
  // Reading every source still meets the limit, and says which rule grew.
  CHECK_THAT(error_of(s, "?- reach(X, 3000)."),
             Catch::Contains("`reach/2` grew past 10000 derived tuples (--max-tuples) in rule "
                             "`reach(X, Z) :- reach(X, Y), e(Y, Z).`"));
}

TEST_CASE("carried recursion: two threads give the answers of one") {
  query::Limits two;
  two.threads = 2;
  for (unsigned seed = 1; seed <= 10; ++seed) {
    const std::string program = mixed_facts(seed) +
                                "reach(X, Y) :- e(X, Y).\n"
                                "reach(X, Z) :- reach(X, Y), e(Y, Z), not e(Z, X).\n";
    query::Session one_thread(nullptr), two_threads(nullptr, two);
    INFO("seed " << seed);
    CHECK(answer(two_threads, program + "?- reach(X, Y).") ==
          answer(one_thread, program + "?- reach(X, Y)."));
  }
  query::Session s(nullptr, two);
  CHECK(answer(s, chain_facts(300) +
                      "reach(X, Y) :- e(X, Y).\nreach(X, Z) :- reach(X, Y), e(Y, Z).\n"
                      "?- N = count : { reach(X, Y) }.") == Rows{"45150"});
  // A built-in in the recursion keeps it on one thread, with the same answers.
  CHECK(answer(s,
               "named(X, Y) :- e(X, Y), X < 3.\n"
               "named(X, Z) :- named(X, Y), e(Y, Z), weekday(2025-04-01, W), W > 0.\n"
               "?- N = count : { named(X, Y) }.") == Rows{"897"});
}
