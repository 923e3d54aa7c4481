// Merging within one document: a report and what it reports, and the
// mentions of one happening, become one event; statements stay apart.
#include <catch2/catch.hpp>

#include "text_helpers.h"

using namespace annals::testing;

namespace {

annals::EventMention mention(const char* type, const char* trigger, std::vector<std::string> agents,
                             std::size_t sentence, std::optional<std::size_t> parent = std::nullopt,
                             std::optional<annals::DateInterval> when = std::nullopt) {
  annals::EventMention m;
  m.type = type;
  m.trigger = trigger;
  m.agents = std::move(agents);
  m.sentence = sentence;
  m.parent = parent;
  m.when = when;
  return m;
}

annals::DateInterval day(const char* iso) {
  const annals::Day d = *annals::parse_day(iso);
  return {d, d, annals::Granularity::kDay};
}

bool has_trigger(const annals::EventMention& e, const std::string& word) {
  if (e.trigger == word) return true;
  for (const auto& t : e.other_triggers)
    if (t.trigger == word) return true;
  return false;
}

}  // namespace

TEST_CASE("a saying and the one undated happening it reports are one event of the happening",
          "[text][events][merge]") {
  // "The navy said on May 3 that it had sunk a trawler."
  const auto merged = annals::merge_event_mentions({
      mention("say", "said", {"Navy"}, 0, std::nullopt, day("2024-05-03")),
      mention("attack", "sunk", {"Navy"}, 0, 0),
  });
  REQUIRE(merged.size() == 1);
  const auto& sunk = merged[0];
  CHECK(sunk.type == "attack");
  REQUIRE(sunk.when);
  CHECK(*sunk.when == day("2024-05-03"));  // the statement's date: on or before it
  CHECK(sunk.dated_by_report);
  CHECK(sunk.claimed_by == "Navy");
  CHECK(has_trigger(sunk, "said"));
}

TEST_CASE("a speech act keeps its type and takes the one happening it reports as a trigger",
          "[text][events][merge]") {
  // "Chile confirmed on Friday that the miners were freed."
  const auto merged = annals::merge_event_mentions({
      mention("confirm", "confirmed", {"Chile"}, 0, std::nullopt, day("2024-05-03")),
      mention("release", "freed", {}, 0, 0),
  });
  REQUIRE(merged.size() == 1);
  CHECK(merged[0].type == "confirm");
  CHECK(merged[0].agents == std::vector<std::string>{"Chile"});
  CHECK(has_trigger(merged[0], "freed"));
}

TEST_CASE("reports of several, dated or planned happenings stay apart from them",
          "[text][events][merge]") {
  SECTION("two happenings") {
    const auto merged = annals::merge_event_mentions({
        mention("confirm", "confirmed", {"Peru"}, 0, std::nullopt, day("2024-05-03")),
        mention("deploy", "sent", {"Peru"}, 0, 0),
        mention("fight", "fight", {"Peru"}, 0, 0),
    });
    CHECK(merged.size() == 3);
  }
  SECTION("a happening with a date of its own") {
    const auto merged = annals::merge_event_mentions({
        mention("say", "said", {"Peru"}, 0, std::nullopt, day("2024-05-03")),
        mention("deploy", "sent", {"Peru"}, 0, 0, day("2023-11-01")),
    });
    REQUIRE(merged.size() == 2);
    CHECK(*merged[1].when == day("2023-11-01"));
    CHECK_FALSE(merged[1].dated_by_report);
  }
  SECTION("a plan") {
    auto plan = mention("visit", "visit", {"Peru"}, 0, 0);
    plan.modality = "planned";
    const auto merged = annals::merge_event_mentions({
        mention("say", "said", {"Peru"}, 0, std::nullopt, day("2024-05-03")),
        plan,
    });
    CHECK(merged.size() == 2);
  }
}

TEST_CASE("a date borrowed from one report gives way when the document tells the happening again",
          "[text][events][merge]") {
  const auto merged = annals::merge_event_mentions({
      mention("say", "said", {"Navy"}, 0, std::nullopt, day("2024-05-03")),
      mention("attack", "sunk", {"Navy"}, 0, 0),
      mention("attack", "sinking", {"Navy"}, 1, std::nullopt, day("2024-04-30")),
  });
  REQUIRE(merged.size() == 1);
  REQUIRE(merged[0].when);
  CHECK(*merged[0].when == day("2024-04-30"));
  CHECK_FALSE(merged[0].dated_by_report);
}

TEST_CASE("a saying joins the speech act its speaker names outright, not one it only reports",
          "[text][events][merge]") {
  // "Norway said Friday's announcement was a mistake and condemned Sweden."
  const auto merged = annals::merge_event_mentions({
      mention("say", "said", {"Norway"}, 0, std::nullopt, day("2024-05-03")),
      mention("announce", "announcement", {}, 0, 0, day("2024-05-03")),
      mention("condemn", "condemned", {"Norway"}, 0, std::nullopt, day("2024-05-03")),
  });
  REQUIRE(merged.size() == 2);
  CHECK(merged[0].type == "announce");
  CHECK(merged[0].agents.empty());  // someone else's announcement
  CHECK(merged[1].type == "condemn");
  CHECK(has_trigger(merged[1], "said"));
}

TEST_CASE("a reporting participle goes on with the speech act it hangs off",
          "[text][events][merge]") {
  // "The ministry demanded the talks resume and the troops leave, adding that Mali had broken
  // the truce."
  // The clause finder named the wrong subject for "adding"; the speaker is the ministry's.
  const auto merged = annals::merge_event_mentions({
      mention("demand", "demanded", {"Foreign Ministry"}, 0, std::nullopt, day("2024-05-03")),
      mention("resume", "resume", {}, 0, 0),
      mention("leave", "leave", {}, 0, 0),
      mention("say", "adding", {"Mali"}, 0, 0),
  });
  REQUIRE(merged.size() == 3);
  CHECK(merged[0].type == "demand");
  CHECK(merged[0].agents == std::vector<std::string>{"Foreign Ministry"});
  CHECK(has_trigger(merged[0], "adding"));
}

TEST_CASE("sayings of different speakers in one document stay apart", "[text][events][merge]") {
  const auto merged = annals::merge_event_mentions({
      mention("say", "said", {"Hong Min"}, 0, std::nullopt, day("2024-05-03")),
      mention("say", "said", {"Artyom Lukin"}, 1, std::nullopt, day("2024-05-03")),
      mention("say", "said", {"Hong Min"}, 2, std::nullopt, day("2024-05-03")),
  });
  CHECK(merged.size() == 3);
}

TEST_CASE("a report and a speech act it goes on with are one statement, end to end",
          "[text][events][merge]") {
  const auto ex = annals::extract_events(story(
      "Norway said on Friday the vote was unfair and condemned the ruling party.", "2024-05-06"));
  const auto* condemn = event_of(ex, "condemn");
  REQUIRE(condemn);
  CHECK(has_trigger(*condemn, "said"));
  CHECK(event_of(ex, "say") == nullptr);
}

TEST_CASE("noun mentions of one happening in one document are one event", "[text][events][merge]") {
  const auto ex = annals::extract_events(
      story("Chad announced the deployment of troops to Niger on Monday. The dispatch of the "
            "soldiers was ordered by the president.",
            "2024-05-06"));
  const auto deploys =
      std::count_if(ex.events.begin(), ex.events.end(),
                    [](const annals::EventMention& e) { return e.type == "deploy"; });
  CHECK(deploys == 1);
}

TEST_CASE("the words of one saying in a sentence are one event, different speakers two",
          "[text][events][merge]") {
  // "The ministry said in a statement on Friday that talks would resume, adding ..."
  std::vector<annals::EventMention> one = {
      mention("say", "said", {"Peru"}, 0, std::nullopt, day("2024-05-03")),
      mention("say", "statement", {}, 0),
      mention("say", "adding", {"Chile"}, 0, 0),
  };
  const auto merged = annals::merge_event_mentions(one);
  REQUIRE(merged.size() == 1);
  CHECK(has_trigger(merged[0], "statement"));
  CHECK(has_trigger(merged[0], "adding"));
  CHECK(merged[0].trigger == "said");
  CHECK(merged[0].agents == std::vector<std::string>{"Peru"});

  // "Peru said ... while Chile told reporters ...": two speakers, two statements.
  std::vector<annals::EventMention> two = {
      mention("say", "said", {"Peru"}, 0),
      mention("say", "told", {"Chile"}, 0),
  };
  CHECK(annals::merge_event_mentions(two).size() == 2);

  // "Peru said Chile's statement was false": a saying reported by another stays apart.
  std::vector<annals::EventMention> nested = {
      mention("say", "said", {"Peru"}, 0),
      mention("say", "statement", {"Chile"}, 0, 0),
  };
  CHECK(annals::merge_event_mentions(nested).size() == 2);
}

TEST_CASE("a past instance dated years before the story stays apart from the story's own",
          "[text][events][merge]") {
  // "The flooding has forced 3,000 people from their homes. The last floods
  // of that size occurred in 1954."
  const annals::Day story_day = *annals::parse_day("2024-03-06");
  const annals::DateInterval in_1954{*annals::parse_day("1954-01-01"),
                                     *annals::parse_day("1954-12-31"), annals::Granularity::kYear};
  const auto apart =
      annals::merge_event_mentions({mention("flood", "flooding", {}, 0),
                                    mention("flood", "floods", {}, 1, std::nullopt, in_1954)},
                                   story_day);
  CHECK(apart.size() == 2);
  // Last year's date is no past instance: one happening, told twice.
  const auto joined = annals::merge_event_mentions(
      {mention("flood", "flooding", {}, 0),
       mention("flood", "floods", {}, 1, std::nullopt, day("2023-06-01"))},
      story_day);
  CHECK(joined.size() == 1);
}
