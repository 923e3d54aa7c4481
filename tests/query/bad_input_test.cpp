// Hostile or broken input: large files, deep nesting, unterminated strings,
// NUL bytes, invalid dates. Each gets a clean diagnostic, never a crash.
#include <catch2/catch.hpp>

#include "session_helpers.h"

using namespace annals;

TEST_CASE("bad input: a 1 MB program runs") {
  std::string text;
  int facts = 0;
  while (text.size() < (1u << 20)) {
    text += "link(" + std::to_string(facts) + ", " + std::to_string(facts + 1) +
            ").   % a comment to pad the line\n";
    ++facts;
  }
  text += "?- N = count : { link(X, Y) }.";
  query::Session s(nullptr);
  CHECK(testing::answer(s, text) == std::vector<std::string>{std::to_string(facts)});
}

TEST_CASE("bad input: a 1 MB single statement is refused cleanly") {
  std::string text = "?- p(X)";
  while (text.size() < (1u << 20)) text += ", p(X)";
  text += ".";
  query::Session s(nullptr);
  auto r = s.run("p(1).\n" + text, "big.dl");
  REQUIRE(r.error);
  CHECK_THAT(r.error->message, Catch::Contains("statement longer than 100 kB"));
  CHECK(r.error->pos.line == 2);
  // Below that size, a body is still limited in literals.
  std::string many = "?- p(X)";
  for (int i = 0; i < 5000; ++i) many += ",p(X)";
  CHECK_THAT(s.run(many + ".", "many.dl").error->message,
             Catch::Contains("more than 4096 literals"));
}

TEST_CASE("bad input: nesting 10,000 deep is an error, not a stack overflow") {
  std::string text = "?- X = " + std::string(10000, '(') + "1" + std::string(10000, ')') + ".";
  query::Session s(nullptr);
  auto r = s.run(text, "deep.dl");
  REQUIRE(r.error);
  CHECK_THAT(r.error->message, Catch::Contains("nesting deeper than"));
  std::string braces = "?- N = count : ";
  for (int i = 0; i < 10000; ++i) braces += "{ ";
  CHECK_THAT(s.run(braces, "deep.dl").error->message, Catch::Contains("nesting deeper than"));
}

TEST_CASE("bad input: modest nesting still works") {
  query::Session s(nullptr);
  CHECK(testing::answer(s, "?- X = ((((1 + 2)) * 3)).") == std::vector<std::string>{"9"});
}

TEST_CASE("bad input: unterminated string points at its quote") {
  query::Session s(nullptr);
  auto r = s.run("?- agent(E, \"North Korea).\n?- event(E, T).", "s.dl");
  REQUIRE(r.error);
  CHECK(r.error->message == "unterminated string");
  CHECK(r.error->pos.line == 1);
  CHECK(r.error->pos.column == 13);
}

TEST_CASE("bad input: a NUL byte is reported where it is") {
  query::Session s(nullptr);
  std::string text = "?- event(E, T).\n?- ev";
  text += '\0';
  text += "ent(E, T).";
  auto r = s.run(text, "nul.dl");
  REQUIRE(r.error);
  CHECK(r.error->message == "NUL byte in query text");
  CHECK(r.error->pos.line == 2);
  CHECK(r.error->pos.column == 6);
  CHECK(r.error->render().find('\0') == std::string::npos);
}

TEST_CASE("bad input: invalid dates and garbage") {
  query::Session s(nullptr);
  CHECK_THAT(s.run("?- X = 2025-13-45.", "d.dl").error->message,
             Catch::Contains("invalid date literal 2025-13-45"));
  CHECK_THAT(s.run("?- X = 9999-12-31 + 1.", "d.dl").error.value_or(query::Diagnostic{}).message,
             Catch::Equals(""));
  CHECK(s.run("\xff\xfe garbage", "g.dl").error);
  CHECK(s.run(")))).", "g.dl").error);
  CHECK_FALSE(s.run("", "empty.dl").error);
  CHECK_FALSE(s.run("% only a comment", "c.dl").error);
}
