// Absolute dates and times, decades, centuries, holidays, fiscal years.
#include "timex_cases.h"

using annals::timex_test::Case;
using annals::timex_test::check_cases;

namespace {
constexpr std::string_view kMonday = "2025-04-28";  // a Monday
}

TEST_CASE("absolute dates are read in every common written form", "[timex][absolute]") {
  check_cases({
      {"The treaty was signed on 2025-04-28 in Pyongyang.", kMonday, "2025-04-28", "DATE",
       "2025-04-28"},
      {"It opened April 28, 2025, in Seoul.", kMonday, "April 28, 2025", "DATE", "2025-04-28"},
      {"It opened on 28 April 2025 in Seoul.", kMonday, "28 April 2025", "DATE", "2025-04-28"},
      // Tokenised text sets the comma apart.
      {"It opened on April 28 , 2003 in Seoul .", kMonday, "April 28 , 2003", "DATE", "2003-04-28"},
      {"Shares rose on Apr. 28 after the report.", kMonday, "Apr. 28", "DATE", "2025-04-28"},
      {"Payment is due Dec. 15, the company said.", kMonday, "Dec. 15", "DATE", "2025-12-15"},
      {"The photo dates from Feb. 29, 2024.", kMonday, "Feb. 29, 2024", "DATE", "2024-02-29"},
      {"Sales peaked in April 2025 before falling.", kMonday, "April 2025", "DATE", "2025-04"},
      {"The plant closed in 1998 for good.", kMonday, "1998", "DATE", "1998"},
      {"A caption read Saturday, April 26, 2025 under it.", kMonday, "Saturday, April 26, 2025",
       "DATE", "2025-04-26"},
      {"The broadcast said January nineteen ninety-seven.", kMonday,
       "January nineteen ninety-seven", "DATE", "1997-01"},
      // British order, with its weekday; "the 1st of April".
      {"Voting ended on Thursday 24 April in the north.", kMonday, "Thursday 24 April", "DATE",
       "2025-04-24"},
      {"The rule applies from the 1st of April onward.", kMonday, "the 1st of April", "DATE",
       "2025-04-01"},
      // A day said as an ordinal word, as broadcasts do.
      {"He will play on Sunday, March eighth, in Rome.", kMonday, "Sunday, March eighth", "DATE",
       "2026-03-08"},
      {"The rally is set for the twenty-first of May.", kMonday, "the twenty-first of May", "DATE",
       "2025-05-21"},
      // Numeric: month first, unless the first part cannot be a month.
      {"The form was dated 3/21/2013 by the clerk.", kMonday, "3/21/2013", "DATE", "2013-03-21"},
      {"The form was dated 21/03/2013 by the clerk.", kMonday, "21/03/2013", "DATE", "2013-03-21"},
      // Dotted: the European order, day first.
      {"The decree is dated 12.03.2013 in Rome.", kMonday, "12.03.2013", "DATE", "2013-03-12"},
  });
  // "1530 GMT" is a clock time, never the year 1530.
  check_cases({
      {"The plane landed at 0700 GMT on the coast.", kMonday, "0700 GMT", "TIME",
       "2025-04-28T07:00"},
      {"Troops withdrew at 1530 hours, it said.", kMonday, "1530 hours", "TIME",
       "2025-04-28T15:30"},
  });
  // The second day of a pair or range is a date of its own, in the same month.
  check_cases({
      {"The talks are set for May 14 and 16 in Geneva.", kMonday, "16", "DATE", "2025-05-16"},
      {"The fair runs June 3-5 at the port.", kMonday, "5", "DATE", "2025-06-05"},
      {"The 2003-2011 war killed thousands.", kMonday, "2011", "DATE", "2011"},
      // British order: the opening day takes the month of the closing one.
      {"Leaders meet on 14-15 May in Brussels.", kMonday, "14", "DATE", "2025-05-14"},
      {"Talks were held on 12 and 13 March.", kMonday, "12", "DATE", "2025-03-12"},
  });
  annals::timex_test::check_untagged("Rains hit on May 14 and 16 villages flooded.", "16");
  annals::timex_test::check_untagged("The 1998-99 season was poor.", "1998-99");
  annals::timex_test::check_untagged("By a 6-3 vote on April 7, the court ruled.", "6-3");
  // "March second-quarter": the ordinal belongs to the quarter.
  check_cases({{"In March second-quarter sales rose.", kMonday, "March", "DATE", "2025-03"}});
  annals::timex_test::check_untagged("Numbers like 1/2/3 are not dates.", "1/2/3");
}

TEST_CASE("wire-style month abbreviations without a period", "[timex][absolute][abbreviations]") {
  check_cases({
      {"The court hearing resumes Jan 6 in Miami.", "2000-01-03", "Jan 6", "DATE", "2000-01-06"},
      {"The accord was signed Sept 27, 1999 in Paris.", "2000-01-03", "Sept 27, 1999", "DATE",
       "1999-09-27"},
  });
  // Without a day number the bare abbreviation is a name.
  annals::timex_test::check_untagged("Jan said the talks went well.", "Jan");
}

TEST_CASE("decades, centuries and fiscal years", "[timex][absolute][decades]") {
  check_cases({
      {"Prices soared in the 1990s across Asia.", kMonday, "the 1990s", "DATE", "199"},
      {"It was a hit song from the '90s at parties.", kMonday, "the '90s", "DATE", "199"},
      // Spelled decades after an article, with no other time word nearby.
      {"Growth was strong throughout the nineties.", kMonday, "the nineties", "DATE", "199"},
      {"The treaty shaped the twenty-first century in Europe.", kMonday, "the twenty-first century",
       "DATE", "20"},
      {"Tension began to ease in the early 1980s there.", kMonday, "the early 1980s", "DATE", "198",
       "START"},
      {"The group began to splinter in mid-1998 after a split.", kMonday, "mid-1998", "DATE",
       "1998", "MID"},
      {"Wars shaped the 20th century in Europe.", kMonday, "the 20th century", "DATE", "19"},
      // A round hundred names the century; the 2000s are still the decade.
      {"The mill was built in the 1800s by settlers.", kMonday, "the 1800s", "DATE", "18"},
      {"The building dates to the mid-1800s, it said.", kMonday, "the mid-1800s", "DATE", "18",
       "MID"},
      {"Housing boomed in the 2000s in Spain.", kMonday, "the 2000s", "DATE", "200"},
      {"Profit fell in fiscal 1998 at the firm.", kMonday, "fiscal 1998", "DATE", "1998"},
      // Two-digit years after an apostrophe (the 2000s below '30).
      {"He was born in '76 in Ohio.", kMonday, "'76", "DATE", "1976"},
      {"They met in the summer of '09 in Rome.", kMonday, "the summer of '09", "DATE", "2009-SU"},
      {"The FY2013 target was missed.", kMonday, "FY2013", "DATE", "2013"},
      {"The FY13 budget was cut.", kMonday, "FY13", "DATE", "2013"},
      {"The plant should reopen by end-2026.", kMonday, "end-2026", "DATE", "2026", "END"},
      {"By the end of the decade, output should double.", kMonday, "the end of the decade", "DATE",
       "202", "END"},
  });
}

TEST_CASE("clock times take the day they are said of", "[timex][absolute][time]") {
  check_cases({
      {"The meeting starts at 10:00 a.m. sharp.", kMonday, "10:00 a.m.", "TIME",
       "2025-04-28T10:00"},
      {"Polls close at 3 p.m. EDT, officials said.", kMonday, "3 p.m. EDT", "TIME",
       "2025-04-28T15:00"},
      {"Polls close at 8 p.m. local time in the capital.", kMonday, "8 p.m. local time", "TIME",
       "2025-04-28T20:00"},
      {"The match kicks off at 7.30pm in Leeds.", kMonday, "7.30pm", "TIME", "2025-04-28T19:30"},
      // A past clock after talk of a coming day is on the document date.
      {"Voting will resume on Friday. The smoke rose at 7 p.m., officials said.", kMonday, "7 p.m.",
       "TIME", "2025-04-28T19:00"},
      {"Officials will decide by 9 a.m. Tuesday on the case.", kMonday, "9 a.m. Tuesday", "TIME",
       "2025-04-29T09:00"},
      {"Sirens have sounded since midnight in the capital.", kMonday, "midnight", "TIME",
       "2025-04-28T24:00"},
      {"Trading opens at 9:30 a.m. ET in New York.", kMonday, "9:30 a.m. ET", "TIME",
       "2025-04-28T09:30"},
      // "on Saturday" is its own expression and still dates the clock.
      {"Police arrived at 11 p.m. on Saturday, officials said.", kMonday, "11 p.m.", "TIME",
       "2025-04-26T23:00"},
      {"The meeting starts at 9 o'clock sharp.", kMonday, "9 o'clock", "TIME", "2025-04-28T09:00"},
      // After a comma only a full date joins the clock.
      {"Bids are due by 5 p.m. EST, Nov. 6, the firm said.", kMonday, "5 p.m. EST, Nov. 6", "TIME",
       "2025-11-06T17:00"},
      {"Doors open at six o'clock tonight.", kMonday, "six o'clock tonight", "TIME",
       "2025-04-28T18:00"},
      {"The convoy left at 4 in the morning on Saturday.", kMonday, "4 in the morning", "TIME",
       "2025-04-26T04:00"},
      // Clocks said in words; "a quarter to nine" is no quarter of a year.
      {"The blast came at half past ten in the morning.", kMonday, "half past ten in the morning",
       "TIME", "2025-04-28T10:30"},
      {"The train left at a quarter to nine, it said.", kMonday, "a quarter to nine", "TIME",
       "2025-04-28T08:45"},
      {"Guards changed at quarter past six.", kMonday, "quarter past six", "TIME",
       "2025-04-28T06:15"},
      {"The vote closes at ten in the evening today.", kMonday, "ten in the evening today", "TIME",
       "2025-04-28T22:00"},
  });
}

TEST_CASE("holidays resolve to their day in the right year", "[timex][absolute][holidays]") {
  check_cases({
      {"Fireworks will light the sky on Christmas Day.", kMonday, "Christmas Day", "DATE",
       "2025-12-25"},
      {"He came home on Thanksgiving 1999 with his family.", kMonday, "Thanksgiving 1999", "DATE",
       "1999-11-25"},
      {"Crowds filled the churches at Easter this spring.", kMonday, "Easter", "DATE",
       "2025-04-20"},
      // The moveable feasts count from Easter.
      {"Lent began on Ash Wednesday this year.", kMonday, "Ash Wednesday", "DATE", "2025-03-05"},
      {"Pilgrims marched on Palm Sunday in Rome.", kMonday, "Palm Sunday", "DATE", "2025-04-13"},
      {"The synod will close at Pentecost.", kMonday, "Pentecost", "DATE", "2025-06-08"},
      {"Kim will attend the Victory Day parade in Moscow.", kMonday, "Victory Day", "DATE",
       "2025-05-09"},
      {"The ban started on New Year's Day in the city.", kMonday, "New Year's Day", "DATE",
       "2025-01-01"},
      // US: the Tuesday after the first Monday of November; no tense cue: the nearest.
      {"Voters go to the polls on Election Day.", "1998-10-26", "Election Day", "DATE",
       "1998-11-03"},
      {"Turnout on Election Day was low.", "2020-12-01", "Election Day", "DATE", "2020-11-03"},
      // Not "Friday": the day after Thanksgiving.
      {"Stores opened early on Black Friday.", "2013-12-02", "Black Friday", "DATE", "2013-11-29"},
      {"Americans celebrate the Fourth of July with fireworks.", kMonday, "Fourth of July", "DATE",
       "2025-07-04"},
      {"Fireworks were banned on July Fourth last year.", kMonday, "July Fourth", "DATE",
       "2024-07-04"},
      // Fixed days, nth weekdays and Easter's feasts added for news of every season.
      {"Parades will fill Dublin on St. Patrick's Day.", kMonday, "St. Patrick's Day", "DATE",
       "2026-03-17"},
      {"Sales of flowers peaked on Mother's Day, florists said.", kMonday, "Mother's Day", "DATE",
       "2024-05-12"},
      {"Revellers crowded New Orleans for Mardi Gras.", kMonday, "Mardi Gras", "DATE",
       "2025-03-04"},
      {"Families lit fires on Bonfire Night in Lewes.", kMonday, "Bonfire Night", "DATE",
       "2024-11-05"},
      {"The marathon is run every year on Patriots' Day.", "2013-04-16", "Patriots' Day", "DATE",
       "2013-04-15"},
      {"The oath will be taken on Inauguration Day at noon.", kMonday, "Inauguration Day", "DATE",
       "2026-01-20"},
  });
}
