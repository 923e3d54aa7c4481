// Things that are not dates, impossible dates, huge and hostile inputs, and
// texts without a document date.
#include <string>

#include "timex_cases.h"

using annals::timex_test::Case;
using annals::timex_test::check_cases;
using annals::timex_test::check_untagged;

TEST_CASE("numbers that are not dates stay untagged", "[timex][nondates]") {
  check_untagged("The army sent 2,000 troops to the front.", "2,000");
  check_untagged("The ticket cost $2025 at the door.", "2025");
  check_untagged("He was ranked No. 1 for a decade.", "1");
  check_untagged("Call 555-1234 for tickets.", "555-1234");
  check_untagged("They sealed a 4-3 win in overtime.", "4-3");
  check_untagged("Divers found a 5,000-year-old boat.", "5,000-year-old");
  check_untagged("The 6-year-old boy was returned home.", "6-year-old");
  check_untagged("The victim was 50 years old, police said.", "50 years old");
  check_untagged("Officials may announce a decision.", "may");
  check_untagged("The iPod is thin. This may be why it sells.", "This may");
  // A number after a word that numbers things is a name.
  check_untagged("The chair of Local 1520 spoke for the union.", "1520");
  check_untagged("The office still runs Windows 2000 on its desktops.", "2000");
  check_untagged("Apple released iLife '11 with new themes.", "'11");
  // A year after a capitalised word names something, unless it dates an event.
  check_untagged("He set up a venture called Orion 1980 in Budapest.", "1980");
  check_untagged("The Russell 2000 index of small companies fell.", "2000");
  check_cases({{"Jobs spoke at the Developers Conference 2010 in June.", "2025-04-28", "2010",
                "DATE", "2010"},
               {"Since 1985 the plant has grown.", "2025-04-28", "1985", "DATE", "1985"},
               {"She won gold at the London 2012 Olympics.", "2025-04-28", "2012", "DATE", "2012"},
               {"In 2008 Main Street suffered most.", "2025-04-28", "2008", "DATE", "2008"}});
  // "on" after a length starts an offset only when it closes the phrase.
  check_cases(
      {{"She spent a year on the board, aides said.", "2025-04-28", "a year", "DURATION", "P1Y"}});
  check_untagged("He holds an H1 visa from the state.", "H1");
  check_untagged("The H1N1 virus spread in the spring.", "H1N1");
  // A half of a match is no half of a year; a company's "second-half earnings" are.
  check_untagged("Rooney scored a second-half goal to win it.", "second-half");
  check_cases({{"The firm expects second-half earnings to rise.", "2025-04-28", "second-half",
                "DATE", "2025-H2"}});
  // A house number is no year.
  check_untagged("Protesters massed at 1600 Pennsylvania Avenue on Friday.", "1600");
  check_untagged("The shop moved to 2010 Grand Street last year.", "2010");
  check_untagged("Inflation hit 1998% in the crisis.", "1998%");
  // Decimal index levels and prices are not years.
  check_untagged("The index shed 47.3 points to close at 2082.1 on the day.", "2082.1");
  check_untagged("Transportation stocks ended at 1190.43, off 14.76.", "1190.43");
  // A number before a word that is no time word starts nothing.
  check_untagged("The bank now has 45 branches in the state.", "45 branches");
  check_untagged("It holds 1,384,119 shares of the firm.", "1,384,119");
  // Titles are not days.
  check_untagged("The poll was published by USA Today on its front page.", "Today");
  check_untagged("This is VOA Today.", "Today");
  check_untagged("He told BBC Radio 4's Today programme he would stay.", "Today");
  check_untagged("She appeared on NBC's Today show with the mayor.", "Today");
  check_untagged("The Sunday Times first reported the deal.", "Sunday");
  check_untagged("He told the Mail on Sunday that he would stay.", "Sunday");
  check_untagged("She spoke on Fox News Sunday about the bill.", "Sunday");
  check_untagged("Baker said on ABC's \"This Week\" that talks would go on.", "This Week");
  check_untagged("The poster showed Gary Cooper in High Noon.", "Noon");
  check_untagged("Protesters joined the annual March for Life downtown.", "March");
  check_untagged("He led the ``March of the Mothers'' through town.", "March");
  check_cases({{"Prices peaked in the March of 1990, it said.", "2025-04-28", "March of 1990",
                "DATE", "1990-03"}});
  // English writes seasons in lower case: a capital mid-sentence is a name.
  check_untagged("Athletes arrived for the Winter Olympics.", "Winter");
  check_untagged("The uprisings of the Arab Spring spread.", "Spring");
  // Bare "days" or "hours" are a span only after within/for/in.
  check_untagged("The days before the vote were calm.", "days");
  check_untagged("It fell in the early hours of Friday.", "hours");
  // A number of times is a count when no period follows.
  check_untagged("Prices rose three times more than wages.", "three times");
}

TEST_CASE("impossible dates are rejected, never normalised", "[timex][impossible]") {
  check_untagged("The letter was dated February 30, 2025 by mistake.", "February 30, 2025");
  check_untagged("A log entry read 2025-02-30 in the file.", "2025-02-30");
  check_untagged("A log entry read 0000-01-01 in the file.", "0000-01-01");
  check_untagged("The story is set in the year 99999 far away.", "99999");
  check_untagged("Pay day is April 31 this year.", "April 31");
  check_untagged("The form is dated 31.02.2013 in the file.", "31.02.2013");
  check_untagged("Sales in Q9 2013 were a typo.", "Q9 2013");
  check_untagged("The bell rang at half past 0 in the drill.", "half past 0");
}

namespace {

// Every DATE/TIME value that names a calendar period must parse as one.
void check_values_are_valid(const std::string& text) {
  for (const annals::Timex& t :
       annals::tag_timexes(text, annals::timex_test::options_for("2025-04-28"))) {
    INFO("value " << t.value);
    CHECK(t.end <= text.size());
    CHECK(t.begin < t.end);
    CHECK_FALSE(t.value.empty());
    const bool calendar =
        (t.type == annals::TimexType::kDate || t.type == annals::TimexType::kTime) &&
        !t.value.empty() && t.value[0] >= '0' && t.value[0] <= '9';
    if (calendar) CHECK(annals::interval_of_timex_value(t.value).has_value());
  }
}

}  // namespace

TEST_CASE("hostile inputs never crash nor yield invalid values", "[timex][robustness]") {
  check_values_are_valid("");
  check_values_are_valid("1");
  check_values_are_valid("May");
  check_values_are_valid("Feb. 29, 2023 and Feb. 29, 2024 and 9999-12-31 and 1000-01-01.");
  check_values_are_valid("the 0th century, the 99th century, 13 p.m., 25:61, 00:00 a.m.");
  std::string dense;
  for (int i = 0; i < 2000; ++i) dense += "1998 May 5, Monday last week, 12:00 the '90s ";
  check_values_are_valid(dense);
  // 50 MB without a single token boundary, then one with nothing but digits.
  std::string huge(50u << 20, 'a');
  CHECK(annals::tag_timexes(huge, {}).empty());
  std::fill(huge.begin(), huge.end(), '7');
  CHECK(annals::tag_timexes(huge, {}).empty());
}

TEST_CASE("without a document date relative values stay unresolved", "[timex][nodate]") {
  check_cases({
      {"The ministry said yesterday it had no comment.", "", "yesterday", "DATE", "XXXX-XX-XX"},
      {"The treaty was signed last year by both.", "", "last year", "DATE", "XXXX"},
      {"Russia acknowledged the fighting on Saturday.", "", "Saturday", "DATE", "XXXX-WXX-6"},
      {"Shares rose on April 28 after the report.", "", "April 28", "DATE", "XXXX-04-28"},
      {"Kim met the envoy in March in Pyongyang.", "", "March", "DATE", "XXXX-03"},
      {"It opened April 28, 2025, in Seoul.", "", "April 28, 2025", "DATE", "2025-04-28"},
      {"Ukraine said last week that soldiers died.", "", "last week", "DATE", "XXXX-WXX"},
  });
}
