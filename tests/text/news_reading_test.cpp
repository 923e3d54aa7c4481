// Readings a careful reader makes of everyday news: which words are no
// happening, who "it" is, whose organisation a name is, and which day a
// saying was made on.
#include <catch2/catch.hpp>

#include "text_helpers.h"

using namespace annals::testing;

TEST_CASE("a left turn and what a storm left behind are no departures", "[text][events]") {
  const auto ex = annals::extract_events(
      story("The helicopter made a sharp left turn over the lake. The blizzard left thousands "
            "without heat in Ohio.",
            "2023-02-02"));
  CHECK_FALSE(has_type(ex, "leave"));
  const auto left = annals::extract_events(
      story("The envoy left Tbilisi on Tuesday without a deal.", "2023-02-02"));
  CHECK(has_type(left, "leave"));
}

TEST_CASE("a reporting period's end and a trading session are no happenings", "[text][events]") {
  const auto ex = annals::extract_events(
      story("Acme Corp said profit for the quarter ended March 31 rose 4 percent. Its shares "
            "gained 2 percent in late trading.",
            "2023-04-20"));
  CHECK_FALSE(has_type(ex, "end"));
  CHECK_FALSE(has_type(ex, "trade"));
  CHECK(has_type(ex, "rise"));
}

TEST_CASE("sending smoke or shares is no deployment", "[text][events]") {
  const auto ex = annals::extract_events(
      story("The refinery fire sent thick smoke over the town, and the news sent its shares "
            "lower.",
            "2023-04-20"));
  CHECK_FALSE(has_type(ex, "deploy"));
  CHECK(has_type(ex, "send"));
}

TEST_CASE("it after an unnamed noun phrase names no organisation", "[text][events][actors]") {
  const auto ex = annals::extract_events(
      story("The Civil Aviation Authority opened an inquiry on Monday.\n\nThe glider was "
            "climbing steadily until it struck a power line.",
            "2023-05-09"));
  const auto* strike = event_of(ex, "strike");
  REQUIRE(strike != nullptr);
  CHECK(strike->agents.empty());
}

TEST_CASE("organisation names joined by and, initials and offices joined by and",
          "[text][entities]") {
  const auto ex = annals::extract_events(
      story("The Bureau of Mines and Energy Administration approved the permit on Monday. "
            "Chairman and Chief Executive Dana Whitcombe resigned on Tuesday, Mayor R. T. "
            "Oduya said.",
            "2023-05-10"));
  const auto* approve = event_of(ex, "approve");
  REQUIRE(approve != nullptr);
  CHECK(has(approve->agents, "Bureau of Mines and Energy Administration"));
  const auto* resign = event_of(ex, "resign");
  REQUIRE(resign != nullptr);
  CHECK(resign->agents == std::vector<std::string>{"Dana Whitcombe"});
  CHECK(resign->claimed_by == "R. T. Oduya");
}

TEST_CASE("a possessive apostrophe after s names whose act it is", "[text][events][actors]") {
  const auto ex = annals::extract_events(
      story("A spokeswoman called Harris’ resignation a surprise on Friday.", "2023-05-12"));
  const auto* resign = event_of(ex, "resign");
  REQUIRE(resign != nullptr);
  CHECK(has(resign->agents, "Harris"));
}

TEST_CASE("two unnamed confirmations are two statements", "[text][merge]") {
  const auto ex = annals::extract_events(
      story("Officials have confirmed that two people were on board.\n\nThe weather was calm.\n\n"
            "Later the company confirmed that the pilot had died.",
            "2023-05-12"));
  int confirms = 0;
  for (const auto& e : ex.events) confirms += e.type == "confirm";
  CHECK(confirms == 2);
}

TEST_CASE("a lead said on the page's day dates its sayings that day", "[text][dating]") {
  // The page is of Monday 2023-05-15; the crash was on Saturday.
  const auto ex = annals::extract_events(
      story("A small plane crashed on Saturday near Reno, officials said Monday.\n\nThe pilot "
            "had radioed for help, the sheriff said.\n\nThe wind was strong on Saturday, a "
            "forecaster said.",
            "2023-05-15"));
  int sayings = 0;
  for (const auto& e : ex.events) {
    if (e.type != "say") continue;
    ++sayings;
    CHECK(when(e) == "2023-05-15");
  }
  CHECK(sayings >= 2);
  const auto* crash = event_of(ex, "crash");
  REQUIRE(crash != nullptr);
  CHECK(when(*crash) == "2023-05-13");
}

TEST_CASE("a clock time can end a sentence", "[text][sentences]") {
  const auto ex = annals::extract_events(
      story("The ferry sank shortly after 6 a.m. Coast guard officials have confirmed that all "
            "crew were rescued. The storm peaked at 4 p.m. Tuesday.",
            "2023-06-07"));
  const auto* confirm = event_of(ex, "confirm");
  REQUIRE(confirm != nullptr);
  CHECK(confirm->sentence == 1);
}

TEST_CASE("a negation in the reported words is not the saying's", "[text][events][stance]") {
  const auto ex = annals::extract_events(
      story("Divers searched the harbour on Sunday to make sure no one else was missing, the mayor "
            "said.",
            "2023-06-07"));
  const auto* say = event_of(ex, "say");
  REQUIRE(say != nullptr);
  CHECK(say->polarity == "positive");
}

TEST_CASE("only a person resigns, and the resignation of X is X's", "[text][events][actors]") {
  const auto ex = annals::extract_events(
      story("A Peruvian minister resigned on Tuesday. The premier accepted the resignation of "
            "Rosa Quispe on Wednesday.",
            "2023-06-08"));
  for (const auto& e : ex.events) {
    if (e.type != "resign") continue;
    CHECK_FALSE(has(e.agents, "Peru"));
    if (e.trigger == "resignation") {
      CHECK(has(e.agents, "Rosa Quispe"));
      CHECK(e.patients.empty());
    }
  }
}

TEST_CASE("a country's titled leader acts alone", "[text][events][actors]") {
  const auto ex = annals::extract_events(
      story("Chile's acting President Marta Rojas signed the decree on Monday.", "2023-06-08"));
  const auto* sign = event_of(ex, "sign");
  REQUIRE(sign != nullptr);
  CHECK(sign->agents == std::vector<std::string>{"Marta Rojas"});
}

TEST_CASE("a state organ speaks for its country only where the story names it",
          "[text][events][actors]") {
  const auto india = annals::extract_events(
      story("A Congress spokesman in Delhi told reporters on Monday that the party would "
            "protest.",
            "2023-06-08"));
  const auto* say = event_of(india, "say");
  REQUIRE(say != nullptr);
  CHECK(say->agents == std::vector<std::string>{"Congress"});
}

TEST_CASE("idioms and states that look like happenings", "[text][events]") {
  const auto ex = annals::extract_events(
      story("He took the money in return for a contract. The deal holds provided that both "
            "sides agree. The senator was hit by another revelation on Friday. Twenty homes are "
            "threatened by the fire. The debt left by the old board is large.",
            "2023-06-08"));
  CHECK_FALSE(has_type(ex, "return"));
  CHECK_FALSE(has_type(ex, "supply"));
  CHECK_FALSE(has_type(ex, "strike"));
  CHECK_FALSE(has_type(ex, "warn"));
  CHECK_FALSE(has_type(ex, "leave"));
  const auto blow =
      annals::extract_events(story("The cyclist was hit by a truck on Friday.", "2023-06-08"));
  CHECK(has_type(blow, "strike"));
}

TEST_CASE("names with dos, and taking over from someone", "[text][events][entities]") {
  const auto ex = annals::extract_events(
      story("Ana Lemos will take over from Carlos dos Reis in July.", "2023-06-08"));
  const auto* replace = event_of(ex, "replace");
  REQUIRE(replace != nullptr);
  CHECK(has(replace->patients, "Carlos dos Reis"));
  CHECK_FALSE(has_type(ex, "acquire"));
}

TEST_CASE("subscription furniture is no story", "[text][events]") {
  const auto ex = annals::extract_events(
      story("The council approved the budget on Monday.\n\nWith your current subscription plan "
            "you can comment on stories.",
            "2023-06-08"));
  REQUIRE(has_type(ex, "approve"));
  for (const auto& e : ex.events) CHECK(e.type == "approve");
}

TEST_CASE("a court striking down a law overturns it", "[text][events]") {
  const auto ex = annals::extract_events(
      story("The high court on Monday struck down a state law on drones.", "2023-06-12"));
  CHECK(has_type(ex, "overturn"));
  CHECK_FALSE(has_type(ex, "strike"));
}

TEST_CASE("the owner of an arrest is who was arrested", "[text][events][actors]") {
  const auto ex = annals::extract_events(
      story("Officials gave details for the first time since Dana Pruitt's arrest on Tuesday.",
            "2023-06-12"));
  const auto* arrest = event_of(ex, "arrest");
  REQUIRE(arrest != nullptr);
  CHECK(arrest->agents.empty());
  CHECK(has(arrest->patients, "Dana Pruitt"));
}

TEST_CASE("a participle set off after a name is done to it", "[text][events][actors]") {
  const auto ex = annals::extract_events(story(
      "Rafael Torres, arrested without incident in Tucson on Wednesday, is believed to have acted "
      "alone.",
      "2023-06-12"));
  const auto* arrest = event_of(ex, "arrest");
  REQUIRE(arrest != nullptr);
  CHECK(arrest->agents.empty());
  CHECK(has(arrest->patients, "Rafael Torres"));
}

TEST_CASE("a holiday's eve is no person", "[text][entities]") {
  const auto ex = annals::extract_events(
      story("The shop was robbed on Christmas Eve, police said on Monday.", "2023-12-27"));
  REQUIRE(has_type(ex, "say"));
  for (const auto& e : ex.entities) CHECK(e.name != "Eve");
}

TEST_CASE("hard-wrapped archive lines are one paragraph", "[text][document]") {
  const auto doc = story(
      "The suspect, a former business partner of the victim, was arrested\n"
      "without incident in Fresno on Wednesday, and investigators said the\n"
      "victims were killed inside their home in the hill community of\n"
      "Auberry on March 3, 2011.\n",
      "2014-11-08");
  const auto ex = annals::extract_events(doc);
  const auto* kill = event_of(ex, "kill");
  REQUIRE(kill != nullptr);
  CHECK(when(*kill) == "2011-03-03");
  CHECK(has_type(ex, "arrest"));
}

TEST_CASE("a bracketed photo credit names no participant", "[text][events][actors]") {
  const auto ex = annals::extract_events(story(
      "Police detained two men near the port on Friday. [Ana Ruiz/Reuters Photo]", "2023-06-12"));
  REQUIRE_FALSE(ex.events.empty());
  for (const auto& e : ex.events) {
    CHECK_FALSE(has(e.agents, "Ana Ruiz"));
    CHECK_FALSE(has(e.patients, "Ana Ruiz"));
  }
}

TEST_CASE("a merger of two names is theirs, and a people's adjective describes a name",
          "[text][events][actors]") {
  const auto ex = annals::extract_events(
      story("The deal followed Orlen's purchase of Czech refiner Unipetrol and a merger of "
            "Halvard Steel and Brisk Metals.",
            "2023-06-12"));
  const auto* merge = event_of(ex, "merge");
  REQUIRE(merge != nullptr);
  CHECK(has(merge->agents, "Halvard Steel"));
  CHECK(has(merge->agents, "Brisk Metals"));
  const auto* buy = event_of(ex, "buy");
  REQUIRE(buy != nullptr);
  CHECK_FALSE(has(buy->patients, "Czech Republic"));
}

TEST_CASE("a press release and flying squirrels are no happenings", "[text][events]") {
  const auto ex = annals::extract_events(
      story("The museum said in a press release that the Kerala flying squirrel was found in "
            "2019.",
            "2023-06-12"));
  CHECK_FALSE(has_type(ex, "release"));
  CHECK_FALSE(has_type(ex, "fly"));
}

TEST_CASE("establishing that is finding out, and an outbreak has no agent", "[text][events]") {
  const auto ex = annals::extract_events(
      story("The ministry established that the village was affected. The agency reported a "
            "measles outbreak in Tarija on Monday.",
            "2023-06-12"));
  CHECK_FALSE(has_type(ex, "found"));
  const auto* outbreak = event_of(ex, "outbreak");
  REQUIRE(outbreak != nullptr);
  CHECK(outbreak->agents.empty());
}

TEST_CASE("an office's place before a person's name is no part of it", "[text][entities]") {
  const auto ex = annals::extract_events(
      story("Former mayor of New Orleans Ray Nagin was sentenced on Wednesday. Nagin had denied "
            "the charges. Chancellor of the Exchequer Philip Hammond spoke on Monday. Hammond "
            "said it was fair.",
            "2023-06-12"));
  const auto* sentence = event_of(ex, "sentence");
  REQUIRE(sentence != nullptr);
  CHECK(sentence->patients == std::vector<std::string>{"Ray Nagin"});
  for (const auto& e : ex.events)
    if (e.type == "say") CHECK(has(e.agents, "Philip Hammond"));
}

TEST_CASE("a bare title is no name, and a verdict is no return", "[text][events]") {
  const auto ex = annals::extract_events(
      story("The Minister said on Monday that the plan would go ahead. The jury returned a "
            "verdict on Friday. Hurricane Ida has left thousands homeless.",
            "2023-06-12"));
  REQUIRE(has_type(ex, "say"));
  for (const auto& e : ex.events) CHECK_FALSE(has(e.agents, "Minister"));
  CHECK_FALSE(has_type(ex, "return"));
  CHECK_FALSE(has_type(ex, "leave"));
}

TEST_CASE("a relative clause's subject is the name it hangs on", "[text][events][actors]") {
  const auto ex = annals::extract_events(
      story("Ruud Bakker won the Rotterdam final on Sunday against Tomas Ilves, who won the event "
            "in 2019. Bakker hit nine aces.",
            "2023-06-12"));
  int wins = 0;
  for (const auto& e : ex.events) {
    if (e.type != "win") continue;
    ++wins;
    if (e.when && format_interval(*e.when) == "2019") CHECK(has(e.agents, "Tomas Ilves"));
  }
  CHECK(wins == 2);
  CHECK_FALSE(has_type(ex, "strike"));
}

TEST_CASE("concluding a meeting ends it, and a fronted preposition is no name", "[text][events]") {
  const auto ex = annals::extract_events(
      story("The ministers concluded their meeting on Friday. Regarding the Balkans, the ministers "
            "welcomed the release of two journalists.",
            "2023-06-12"));
  CHECK(has_type(ex, "end"));
  CHECK_FALSE(has_type(ex, "assess"));
  for (const auto& e : ex.entities) CHECK(e.name.find("Regarding") == std::string::npos);
}

TEST_CASE("a trailing attribution dates its saying on the page's day", "[text][dating]") {
  // 2022-03-24 is a Thursday: "on Wednesday" is the day before.
  const auto ex = annals::extract_events(
      story("Moldova told Romania on Wednesday it would close two crossings, the Tass news agency "
            "said.",
            "2022-03-24"));
  const auto* said = [&]() -> const annals::EventMention* {
    for (const auto& e : ex.events)
      if (e.trigger == "said") return &e;
    return nullptr;
  }();
  REQUIRE(said != nullptr);
  CHECK_FALSE(said->parent.has_value());
  CHECK(when(*said) == "2022-03-24");
  for (const auto& e : ex.events)
    if (e.trigger == "told") CHECK(when(e) == "2022-03-23");
}

TEST_CASE("a dateline's place and a numbered chapter are no participants",
          "[text][events][actors]") {
  const auto ex = annals::extract_events(
      story("Boise, Idaho -- Larkspur Outfitters Inc. on Friday filed for Chapter 11 bankruptcy "
            "protection.",
            "2014-04-12"));
  const auto* file = event_of(ex, "file");
  REQUIRE(file != nullptr);
  CHECK(file->agents == std::vector<std::string>{"Larkspur Outfitters Inc"});
  CHECK(file->patients.empty());
}

TEST_CASE("a jury finding someone guilty convicts them", "[text][events]") {
  const auto ex = annals::extract_events(
      story("A jury found Dale Whitmore guilty of arson on Tuesday.", "2023-06-14"));
  const auto* convict = event_of(ex, "convict");
  REQUIRE(convict != nullptr);
  CHECK(has(convict->patients, "Dale Whitmore"));
  CHECK(when(*convict) == "2023-06-13");
  CHECK_FALSE(has_type(ex, "found"));
}

TEST_CASE("a name compounded with an attack is where it hit", "[text][events][actors]") {
  const auto ex = annals::extract_events(
      story("Officials said the Harbour Mall attack killed nine people on Sunday.", "2023-06-14"));
  const auto* kill = event_of(ex, "kill");
  REQUIRE(kill != nullptr);
  CHECK_FALSE(has(kill->agents, "Harbour Mall"));
}

TEST_CASE("a surname alone stays with the first person named by it", "[text][entities]") {
  const auto ex = annals::extract_events(
      story("The Anton Varga trial ended on Monday. His brother, Milos Varga, testified. Varga "
            "was convicted on Tuesday.",
            "2023-06-14"));
  const auto* convict = event_of(ex, "convict");
  REQUIRE(convict != nullptr);
  CHECK(has(convict->patients, "Anton Varga"));
}

TEST_CASE("a year inside a noun phrase dates the noun, and inflation hits no one",
          "[text][dating]") {
  const auto ex = annals::extract_events(
      story("Prosecutors charged him over the 2019 harbour bombing. Rising inflation hits "
            "pensioners hardest.",
            "2023-06-14"));
  const auto* charge = event_of(ex, "charge");
  REQUIRE(charge != nullptr);
  CHECK(when(*charge) != "2019");
  for (const auto& e : ex.events) CHECK(e.trigger != "hits");
}

TEST_CASE("an apposition's closing comma before said keeps the speaker", "[text][events][actors]") {
  const auto ex = annals::extract_events(
      story("Ivan Petrenko, governor of Sumy region, said Russian drones had hit a school on "
            "Friday.",
            "2024-07-14"));
  REQUIRE(has_type(ex, "say"));
  for (const auto& e : ex.events)
    if (e.type == "say") CHECK(e.agents == std::vector<std::string>{"Ivan Petrenko"});
}

TEST_CASE("a participle after a name's possessive describes, no capture", "[text][events]") {
  const auto ex = annals::extract_events(
      story("Shelling of Georgia's partially occupied Tskhinvali region killed two people on "
            "Monday.",
            "2024-07-14"));
  CHECK_FALSE(has_type(ex, "capture"));
  CHECK(has_type(ex, "kill"));
}

TEST_CASE("a company's shareholders act for themselves", "[text][events][actors]") {
  const auto ex = annals::extract_events(story(
      "Under the deal, Norvik Holdings shareholders will receive $12 a share.", "2024-07-14"));
  const auto* receive = event_of(ex, "receive");
  REQUIRE(receive != nullptr);
  CHECK_FALSE(has(receive->agents, "Norvik Holdings"));
}

TEST_CASE("a by-phrase's description before the name in apposition", "[text][events][actors]") {
  const auto ex = annals::extract_events(
      story("Prosecutors said Arlen Voss was recruited by his older cousin, Teodor Voss, in 2019.",
            "2024-07-14"));
  const auto* hire = event_of(ex, "hire");
  REQUIRE(hire != nullptr);
  CHECK(has(hire->agents, "Teodor Voss"));
  CHECK_FALSE(has(hire->patients, "Teodor Voss"));
}

TEST_CASE("the Dane who completed a win is no country", "[text][events][actors]") {
  const auto ex = annals::extract_events(
      story("Mette Lund beat Ana Ruiz in the final on Sunday. The Dane completed the victory "
            "with an ace.",
            "2024-07-14"));
  REQUIRE(has_type(ex, "end"));
  for (const auto& e : ex.events) CHECK_FALSE(has(e.agents, "Denmark"));
}

TEST_CASE("after a number a plural is a noun, and an undated story keeps past instances apart",
          "[text][events][merge]") {
  const auto ex = annals::extract_events(
      story("A bus overturned near Kandy, killing three passengers, officials said.\n\nThe road "
            "was wet after a night of heavy rain, a police spokesman said.\n\nRescuers pulled "
            "twelve people from the wreck and took them to the district hospital.\n\nThe hill "
            "roads of the district have seen many accidents over the years.\n\nIn May 2001, two "
            "trains collided near Kandy, killing 40 people."));
  int kills = 0;
  for (const auto& e : ex.events) kills += e.type == "kill";
  CHECK(kills == 2);
  CHECK_FALSE(has_type(ex, "train"));
}

TEST_CASE("a word no dictionary has opens a sentence as a name", "[text][entities]") {
  const auto ex = annals::extract_events(
      story("Zentrova today announced that its chairman had resigned. The Company also said it "
            "would hire a new auditor.",
            "2024-07-14"));
  const auto* announce = event_of(ex, "announce");
  REQUIRE(announce != nullptr);
  CHECK(has(announce->agents, "Zentrova"));
  for (const auto& e : ex.entities) CHECK(e.name != "Company");
}

TEST_CASE("a bracketed acronym between subject and verb keeps the subject",
          "[text][events][actors]") {
  const auto ex = annals::extract_events(
      story("The National Police Agency (NPA) arrested two men in Osaka on Monday.", "2024-07-14"));
  const auto* arrest = event_of(ex, "arrest");
  REQUIRE(arrest != nullptr);
  CHECK(has(arrest->agents, "National Police Agency"));
}
