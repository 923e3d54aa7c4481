// Who a pronoun or a description stands for, and other actors a reader
// finds from the clause: the previous sentence's subject, a coordinated
// clause's subject, an unnamed subject in between, names inside quotes,
// possessors, appositions, participles and infinitives.
#include <catch2/catch.hpp>

#include "text_helpers.h"

using namespace annals::testing;

namespace {

annals::Extraction events_of(const std::string& text) {
  return annals::extract_events(story(text, "2024-03-06"));
}

}  // namespace

TEST_CASE("a subject pronoun takes the previous sentence's subject", "[text][events][pronouns]") {
  const auto ex = events_of(
      "Maria Gonzalez was charged with fraud after Judge Peter Hall reviewed the case. "
      "She resigned from the council in May.");
  const auto* resign = event_of(ex, "resign");
  REQUIRE(resign);
  CHECK(resign->agents == std::vector<std::string>{"Maria Gonzalez"});
}

TEST_CASE("a pronoun after an unnamed subject gets no actor", "[text][events][pronouns]") {
  const auto ex = events_of(
      "Lena Fischer beat Anna Novak in the final on Sunday. "
      "The 22-year-old from Prague was denied a first title. "
      "She also lost to Fischer in March.");
  for (const auto& e : ex.events) {
    if (e.trigger == "lost") CHECK(e.agents.empty());
  }
}

TEST_CASE("a pronoun with no fitting name within two sentences gets no actor",
          "[text][events][pronouns]") {
  const auto ex = events_of(
      "Carla Ruiz won the vote in 2019. The turnout was low. Prices rose. "
      "She resigned on Friday.");
  const auto* resign = event_of(ex, "resign");
  REQUIRE(resign);
  CHECK(resign->agents.empty());
}

TEST_CASE("it in a coordinated clause continues the main subject", "[text][events][pronouns]") {
  const auto ex = events_of(
      "Norvik Group rebuffed Talmont Holdings in March, and in June it rejected a higher bid.");
  const auto* reject = event_of(ex, "deny");
  REQUIRE(reject);
  CHECK(reject->agents == std::vector<std::string>{"Norvik Group"});
}

TEST_CASE("they takes names joined by and", "[text][events][pronouns]") {
  const auto ex = events_of(
      "President Ferreira and Prime Minister Okafor met in Lagos on Monday. "
      "They signed a trade accord.");
  const auto* sign = event_of(ex, "sign");
  REQUIRE(sign);
  CHECK(has(sign->agents, "Ferreira"));
  CHECK(has(sign->agents, "Okafor"));
}

TEST_CASE("they after an unnamed plural is not the speaker", "[text][events][pronouns]") {
  const auto ex = events_of(
      "Police gave no details about the suspects but said they had been detained in a raid.");
  for (const auto& e : ex.events) {
    if (e.type == "arrest") CHECK_FALSE(has(e.patients, "Police"));
  }
}

TEST_CASE("a description by a word of an earlier name is that organisation",
          "[text][events][pronouns]") {
  const auto ex = events_of(
      "The Northgate Observatory for Seabirds published its census on Monday. "
      "The observatory launched a new count on Friday.");
  bool found = false;
  for (const auto& e : ex.events) {
    if (e.type == "launch" && e.sentence == 1) {
      found = true;
      CHECK(has(e.agents, "Northgate Observatory for Seabirds"));
    }
  }
  CHECK(found);
}

TEST_CASE("names inside a quotation are no antecedent of the speaker", "[text][events][pronouns]") {
  const auto ex = events_of(
      "Skyward Labs launched its first rocket on Sunday. "
      "\"Orion is in orbit,\" the company confirmed.");
  const auto* confirm = event_of(ex, "confirm");
  REQUIRE(confirm);
  CHECK(confirm->agents == std::vector<std::string>{"Skyward Labs"});
}

TEST_CASE("a possessive pronoun before a noun names whose act it is", "[text][events][pronouns]") {
  const auto ex =
      events_of("Helen Clarke announced her resignation as Prime Minister of Norway on Friday.");
  const auto* resign = event_of(ex, "resign");
  REQUIRE(resign);
  CHECK(has(resign->agents, "Helen Clarke"));
  // The country of an office held is no participant.
  CHECK_FALSE(has(resign->patients, "Norway"));
}

TEST_CASE("a possessive before a verb's subject is not the subject", "[text][events][pronouns]") {
  const auto ex = events_of(
      "Norvik Group rebuffed Talmont Holdings after its rival bought a stake in the firm.");
  const auto* buy = event_of(ex, "buy");
  REQUIRE(buy);
  CHECK_FALSE(has(buy->agents, "Norvik Group"));
  CHECK_FALSE(has(buy->agents, "Talmont Holdings"));
}

TEST_CASE("a country owning a party is not an actor beside it", "[text][events][pronouns]") {
  const auto ex = events_of("Local media reported that the UK's Green Party won two seats.");
  const auto* win = event_of(ex, "win");
  REQUIRE(win);
  CHECK(has(win->agents, "Green Party"));
  CHECK_FALSE(has(win->agents, "United Kingdom"));
}

TEST_CASE("a company's possessor names the company", "[text][events][pronouns]") {
  const auto ex = events_of(
      "Lehman Brothers filed for protection in 2008. Lehman's collapse shook the markets in "
      "September.");
  bool found = false;
  for (const auto& e : ex.events) {
    if (e.sentence == 1 && e.trigger == "collapse") {
      found = true;
      CHECK(has(e.agents, "Lehman Brothers"));
    }
  }
  CHECK(found);
}

TEST_CASE("the subject of a verb after an apposition is the name before it",
          "[text][events][pronouns]") {
  const auto ex =
      events_of("Tomas Berg, a Labour Party candidate and leader, will be sworn in on Monday.");
  const auto* sworn = event_of(ex, "inaugurate");
  REQUIRE(sworn);
  CHECK(sworn->patients == std::vector<std::string>{"Tomas Berg"});
}

TEST_CASE("a participle after a comma has the main clause's subject", "[text][events][pronouns]") {
  const auto ex = events_of(
      "Ana Souza wished Paulo Reis well in his new job, acknowledging the challenges ahead.");
  const auto* confirm = event_of(ex, "confirm");
  REQUIRE(confirm);
  CHECK(confirm->agents == std::vector<std::string>{"Ana Souza"});
}

TEST_CASE("an infinitive right after its verb has that verb's subject",
          "[text][events][pronouns]") {
  const auto ex =
      events_of("German Foreign Minister Ola Berg decided to delay his trip to Brazil.");
  const auto* delay = event_of(ex, "delay");
  REQUIRE(delay);
  CHECK(delay->agents == std::vector<std::string>{"Ola Berg"});
  CHECK_FALSE(has(delay->patients, "Brazil"));
}

TEST_CASE("the name after help is the bare verb's subject", "[text][events][pronouns]") {
  const auto ex = events_of("Officials said Japan would help Vietnam launch satellites.");
  const auto* launch = event_of(ex, "launch");
  REQUIRE(launch);
  CHECK(launch->agents == std::vector<std::string>{"Vietnam"});
}

TEST_CASE("a place after an owner's possessive is still where", "[text][events][pronouns]") {
  const auto ex = events_of(
      "President Ferreira and Prime Minister Okafor held talks at Russia's Vostochny Cosmodrome "
      "on Wednesday.");
  const auto* meet = event_of(ex, "meet");
  REQUIRE(meet);
  CHECK_FALSE(has(meet->patients, "Vostochny Cosmodrome"));
}

TEST_CASE("a happening owning another noun is not the subject's act", "[text][events][pronouns]") {
  const auto ex =
      events_of("Marta Vidal conceded defeat on Friday, following the general election's outcome.");
  for (const auto& e : ex.events) {
    if (e.trigger == "election") CHECK(e.agents.empty());
  }
}

TEST_CASE("he or she never stands for a conference, a council or a board",
          "[text][events][pronouns]") {
  const auto ex = events_of(
      "Chief executive Maria Gonzalez spoke to the Northern Growers Conference in Leeds on "
      "Monday. She announced a new seed bank.");
  const auto* announce = event_of(ex, "announce");
  REQUIRE(announce);
  CHECK(announce->agents == std::vector<std::string>{"Maria Gonzalez"});
}
