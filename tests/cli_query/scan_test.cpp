// Statement boundaries (when the REPL stops reading) and tab completion.
#include <catch2/catch.hpp>

#include "completion.h"
#include "statement_scan.h"

using annals::cli::SourceChunk;
using annals::cli::statement_open;

TEST_CASE("a statement is open until its final dot", "[cli_query][scan]") {
  CHECK(statement_open("?- event(E, T),"));
  CHECK(statement_open("?- event(E, T),\n   agent(E, A)"));
  CHECK_FALSE(statement_open("?- event(E, T),\n   agent(E, A)."));
  CHECK_FALSE(statement_open("?- time(E, S, _), S >= 2025-04-01.  % April on"));
  CHECK(statement_open("?- quantity(E, troops, N, _), N > 3.5"));
  CHECK(statement_open("watched(\"St. Petersburg. "));  // the dots are in an open string
  CHECK_FALSE(statement_open("watched(\"St. Petersburg. \")."));
  CHECK_FALSE(statement_open(".mode csv"));
  CHECK_FALSE(statement_open("% only a comment."));
  CHECK_FALSE(statement_open(""));
}

TEST_CASE("directive lines are split out with their line numbers", "[cli_query][scan]") {
  const std::string source =
      "p(1).\n"
      "q(X) :- p(X),\n"
      "  .5 < 1.\n"  // inside a statement: not a directive
      ".mode csv\n"
      "?- q(X).\n";
  const auto chunks = annals::cli::split_directives(source);
  REQUIRE(chunks.size() == 3);
  CHECK(chunks[0].kind == SourceChunk::Kind::kProgram);
  CHECK(chunks[0].line == 1);
  CHECK(chunks[1].kind == SourceChunk::Kind::kDirective);
  CHECK(chunks[1].text == ".mode csv");
  CHECK(chunks[1].line == 4);
  CHECK(chunks[2].line == 5);
  CHECK(chunks[2].text == "?- q(X).\n");
}

TEST_CASE("directive arguments keep quoted words together", "[cli_query][scan]") {
  const auto d =
      annals::cli::parse_directive_line(".export dot \"my timeline.dot\" ?- event(E, T).");
  CHECK(d.name == "export");
  REQUIRE(d.args.size() >= 3);
  CHECK(d.args[1] == "my timeline.dot");
  CHECK(d.rest_after(2) == "?- event(E, T).");
}

TEST_CASE("tab completes relations, commands and entity names", "[cli_query][complete]") {
  annals::cli::CompletionSources sources;
  sources.commands = {"help", "mode", "quit"};
  sources.relations = {"agent/2", "after/2", "alias/2", "event/2", "watched/1"};
  sources.entities = {"North Korea", "Norway", "Russia"};

  auto complete = [&](std::string_view typed) {
    const auto c = annals::cli::complete_word(typed, sources);
    return std::make_pair(c.candidates, annals::cli::completion_replacement(typed, c));
  };
  CHECK(complete("?- ev").second == "event(");
  CHECK(complete("?- event(E, _), wat").second == "watched(");
  const auto [many, none] = complete("?- a");
  CHECK(many == std::vector<std::string>{"after(", "agent(", "alias("});
  CHECK(none.empty());  // no common prefix beyond "a": the REPL lists them
  CHECK(complete(".mo").second == ".mode ");
  CHECK(complete("?- agent(E, \"north").second == "\"North Korea\"");
  CHECK(complete("?- agent(E, \"Nor").first.size() == 2);
  CHECK(complete("?- agent(E, X").first.empty());  // variables are not completed
}
