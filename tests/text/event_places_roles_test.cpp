// Who took part, as opposed to where: places in locative phrases, fronted
// phrases before the subject, a trailing attribution's source, a
// nationality describing a named person, and the visitor of a visit.
#include <catch2/catch.hpp>

#include "text_helpers.h"

using namespace annals::testing;

TEST_CASE("a place after in or at is where, not a patient", "[text][events]") {
  const auto ex = annals::extract_events(
      story("Kenya launched a vaccination drive in Nairobi and Mombasa on Monday.", "2024-03-06"));
  const auto* launch = event_of(ex, "launch");
  REQUIRE(launch);
  CHECK(has(launch->agents, "Kenya"));
  CHECK_FALSE(has(launch->patients, "Nairobi"));
  CHECK_FALSE(has(launch->patients, "Mombasa"));
}

TEST_CASE("a fronted phrase before the subject gives no agent", "[text][events]") {
  const auto ex = annals::extract_events(story(
      "In the northern city of Aleppo, a government air raid killed four people.", "2024-03-06"));
  const auto* kill = event_of(ex, "kill");
  REQUIRE(kill);
  CHECK_FALSE(has(kill->agents, "Aleppo"));
}

TEST_CASE("the source of a trailing attribution is not a patient", "[text][events]") {
  const auto ex = annals::extract_events(
      story("Thousands queued to vote in the city, APA reports.", "2024-03-06"));
  const auto* vote = event_of(ex, "vote");
  REQUIRE(vote);
  CHECK(vote->patients.empty());
}

TEST_CASE("a nationality before a person's name describes the person", "[text][events]") {
  const auto ex = annals::extract_events(
      story("German police arrested former Catalan leader Carles Puigdemont.", "2024-03-06"));
  const auto* arrest = event_of(ex, "arrest");
  REQUIRE(arrest);
  CHECK(has(arrest->patients, "Carles Puigdemont"));
  CHECK(arrest->patients.size() == 1);
}

TEST_CASE("the visitor of a visit is its agent", "[text][events]") {
  const auto ex = annals::extract_events(
      story("Crowds gathered for the state visit of Pope Francis to Peru.", "2024-03-06"));
  const auto* visit = event_of(ex, "visit");
  REQUIRE(visit);
  CHECK_FALSE(visit->agents.empty());
  CHECK(visit->patients.size() <= 1);
}

TEST_CASE("an accused act is not the accuser's", "[text][events]") {
  const auto ex = annals::extract_events(story(
      "Amnesty International accused the army of airstrikes on Gao last week.", "2024-03-06"));
  const auto* strike = event_of(ex, "strike");
  REQUIRE(strike);
  CHECK_FALSE(has(strike->agents, "Amnesty International"));
  // An announced deal stays the announcers'.
  const auto deal = annals::extract_events(
      story("Nokia and Ericsson announced a licensing deal on Monday.", "2024-03-06"));
  const auto* agree = event_of(deal, "agree");
  REQUIRE(agree);
  CHECK(has(agree->agents, "Ericsson"));
}

TEST_CASE("the agent of a passive is the by-phrase's own noun phrase", "[text][events]") {
  const auto ex = annals::extract_events(
      story("The two hikers were seized by gunmen as they walked in Virunga National Park.",
            "2024-03-06"));
  const auto* capture = event_of(ex, "capture");
  REQUIRE(capture);
  CHECK(capture->agents.empty());
  const auto signed_by = annals::extract_events(
      story("The accord was signed by France and Ghana in 1994.", "2024-03-06"));
  REQUIRE(event_of(signed_by, "sign"));
  CHECK(event_of(signed_by, "sign")->agents.size() == 2);
}

TEST_CASE("a place naming the kind of a noun is not an actor", "[text][events]") {
  const auto ex = annals::extract_events(
      story("A former Ohio senator convicted of bribery was sentenced on Friday.", "2024-03-06"));
  const auto* convict = event_of(ex, "convict");
  REQUIRE(convict);
  CHECK_FALSE(has(convict->agents, "Ohio"));
  // A place's institutions still act for it.
  const auto police =
      annals::extract_events(story("Berlin police arrested two men on Friday.", "2024-03-06"));
  REQUIRE(event_of(police, "arrest"));
  CHECK_FALSE(event_of(police, "arrest")->agents.empty());
}

TEST_CASE("a company's titles before a person's name describe the person", "[text][events]") {
  const auto ex = annals::extract_events(
      story("\"We are pleased,\" Nestle CEO and Chairman Paul Bulcke said in a statement.",
            "2024-03-06"));
  const auto* say = event_of(ex, "say");
  REQUIRE(say);
  CHECK(has(say->agents, "Paul Bulcke"));
  CHECK(say->agents.size() == 1);
}

TEST_CASE("a name inside a phrase of the subject is not the agent", "[text][events]") {
  const auto ex = annals::extract_events(story(
      "The number of victims of the storm in northern Portugal has climbed to 12.", "2024-03-06"));
  for (const auto& e : ex.events) CHECK_FALSE(has(e.agents, "Portugal"));
}

TEST_CASE("the subject of a reported clause is after the verb of saying", "[text][events]") {
  const auto ex = annals::extract_events(
      story("Chilean officials say the death toll has risen to 40.", "2024-03-06"));
  const auto* rise = event_of(ex, "rise");
  REQUIRE(rise);
  CHECK(rise->agents.empty());
}

TEST_CASE("an organisation compounded with an event noun is its agent", "[text][events]") {
  const auto ex = annals::extract_events(story(
      "An Amnesty International report on Tuesday accused the army of torture.", "2024-03-06"));
  const auto* report = event_of(ex, "report");
  REQUIRE(report);
  CHECK(has(report->agents, "Amnesty International"));
}

TEST_CASE("a portfolio of two names before a minister's title is no agent", "[text][events]") {
  const auto ex = annals::extract_events(
      story("Union Culture and Tourism Minister Ravi Menon on Friday said the museum would reopen.",
            "2024-03-06"));
  const auto* say = event_of(ex, "say");
  REQUIRE(say);
  CHECK(say->agents == std::vector<std::string>{"Ravi Menon"});
}

TEST_CASE("a natural hazard has no agent, the place it hit is its patient", "[text][events]") {
  const auto ex = annals::extract_events(
      story("Peru's strongest quake in two decades struck the coast on Sunday, killing 12 people.",
            "2024-03-06"));
  const auto* quake = event_of(ex, "earthquake");
  REQUIRE(quake);
  CHECK(quake->agents.empty());
  CHECK(has(quake->patients, "Peru"));
  const auto* kill = event_of(ex, "kill");
  REQUIRE(kill);
  CHECK(kill->agents.empty());
}

TEST_CASE("the word after a dateline's dash is capitalised by position", "[text][events]") {
  const auto ex = annals::extract_events(story(
      "LIMA, Peru (AP) \xe2\x80\x94 Rescue teams searched the rubble for survivors on Sunday.",
      "2024-03-06"));
  for (const auto& e : ex.events) CHECK_FALSE(has(e.agents, "Rescue"));
}

TEST_CASE("a minister's portfolio after 'of' is no agent, the name in apposition is",
          "[text][events]") {
  const auto ex = annals::extract_events(story(
      "The Minister of Trade and Industry, Grace Mensah, has signed the agreement.", "2024-03-06"));
  const auto* sign = event_of(ex, "sign");
  REQUIRE(sign);
  CHECK(sign->agents == std::vector<std::string>{"Grace Mensah"});
}

TEST_CASE("sending forces is a deployment, sending mud or a letter is not", "[text][events]") {
  const auto forces = annals::extract_events(
      story("Chile sent 200 soldiers to the border on Monday.", "2024-03-06"));
  CHECK(event_of(forces, "deploy"));
  const auto mud = annals::extract_events(
      story("On Monday the storm sent rivers of mud through the village.", "2024-03-06"));
  CHECK_FALSE(event_of(mud, "deploy"));
}

TEST_CASE("a name alone in apposition after a description is the subject", "[text][events]") {
  const auto ex = annals::extract_events(
      story("Kenya's minister for East Africa, Peter Mwangi, resigned on Thursday.", "2024-03-06"));
  const auto* resign = event_of(ex, "resign");
  REQUIRE(resign);
  CHECK(has(resign->agents, "Peter Mwangi"));
  CHECK_FALSE(has(resign->agents, "East Africa"));
}
