#include <catch2/catch.hpp>

#include "sentences.h"

namespace {
std::vector<std::string> split(std::string_view body) {
  std::vector<std::string> out;
  for (const annals::Sentence& s : annals::text::split_sentences(body))
    out.emplace_back(s.text(body));
  return out;
}
}  // namespace

TEST_CASE("sentence splitting survives abbreviations, numbers, initials and quotes",
          "[text][sentences]") {
  struct Case {
    const char* body;
    std::vector<std::string> sentences;
  };
  const std::vector<Case> cases = {
      {"U.S. Sen. Ann Lee, D-Ga., spoke on Jan. 5 about the 3.5 percent rise. Mr. Roe disagreed.",
       {"U.S. Sen. Ann Lee, D-Ga., spoke on Jan. 5 about the 3.5 percent rise.",
        "Mr. Roe disagreed."}},
      {"The U.N. envoy met Gen. Diaz. No. 10 said nothing.",
       {"The U.N. envoy met Gen. Diaz.", "No. 10 said nothing."}},
      {"\"We are ready,\" he said. The talks resumed.",
       {"\"We are ready,\" he said.", "The talks resumed."}},
      {"\"Is it over?\" she asked. Nobody answered.",
       {"\"Is it over?\" she asked.", "Nobody answered."}},
      {"J. R. Smith arrived late.", {"J. R. Smith arrived late."}},
      {"Storm hits coast\nThousands fled. Roads closed.",
       {"Storm hits coast", "Thousands fled.", "Roads closed."}},
      {"Talks ended.? Officials left.", {"Talks ended.?", "Officials left."}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.body);
    CHECK(split(c.body) == c.sentences);
  }
}

TEST_CASE("a run of text with no sentence end is cut into bounded pieces at spaces",
          "[text][sentences]") {
  std::string body;
  while (body.size() < 200000) body += "officials and ministers met again in the capital ";
  body += "today.";
  const auto sentences = annals::text::split_sentences(body);
  REQUIRE(sentences.size() > 100);
  std::size_t covered = 0;
  for (const annals::Sentence& s : sentences) {
    CHECK(s.end - s.begin <= 1500);
    CHECK(body[s.begin] != ' ');                          // pieces start at a word
    CHECK((s.end == body.size() || body[s.end] == ' '));  // and end at one
    covered += s.end - s.begin;
  }
  CHECK(covered + sentences.size() - 1 == body.size());  // only the cut spaces are left out
}
