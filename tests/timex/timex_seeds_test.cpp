// Every kind of time expression in the five seed pages (2025-04-28 stories),
// written as short phrases of our own.
#include "timex_cases.h"

using annals::timex_test::Case;
using annals::timex_test::check_cases;
using annals::timex_test::check_untagged;

namespace {
constexpr std::string_view kSeedDate = "2025-04-28";
}

TEST_CASE("seed pages: the dates of the running example", "[timex][seeds]") {
  check_cases({
      {"Pyongyang confirmed on Monday that it sent troops.", kSeedDate, "Monday", "DATE",
       "2025-04-28"},
      {"State media reported it today in a statement.", kSeedDate, "today", "DATE", "2025-04-28"},
      {"Moscow acknowledged on Saturday that they fought.", kSeedDate, "Saturday", "DATE",
       "2025-04-26"},
      {"Moscow spoke Saturday last week about Kursk.", kSeedDate, "Saturday last week", "DATE",
       "2025-04-26"},
      {"Kyiv's forces said Thursday last week they killed soldiers.", kSeedDate,
       "Thursday last week", "DATE", "2025-04-24"},
      {"Kyiv's forces reported on April 24 that soldiers died.", kSeedDate, "April 24", "DATE",
       "2025-04-24"},
      {"The claim surfaced last week in Kyiv.", kSeedDate, "last week", "DATE", "2025-W17"},
      {"Moscow made the claim over the weekend.", kSeedDate, "the weekend", "DATE", "2025-W17-WE"},
      {"The pact Kim signed with Putin last year took effect.", kSeedDate, "last year", "DATE",
       "2024"},
      {"Thousands of troops were sent last fall to Russia.", kSeedDate, "last fall", "DATE",
       "2024-FA"},
      {"Seoul's spies counted them in October of last year.", kSeedDate, "October of last year",
       "DATE", "2024-10"},
      {"In March, Kim hosted Shoigu in Pyongyang.", kSeedDate, "March", "DATE", "2025-03"},
      {"Kim said earlier this year that ties were strong.", kSeedDate, "earlier this year", "DATE",
       "2025", "START"},
      {"Kim is likely set to visit Moscow in May for talks.", kSeedDate, "May", "DATE", "2025-05"},
      {"A caption dated the signing June 19, 2024 in Pyongyang.", kSeedDate, "June 19, 2024",
       "DATE", "2024-06-19"},
      {"The photo was taken Saturday, April 26, 2025 in Kursk.", kSeedDate,
       "Saturday, April 26, 2025", "DATE", "2025-04-26"},
      {"The troops had fought for more than six months there.", kSeedDate, "more than six months",
       "DURATION", "P6M", "MORE_THAN"},
      {"Pyongyang spoke up two days after Moscow did.", kSeedDate, "two days", "DURATION", "P2D"},
      {"Output jumped in the first quarter of 2009 at the plant.", kSeedDate,
       "the first quarter of 2009", "DATE", "2009-Q1"},
      {"The fleet could be rebuilt in a decade, he said.", kSeedDate, "a decade", "DURATION",
       "P10Y"},
      {"The war ended 50 years ago this week.", kSeedDate, "50 years ago", "DATE", "1975"},
      {"Kim is expected at the Victory Day parade in Moscow.", kSeedDate, "Victory Day", "DATE",
       "2025-05-09"},
      {"The image has circulated since February 27, 2009 online.", kSeedDate, "February 27, 2009",
       "DATE", "2009-02-27"},
      {"Rallies started on June 4, 2025. The next day police came.", kSeedDate, "The next day",
       "DATE", "2025-06-05"},
      {"Drones have attacked every day this month.", kSeedDate, "every day", "SET", "P1D"},
      {"The league has run yearly since then.", kSeedDate, "yearly", "SET", "P1Y"},
      {"The two have been allies for more than 30 years now.", kSeedDate, "more than 30 years",
       "DURATION", "P30Y", "MORE_THAN"},
      {"The border was quiet in the 1990s for once.", kSeedDate, "the 1990s", "DATE", "199"},
      {"The border treaty dates from 1965 originally.", kSeedDate, "1965", "DATE", "1965"},
      {"Air raids hit the city yesterday again.", kSeedDate, "yesterday", "DATE", "2025-04-27"},
      {"Pilgrims gathered in Rome for Easter before the funeral.", kSeedDate, "Easter", "DATE",
       "2025-04-20"},
  });
}

TEST_CASE("seed pages: an ancient age is not a date", "[timex][seeds]") {
  check_untagged("Archaeologists studied a 5,000-year-old tomb.", "5,000-year-old");
}
