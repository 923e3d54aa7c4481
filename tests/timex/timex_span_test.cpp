// Durations, sets, vague references and modifiers.
#include "timex_cases.h"

using annals::timex_test::Case;
using annals::timex_test::check_cases;
using annals::timex_test::check_untagged;

namespace {
constexpr std::string_view kMonday = "2025-04-28";
}

TEST_CASE("durations in digits and words", "[timex][durations]") {
  check_cases({
      {"The siege lasted six months in all.", kMonday, "six months", "DURATION", "P6M"},
      {"Troops stayed for more than six months there.", kMonday, "more than six months", "DURATION",
       "P6M", "MORE_THAN"},
      {"The plan could take a decade to finish.", kMonday, "a decade", "DURATION", "P10Y"},
      {"Leaders held a two-day summit in Hanoi.", kMonday, "two-day", "DURATION", "P2D"},
      {"Prices doubled over the past three years in town.", kMonday, "the past three years",
       "DURATION", "P3Y"},
      {"The feud has simmered for years between them.", kMonday, "years", "DURATION", "PXY"},
      {"The hearing ran three hours on the day.", kMonday, "three hours", "DURATION", "PT3H"},
      {"He waited twenty-four hours for news.", kMonday, "twenty-four hours", "DURATION", "PT24H"},
      {"Sales rose in the first nine months of trading.", kMonday, "the first nine months",
       "DURATION", "P9M"},
      {"Talks took about five hours on the day.", kMonday, "about five hours", "DURATION", "PT5H",
       "APPROX"},
      {"The rebels left almost four years ago.", kMonday, "almost four years ago", "DATE", "2021",
       "LESS_THAN"},
      {"The envoy landed around 7:15 p.m. on Friday.", kMonday, "around 7:15 p.m.", "TIME",
       "2025-04-25T19:15", "APPROX"},
      {"They joined less than a decade after the war.", kMonday, "less than a decade", "DURATION",
       "P10Y", "LESS_THAN"},
      {"The feud has run for a quarter century now.", kMonday, "a quarter century", "DURATION",
       "P25Y"},
      {"The hour-long speech ended early.", kMonday, "hour-long", "DURATION", "PT1H"},
      {"The decade-long war ended in May.", kMonday, "decade-long", "DURATION", "P10Y"},
      // The closed compounds of American papers.
      {"The weeklong festival ended in rain.", kMonday, "weeklong", "DURATION", "P1W"},
      {"A yearlong inquiry found no fraud.", kMonday, "yearlong", "DURATION", "P1Y"},
      {"The monthslong standoff ended.", kMonday, "monthslong", "DURATION", "PXM"},
      {"He served five-and-a-half years in jail.", kMonday, "five-and-a-half years", "DURATION",
       "P5Y6M"},
      {"Prices rose over the past year and a half.", kMonday, "the past year and a half",
       "DURATION", "P1Y6M"},
      // A clock unit before "later" is a length; the word stays out (TimeML).
      {"The pope appeared an hour later on the balcony.", kMonday, "an hour", "DURATION", "PT1H"},
      {"The lease runs at least 20 more years for the base.", kMonday, "at least 20 more years",
       "DURATION", "P20Y", "EQUAL_OR_MORE"},
      {"The abbey stood for almost a hundred years.", kMonday, "almost a hundred years", "DURATION",
       "P100Y", "LESS_THAN"},
      {"Rates will stay low for the next couple of years.", kMonday, "the next couple of years",
       "DURATION", "P2Y"},
      {"The board will decide in the weeks ahead, it said.", kMonday, "the weeks ahead", "DURATION",
       "PXW"},
      {"The toll could rise in the days to come.", kMonday, "the days to come", "DURATION", "PXD"},
      // No unit at all; "some time ago" is a point, not this.
      {"The talks stalled for a while, aides said.", kMonday, "a while", "DURATION", "PXX"},
      {"He has been ill for some time.", kMonday, "some time", "DURATION", "PXX"},
      {"Talks will go on in the following weeks.", kMonday, "the following weeks", "DURATION",
       "PXW"},
      // A range has no TIMEX3 value: the least count, "or more".
      {"Repairs could take two to three weeks, it said.", kMonday, "two to three weeks", "DURATION",
       "P2W", "EQUAL_OR_MORE"},
      {"The plant may reopen in a year or two.", kMonday, "a year or two", "DURATION", "P1Y",
       "EQUAL_OR_MORE"},
      {"Rates will stay low for the next two years or so.", kMonday, "the next two years or so",
       "DURATION", "P2Y", "APPROX"},
  });
}

TEST_CASE("durations with a half", "[timex][durations][fractions]") {
  // The half goes into the next smaller unit.
  check_cases({
      {"The standoff lasted 5 1/2 hours on the bridge.", kMonday, "5 1/2 hours", "DURATION",
       "PT5H30M"},
      {"The refugees spent 2 1/2 years in the camps.", kMonday, "2 1/2 years", "DURATION", "P2Y6M"},
      {"The vote took two and a half hours to count.", kMonday, "two and a half hours", "DURATION",
       "PT2H30M"},
      {"The blackout lasted a minute and a half at noon.", kMonday, "a minute and a half",
       "DURATION", "PT1M30S"},
      {"The trial could run a year and a half, lawyers said.", kMonday, "a year and a half",
       "DURATION", "P1Y6M"},
      {"The crowd waited half an hour in the rain.", kMonday, "half an hour", "DURATION", "PT30M"},
      {"The talks lasted a half-hour at most.", kMonday, "a half-hour", "DURATION", "PT30M"},
      {"He spoke for a half hour on the radio.", kMonday, "a half hour", "DURATION", "PT30M"},
  });
}

TEST_CASE("the end of the year", "[timex][yearend]") {
  // "year-end" after a preposition is the end of the document's year.
  check_cases({
      {"The sale should close by year-end, the bank said.", kMonday, "year-end", "DATE", "2025",
       "END"},
      {"Cuts of 600 jobs are planned by year end in the unit.", kMonday, "year end", "DATE", "2025",
       "END"},
      {"New rules should be in place by year's end for lenders.", kMonday, "year's end", "DATE",
       "2025", "END"},
  });
  // "the year" is the report's year, except before "ended": a year-long span.
  check_cases({
      {"For the year, pet food volume was flat.", "1989-11-02", "the year", "DATE", "1989"},
      {"Revenue fell in the first nine months of the year.", "1989-10-30", "the year", "DATE",
       "1989"},
      {"Revenue was $76 million for the year ended March 31.", "1989-11-01", "the year", "DURATION",
       "P1Y"},
  });
  // As an adjective it names no time of its own.
  check_untagged("The firm posted its year-end results in a filing.", "year-end");
}

TEST_CASE("sets: repeated times", "[timex][sets]") {
  check_cases({
      {"The market opens every Monday at dawn.", kMonday, "every Monday", "SET", "XXXX-WXX-1"},
      // A weekday in the plural recurs.
      {"The shop closes on Mondays in winter.", kMonday, "Mondays", "SET", "XXXX-WXX-1"},
      {"The market is shut on weekends.", kMonday, "weekends", "SET", "XXXX-WXX-WE"},
      {"Guards patrol every weekend.", kMonday, "every weekend", "SET", "XXXX-WXX-WE"},
      {"The show airs on Tuesday nights.", kMonday, "Tuesday nights", "SET", "XXXX-WXX-2TNI"},
      {"The festival is held annually in the town.", kMonday, "annually", "SET", "P1Y"},
      {"The board meets each year in spring.", kMonday, "each year", "SET", "P1Y"},
      {"The paper appears weekly for readers.", kMonday, "weekly", "SET", "P1W"},
      {"Sirens sound every day in the city.", kMonday, "every day", "SET", "P1D"},
      {"The board meets every other week.", kMonday, "every other week", "SET", "P2W"},
      {"The market opens every Saturday morning.", kMonday, "every Saturday morning", "SET",
       "XXXX-WXX-6TMO"},
      {"The biweekly paper folded.", kMonday, "biweekly", "SET", "P2W"},
      {"The firm filed its semiannual report.", kMonday, "semiannual", "SET", "P6M"},
      {"The festival has been held every summer since 1967.", kMonday, "every summer", "SET",
       "XXXX-SU"},
      // An amount per period is a SET too.
      {"Migrants send home $1 billion a year.", kMonday, "a year", "SET", "P1Y"},
  });
}

TEST_CASE("vague references to the present, past and future", "[timex][refs]") {
  check_cases({
      {"The alliance is now larger than before.", kMonday, "now", "DATE", "PRESENT_REF"},
      {"The firm recently cut jobs in the north.", kMonday, "recently", "DATE", "PAST_REF"},
      {"More recently, the firm cut jobs.", kMonday, "More recently", "DATE", "PAST_REF"},
      // Scraped text that lost the space after a full stop still starts a sentence.
      {"The plant closed.Recently it reopened.", kMonday, "Recently", "DATE", "PAST_REF"},
      {"Sales fell .Last month they rose.", kMonday, "Last month", "DATE", "2025-03"},
      {"Such talks failed in the past, he said.", kMonday, "the past", "DATE", "PAST_REF"},
      {"Nobody knows what the future holds.", kMonday, "the future", "DATE", "FUTURE_REF"},
      // "one day" as "some day": a vague future; after a preposition, a length.
      {"Islam will one day be the second faith there.", kMonday, "one day", "DATE", "FUTURE_REF"},
      {"He had been in the job for one day only.", kMonday, "one day", "DURATION", "P1D"},
      {"The envoy is currently in Beijing.", kMonday, "currently", "DATE", "PRESENT_REF"},
      {"Talks stalled. Now officials want a new round.", kMonday, "Now", "DATE", "PRESENT_REF"},
  });
  // Opening a sentence and set off by a comma, "now" is a discourse marker.
  check_untagged("Talks stalled. Now, he says, the plan looks dead.", "Now");
  check_untagged("Now, following the sale, the firm is smaller.", "Now");
  // Before a count "the past" is an adjective of something else.
  check_untagged("Shares rose in each of the past five sessions.", "the past");
  check_untagged("It happened some time ago in the north.", "some time");
  // The noun "daily", a newspaper, is no frequency.
  check_untagged("The Communist Party daily Granma printed it.", "daily");
  check_untagged("It ran in the weekly Der Spiegel.", "weekly");
  // A share of something, not three months.
  check_untagged("The firm will cut about a quarter of its dealers.", "quarter");
  check_cases({{"Japan posted two straight quarters of negative growth.", kMonday,
                "two straight quarters", "DURATION", "P6M"}});
}

TEST_CASE("modifiers the text states", "[timex][mods]") {
  check_cases({
      {"The deal should close early next year, it said.", kMonday, "early next year", "DATE",
       "2026", "START"},
      {"The boat sank in late November off the coast.", kMonday, "late November", "DATE", "2024-11",
       "END"},
      {"Cuts are planned by the end of the year at the firm.", kMonday, "the end of the year",
       "DATE", "2025", "END"},
      {"The talks stalled nearly two years ago in Doha.", kMonday, "nearly two years ago", "DATE",
       "2023", "APPROX"},
      {"Life in post-1959 Cuba changed.", kMonday, "post-1959", "DATE", "1959", "AFTER"},
      {"Pre-1990 records were lost in the fire.", kMonday, "Pre-1990", "DATE", "1990", "BEFORE"},
      // "earlier"/"later" belong to a day or a period of the story, not to a weekday.
      {"Earlier yesterday, the envoy left.", kMonday, "Earlier yesterday", "DATE", "2025-04-27",
       "START"},
      {"The minister will speak later this afternoon.", kMonday, "later this afternoon", "TIME",
       "2025-04-28TAF", "END"},
      {"Prices rose earlier in the year, it said.", kMonday, "earlier in the year", "DATE", "2025",
       "START"},
      {"Earlier Friday, the envoy left.", kMonday, "Friday", "DATE", "2025-04-25"},
      // Only a count takes the word in: "almost daily" keeps its own extent.
      {"The guards were checked almost daily.", kMonday, "daily", "SET", "P1D", "LESS_THAN"},
  });
}

TEST_CASE("durations with a qualifier, adjectives and reporting periods",
          "[timex][durations][more]") {
  annals::timex_test::check_cases({
      {"Shares fell for eight trading days in a row.", "1989-10-30", "eight trading days",
       "DURATION", "P8D"},
      {"Refunds arrive within five business days.", "1989-10-30", "five business days", "DURATION",
       "P5D"},
      {"A day-long strike shut the port.", "1989-10-30", "day-long", "DURATION", "P1D"},
      {"Sales for the full year rose 5%.", "1989-10-30", "the full year", "DATE", "1989"},
      {"Profit for the fiscal year was flat.", "1989-10-30", "the fiscal year", "DATE", "1989"},
      {"Rates may fall in the near term.", "1989-10-30", "the near term", "DATE", "FUTURE_REF"},
      {"The hearing was moved to a later date.", "1989-10-30", "a later date", "DATE",
       "FUTURE_REF"},
      {"The board meets once a week.", "1989-10-30", "once a week", "SET", "P1W"},
      {"The talks last a fortnight.", "1989-10-30", "a fortnight", "DURATION", "P2W"},
      {"Rescuers arrived within hours.", "1989-10-30", "hours", "DURATION", "PTXH"},
      {"The ban stays for at least another year.", "1989-10-30", "at least another year",
       "DURATION", "P1Y", "EQUAL_OR_MORE"},
      {"Output grew for six consecutive months.", "1989-10-30", "six consecutive months",
       "DURATION", "P6M"},
      {"Audits happen three times a year.", "1989-10-30", "three times a year", "SET", "P1Y"},
      // "last" after "to" or a modal is the verb: the duration alone is tagged.
      {"The strike is expected to last two weeks.", "1989-10-30", "two weeks", "DURATION", "P2W"},
      {"The drills, which last two months, began.", "1989-10-30", "two months", "DURATION", "P2M"},
      // "a second" before a noun is the ordinal.
      {"Flights were cancelled for a second straight day on Monday.", kMonday, "Monday", "DATE",
       "2025-04-28"},
      // "over" a count is "during" after most words, "more than" after a measuring one.
      {"The plan cuts $1 trillion over ten years.", kMonday, "ten years", "DURATION", "P10Y"},
      {"The tour is likely to last over a week.", kMonday, "over a week", "DURATION", "P1W",
       "MORE_THAN"},
      // Closing its clause, "the year before" is the year before the one under discussion.
      {"Last year 1,500 died, against 2,000 the year before.", kMonday, "the year before", "DATE",
       "2023"},
  });
  annals::timex_test::check_cases({
      // A stretch of unstated length, as "the past few weeks".
      {"Shares fell in recent weeks on the news.", "1989-10-30", "recent weeks", "DURATION", "PXW"},
  });
  // A spelled "two thousand" is a count, never the year 2000.
  annals::timex_test::check_cases({{"They kept the secret for two thousand years.", kMonday,
                                    "two thousand years", "DURATION", "P2000Y"}});
  annals::timex_test::check_untagged("It sent two thousand troops.", "two thousand");
}
