#include <boost/optional/optional_io.hpp>
#include <catch2/catch.hpp>

#include "grammar.h"

using namespace annals::query;

namespace {
ast::Statement parse_ok(const std::string& text) {
  auto r = parse_statement(text);
  if (auto* e = std::get_if<SyntaxError>(&r))
    FAIL(text << ": " << e->message << " at " << e->offset);
  return std::get<ast::Statement>(r);
}
std::string parse_error(const std::string& text) {
  auto r = parse_statement(text);
  REQUIRE(std::holds_alternative<SyntaxError>(r));
  return std::get<SyntaxError>(r).message;
}
}  // namespace

TEST_CASE("grammar: facts, rules and queries") {
  auto fact = parse_ok("watched(\"Sergei Shoigu\").");
  auto& rule = boost::get<ast::Rule>(fact);
  CHECK(rule.head.name == "watched");
  CHECK_FALSE(rule.body.has_value());
  REQUIRE(rule.head.args.size() == 1);
  CHECK(boost::get<ast::StringLiteral>(rule.head.args[0]).value == "Sergei Shoigu");

  auto r = boost::get<ast::Rule>(parse_ok("chain(X, Z) :- chain(X, Y), before(Y, Z)."));
  REQUIRE(r.body.has_value());
  CHECK(r.body->literals.size() == 2);

  auto q = boost::get<ast::Query>(parse_ok("?- event(E, confirm), not agent(E, \"Russia\")."));
  CHECK(q.body.literals.size() == 2);
  CHECK(boost::get<ast::Negation>(&q.body.literals[1]) != nullptr);
}

TEST_CASE("grammar: constants keep their kinds") {
  auto q = boost::get<ast::Query>(
      parse_ok("?- p(a, \"s\\\"q\\n\", 42, -3, 2.5, 2025-04-28, 2025-04, _, X)."));
  const auto& args = boost::get<ast::AtomCall>(q.body.literals[0]).args;
  REQUIRE(args.size() == 9);
  CHECK(boost::get<ast::AtomLiteral>(args[0]).name == "a");
  CHECK(boost::get<ast::StringLiteral>(args[1]).value == "s\"q\n");
  CHECK(boost::get<ast::IntLiteral>(args[2]).value == 42);
  CHECK(boost::get<ast::IntLiteral>(args[3]).value == -3);
  CHECK(boost::get<ast::FloatLiteral>(args[4]).value == 2.5);
  CHECK(boost::get<ast::DateLiteral>(args[5]).text == "2025-04-28");
  CHECK(boost::get<ast::DateLiteral>(args[6]).text == "2025-04");
  CHECK(boost::get<ast::Variable>(args[7]).name == "_");
  CHECK(boost::get<ast::Variable>(args[8]).name == "X");
}

TEST_CASE("grammar: a number before the final full stop") {
  auto q = boost::get<ast::Query>(parse_ok("?- p(X), X = 1."));
  const auto& c = boost::get<ast::Comparison>(q.body.literals[1]);
  CHECK(c.op == "=");
}

TEST_CASE("grammar: aggregates, as_of and expectations") {
  auto q =
      boost::get<ast::Query>(parse_ok("?- N = count : { event(E, _), agent(E, \"Russia\") }."));
  const auto& g = boost::get<ast::Aggregate>(q.body.literals[0]);
  CHECK(g.function == "count");
  CHECK(g.result.name == "N");

  auto by = boost::get<ast::Query>(parse_ok("?- agent(E, A), N = count(E) by A."));
  const auto& g2 = boost::get<ast::Aggregate>(by.body.literals[1]);
  REQUIRE(g2.argument.has_value());
  CHECK(g2.argument->name == "E");
  CHECK(boost::get<std::vector<ast::Variable>>(g2.over).size() == 1);

  auto a = boost::get<ast::Query>(parse_ok("?- as_of 2025-04-27 : event(E, confirm)."));
  REQUIRE(a.body.as_of.has_value());
  CHECK(a.body.as_of->text == "2025-04-27");

  auto e = boost::get<ast::Expect>(parse_ok("expect count : { event(E, T) } >= 1."));
  CHECK(e.kind == "count");
  REQUIRE(e.bound.has_value());
  CHECK(e.bound->op == ">=");
  auto none = boost::get<ast::Expect>(parse_ok("expect none : { event(E, T) }."));
  CHECK(none.kind == "none");
}

TEST_CASE("grammar: arithmetic and comments") {
  auto q =
      boost::get<ast::Query>(parse_ok("?- time(E, D1, _), % the start\n D2 = D1 + 7 * (2 - 1)."));
  const auto& c = boost::get<ast::Comparison>(q.body.literals[1]);
  CHECK(c.rhs.rest.size() == 1);
}

TEST_CASE("grammar: errors say what was expected and where") {
  auto r = parse_statement("?- event(E T).");
  REQUIRE(std::holds_alternative<SyntaxError>(r));
  CHECK(std::get<SyntaxError>(r).offset == 11);
  CHECK_THAT(std::get<SyntaxError>(r).message, Catch::Contains("expected"));
  CHECK_THAT(parse_error("?- ."), Catch::Contains("expected"));
  CHECK_THAT(parse_error("expect many : { p(X) }."), Catch::Contains("`count`, `none` or `some`"));
}
