#include <catch2/catch.hpp>

#include "text_helpers.h"

using namespace annals::testing;

namespace {
// Canonical name and kind of every entity mention, in order.
std::vector<std::pair<std::string, std::string>> entities(const std::string& text) {
  const annals::Document doc = story(text, "2024-03-01");
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& e : annals::extract_events(doc).entities) out.emplace_back(e.name, e.kind);
  return out;
}
bool contains(const std::vector<std::pair<std::string, std::string>>& list, const std::string& name,
              const std::string& kind) {
  return std::find(list.begin(), list.end(), std::make_pair(name, kind)) != list.end();
}
}  // namespace

TEST_CASE("countries by name, alias, adjective and capital", "[text][entities]") {
  const auto found = entities(
      "The U.S. and Japan held talks in Tokyo. Japanese officials said America would help. "
      "The United States and the US Navy were mentioned too.");
  CHECK(contains(found, "United States", "country"));
  CHECK(contains(found, "Japan", "country"));
  CHECK(contains(found, "Tokyo", "place"));
  const auto us_mentions = std::count_if(found.begin(), found.end(),
                                         [](const auto& e) { return e.first == "United States"; });
  CHECK(us_mentions >= 3);
}

TEST_CASE("people with titles, and later references by surname", "[text][entities]") {
  const auto found = entities(
      "President Maria Lopez of Chile met Prime Minister Ken Tanaka on Monday. "
      "Lopez later flew home, and Tanaka stayed in Santiago.");
  CHECK(contains(found, "Maria Lopez", "person"));
  CHECK(contains(found, "Ken Tanaka", "person"));
  const auto lopez = std::count_if(found.begin(), found.end(),
                                   [](const auto& e) { return e.first == "Maria Lopez"; });
  CHECK(lopez == 2);
  CHECK(contains(found, "Chile", "country"));
}

TEST_CASE("an unknown name after in or from is a place, and he is the person before it",
          "[text][entities]") {
  const auto found = entities(
      "Steve Jobs, born in San Francisco in 1955, built a company. He started Apple in 1976. "
      "Workers from Santa Clara joined.");
  CHECK(contains(found, "San Francisco", "place"));
  CHECK(contains(found, "Santa Clara", "place"));
  CHECK_FALSE(contains(found, "San Francisco", "person"));
  const annals::Document doc =
      story("Steve Jobs, born in San Francisco in 1955, built a company. He started Apple in 1976.",
            "2024-03-01");
  bool started_by_jobs = false;
  for (const auto& e : annals::extract_events(doc).events)
    if (e.trigger == "started")
      started_by_jobs = std::find(e.agents.begin(), e.agents.end(), "Steve Jobs") != e.agents.end();
  CHECK(started_by_jobs);
}

TEST_CASE("an office title inside a name parts the employer from the person", "[text][entities]") {
  const auto found =
      entities("Rite Aid CEO John Standley praised the deal. Later, Standley left for New York.");
  CHECK(contains(found, "John Standley", "person"));
  CHECK_FALSE(contains(found, "Rite Aid CEO John Standley", "person"));
  const auto standley = std::count_if(found.begin(), found.end(),
                                      [](const auto& e) { return e.first == "John Standley"; });
  CHECK(standley == 2);
  const annals::Document doc = story("Rite Aid CEO John Standley praised the deal.", "2024-03-01");
  std::vector<std::string> agents;
  for (const auto& e : annals::extract_events(doc).events)
    if (e.trigger == "praised") agents = e.agents;
  CHECK(agents == std::vector<std::string>{"John Standley"});
}

TEST_CASE("romanisation variants of one name are one person", "[text][entities]") {
  const auto found = entities("Leader Ri Sol-ju spoke first. Later, Ri Sol Ju left the hall.");
  const auto same = std::count_if(found.begin(), found.end(),
                                  [](const auto& e) { return e.first == "Ri Sol Ju"; });
  CHECK(same == 2);
}

TEST_CASE("organisations, agencies and government bodies from the gazetteer", "[text][entities]") {
  const auto found = entities(
      "The IAEA and NATO met at the UN Security Council. The Kremlin and the Pentagon said "
      "nothing, "
      "Xinhua reported.");
  CHECK(contains(found, "International Atomic Energy Agency", "org"));
  CHECK(contains(found, "NATO", "org"));
  CHECK(contains(found, "UN Security Council", "org"));
  CHECK(contains(found, "Kremlin", "org"));
  CHECK(contains(found, "Pentagon", "org"));
  CHECK(contains(found, "Xinhua", "org"));
}

TEST_CASE("the North after North Korea, unknown names are kept", "[text][entities]") {
  const auto found = entities(
      "North Korea fired a missile on Sunday. Seoul condemned the North and Zorvath Industries "
      "shares fell while Quillon stayed quiet.");
  const auto north = std::count_if(found.begin(), found.end(),
                                   [](const auto& e) { return e.first == "North Korea"; });
  CHECK(north == 2);
  CHECK(contains(found, "Zorvath Industries", "org"));
  CHECK(contains(found, "Quillon", "unknown"));
}

TEST_CASE("organisations named after a place, and a company's short name", "[text][entities]") {
  const auto found = entities(
      "Bank of America hired Lena Park, a partner at Orbis Brothers. The University of Tokyo "
      "agreed. The Ministry of Defence of Chile said nothing. Orbis said it would grow.");
  // A country after "of" completes an organisation's name ...
  CHECK(contains(found, "Bank of America", "org"));
  CHECK(contains(found, "University of Tokyo", "org"));
  CHECK_FALSE(contains(found, "United States", "country"));
  // ... but not a state organ's, whose country stays the actor.
  CHECK(contains(found, "Chile", "country"));
  // A company's first word names it later in the story.
  CHECK(contains(found, "Orbis Brothers", "org"));
  const auto orbis = std::count_if(found.begin(), found.end(),
                                   [](const auto& e) { return e.first == "Orbis Brothers"; });
  CHECK(orbis == 2);
}

TEST_CASE("a place named after a country, and time zones, are no countries or names",
          "[text][entities]") {
  const auto found = entities(
      "The quake struck under the Indian Ocean at 09:12 GMT, and aid reached the Far East.");
  CHECK(contains(found, "Indian Ocean", "place"));
  CHECK_FALSE(contains(found, "India", "country"));
  CHECK(std::none_of(found.begin(), found.end(), [](const auto& e) { return e.first == "GMT"; }));
  CHECK(contains(found, "Far East", "place"));
}

TEST_CASE("an acronym in a headline shouted in capitals is a word, not a name",
          "[text][entities]") {
  const auto shouted = entities("WHO WILL PAY FOR THE FLOODS?\nThe WHO said it would help.");
  const auto who = std::count_if(shouted.begin(), shouted.end(), [](const auto& e) {
    return e.first == "World Health Organization";
  });
  CHECK(who == 1);  // the sentence's, not the headline's
  CHECK(contains(entities("Peru voted on Sunday, AFP reported."), "Agence France-Presse", "org"));
}

TEST_CASE("chained titles and an of-phrase stay out of a titled person's name",
          "[text][entities]") {
  const auto found = entities(
      "Kerala Chief Minister Pinarayi Vijayan opened the bridge. "
      "Governor Amina Bello of Kwara state has signed the budget.");
  CHECK(contains(found, "Pinarayi Vijayan", "person"));
  CHECK(contains(found, "Amina Bello", "person"));
  for (const auto& [name, kind] : found) {
    CHECK(name.find("Minister") == std::string::npos);
    CHECK(name.find(" of ") == std::string::npos);
  }
}

TEST_CASE("a middle initial stays inside a person's name", "[text][entities]") {
  const auto found = entities("Judge Laura K. Whitfield ordered a new trial on Monday.");
  CHECK(contains(found, "Laura K. Whitfield", "person"));
}

TEST_CASE("a common noun opening a sentence before 'of' is not part of the name",
          "[text][entities]") {
  const auto found = entities("Residents of Port Moresby said the water had gone.");
  for (const auto& [name, kind] : found) CHECK(name.find("Residents") == std::string::npos);
  CHECK(std::any_of(found.begin(), found.end(),
                    [](const auto& e) { return e.first == "Port Moresby"; }));
}
