// The language's rough edges, as a hostile user finds them: arithmetic that
// binds, unpadded dates, division by zero, parse errors in words, Unicode
// case mapping, user-set limits that name what grew, carets on long lines.
#include <catch2/catch.hpp>

#include <sstream>

#include "fake_store.h"
#include "session_helpers.h"

using namespace annals;
using annals::testing::answer;
using annals::testing::error_of;
using Rows = std::vector<std::string>;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string chain_facts(int n) {
  std::string text;
  for (int i = 0; i < n; ++i)
    text += "e(" + std::to_string(i) + ", " + std::to_string(i + 1) + ").\n";
  return text;
}

}  // namespace

TEST_CASE("rough edges: arithmetic on a bound value binds its result") {
  query::Session s(nullptr);
  CHECK(answer(s, "d(2025-04-01).\n?- d(S), D = S + 7, weekday(D, W).") ==
        Rows{"2025-04-01|2025-04-08|2"});
  CHECK(answer(s, "?- d(S), D = S + 7, year(D, Y), month(D, M).") ==
        Rows{"2025-04-01|2025-04-08|2025|4"});
  // The same over the knowledge base's time/3.
  auto store = testing::example_store();
  query::Session kb(&store);
  CHECK(answer(kb, "?- time(\"ev:6\", S, _), D = S + 7, weekday(D, W).") ==
        Rows{"2025-04-28|2025-05-05|1"});
  // A variable only a built-in's input reads is still unbound there.
  CHECK_THAT(error_of(s, "?- weekday(D, W)."), Catch::Contains("unsafe variable `D`"));
}

TEST_CASE("rough edges: an unpadded date is an error with the padded form") {
  query::Session s(nullptr);
  const std::string day = error_of(s, "?- X = 2025-4-1.");
  CHECK_THAT(day, Catch::Contains("date `2025-4-1` needs two-digit months and days"));
  CHECK_THAT(day, Catch::Contains("hint: write 2025-04-01"));
  CHECK_THAT(day, Catch::Contains("2025 - 4 - 1"));
  CHECK_THAT(error_of(s, "?- X = 2025-04-1."), Catch::Contains("write 2025-04-01"));
  CHECK_THAT(error_of(s, "?- X = 2025-4."), Catch::Contains("write 2025-04 "));
  CHECK_THAT(error_of(s, "?- as_of 2025-4-30 : X = 1."), Catch::Contains("write 2025-04-30"));
  // Padded dates and spaced subtraction are what they were.
  CHECK(answer(s, "?- X = 2025-04-01.") == Rows{"2025-04-01"});
  CHECK(answer(s, "?- X = 2025 - 4 - 1.") == Rows{"2020"});
}

TEST_CASE("rough edges: division by zero is an error naming the expression") {
  query::Session s(nullptr);
  CHECK_THAT(error_of(s, "?- X = 1 / 0."), Catch::Contains("division by zero in `1 / 0`"));
  CHECK_THAT(error_of(s, "?- X = 2.5 / 0."), Catch::Contains("division by zero in `2.5 / 0`"));
  const std::string in_rule =
      error_of(s, "n(3).\nratio(X) :- n(N), X = 10 / (N - N).\n?- ratio(X).");
  CHECK_THAT(in_rule, Catch::Contains("division by zero in `10 / (N - N)`"));
  CHECK_THAT(in_rule, Catch::Contains("in rule `ratio(X) :- n(N), X = 10 / (N - N).`"));
  CHECK(answer(s, "?- n(N), X = 10 / (N - 1).") == Rows{"3|5"});
}

TEST_CASE("rough edges: parse errors name the expected token in words") {
  query::Session s(nullptr);
  const std::string quote = error_of(s, "?- p('a').");
  CHECK_THAT(quote, Catch::Contains("expected an argument (a variable, `_` or a constant)"));
  CHECK_THAT(quote, Catch::Contains("found `'` (strings are written in double quotes"));
  CHECK_THAT(error_of(s, "?- event(E confirm)."),
             Catch::Contains("expected `,` or `)`, found `c`"));
  CHECK_THAT(error_of(s, "?- p(X),."), Catch::Contains("expected a literal"));
  CHECK_THAT(error_of(s, "?- N = count : { p(X) ."), Catch::Contains("expected `,` or `}`"));
  CHECK_THAT(error_of(s, "?- X = 1 Y = 2."),
             Catch::Contains("expected `.` at the end of the statement, found `Y`"));
  // No C++ type names, whatever the slip.
  for (const char* text :
       {"?- p('a').", "?- p(X) q(Y).", "?- p(X,).", "p(X) :- .", "?- (.", "?- X = (1 + .",
        "expect count : { p(X) } >= .", "?- N = count : p.", "?- N = count(X) by .",
        "p(X) :- q(X), not .", "?- as_of 2025 : p(X)."}) {
    const std::string error = error_of(s, text);
    CHECK_THAT(error,
               !Catch::Contains("boost") && !Catch::Contains("N5") && !Catch::Contains("spirit"));
  }
}

TEST_CASE("rough edges: lower and upper map Unicode case") {
  query::Session s(nullptr);
  CHECK(answer(s, "?- lower(\"ÜBER ÉTÉ\", L).") == Rows{"über été"});
  CHECK(answer(s, "?- upper(\"über été\", U).") == Rows{"ÜBER ÉTÉ"});
  CHECK(answer(s, "?- upper(\"straße\", U).") == Rows{"STRASSE"});
  CHECK(answer(s, "?- lower(\"ΣΟΦΙΑ Київ\", L).") == Rows{"σοφια київ"});
  CHECK(answer(s, "?- upper(\"North Korea\", U).") == Rows{"NORTH KOREA"});
}

TEST_CASE("rough edges: the tuple limit names the rule or query that grew") {
  query::Limits small;
  small.max_derived_tuples = 1000;
  query::Session s(nullptr, small);
  const std::string closure =
      error_of(s, chain_facts(100) +
                      "path(X, Y) :- e(X, Y).\npath(X, Z) :- path(X, Y), e(Y, Z).\n?- path(X, Y).");
  CHECK_THAT(closure, Catch::Contains("`path/2` grew past 1000 derived tuples (--max-tuples)"));
  CHECK_THAT(closure, Catch::Contains("in rule `path(X, Z) :- path(X, Y), e(Y, Z).`"));
  // A cartesian product in the query itself: the query is named, not a rule.
  const std::string product = error_of(s, "?- e(A, B), e(C, D).");
  CHECK_THAT(product, Catch::Contains("the query `?- e(A, B), e(C, D).` derived more than 1000"));
  // The limit is the user's: a larger one lets the closure finish.
  query::Limits large;
  large.max_derived_tuples = 10000;
  query::Session t(nullptr, large);
  CHECK(answer(t, chain_facts(100) + "path(X, Y) :- e(X, Y).\npath(X, Z) :- path(X, Y), e(Y, Z).\n"
                                     "?- N = count : { path(X, Y) }.") == Rows{"5050"});
}

TEST_CASE("rough edges: the time limit names the rule it stopped in") {
  query::Limits limits;
  limits.deadline_ms = 1;
  limits.max_derived_tuples = 1'000'000'000;
  query::Session s(nullptr, limits);
  const std::string text = chain_facts(3000) +
                           "path(X, Y) :- e(X, Y).\npath(X, Z) :- path(X, Y), e(Y, Z).\n"
                           "?- N = count : { path(X, Y) }.";
  auto r = s.run(text, "<test>");
  REQUIRE(r.error);
  CHECK_THAT(r.error->message,
             Catch::Contains("time limit of 0.001 s reached (--timeout, .timeout)"));
  CHECK_THAT(r.error->message, Catch::Contains("while evaluating rule `path(X, "));
  // set_limits changes it for later statements.
  limits.deadline_ms.reset();
  s.set_limits(limits);
  CHECK(answer(s, "?- N = count : { e(X, Y) }.") == Rows{"3000"});
}

TEST_CASE("rough edges: the caret sits under the error on a long line") {
  query::Session s(nullptr);
  const std::string padding(50'000, 'a');
  const std::string text = "?- p(\"" + padding + "\", X Y).";
  auto r = s.run(text, "<test>");
  REQUIRE(r.error);
  const std::size_t error_at = text.find(" Y") + 1;
  CHECK(r.error->pos.column == error_at + 1);
  const auto lines = lines_of(r.error->render());
  REQUIRE(lines.size() >= 3);
  const std::string& shown = lines[1];
  const std::string& caret = lines[2];
  CHECK(shown.size() < 200);
  CHECK(shown.substr(0, 5) == "  ...");
  REQUIRE(caret.find('^') != std::string::npos);
  CHECK(shown.at(caret.find('^')) == 'Y');
  // Multi-byte characters before the error count as one column each.
  const std::string wide = "?- p(\"" + std::string(20'000, 'x') + "ééé\", X Y).";
  auto w = s.run(wide, "<test>");
  REQUIRE(w.error);
  const auto wide_lines = lines_of(w.error->render());
  REQUIRE(wide_lines.size() >= 3);
  const std::string& wide_shown = wide_lines[1];
  const std::size_t y = wide_shown.find(" Y)") + 1;
  std::size_t columns_before_y = 0;
  for (std::size_t i = 0; i < y; ++i)
    columns_before_y += (static_cast<unsigned char>(wide_shown[i]) & 0xC0) != 0x80 ? 1 : 0;
  CHECK(wide_lines[2].find('^') == columns_before_y);
  // A short line is shown whole, with no ellipsis.
  const auto short_lines = lines_of(error_of(s, "?- p(X Y)."));
  CHECK(short_lines[1] == "  ?- p(X Y).");
  CHECK(short_lines[2] == "         ^");
}
