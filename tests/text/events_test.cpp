#include <catch2/catch.hpp>
#include <map>

#include "text_helpers.h"

using namespace annals::testing;

TEST_CASE("trigger words map to event types", "[text][events]") {
  struct Case {
    const char* sentence;
    const char* type;
  };
  const Case cases[] = {
      {"Chile confirmed the deal.", "confirm"},
      {"Peru acknowledged the losses.", "confirm"},
      {"The two leaders signed the accord.", "sign"},
      {"Turkey dispatched troops to the border.", "deploy"},
      {"Rebels killed three guards.", "kill"},
      {"Japan warned of more storms.", "warn"},
      {"Brazil condemned the attack.", "condemn"},
      {"Spain denied the report.", "deny"},
      {"The company acquired a rival.", "acquire"},
      {"Voters elected a new mayor.", "elect"},
      {"The minister resigned.", "resign"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    const auto ex = annals::extract_events(story(c.sentence, "2024-03-06"));
    REQUIRE(event_of(ex, c.type) != nullptr);
  }
}

TEST_CASE("agent and patient from clause structure, passives and possessives", "[text][events]") {
  const auto active = annals::extract_events(
      story("Germany expelled two Russian diplomats on Friday.", "2024-03-06"));
  const auto* expel = event_of(active, "expel");
  REQUIRE(expel);
  CHECK(has(expel->agents, "Germany"));
  CHECK(has(expel->patients, "Russia"));

  const auto passive = annals::extract_events(
      story("The accord was signed by France and Ghana in 1994.", "2024-03-06"));
  const auto* sign = event_of(passive, "sign");
  REQUIRE(sign);
  CHECK(has(sign->agents, "France"));
  CHECK(has(sign->agents, "Ghana"));
  CHECK(when(*sign) == "1994");

  const auto possessive = annals::extract_events(
      story("Critics questioned India's deployment of new drones.", "2024-03-06"));
  const auto* deploy = event_of(possessive, "deploy");
  REQUIRE(deploy);
  CHECK(has(deploy->agents, "India"));
}

TEST_CASE("he as a passive's subject is its patient, and the subject of the next verb",
          "[text][events]") {
  const auto ex = annals::extract_events(
      story("Steve Jobs returned to the stage. In 1985 he was fired from Apple, and founded NeXT.",
            "2024-03-06"));
  const auto* fire = event_of(ex, "fire");
  REQUIRE(fire);
  CHECK(has(fire->patients, "Steve Jobs"));
  CHECK(fire->agents.empty());
  const auto* found = event_of(ex, "found");
  REQUIRE(found);
  CHECK(has(found->agents, "Steve Jobs"));
  CHECK(has(found->patients, "NeXT"));
}

TEST_CASE("capitals as subjects of political verbs stand for governments", "[text][events]") {
  const auto ex = annals::extract_events(
      story("Pyongyang condemned the drills. Washington demanded an apology.", "2024-03-06"));
  const auto* condemn = event_of(ex, "condemn");
  const auto* demand = event_of(ex, "demand");
  REQUIRE(condemn);
  REQUIRE(demand);
  CHECK(has(condemn->agents, "North Korea"));
  CHECK(has(demand->agents, "United States"));
}

TEST_CASE("news convention: a same-day reporting verb gets the document date, others stay open",
          "[text][events]") {
  const auto ex = annals::extract_events(
      story("Canada announced new tariffs. Rebels attacked the convoy.", "2024-03-06"));
  const auto* announce = event_of(ex, "announce");
  const auto* attack = event_of(ex, "attack");
  REQUIRE(announce);
  REQUIRE(attack);
  CHECK(when(*announce) == "2024-03-06");
  CHECK(announce->time_reason.find("reporting verb") != std::string::npos);
  CHECK(when(*attack) == "open");

  // Without a document date nothing is dated by convention.
  const auto undated = annals::extract_events(story("Canada announced new tariffs."));
  REQUIRE(event_of(undated, "announce"));
  CHECK(when(*event_of(undated, "announce")) == "open");
}

TEST_CASE("reported speech nests under the reporting event", "[text][events]") {
  // 2024-03-06 is a Wednesday: "on Tuesday" is 2024-03-05.
  const auto ex = annals::extract_events(
      story("Chile confirmed on Tuesday that it had sent troops to Peru.", "2024-03-06"));
  const auto* confirm = event_of(ex, "confirm");
  const auto* deploy = event_of(ex, "deploy");
  REQUIRE(confirm);
  REQUIRE(deploy);
  CHECK(when(*confirm) == "2024-03-05");
  CHECK(when(*deploy) == "open");
  REQUIRE(deploy->parent);
  CHECK(&ex.events[*deploy->parent] == confirm);
  CHECK(deploy->claimed_by == "Chile");
  CHECK(has(deploy->agents, "Chile"));
  CHECK(has(deploy->patients, "Peru"));
}

TEST_CASE("a time expression belongs to the nearest verb", "[text][events]") {
  const auto ex = annals::extract_events(
      story("Peru's president praised the accord his ministers signed in 2019.", "2024-03-06"));
  REQUIRE(event_of(ex, "sign"));
  REQUIRE(event_of(ex, "thank"));
  CHECK(when(*event_of(ex, "sign")) == "2019");
  CHECK(when(*event_of(ex, "thank")) == "2024-03-06");  // said today, not in 2019
  // The prior signing is not dated by the praise's Friday.
  const auto sent = annals::extract_events(
      story("Chile confirmed on Tuesday that it had sent troops to fight in Peru.", "2024-03-06"));
  REQUIRE(event_of(sent, "deploy"));
  CHECK(when(*event_of(sent, "deploy")) == "open");
}

TEST_CASE("the inner clause keeps its own time", "[text][events]") {
  const auto ex = annals::extract_events(story(
      "Kenya said on Tuesday that its forces had killed 12 fighters in March.", "2024-04-10"));
  const auto* kill = event_of(ex, "kill");
  const auto* say = event_of(ex, "say");
  REQUIRE(kill);
  REQUIRE(say);
  CHECK(when(*say) == "2024-04-09");
  CHECK(when(*kill) == "2024-03");
}

TEST_CASE("modality and polarity", "[text][events]") {
  const auto planned = annals::extract_events(
      story("The president is expected to visit Paris in June.", "2024-03-06"));
  REQUIRE(event_of(planned, "visit"));
  CHECK(event_of(planned, "visit")->modality == "planned");
  CHECK(when(*event_of(planned, "visit")) == "2024-06");  // its own time expression

  // The aim does not happen when the vote that states it does.
  const auto aim = annals::extract_events(
      story("Chile's senate voted on Monday to back Peru's bid to join the pact.", "2024-03-06"));
  REQUIRE(event_of(aim, "vote"));
  REQUIRE(event_of(aim, "join"));
  CHECK(when(*event_of(aim, "vote")) == "2024-03-04");
  CHECK(event_of(aim, "join")->modality == "planned");
  CHECK(when(*event_of(aim, "join")) == "open");

  const auto possible =
      annals::extract_events(story("The deal could collapse if Ghana withdraws.", "2024-03-06"));
  REQUIRE(event_of(possible, "withdraw"));

  const auto maybe =
      annals::extract_events(story("Officials said the minister might resign soon.", "2024-03-06"));
  REQUIRE(event_of(maybe, "resign"));
  CHECK(event_of(maybe, "resign")->modality == "possible");

  const auto negative =
      annals::extract_events(story("Egypt did not confirm the report.", "2024-03-06"));
  REQUIRE(event_of(negative, "confirm"));
  CHECK(event_of(negative, "confirm")->polarity == "negative");
  CHECK(when(*event_of(negative, "confirm")) == "open");

  const auto denial = annals::extract_events(story("Egypt denied the report.", "2024-03-06"));
  REQUIRE(event_of(denial, "deny"));
  CHECK(event_of(denial, "deny")->polarity == "positive");

  // The second conjunct shares the negation of the first, however far back it stands.
  const auto neither = annals::extract_events(
      story("Neither Egypt nor the Sudanese army had previously either confirmed or denied it.",
            "2024-03-06"));
  REQUIRE(event_of(neither, "confirm"));
  REQUIRE(event_of(neither, "deny"));
  CHECK(event_of(neither, "confirm")->polarity == "negative");
  CHECK(event_of(neither, "deny")->polarity == "negative");
  // "but" contrasts: the second verb keeps its own polarity.
  const auto contrast = annals::extract_events(
      story("Egypt did not sign the pact, but joined the talks.", "2024-03-06"));
  std::map<std::string, std::string> polarity_of;
  for (const auto& e : contrast.events) polarity_of[e.trigger] = e.polarity;
  CHECK(polarity_of["sign"] == "negative");
  CHECK(polarity_of["joined"] == "positive");
}

TEST_CASE("attribution and quantities with their source", "[text][events]") {
  const auto ex = annals::extract_events(
      story("Iran sent about 10,000-12,000 troops to Syria, Israeli officials said. "
            "According to Reuters, rebels attacked 3 bases.",
            "2024-03-06"));
  const auto* deploy = event_of(ex, "deploy");
  REQUIRE(deploy);
  REQUIRE(deploy->quantities.size() == 1);
  CHECK(deploy->quantities[0].what == "troops");
  CHECK(deploy->quantities[0].low == 10000);
  CHECK(deploy->quantities[0].high == 12000);
  CHECK(deploy->claimed_by == "Israel");
  const auto* attack = event_of(ex, "attack");
  REQUIRE(attack);
  CHECK(attack->claimed_by == "Reuters");
}

TEST_CASE("one event per happening: mentions of the same event merge", "[text][events]") {
  const auto ex =
      annals::extract_events(story("Ghana confirmed on Tuesday that the mine had closed. Tuesday's "
                                   "confirmation surprised investors.",
                                   "2024-03-06"));
  const auto confirms =
      std::count_if(ex.events.begin(), ex.events.end(),
                    [](const annals::EventMention& e) { return e.type == "confirm"; });
  CHECK(confirms == 1);
  const auto* confirm = event_of(ex, "confirm");
  REQUIRE(confirm);
  CHECK(confirm->sentences.size() == 2);
}

TEST_CASE("a paragraph repeating one report merges each happening once, keeping every sentence",
          "[text][events]") {
  // Found as a quadratic ingest: every repetition was compared with every
  // earlier event of the document, and its sentence with every earlier one.
  constexpr std::size_t kRepeats = 400;
  std::string text;
  for (std::size_t i = 0; i < kRepeats; ++i)
    text +=
        "North Korea confirmed on Monday that it had sent troops to Russia, and Russia said it "
        "welcomed them. ";
  const auto ex = annals::extract_events(story(text, "2025-04-28"));
  // One confirmation, one deployment, and a statement per sentence ("say"
  // never merges: two statements are two events).
  REQUIRE(ex.events.size() == 2 + kRepeats);
  const auto& confirm = ex.events[0];
  const auto& deploy = ex.events[1];
  CHECK(confirm.type == "confirm");
  CHECK(deploy.type == "deploy");
  REQUIRE(deploy.parent);
  CHECK(*deploy.parent == 0);
  for (const auto* e : {&confirm, &deploy}) {
    REQUIRE(e->sentences.size() == kRepeats);
    for (std::size_t i = 0; i < kRepeats; ++i) CHECK(e->sentences[i] == i);
    REQUIRE(e->other_triggers.size() == kRepeats - 1);
    CHECK(e->other_triggers.back().sentence == kRepeats - 1);
  }
  for (std::size_t i = 0; i < kRepeats; ++i) {
    const auto& say = ex.events[2 + i];
    CHECK(say.type == "say");
    CHECK(say.sentences == std::vector<std::size_t>{i});
    REQUIRE(say.parent);
    CHECK(*say.parent == 0);
  }
}

TEST_CASE("merging cuts a loop of parents at its first event", "[text][events]") {
  auto mention = [](const char* type, const char* agent, std::size_t sentence,
                    std::optional<std::size_t> parent) {
    annals::EventMention m;
    m.type = type;
    m.agents = {agent};
    m.sentence = sentence;
    m.parent = parent;
    return m;
  };
  // 0 -> 2 -> 1 -> 0 is a loop, 3 hangs off it; 4 and 5 point at each other
  // only once 6 merges into 4.
  const auto merged = annals::merge_event_mentions({
      mention("warn", "Chile", 0, 2),
      mention("condemn", "Peru", 1, 0),
      mention("deny", "Chile", 2, 1),
      mention("praise", "Peru", 3, 1),
      mention("demand", "Ghana", 4, 5),
      mention("accuse", "Togo", 5, 6),
      mention("demand", "Ghana", 6, std::nullopt),
  });
  REQUIRE(merged.size() == 6);
  CHECK_FALSE(merged[0].parent);
  CHECK(merged[1].parent == std::optional<std::size_t>(0));
  CHECK(merged[2].parent == std::optional<std::size_t>(1));
  CHECK(merged[3].parent == std::optional<std::size_t>(1));
  CHECK_FALSE(merged[4].parent);
  CHECK(merged[5].parent == std::optional<std::size_t>(4));
  CHECK(merged[4].sentences == std::vector<std::size_t>{4, 6});
}

TEST_CASE("events beyond conflict and diplomacy: disasters and failures", "[text][events]") {
  // A hazard striking is the disaster, dated by its own clause; no attacker.
  const auto quake = annals::extract_events(
      story("A strong earthquake struck western Turkey on Sunday, officials said.", "2024-03-06"));
  const auto* hit = event_of(quake, "earthquake");
  REQUIRE(hit);
  CHECK(hit->agents.empty());
  CHECK(when(*hit) == "2024-03-03");
  CHECK(event_of(quake, "strike") == nullptr);

  // The same verb with a human subject is still an attack.
  const auto raid = annals::extract_events(
      story("Rebels struck a police post near the border on Sunday.", "2024-03-06"));
  CHECK(event_of(raid, "strike") != nullptr);

  const auto failure = annals::extract_events(
      story("The airline went bankrupt in 2019 after years of losses.", "2024-03-06"));
  const auto* bankrupt = event_of(failure, "bankrupt");
  REQUIRE(bankrupt);
  CHECK(when(*bankrupt) == "2019");
}

TEST_CASE("a speaker before an apposition or a relative clause is the agent", "[text][events]") {
  const auto apposition = annals::extract_events(
      story("Lena Park, the airline's chief executive, said the deal was done.", "2024-03-06"));
  const auto* said = event_of(apposition, "say");
  REQUIRE(said);
  CHECK(has(said->agents, "Lena Park"));

  const auto relative = annals::extract_events(
      story("Omar Haddad, who chairs the inquiry, said on Tuesday that it would report soon.",
            "2024-03-06"));
  const auto* reported = event_of(relative, "say");
  REQUIRE(reported);
  CHECK(has(reported->agents, "Omar Haddad"));
  CHECK(when(*reported) == "2024-03-05");
}

TEST_CASE("a trailing attribution does not take the reported clause's time or modality",
          "[text][events]") {
  const auto ex = annals::extract_events(
      story("The two envoys will meet next month, officials said.", "2024-03-06"));
  const auto* meet = event_of(ex, "meet");
  const auto* said = event_of(ex, "say");
  REQUIRE(meet);
  REQUIRE(said);
  CHECK(meet->modality == "planned");
  CHECK(when(*meet) == "2024-04");
  // The saying is today's, and asserted.
  CHECK(said->modality == "asserted");
  CHECK(when(*said) == "2024-03-06");
}

TEST_CASE("a verb coordinated with a non-trigger verb shares its clause's subject",
          "[text][events]") {
  const auto ex = annals::extract_events(
      story("Police shot and killed a gunman near the station on Sunday.", "2024-03-06"));
  const auto* killed = event_of(ex, "kill");
  REQUIRE(killed);
  CHECK(has(killed->agents, "Police"));
}
