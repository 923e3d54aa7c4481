// Dates, bounds and one event per statement in the ingest pipeline, on
// sentences written for these tests.
#include <catch2/catch.hpp>

#include <algorithm>

#include "text_helpers.h"

using namespace annals::testing;

TEST_CASE("a saying and the speech act it reports are one event of the specific type",
          "[text][events]") {
  const auto ex = annals::extract_events(story(
      "Chile said the vote was a mistake and condemned the new law on Tuesday.", "2024-03-06"));
  const auto* condemn = event_of(ex, "condemn");
  REQUIRE(condemn);
  CHECK(event_of(ex, "say") == nullptr);
  CHECK(std::any_of(condemn->other_triggers.begin(), condemn->other_triggers.end(),
                    [](const annals::TriggerSite& t) { return t.trigger == "said"; }));
  // Two speakers: two statements, nothing folded across them.
  const auto two = annals::extract_events(
      story("Chile said the vote was a mistake, and Peru condemned the law.", "2024-03-06"));
  CHECK(event_of(two, "say") != nullptr);
  CHECK(event_of(two, "condemn") != nullptr);
}

TEST_CASE("an open event carries the bounds the text gives it", "[text][events]") {
  const auto ex = annals::extract_events(
      story("Peru will hold a referendum on the treaty, the minister said.", "2024-03-06"));
  bool bounded_after = false;
  for (const auto& e : ex.events) {
    if (e.when || !e.bounds) continue;
    const auto& b = e.bounds->begin;
    bounded_after |= b.after && annals::format_day(*b.after) == "2024-03-06";
  }
  CHECK(bounded_after);
}

TEST_CASE("a weekday beside a date it does not fall on is a warning naming the sentence",
          "[text][events]") {
  // 2024-03-05 was a Tuesday.
  const auto ex = annals::extract_events(
      story("Chile signed the accord on Monday, March 5, 2024, in Santiago.", "2024-03-06"));
  REQUIRE(ex.warnings.size() == 1);
  CHECK(ex.warnings[0].find("Monday") != std::string::npos);
  CHECK(ex.warnings[0].find("Chile signed the accord") != std::string::npos);
  const auto fine = annals::extract_events(
      story("Chile signed the accord on Tuesday, March 5, 2024, in Santiago.", "2024-03-06"));
  CHECK(fine.warnings.empty());
}

TEST_CASE("a statement released by an office is the saying, not a release event",
          "[text][events]") {
  const auto ex = annals::extract_events(
      story("\"We thank our friends,\" the president said in a statement released by the ministry.",
            "2024-03-06"));
  CHECK(event_of(ex, "release") == nullptr);
  const auto* say = event_of(ex, "say");
  REQUIRE(say);
  CHECK(std::any_of(say->other_triggers.begin(), say->other_triggers.end(),
                    [](const annals::TriggerSite& t) { return t.trigger == "released"; }));
  // Releasing prisoners is a happening of its own.
  const auto freed = annals::extract_events(
      story("The ministry said it released two prisoners on Monday.", "2024-03-06"));
  CHECK(event_of(freed, "release") != nullptr);
}
