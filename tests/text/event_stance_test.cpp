// Whether a stored event happened: refusals, exclusions, conditions,
// speculation and future dates are not happenings in the past.
#include <catch2/catch.hpp>

#include "text_helpers.h"

using namespace annals::testing;

TEST_CASE("a refused or impossible act did not happen", "[text][events]") {
  const auto ex = annals::extract_events(
      story("The ministry refused to confirm the report. The agency was unable to provide figures.",
            "2024-03-06"));
  REQUIRE(event_of(ex, "confirm"));
  CHECK(event_of(ex, "confirm")->polarity == "negative");
  REQUIRE(event_of(ex, "supply"));
  CHECK(event_of(ex, "supply")->polarity == "negative");
}

TEST_CASE("ruled-out talks are not talks held", "[text][events]") {
  const auto ex = annals::extract_events(
      story("Spain on Monday ruled out talks with the separatists.", "2024-03-06"));
  REQUIRE(event_of(ex, "meet"));
  CHECK(event_of(ex, "meet")->polarity == "negative");
}

TEST_CASE("conditions and speculation are possible, not asserted", "[text][events]") {
  const auto ex = annals::extract_events(story(
      "If approved by regulators, the merger would create a giant. Kenya played down speculation "
      "about a possible trade agreement.",
      "2024-03-06"));
  REQUIRE(event_of(ex, "approve"));
  CHECK(event_of(ex, "approve")->modality == "possible");
  REQUIRE(event_of(ex, "agree"));
  CHECK(event_of(ex, "agree")->modality == "possible");
}

TEST_CASE("a negation before a question word is not the inner verb's", "[text][events]") {
  const auto ex = annals::extract_events(
      story("Police do not know what started the fire in Oslo.", "2024-03-06"));
  REQUIRE(event_of(ex, "begin"));
  CHECK(event_of(ex, "begin")->polarity == "positive");
}

TEST_CASE("events still to come are planned", "[text][events]") {
  const auto ex = annals::extract_events(story(
      "Voters in Ohio prepare for tomorrow's election. The siege will end when the corridor is "
      "established. The minister postponed his departure on Friday.",
      "2024-03-06"));
  REQUIRE(event_of(ex, "elect"));
  CHECK(event_of(ex, "elect")->modality == "planned");
  REQUIRE(event_of(ex, "found"));
  CHECK(event_of(ex, "found")->modality == "planned");
  REQUIRE(event_of(ex, "leave"));
  CHECK(event_of(ex, "leave")->modality == "planned");
  // A past election keeps its asserted reading.
  const auto past = annals::extract_events(
      story("Voters in Ohio went to the polls in Tuesday's election.", "2024-03-08"));
  REQUIRE(event_of(past, "elect"));
  CHECK(event_of(past, "elect")->modality == "asserted");
}

TEST_CASE("a quoted name inside a when clause keeps the clause future", "[text][events]") {
  const auto ex = annals::extract_events(story(
      "The mission will end when the \"buffer zone\" is established, he said.", "2024-03-06"));
  REQUIRE(event_of(ex, "found"));
  CHECK(event_of(ex, "found")->modality == "planned");
}

TEST_CASE("an acknowledged act does not take the acknowledging's time", "[text][events]") {
  const auto ex = annals::extract_events(
      story("Russia acknowledged the Belarusian deployment for the first time over the weekend.",
            "2024-03-06"));
  const auto* confirm = event_of(ex, "confirm");
  const auto* deploy = event_of(ex, "deploy");
  REQUIRE(confirm);
  REQUIRE(deploy);
  CHECK(when(*confirm) != "open");
  CHECK(when(*deploy) == "open");
  CHECK(has(deploy->agents, "Belarus"));
}

TEST_CASE("an infinitive of purpose is aimed at, one its verb asserts took place",
          "[text][events]") {
  const auto aim = annals::extract_events(
      story("The family paid the gang to release the hostages.", "2024-03-06"));
  const auto* release = event_of(aim, "release");
  REQUIRE(release);
  CHECK(release->modality == "planned");
  const auto done =
      annals::extract_events(story("The hostages managed to escape from the camp.", "2024-03-06"));
  for (const auto& e : done.events) CHECK(e.modality == "asserted");
}

TEST_CASE("a question asserts nothing", "[text][events]") {
  const auto ex = annals::extract_events(
      story("Has Chile sent troops to the border? Nobody knows.", "2024-03-06"));
  const auto* deploy = event_of(ex, "deploy");
  REQUIRE(deploy);
  CHECK(deploy->modality == "possible");
}

TEST_CASE("an -ing adjective after an article is no happening", "[text][events]") {
  const auto ex = annals::extract_events(
      story("Kenya, a rising power in the region, launched a satellite.", "2024-03-06"));
  CHECK(event_of(ex, "launch"));
  CHECK_FALSE(event_of(ex, "rise"));
}
