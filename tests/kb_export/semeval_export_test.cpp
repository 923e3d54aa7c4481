// Entity timelines in the SemEval-2015 Task 4 format: which names refer to
// the entity, positions and anchors, coreferent mentions on one line, and
// `annals ingest` of CAT XML + `annals export --format semeval` end to end.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "../support/run_command.h"
#include "annals/timeline.h"
#include "sample_events.h"

namespace fs = std::filesystem;
using annals::testing::mention;
using annals::testing::ymd;

TEST_CASE("names_entity: aliases of the target, not its parts", "[semeval]") {
  using annals::kb::names_entity;
  CHECK(names_entity("Airbus A380", "Airbus A380"));
  CHECK(names_entity("the Airbus A380 superjumbo", "Airbus A380"));
  CHECK(names_entity("A380", "Airbus A380"));
  CHECK(names_entity("GM", "General Motors"));
  CHECK(names_entity("Jobs", "Steve Jobs"));
  CHECK_FALSE(names_entity("Airbus", "Airbus A380"));
  CHECK_FALSE(names_entity("South Korea", "North Korea"));
}

TEST_CASE("sentence_names_entity: full name, distinctive tail or initials", "[semeval]") {
  using annals::kb::sentence_names_entity;
  CHECK(sentence_names_entity("Orders for the A380 rose .", "Airbus A380"));
  CHECK(sentence_names_entity("Analysts said GM would cut jobs .", "General Motors"));
  CHECK(sentence_names_entity("The federal reserve met .", "Federal Reserve"));
  CHECK_FALSE(sentence_names_entity("China Eastern Airlines ordered jets .", "Singapore Airlines"));
  CHECK_FALSE(sentence_names_entity("Airbus said it would hire .", "Airbus A380"));
}

TEST_CASE("mention_involves: a role, or named in the trigger's clause, not in a saying",
          "[semeval]") {
  using annals::kb::clause_of;
  using annals::kb::mention_involves;
  CHECK(clause_of("Yesterday , Jobs unveiled iPhone 4 , along with iOS 4 .", "unveiled") ==
        " Jobs unveiled iPhone 4 ");
  CHECK(clause_of("Sales rose .", "fell") == "Sales rose .");
  CHECK(clause_of("The unveiling : Jobs unveiled it", "unveiled") == " Jobs unveiled it");

  auto m = mention("16", 2, "Yesterday , Jobs unveiled iPhone 4 , along with iOS 4 .", "", "",
                   std::nullopt);
  m.trigger = "unveiled";
  CHECK(mention_involves(m, "announce", "iPhone 4"));
  m.sentence = "Apple , which makes the iPhone 4 , sued Nokia .";
  m.trigger = "sued";
  CHECK_FALSE(mention_involves(m, "sue", "iPhone 4"));
  m.patients = {"iPhone 4"};
  CHECK(mention_involves(m, "sue", "iPhone 4"));

  auto said = mention("17", 6, "Jobs said the iPhone 4 antenna works .", "", "", std::nullopt);
  said.trigger = "said";
  CHECK_FALSE(mention_involves(said, "say", "iPhone 4"));
  said.agents = {"Steve Jobs"};
  CHECK(mention_involves(said, "say", "Steve Jobs"));
  auto praised = mention("17", 7, "Jobs praised the iPhone 4 screen .", "", "", std::nullopt);
  praised.trigger = "praised";
  CHECK(mention_involves(praised, "thank", "iPhone 4"));
}

TEST_CASE("semeval anchors: day, month, year, unknown", "[semeval]") {
  using annals::kb::semeval_anchor;
  CHECK(semeval_anchor(annals::day_interval(ymd(2008, 3, 1))) == "2008-03-01");
  CHECK(semeval_anchor(annals::month_interval(2008, 3)) == "2008-03-XX");
  CHECK(semeval_anchor(annals::year_interval(2008)) == "2008-XX-XX");
  CHECK(semeval_anchor(std::nullopt) == "XXXX-XX-XX");
  CHECK(annals::kb::semeval_file_name("S&P 500") == "s_and_p_500.txt");
  CHECK(annals::kb::semeval_file_name("Airbus A380") == "airbus_a380.txt");
}

TEST_CASE("semeval export: ordered by date, simultaneous share a position, coreference on one line",
          "[semeval]") {
  std::vector<annals::kb::EventRecord> events(3);
  events[0].id = "ev:1";
  events[0].agents = {"Skyline Air"};
  events[0].mentions = {
      mention("12", 4, "Skyline Air bought jets .", "", "", annals::year_interval(2007))};
  events[0].mentions[0].trigger = "bought";
  events[1].id = "ev:2";
  events[1].agents = {"Skyline Air"};
  auto first = mention("30", 2, "Skyline Air opened a route .", "", "",
                       annals::day_interval(ymd(2009, 5, 6)));
  first.trigger = "opened";
  first.other_triggers = {{0, "opens"}};
  auto second = mention("31", 7, "The route Skyline Air opened is busy .", "", "",
                        annals::day_interval(ymd(2009, 5, 6)));
  second.trigger = "opened";
  events[1].mentions = {first, second};
  events[2].id = "ev:3";
  events[2].agents = {"Harbour Rail"};
  events[2].mentions = {mention("40", 3, "Harbour Rail sold carriages .", "", "", std::nullopt)};
  events[2].mentions[0].trigger = "sold";

  std::ostringstream out;
  REQUIRE(annals::kb::write_semeval(events, "Skyline Air", out).ok());
  CHECK(out.str() ==
        "Skyline Air\n"
        "1\t2007-XX-XX\t12-4-bought\n"
        "2\t2009-05-06\t30-2-opened\t30-0-opens\t31-7-opened\n");

  std::ostringstream empty;
  REQUIRE(annals::kb::write_semeval(events, "Nobody Ltd", empty).ok());
  CHECK(empty.str() == "Nobody Ltd\n");
}

TEST_CASE("annals export --format semeval from ingested CAT documents", "[semeval][cli]") {
  annals::testing::TempDir tmp;
  const fs::path corpus = tmp.path() / "cat";
  fs::create_directories(corpus);
  std::ofstream(corpus / "77_Skyline.xml")
      << R"(<?xml version="1.0" ?><Document doc_id="77" doc_name="77_Skyline.txt" src_url="">
<token number="0" sentence="0" t_id="1">Skyline</token>
<token number="1" sentence="0" t_id="2">Air</token>
<token number="2" sentence="0" t_id="3">buys</token>
<token number="3" sentence="0" t_id="4">jets</token>
<token number="4" sentence="1" t_id="5">May</token>
<token number="5" sentence="1" t_id="6">6</token>
<token number="6" sentence="1" t_id="7">,</token>
<token number="7" sentence="1" t_id="8">2009</token>
<token number="8" sentence="2" t_id="9">Skyline</token>
<token number="9" sentence="2" t_id="10">Air</token>
<token number="10" sentence="2" t_id="11">bought</token>
<token number="11" sentence="2" t_id="12">ten</token>
<token number="12" sentence="2" t_id="13">jets</token>
<token number="13" sentence="2" t_id="14">on</token>
<token number="14" sentence="2" t_id="15">Tuesday</token>
<token number="15" sentence="2" t_id="16">.</token>
<Markables>
<TIMEX3 m_id="1" type="DATE" value="2009-05-06" functionInDocument="CREATION_TIME"><token_anchor t_id="5"/></TIMEX3>
</Markables>
</Document>
)";
  const std::string annals =
      annals::testing::shell_quote(annals::testing::annals_binary().string());
  const std::string db = annals::testing::shell_quote((tmp.path() / "kb").string());
  auto ingest = annals::testing::run_shell(
      annals + " --db " + db + " ingest " + annals::testing::shell_quote(corpus.string()),
      tmp.path());
  INFO(ingest.err);
  REQUIRE(ingest.exit_code == 0);
  auto exported = annals::testing::run_shell(
      annals + " --db " + db + " export --format semeval --entity 'Skyline Air'", tmp.path());
  INFO(exported.err);
  REQUIRE(exported.exit_code == 0);
  // Tuesday before Wednesday 2009-05-06: 2009-05-05; the headline's "buys" is the same
  // purchase, and the timeline cites the story's own sentence for it.
  CHECK(exported.out == "Skyline Air\n1\t2009-05-05\t77-2-bought\n");
  // The same timeline as a query relation.
  auto queried = annals::testing::run_shell(
      annals + " --db " + db + " query 'timeline(\"Skyline Air\", E, P), event(E, T).'",
      tmp.path());
  INFO(queried.err);
  REQUIRE(queried.exit_code == 0);
  CHECK(queried.out.find("buy") != std::string::npos);
  CHECK(queried.out.find(" 1 ") != std::string::npos);
  auto nobody = annals::testing::run_shell(
      annals + " --db " + db + " query 'timeline(\"Nobody Ltd\", E, P).'", tmp.path());
  CHECK(nobody.out.find("ev:") == std::string::npos);
  auto missing =
      annals::testing::run_shell(annals + " --db " + db + " export --format semeval", tmp.path());
  CHECK(missing.exit_code != 0);
  CHECK(missing.err.find("--entity") != std::string::npos);
}

TEST_CASE("story time: an undated past mention takes the day its story last named", "[semeval]") {
  using annals::kb::story_time;
  std::vector<annals::kb::EventRecord> events(1);
  auto dated = mention("9", 2, "Skyline Air announced on Friday that it will buy jets .", "Friday",
                       "Friday, past tense", annals::day_interval(ymd(2010, 7, 16)));
  dated.published = ymd(2010, 7, 17);
  auto later = mention("9", 8, "The jets will be delivered on September 30 .", "September 30",
                       "month and day", annals::day_interval(ymd(2010, 9, 30)));
  later.published = ymd(2010, 7, 17);
  events[0].mentions = {dated, later};
  const annals::kb::StoryDays days = annals::kb::story_days(events);

  // A saying dated by the page, after the lead named Friday: said on Friday.
  auto said = mention("9", 5, "Its chief also said the deal was fair .", "",
                      "no time expression; reporting verb, document date 2010-07-17",
                      annals::day_interval(ymd(2010, 7, 17)));
  said.published = ymd(2010, 7, 17);
  REQUIRE(story_time(said, days));
  CHECK(*story_time(said, days) == annals::day_interval(ymd(2010, 7, 16)));
  // A day still to come ("September 30") is not where the story is.
  said.sentence_index = 9;
  CHECK(*story_time(said, days) == annals::day_interval(ymd(2010, 7, 16)));
  // An open past happening after it: that day too.
  auto demoed = mention("9", 6, "He demoed the cabin .", "",
                        "no time expression; open (before the document date)", std::nullopt);
  CHECK(story_time(demoed, days) == annals::day_interval(ymd(2010, 7, 16)));
  // Before the first named day, in another story, or planned: as it was.
  demoed.sentence_index = 1;
  CHECK_FALSE(story_time(demoed, days));
  demoed.sentence_index = 6;
  demoed.doc = "10";
  CHECK_FALSE(story_time(demoed, days));
  // A time in its own sentence the text gave another clause is not its.
  demoed.doc = "9";
  demoed.sentence_index = 2;
  CHECK_FALSE(story_time(demoed, days));
  // A saying the lead put on the story's day sets the day for what follows,
  // and is itself moved on by a later stated day.
  auto lead = mention("11", 2, "On Wednesday , Skyline Air said it had grown .", "",
                      "no time expression; reporting verb, the story's date 2010-10-20 (lead "
                      "sentence)",
                      annals::day_interval(ymd(2010, 10, 20)));
  auto today = mention("11", 6, "Its chief announced today a new route .", "today", "today",
                       annals::day_interval(ymd(2010, 10, 23)));
  std::vector<annals::kb::EventRecord> story(1);
  story[0].mentions = {lead, today};
  const annals::kb::StoryDays lead_days = annals::kb::story_days(story);
  auto demo = mention("11", 4, "He demoed the cabin .", "",
                      "no time expression; open (before the document date)", std::nullopt);
  CHECK(story_time(demo, lead_days) == annals::day_interval(ymd(2010, 10, 20)));
  auto also = mention("11", 7, "He also said fares would fall .", "",
                      "no time expression; reporting verb, the story's date 2010-10-20 (lead "
                      "sentence)",
                      annals::day_interval(ymd(2010, 10, 20)));
  CHECK(story_time(also, lead_days) == annals::day_interval(ymd(2010, 10, 23)));
  // The news' simple present of a happening is the story's day too.
  auto leaves = mention("9", 7, "He leaves a wife .", "",
                        "no time expression; open (before the document date); bounds: simple "
                        "present of a happening: holds before and after 2010-07-17",
                        std::nullopt);
  CHECK(story_time(leaves, days) == annals::day_interval(ymd(2010, 7, 16)));
  // A day long before the page is the story's background, not its day.
  auto born = mention("12", 3, "Lee , born on May 2 , 1950 , founded the airline .", "May 2 , 1950",
                      "explicit date", annals::day_interval(ymd(1950, 5, 2)));
  born.published = ymd(2010, 7, 17);
  std::vector<annals::kb::EventRecord> life(1);
  life[0].mentions = {born};
  auto retired = mention("12", 5, "She retired .", "",
                         "no time expression; open (before the document date)", std::nullopt);
  CHECK_FALSE(story_time(retired, annals::kb::story_days(life)));
  auto plan = mention("9", 6, "It will fly them to Asia .", "",
                      "no time expression; open (before the document date); bounds: future or "
                      "modal verb form: after the document date 2010-07-17",
                      std::nullopt);
  CHECK_FALSE(story_time(plan, days));
}

TEST_CASE("semeval export: a headline's mention is not cited, the story's own words are",
          "[semeval]") {
  std::vector<annals::kb::EventRecord> events(1);
  events[0].id = "ev:1";
  events[0].type = "buy";
  events[0].agents = {"Skyline Air"};
  auto head =
      mention("5", 0, "Skyline Air buys jets", "", "", annals::day_interval(ymd(2009, 5, 5)));
  head.trigger = "buys";
  head.agents = {"Skyline Air"};
  head.other_triggers = {{2, "bought"}};
  auto alone =
      mention("6", 0, "Skyline Air sells jets", "", "", annals::day_interval(ymd(2009, 5, 7)));
  alone.trigger = "sells";
  alone.agents = {"Skyline Air"};
  events[0].mentions = {head, alone};
  const annals::kb::Headlines headlines{{"5", "Skyline  Air buys jets"},
                                        {"6", "Skyline Air sells jets"}};
  std::ostringstream out;
  REQUIRE(annals::kb::write_semeval(events, "Skyline Air", out, headlines).ok());
  CHECK(out.str() == "Skyline Air\n1\t2009-05-05\t5-2-bought\n");
  std::ostringstream without;
  REQUIRE(annals::kb::write_semeval(events, "Skyline Air", without).ok());
  CHECK(without.str() ==
        "Skyline Air\n1\t2009-05-05\t5-0-buys\t5-2-bought\n2\t2009-05-07\t6-0-sells\n");
}

TEST_CASE("semeval export: another word for an event is cited when the target takes part in it",
          "[semeval]") {
  // One speech act told in two sentences; only the first names the target.
  std::vector<annals::kb::EventRecord> events(2);
  events[0].id = "ev:1";
  events[0].type = "announce";
  events[0].agents = {"Ann Lee"};
  auto first = mention("8", 3, "She announced a link of podcasts with Tunebox .", "", "",
                       annals::day_interval(ymd(2005, 6, 6)));
  first.trigger = "announced";
  first.agents = {"Ann Lee"};
  first.other_triggers = {{5, "announced"}};
  events[0].mentions = {first};
  events[1].id = "ev:2";
  events[1].type = "release";
  auto other = mention("8", 5, "She also announced faster laptops , which were released .", "", "",
                       std::nullopt);
  other.trigger = "released";
  events[1].mentions = {other};
  std::ostringstream store_line;
  REQUIRE(annals::kb::write_semeval(events, "Tunebox", store_line).ok());
  CHECK(store_line.str() == "Tunebox\n1\t2005-06-06\t8-3-announced\n");
  // A headline mention whose story words all name someone else leaves no empty line.
  events[0].mentions[0].sentence = "Lee links podcasts with Tunebox";
  events[0].mentions[0].sentence_index = 0;
  const annals::kb::Headlines headlines{{"8", "Lee links podcasts with Tunebox"}};
  std::ostringstream no_line;
  REQUIRE(annals::kb::write_semeval(events, "Tunebox", no_line, headlines).ok());
  CHECK(no_line.str() == "Tunebox\n");
  events[0].mentions[0] = first;
  // Its speaker takes part in every word for it.
  std::ostringstream speaker_line;
  REQUIRE(annals::kb::write_semeval(events, "Ann Lee", speaker_line).ok());
  CHECK(speaker_line.str() == "Ann Lee\n1\t2005-06-06\t8-3-announced\t8-5-announced\n");
}

TEST_CASE("semeval export: a headline's time expression does not date the story's words for it",
          "[semeval]") {
  std::vector<annals::kb::EventRecord> events(2);
  events[0].id = "ev:1";
  events[0].type = "open";
  events[0].agents = {"Skyline Air"};
  auto head = mention("5", 0, "Skyline Air opens Route Expo 2009", "2009", "explicit year",
                      annals::year_interval(2009));
  head.trigger = "opens";
  head.agents = {"Skyline Air"};
  head.other_triggers = {{3, "opened"}};
  events[0].mentions = {head};
  events[1].id = "ev:2";
  events[1].type = "meet";
  auto day = mention("5", 2, "Delegates met on Monday .", "Monday", "Monday, past tense",
                     annals::day_interval(ymd(2009, 5, 4)));
  day.trigger = "met";
  events[1].mentions = {day};
  const annals::kb::Headlines headlines{{"5", "Skyline Air opens Route Expo 2009"}};
  std::ostringstream out;
  REQUIRE(annals::kb::write_semeval(events, "Skyline Air", out, headlines).ok());
  CHECK(out.str() == "Skyline Air\n1\t2009-05-04\t5-3-opened\n");
  // With no day stated before it, the story's word stays open.
  events[1].mentions[0].sentence_index = 4;
  std::ostringstream open;
  REQUIRE(annals::kb::write_semeval(events, "Skyline Air", open, headlines).ok());
  CHECK(open.str() == "Skyline Air\n0\tXXXX-XX-XX\t5-3-opened\n");
}

TEST_CASE("a company is named without its legal form, but not inside another name", "[semeval]") {
  using annals::kb::names_entity;
  using annals::kb::sentence_names_entity;
  CHECK(names_entity("Skyline", "Skyline Inc."));
  CHECK(names_entity("Skyline Inc", "Skyline Inc."));
  CHECK(names_entity("Harbour Rail", "Harbour Rail Co."));
  CHECK_FALSE(names_entity("Skyline Foods", "Skyline Inc."));
  CHECK(sentence_names_entity("Shares of Skyline rose 3 % .", "Skyline Inc."));
  CHECK(sentence_names_entity("Skyline 's chief resigned .", "Skyline Inc."));
  CHECK_FALSE(sentence_names_entity("Skyline Foods sued the bank .", "Skyline Inc."));
  CHECK_FALSE(sentence_names_entity("Skyline sued the bank .", "Skyline Foods"));
}
