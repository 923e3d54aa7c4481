// The event-dating rules one by one, each on a sentence written for it:
// the annotators' weeks and seasons, a reporting verb's own time, states
// bounded by "since" and "until", the news perfect, a happening named again,
// a present state "now", the opening sentence's news, conditions and limits,
// lasting happenings still to come, "continue to", "cannot", wishes.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "annals/event_time.h"
#include "annals/timeml.h"
#include "annals/timex.h"
#include "sentences.h"

using namespace annals;

namespace {

struct Instance {
  std::string eid, tense, aspect, pos;
};

// A TimeML story dated Wednesday 2025-04-30 with `body` as its text.
std::string story(const std::string& body, const std::vector<Instance>& instances) {
  std::string out =
      "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>rules</DOCID>\n"
      "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-04-30\" "
      "functionInDocument=\"CREATION_TIME\">April 30, 2025</TIMEX3></DCT>\n<TEXT>\n" +
      body + "\n</TEXT>\n";
  for (const Instance& i : instances) {
    out += "<MAKEINSTANCE eventID=\"" + i.eid + "\" eiid=\"i" + i.eid + "\" tense=\"" + i.tense +
           "\" aspect=\"" + i.aspect + "\" pos=\"" + i.pos + "\"/>\n";
  }
  return out + "</TimeML>\n";
}

std::vector<std::string> labels(const std::string& tml) {
  auto doc = parse_timeml(tml, "rules.tml");
  REQUIRE(doc.ok());
  const std::vector<Timex> timexes = tag_timexes(doc->text, {doc->dct});
  const std::vector<Sentence> sentences = text::split_sentences(doc->text);
  std::vector<DatingSite> sites;
  for (const TimemlEvent& e : doc->events) {
    DatingSite s;
    s.begin = e.begin;
    s.end = e.end;
    s.tense = e.tense;
    s.aspect = e.aspect;
    s.event_class = e.event_class;
    s.pos = e.pos;
    sites.push_back(s);
  }
  std::vector<std::string> out;
  for (const EventTime& t : date_event_sites({doc->text, sentences, timexes, doc->dct}, sites))
    out.push_back(event_time_label(t));
  return out;
}

std::string event(const std::string& eid, const std::string& cls, const std::string& word) {
  return "<EVENT eid=\"" + eid + "\" class=\"" + cls + "\">" + word + "</EVENT>";
}

}  // namespace

TEST_CASE("eventtime rules: weeks and seasons are counted as the annotators count them") {
  const auto got =
      labels(story("The strike " + event("e1", "OCCURRENCE", "ended") + " last week. The board " +
                       event("e2", "OCCURRENCE", "met") + " this week. Prices " +
                       event("e3", "OCCURRENCE", "fell") + " last fall.",
                   {{"e1", "PAST", "NONE", "VERB"},
                    {"e2", "PAST", "NONE", "VERB"},
                    {"e3", "PAST", "NONE", "VERB"}}));
  REQUIRE(got.size() == 3);
  // A week is its working days: after its Sunday, before its Saturday.
  CHECK(got[0] == "after2025-04-20before2025-04-26");  // the week of Monday April 21
  CHECK(got[1] == "after2025-04-27before2025-04-30");  // this week, before the story's day
  // A season runs from equinox to solstice.
  CHECK(got[2] == "after2024-09-23before2024-12-21");
}

TEST_CASE("eventtime rules: a reporting verb takes no time expression across another event") {
  const auto got =
      labels(story("The ministry " + event("e1", "REPORTING", "told") + " growers of a " +
                       event("e2", "OCCURRENCE", "cut") + " in March.",
                   {{"e1", "PAST", "NONE", "VERB"}, {"e2", "NONE", "NONE", "NOUN"}}));
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "2025-04-30");                       // the telling: the story's day
  CHECK(got[1] == "after2025-03-01before2025-03-28");  // the cut: in March
}

TEST_CASE("eventtime rules: 'since' and 'until' make a time expression a bound of a state") {
  const auto got = labels(story("The old bridge has been " + event("e1", "STATE", "closed") +
                                    " since 2019. Women were " + event("e2", "OCCURRENCE", "kept") +
                                    " out of the cockpit until now. The offer is " +
                                    event("e3", "STATE", "open") + " until next month.",
                                {{"e1", "PRESENT", "PERFECTIVE", "VERB"},
                                 {"e2", "PAST", "NONE", "VERB"},
                                 {"e3", "PRESENT", "NONE", "ADJECTIVE"}}));
  REQUIRE(got.size() == 3);
  CHECK(got[0] == "beginPoint=after2019-01-01before2019-12-31endPoint=after2025-04-30");
  CHECK(got[1] == "beginPoint=before2025-04-30endPoint=2025-04-30");
  // A bound still to come is no ending seen: not dated as a state until it.
  CHECK_FALSE(got[2].starts_with("beginPoint=before"));
}

TEST_CASE("eventtime rules: the present perfect of an act or report is the story day's news") {
  const auto got = labels(
      story("The union has " + event("e1", "I_ACTION", "agreed") + " to the offer. The river has " +
                event("e2", "OCCURRENCE", "flooded") + " the lower town.",
            {{"e1", "PRESENT", "PERFECTIVE", "VERB"}, {"e2", "PRESENT", "PERFECTIVE", "VERB"}}));
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "2025-04-30");        // "has agreed": today's news
  CHECK(got[1] == "before2025-04-30");  // "has flooded": some day before
}

TEST_CASE("eventtime rules: a noun takes the date of an earlier mention of the same happening") {
  const auto got =
      labels(story("The " + event("e1", "OCCURRENCE", "flood") +
                       " on Sunday closed the road. Farmers " + event("e2", "REPORTING", "said") +
                       " the " + event("e3", "OCCURRENCE", "floods") + " ruined the crop.",
                   {{"e1", "NONE", "NONE", "NOUN"},
                    {"e2", "PAST", "NONE", "VERB"},
                    {"e3", "NONE", "NONE", "NOUN"}}));
  REQUIRE(got.size() == 3);
  CHECK(got[0] == "2025-04-27");  // "the flood on Sunday"
  CHECK(got[2] == "2025-04-27");  // "the floods", named again: the same Sunday
}

TEST_CASE("eventtime rules: 'now' with a present state leaves it holding past the story day") {
  const auto got =
      labels(story("The rebels now " + event("e1", "STATE", "control") +
                       " the port. The talks have now " + event("e2", "ASPECTUAL", "ended") + ".",
                   {{"e1", "PRESENT", "NONE", "VERB"}, {"e2", "PRESENT", "PERFECTIVE", "VERB"}}));
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "beginPoint=before2025-04-30endPoint=after2025-04-30");  // a state
  CHECK(got[1] == "2025-04-30");  // "have now ended": today
}

TEST_CASE("eventtime rules: 'now' with a progressive begins on the story day and goes on") {
  const auto got =
      labels(story("Police are now " + event("e1", "OCCURRENCE", "patrolling") + " the border.",
                   {{"e1", "PRESENT", "PROGRESSIVE", "VERB"}}));
  REQUIRE(got.size() == 1);
  CHECK(got[0] == "beginPoint=2025-04-30endPoint=after2025-04-30");
}

TEST_CASE("eventtime rules: a passive under a modal or 'to be' is still to come") {
  const auto got =
      labels(story("The remains would be " + event("e1", "OCCURRENCE", "turned") +
                       " over to the embassy. The charter is to be " +
                       event("e2", "OCCURRENCE", "written") + " by poets.",
                   {{"e1", "PAST", "NONE", "VERB"}, {"e2", "PASTPART", "NONE", "VERB"}}));
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "after2025-04-30");
  CHECK(got[1] == "after2025-04-30");
}

TEST_CASE("eventtime rules: a bare participle is a deed before the story day or a state over it") {
  const auto got =
      labels(story("Troops " + event("e1", "OCCURRENCE", "dispatched") +
                       " to the border waited. Thousands of workers " +
                       event("e2", "STATE", "trapped") + " in the mine wait.",
                   {{"e1", "PASTPART", "NONE", "VERB"}, {"e2", "PASTPART", "NONE", "VERB"}}));
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "before2025-04-30");
  CHECK(got[1] == "beginPoint=before2025-04-30endPoint=after2025-04-30");
}

TEST_CASE("eventtime rules: a figure's change in a past month spans the month") {
  const auto got =
      labels(story("Factories " + event("e1", "OCCURRENCE", "added") + " 9,000 jobs in March. " +
                       "The mayor " + event("e2", "OCCURRENCE", "resigned") + " in March.",
                   {{"e1", "PAST", "NONE", "VERB"}, {"e2", "PAST", "NONE", "VERB"}}));
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "beginPoint=2025-03-01endPoint=2025-03-31");
  CHECK(got[1] == "after2025-03-01before2025-03-28");  // one day in March
}

TEST_CASE("eventtime rules: an infinitive completing a past verb shares its day, a promise not") {
  const auto got = labels(story("On Monday the robbers " + event("e1", "I_STATE", "intended") +
                                    " to " + event("e2", "OCCURRENCE", "rob") +
                                    " the bank. The mayor " + event("e3", "I_ACTION", "promised") +
                                    " to " + event("e4", "OCCURRENCE", "rebuild") + " the bridge.",
                                {{"e1", "PAST", "NONE", "VERB"},
                                 {"e2", "INFINITIVE", "NONE", "VERB"},
                                 {"e3", "PAST", "NONE", "VERB"},
                                 {"e4", "INFINITIVE", "NONE", "VERB"}}));
  REQUIRE(got.size() == 4);
  CHECK(got[0] == "2025-04-28");
  CHECK(got[1] == "2025-04-28");       // the robbing: when they intended it
  CHECK(got[3] == "after2025-04-30");  // the rebuilding: still to come
}

TEST_CASE("eventtime rules: the reference time carries to the next sentence, not to a saying") {
  const auto got = labels(story("The store owner was " + event("e1", "OCCURRENCE", "kidnapped") +
                                    " on Monday. His captors " +
                                    event("e2", "I_ACTION", "demanded") + " a ransom, and police " +
                                    event("e3", "REPORTING", "said") + " they searched.",
                                {{"e1", "PAST", "NONE", "VERB"},
                                 {"e2", "PAST", "NONE", "VERB"},
                                 {"e3", "PAST", "NONE", "VERB"}}));
  REQUIRE(got.size() == 3);
  CHECK(got[0] == "2025-04-28");
  CHECK(got[1] == "2025-04-28");  // the demand: still Monday
  CHECK(got[2] == "2025-04-30");  // the police's saying: the story's day
}

TEST_CASE("eventtime rules: an expression right after a nominal event is that event's") {
  const auto got =
      labels(story("Pensions were cut after the " + event("e1", "OCCURRENCE", "vote") +
                       " in 2019, and the minister " + event("e2", "OCCURRENCE", "resigned") + ".",
                   {{"e1", "NONE", "NONE", "NOUN"}, {"e2", "PAST", "NONE", "VERB"}}));
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "after2019-01-01before2019-12-31");  // the vote in 2019
  CHECK(got[1] == "2025-04-30");                       // the resigning: the story's day
}

TEST_CASE("eventtime rules: 'now' finds a lasting happening under way, not on a day") {
  const auto got =
      labels(story("A way out of the " + event("e1", "OCCURRENCE", "crisis") + " is now at hand.",
                   {{"e1", "NONE", "NONE", "NOUN"}}));
  REQUIRE(got.size() == 1);
  CHECK(got[0] == "beginPoint=before2025-04-30endPoint=after2025-04-30");
}

TEST_CASE("eventtime rules: a time expression right after a saying dates the saying") {
  // "said Tuesday its troops would join": Tuesday is the saying's day; the
  // modal in the reported clause is after the story's day, not after Tuesday.
  const auto got =
      labels(story("Bangladesh " + event("e1", "REPORTING", "said") + " Tuesday its troops would " +
                       event("e2", "OCCURRENCE", "join") + " the force.",
                   {{"e1", "PAST", "NONE", "VERB"}, {"e2", "NONE", "NONE", "VERB"}}));
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "2025-04-29");
  CHECK(got[1] == "after2025-04-30");
}

TEST_CASE("eventtime rules: a past verb in a relative clause is before the story's day") {
  const auto got = labels(story("The city " + event("e1", "OCCURRENCE", "honored") +
                                    " Kalashnikov, the Russian who " +
                                    event("e2", "OCCURRENCE", "gave") + " his name to the rifle.",
                                {{"e1", "PAST", "NONE", "VERB"}, {"e2", "PAST", "NONE", "VERB"}}));
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "2025-04-30");
  CHECK(got[1] == "before2025-04-30");
}

TEST_CASE(
    "eventtime rules: the simple present of an act holds around the day, a phase verb is on it") {
  const auto got =
      labels(story("The union " + event("e1", "I_ACTION", "insists") + " on talks. The strike " +
                       event("e2", "ASPECTUAL", "begins") + " at the port.",
                   {{"e1", "PRESENT", "NONE", "VERB"}, {"e2", "PRESENT", "NONE", "VERB"}}));
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "beginPoint=before2025-04-30endPoint=after2025-04-30");
  CHECK(got[1] == "2025-04-30");
}

TEST_CASE("eventtime rules: 'now' does not date a perfect or a modal") {
  const auto got = labels(story(
      "Prices fell. Now three buyers have " + event("e1", "OCCURRENCE", "backed") +
          " out. The blockade now in force might be " + event("e2", "OCCURRENCE", "extended") + ".",
      {{"e1", "PRESENT", "PERFECTIVE", "VERB"}, {"e2", "NONE", "NONE", "VERB"}}));
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "before2025-04-30");
  CHECK(got[1] == "after2025-04-30");
}

TEST_CASE("eventtime rules: a present perfect in the opening sentence is the day's news") {
  const auto got = labels(
      story("The council has " + event("e1", "OCCURRENCE", "approved") +
                " a new park. Its neighbours have " + event("e2", "OCCURRENCE", "gathered") +
                " signatures against it.",
            {{"e1", "PRESENT", "PERFECTIVE", "VERB"}, {"e2", "PRESENT", "PERFECTIVE", "VERB"}}));
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "2025-04-30");        // the approval: what the story reports
  CHECK(got[1] == "before2025-04-30");  // a later perfect: some day before
}

TEST_CASE("eventtime rules: a lasting happening that a modal puts ahead is still to come") {
  const auto got = labels(story("Experts warn a " + event("e1", "OCCURRENCE", "blockade") +
                                    " could " + event("e2", "OCCURRENCE", "ruin") +
                                    " the port. The " + event("e3", "OCCURRENCE", "crisis") +
                                    " would " + event("e4", "OCCURRENCE", "deepen") + ".",
                                {{"e1", "NONE", "NONE", "NOUN"},
                                 {"e2", "NONE", "NONE", "VERB"},
                                 {"e3", "NONE", "NONE", "NOUN"},
                                 {"e4", "NONE", "NONE", "VERB"}}));
  REQUIRE(got.size() == 4);
  // An indefinite blockade is one that may come: it begins and ends later.
  CHECK(got[0] == "beginPoint=after2025-04-30endPoint=after2025-04-30");
  // The crisis, named as known, is under way already.
  CHECK(got[2] == "beginPoint=before2025-04-30endPoint=after2025-04-30");
}
TEST_CASE("eventtime rules: the present of a condition or a limit is still to come") {
  const auto got = labels(story(
      "The union will strike if the board " + event("e1", "OCCURRENCE", "refuses") +
          " the offer, and talks go on until one side " + event("e2", "OCCURRENCE", "yields") +
          ". The board " + event("e3", "OCCURRENCE", "meets") + " weekly.",
      {{"e1", "PRESENT", "NONE", "VERB"},
       {"e2", "PRESENT", "NONE", "VERB"},
       {"e3", "PRESENT", "NONE", "VERB"}}));
  REQUIRE(got.size() == 3);
  CHECK(got[0] == "after2025-04-30");
  CHECK(got[1] == "after2025-04-30");
  CHECK(got[2] == "beginPoint=before2025-04-30endPoint=after2025-04-30");  // a habit: around it
}

TEST_CASE("eventtime rules: what a present 'continue' governs goes on around the day") {
  const auto got = labels(story(
      "The drought continues to " + event("e1", "OCCURRENCE", "parch") +
          " the fields. Farmers will continue to " + event("e2", "OCCURRENCE", "pump") + " water.",
      {{"e1", "INFINITIVE", "NONE", "VERB"}, {"e2", "INFINITIVE", "NONE", "VERB"}}));
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "beginPoint=before2025-04-30endPoint=after2025-04-30");
  CHECK(got[1] == "after2025-04-30");  // a future 'continue': still to come
}

TEST_CASE("eventtime rules: a lasting verb is known through its third-person '-s'") {
  const auto got =
      labels(story("The coach " + event("e1", "I_STATE", "believes") + " the team can win.",
                   {{"e1", "PRESENT", "NONE", "VERB"}}));
  REQUIRE(got.size() == 1);
  CHECK(got[0] == "beginPoint=before2025-04-30endPoint=after2025-04-30");
}

TEST_CASE("eventtime rules: a reported wish lasts, a speaker's own is said on the day") {
  const auto got =
      labels(story("The farmers " + event("e1", "I_STATE", "want") + " rain. \"I " +
                       event("e2", "I_STATE", "want") + " a vote,\" the mayor said.",
                   {{"e1", "PRESENT", "NONE", "VERB"}, {"e2", "PRESENT", "NONE", "VERB"}}));
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "beginPoint=before2025-04-30endPoint=after2025-04-30");
  CHECK(got[1] == "2025-04-30");
}

TEST_CASE("eventtime rules: the opening sentence's progressive is the day's news") {
  const auto got = labels(
      story("Firefighters are " + event("e1", "OCCURRENCE", "battling") + " a blaze. Crews are " +
                event("e2", "OCCURRENCE", "clearing") + " the roads.",
            {{"e1", "PRESENT", "PROGRESSIVE", "VERB"}, {"e2", "PRESENT", "PROGRESSIVE", "VERB"}}));
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "2025-04-30");
  CHECK(got[1] == "beginPoint=before2025-04-30endPoint=after2025-04-30");  // later: under way
}

TEST_CASE("eventtime rules: a modal 'cannot' is a present inability, 'can' a possibility ahead") {
  const auto got = labels(story("Officials say they cannot " + event("e1", "OCCURRENCE", "reopen") +
                                    " the bridge. The city can " +
                                    event("e2", "OCCURRENCE", "hire") + " more crews.",
                                {{"e1", "NONE", "NONE", "VERB"}, {"e2", "NONE", "NONE", "VERB"}}));
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "2025-04-30");
  CHECK(got[1] == "after2025-04-30");
}

TEST_CASE(
    "eventtime rules: a month told for a past verb is the narrative's time, a perfect's not") {
  const auto got = labels(
      story("In March 2024, the two partners " + event("e1", "OCCURRENCE", "quarrelled") +
                ", and the founder was " + event("e2", "OCCURRENCE", "dismissed") +
                ". The court had " + event("e3", "OCCURRENCE", "rejected") +
                " the plan in May 2023. The board " + event("e4", "OCCURRENCE", "resigned") + ".",
            {{"e1", "PAST", "NONE", "VERB"},
             {"e2", "PAST", "NONE", "VERB"},
             {"e3", "PAST", "PERFECTIVE", "VERB"},
             {"e4", "PAST", "NONE", "VERB"}}));
  REQUIRE(got.size() == 4);
  CHECK(got[0] == "after2024-03-01before2024-03-28");
  CHECK(got[1] == "after2024-03-01before2024-03-28");  // the same March
  CHECK(got[2] == "after2023-05-01before2023-05-28");
  // The past perfect looked back from the narrative; it did not move it.
  CHECK(got[3] != "after2023-05-01before2023-05-28");
}

TEST_CASE("eventtime rules: a lasting happening a dated verb set going begins that day") {
  const auto got = labels(story(
      "The council on Monday " + event("e1", "OCCURRENCE", "imposed") + " " +
          event("e2", "OCCURRENCE", "sanctions") + " on the regime. The " +
          event("e3", "OCCURRENCE", "sanctions") + " hit its banks. Its neighbours on Monday " +
          event("e4", "OCCURRENCE", "criticized") + " the " +
          event("e5", "OCCURRENCE", "blockade") + ".",
      {{"e1", "PAST", "NONE", "VERB"},
       {"e2", "NONE", "NONE", "NOUN"},
       {"e3", "NONE", "NONE", "NOUN"},
       {"e4", "PAST", "NONE", "VERB"},
       {"e5", "NONE", "NONE", "NOUN"}}));
  REQUIRE(got.size() == 5);
  CHECK(got[0] == "2025-04-28");
  CHECK(got[1] == "beginPoint=2025-04-28endPoint=after2025-04-30");
  CHECK(got[2] == "beginPoint=2025-04-28endPoint=after2025-04-30");  // the same sanctions
  // Criticising a blockade does not start it: it was under way already.
  CHECK(got[4] == "beginPoint=before2025-04-30endPoint=after2025-04-30");
}

TEST_CASE("eventtime rules: an expression stays in its clause, before an attribution or relative") {
  const auto got = labels(
      story("The mayor, who " + event("e1", "OCCURRENCE", "lost") + " his 2019 campaign, " +
                event("e2", "OCCURRENCE", "welcomed") + " the arrest. The team " +
                event("e3", "OCCURRENCE", "met") + " on Monday, but it " +
                event("e4", "REPORTING", "told") + " reporters nothing. The shop owner was " +
                event("e5", "OCCURRENCE", "kidnapped") + " at 10 p.m. Monday, police " +
                event("e6", "REPORTING", "said") + ".",
            {{"e1", "PAST", "NONE", "VERB"},
             {"e2", "PAST", "NONE", "VERB"},
             {"e3", "PAST", "NONE", "VERB"},
             {"e4", "PAST", "NONE", "VERB"},
             {"e5", "PAST", "NONE", "VERB"},
             {"e6", "PAST", "NONE", "VERB"}}));
  REQUIRE(got.size() == 6);
  CHECK(got[0] == "after2019-01-01before2019-12-31");
  CHECK(got[1] == "2025-04-30");  // the welcome: not in 2019
  // ", but it told" is a clause of its own, not an attribution: Monday.
  CHECK(got[3] == "2025-04-28");
  CHECK(got[4] == "2025-04-28");
  CHECK(got[5] == "2025-04-30");  // the police's saying: the story's day
}

TEST_CASE("eventtime rules: past verbs joined by 'and' share their time") {
  const auto got =
      labels(story("The owner " + event("e1", "OCCURRENCE", "sold") + " the house on Monday and " +
                       event("e2", "REPORTING", "said") + " he would double his money.",
                   {{"e1", "PAST", "NONE", "VERB"}, {"e2", "PAST", "NONE", "VERB"}}));
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "2025-04-28");
  // The same owner, the same Monday: a saying takes no expression across
  // another event, but it shares the time of the verb it is joined to.
  CHECK(got[1] == "2025-04-28");
}

TEST_CASE("eventtime rules: a lasting happening within a past year began and ended in it") {
  const auto got =
      labels(story("The mayor recalled his 2019 " + event("e1", "OCCURRENCE", "campaign") +
                       " and the 2019 " + event("e2", "OCCURRENCE", "vote") + ".",
                   {{"e1", "NONE", "NONE", "NOUN"}, {"e2", "NONE", "NONE", "NOUN"}}));
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "beginPoint=after2019-01-01endPoint=before2019-12-31");
  CHECK(got[1] == "after2019-01-01before2019-12-31");  // a vote is held on one day of it
}

TEST_CASE("eventtime rules: a rise that figures report is over, a continuing one not") {
  const auto got =
      labels(story("Official figures " + event("e1", "REPORTING", "show") + " a sharp " +
                       event("e2", "OCCURRENCE", "rise") + " in prices. Economists fear the " +
                       event("e3", "OCCURRENCE", "rise") + " in rents.",
                   {{"e1", "PRESENT", "NONE", "VERB"},
                    {"e2", "NONE", "NONE", "NOUN"},
                    {"e3", "NONE", "NONE", "NOUN"}}));
  REQUIRE(got.size() == 3);
  CHECK(got[1] == "beginPoint=before2025-04-30endPoint=before2025-04-30");
  CHECK(got[2] == "beginPoint=before2025-04-30endPoint=after2025-04-30");
}

TEST_CASE("eventtime rules: what a report showed, told after the lead, is the day's news") {
  std::string lead;
  for (int s = 0; s < 7; ++s) lead += "The city is large. ";
  const auto got =
      labels(story(lead + "The survey " + event("e1", "OCCURRENCE", "showed") +
                       " a change. The old mayor " + event("e2", "OCCURRENCE", "resigned") + ".",
                   {{"e1", "PAST", "NONE", "VERB"}, {"e2", "PAST", "NONE", "VERB"}}));
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "2025-04-30");
  CHECK(got[1] == "before2025-04-30");  // a past happening told after the lead
}

TEST_CASE("eventtime rules: a threat or a storm lasts, it is not a day's happening") {
  const auto got =
      labels(story("The " + event("e1", "OCCURRENCE", "threat") +
                       " of closure worries parents, and a " + event("e2", "OCCURRENCE", "storm") +
                       " will " + event("e3", "OCCURRENCE", "reach") + " the coast.",
                   {{"e1", "NONE", "NONE", "NOUN"},
                    {"e2", "NONE", "NONE", "NOUN"},
                    {"e3", "FUTURE", "NONE", "VERB"}}));
  REQUIRE(got.size() == 3);
  CHECK(got[0] == "beginPoint=before2025-04-30endPoint=after2025-04-30");
  CHECK(got[1] == "beginPoint=after2025-04-30endPoint=after2025-04-30");  // still to come
}
