// Generalisation checks: short articles on topics the seeds do not cover
// (tests/text/fixtures), each with the key events an analyst would expect.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "text_helpers.h"

using namespace annals::testing;

namespace {

annals::Extraction extract_fixture(const std::string& file, const char* date) {
  std::ifstream in(std::string(ANNALS_SOURCE_DIR) + "/tests/text/fixtures/" + file);
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  return annals::extract_events(story(text.str(), date));
}

}  // namespace

TEST_CASE("an election: who was elected when, and the planned inauguration",
          "[text][generalisation]") {
  const auto ex = extract_fixture("election.txt", "2024-10-15");
  const auto* elect = event_of(ex, "elect");
  REQUIRE(elect);
  CHECK(has(elect->agents, "Portugal"));
  CHECK(has(elect->patients, "Marta Sequeira"));
  CHECK(when(*elect) == "2024-10-13");
  const auto* sworn = event_of(ex, "inaugurate");
  REQUIRE(sworn);
  CHECK(sworn->modality == "planned");
  CHECK(when(*sworn) == "2024-11-03");
}

TEST_CASE("a court ruling: the sentence today, the arrest two years earlier",
          "[text][generalisation]") {
  const auto ex = extract_fixture("court.txt", "2024-06-05");
  const auto* sentence = event_of(ex, "sentence");
  REQUIRE(sentence);
  CHECK(has(sentence->agents, "Kenya"));
  CHECK(has(sentence->patients, "Peter Kamau"));
  CHECK(when(*sentence) == "2024-06-05");
  const auto* arrest = event_of(ex, "arrest");
  REQUIRE(arrest);
  CHECK(has(arrest->patients, "Peter Kamau"));
  CHECK(when(*arrest) == "2022-03");
}

TEST_CASE("a corporate acquisition: agreed today, so the takeover is planned",
          "[text][generalisation]") {
  const auto ex = extract_fixture("acquisition.txt", "2024-02-20");
  const auto* agree = event_of(ex, "agree");
  REQUIRE(agree);
  CHECK(has(agree->agents, "Nordlys Shipping"));
  CHECK(when(*agree) == "2024-02-20");
  const auto* acquire = event_of(ex, "acquire");
  REQUIRE(acquire);
  CHECK(has(acquire->agents, "Nordlys Shipping"));
  CHECK(has(acquire->patients, "Van Loon Lines"));
  CHECK(acquire->modality == "planned");
  // "The deal is expected to close in the third quarter": the quarter is the
  // closing's, not a second agreement's.
  for (const auto& e : ex.events) CHECK_FALSE((e.type == "agree" && when(e) == "2024-Q3"));
}

TEST_CASE("joining, said as 'became a member', and ratifying an accession",
          "[text][events][generalisation]") {
  const auto joined = annals::extract_events(
      story("Moldova became the 28th member of the European Union on Friday.", "2031-05-12"));
  const auto* join = event_of(joined, "join");
  REQUIRE(join);
  CHECK(has(join->agents, "Moldova"));
  CHECK(when(*join) == "2031-05-09");

  const auto ratified = annals::extract_events(
      story("Austria's parliament voted on Tuesday to approve Moldova's bid to join the bloc.",
            "2030-11-07"));
  const auto* ratify = event_of(ratified, "ratify");
  REQUIRE(ratify);
  CHECK(has(ratify->agents, "Austria"));
  CHECK(when(*ratify) == "2030-11-05");
  // The bid is an aim: the joining it names has not happened.
  const auto* aim = event_of(ratified, "join");
  REQUIRE(aim);
  CHECK(aim->modality == "planned");

  const auto approved = annals::extract_events(
      story("The city council approved the budget on Monday.", "2030-11-07"));
  CHECK(event_of(approved, "approve") != nullptr);
  CHECK(event_of(approved, "ratify") == nullptr);
}
