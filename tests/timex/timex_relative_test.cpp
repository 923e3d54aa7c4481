// Relative expressions: weekdays by tense, this/last/next units, offsets,
// anaphors against the running reference time, seasons and quarters.
#include "timex_cases.h"

using annals::timex_test::Case;
using annals::timex_test::check_cases;

namespace {
constexpr std::string_view kMonday = "2025-04-28";
}

TEST_CASE("weekdays resolve by the tense of their clause", "[timex][relative][weekdays]") {
  check_cases({
      {"North Korea confirmed the deployment on Monday.", kMonday, "Monday", "DATE", "2025-04-28"},
      {"Russia acknowledged the fighting on Saturday.", kMonday, "Saturday", "DATE", "2025-04-26"},
      {"Kim will travel to Moscow on Friday, aides say.", kMonday, "Friday", "DATE", "2025-05-02"},
      {"The unit attacked on Thursday last week near Kursk.", kMonday, "Thursday last week", "DATE",
       "2025-04-24"},
      {"Officials met Saturday last week in the capital.", kMonday, "Saturday last week", "DATE",
       "2025-04-26"},
      {"They talked last Friday about the border.", kMonday, "last Friday", "DATE", "2025-04-25"},
      {"The summit opens next Tuesday in Seoul.", kMonday, "next Tuesday", "DATE", "2025-04-29"},
      {"Protesters gathered Friday night outside.", kMonday, "Friday night", "DATE",
       "2025-04-25TNI"},
      // A capitalised "-ed" word is a name, not a past verb.
      {"The envoy would be flying to the United States Thursday with aides.", kMonday, "Thursday",
       "DATE", "2025-05-01"},
      // "plan" as a noun carries no tense; the past verb before it decides.
      {"The two leaders signed a trade plan Monday in Kyiv.", kMonday, "Monday", "DATE",
       "2025-04-28"},
      {"Officials did not plan to act on Wednesday.", kMonday, "Wednesday", "DATE", "2025-04-30"},
      // Deadlines point ahead; "not until" looks back.
      {"The court gave the family until Friday to answer.", kMonday, "Friday", "DATE",
       "2025-05-02"},
      {"The ministry extended the deadline until 10 a.m. Thursday.", kMonday, "10 a.m. Thursday",
       "TIME", "2025-05-01T10:00"},
      {"It was not until Saturday that the mayor spoke.", kMonday, "Saturday", "DATE",
       "2025-04-26"},
      // How long something went on is no deadline.
      {"The count lasted until late Saturday night.", kMonday, "late Saturday night", "DATE",
       "2025-04-26TNI", "END"},
      {"The father could arrive as early as Wednesday, lawyers said.", kMonday, "Wednesday", "DATE",
       "2025-04-30"},
      // A possessive names something already done.
      {"Lawyers will appeal Friday's decision by the board.", kMonday, "Friday", "DATE",
       "2025-04-25"},
      // Opening its sentence, the possessive's noun is the subject: its verb decides.
      {"Friday's game will be played behind closed doors.", kMonday, "Friday", "DATE",
       "2025-05-02"},
      {"Thursday's meeting was cancelled.", kMonday, "Thursday", "DATE", "2025-04-24"},
      // The story's own weekday, in a future clause, is today; "next Monday" says a week on.
      {"The envoys will meet Monday in Geneva.", kMonday, "Monday", "DATE", "2025-04-28"},
      // A clause after "and"/"when" has its own verb: the planning is past, the rally ahead.
      {"Students planned a rally on Saturday and were planning a march.", kMonday, "Saturday",
       "DATE", "2025-05-03"},
      {"On Friday, when the minister cancelled her trip, aides were silent.", kMonday, "Friday",
       "DATE", "2025-04-25"},
      // "set for" looks ahead, across the dots of "p.m."; "next to" is a place.
      {"The vote is set for 8 p.m. on Tuesday.", kMonday, "Tuesday", "DATE", "2025-04-29"},
      {"Blasts hit next to the embassy on Friday.", kMonday, "Friday", "DATE", "2025-04-25"},
      // "and" between capitals joins a name, not clauses.
      {"On Tuesday, the Fish and Wildlife Service will hold a hearing.", kMonday, "Tuesday", "DATE",
       "2025-04-29"},
      // A present-tense verb of a scheduled happening looks ahead; after
      // "to" or an article the word is no such verb.
      {"Kim travels to Moscow on Wednesday for talks.", kMonday, "Wednesday", "DATE", "2025-04-30"},
      {"The senate passed the bill; the house votes Thursday.", kMonday, "Thursday", "DATE",
       "2025-05-01"},
      {"The two leaders meet separately Friday with the envoy.", kMonday, "Friday", "DATE",
       "2025-05-02"},
      {"The firm struggled to meet demand on Friday.", kMonday, "Friday", "DATE", "2025-04-25"},
      {"His visits on Friday drew crowds.", kMonday, "Friday", "DATE", "2025-04-25"},
      // A relative clause ends at its comma: the main verb beyond is not its own.
      {"The talks, which began on Thursday, will go on.", kMonday, "Thursday", "DATE",
       "2025-04-24"},
      {"The law, passed on Thursday, takes effect in July.", kMonday, "Thursday", "DATE",
       "2025-04-24"},
      // "after the vote" is a preposition's phrase: the clause's verb lies beyond it.
      {"On Friday, a week after the vote, the council will meet.", kMonday, "Friday", "DATE",
       "2025-05-02"},
      // A fronted adverbial belongs to the clause after its comma: the
      // reporting verb there is its own verb, not an attribution.
      {"On Saturday, the ministry said the talks would resume.", kMonday, "Saturday", "DATE",
       "2025-04-26"},
      {"In a statement Friday, the army said it would withdraw.", kMonday, "Friday", "DATE",
       "2025-04-25"},
      {"The talks will resume on Friday, officials said.", kMonday, "Friday", "DATE", "2025-05-02"},
      {"Speaking to reporters on Friday, the president said he would veto it.", kMonday, "Friday",
       "DATE", "2025-04-25"},
      // "may", "might", "should" before a verb look ahead; with "have", back.
      // "could" is left alone: news uses it of the past as often.
      {"Talks may resume Friday in Geneva.", kMonday, "Friday", "DATE", "2025-05-02"},
      {"The court should rule on Thursday.", kMonday, "Thursday", "DATE", "2025-05-01"},
      {"The hostage may have died on Friday.", kMonday, "Friday", "DATE", "2025-04-25"},
      {"Neither man could be located on Thursday.", kMonday, "Thursday", "DATE", "2025-04-24"},
      // An adverb between the auxiliary and its participle keeps the auxiliary's tense.
      {"The pope will be formally installed on Tuesday, the Vatican said.", kMonday, "Tuesday",
       "DATE", "2025-04-29"},
      // A time zone after "a.m." goes on with the clock, not a new sentence.
      {"The result is expected at 10 a.m. ET on Thursday. Crowds gathered.", kMonday, "Thursday",
       "DATE", "2025-05-01"},
  });
}

TEST_CASE("days around the document date", "[timex][relative][deictic]") {
  check_cases({
      {"The agency reported today that troops left.", kMonday, "today", "DATE", "2025-04-28"},
      {"The ministry said yesterday it had no comment.", kMonday, "yesterday", "DATE",
       "2025-04-27"},
      {"Talks resume tomorrow in Geneva.", kMonday, "tomorrow", "DATE", "2025-04-29"},
      {"The president speaks tonight on television.", kMonday, "tonight", "TIME", "2025-04-28TNI"},
      {"Markets fell this morning in Tokyo.", kMonday, "this morning", "TIME", "2025-04-28TMO"},
  });
}

TEST_CASE("this, last and next periods", "[timex][relative][units]") {
  check_cases({
      {"Ukraine said last week that soldiers died.", kMonday, "last week", "DATE", "2025-W17"},
      {"The envoy arrives this week for talks.", kMonday, "this week", "DATE", "2025-W18"},
      {"Exports will recover next month, it said.", kMonday, "next month", "DATE", "2025-05"},
      {"The treaty was signed last year by both.", kMonday, "last year", "DATE", "2024"},
      {"Profit will rise in the current fiscal year, it said.", kMonday, "the current fiscal year",
       "DATE", "2025"},
      {"Sales fell in the latest fiscal year, it said.", kMonday, "the latest fiscal year", "DATE",
       "2024"},
      {"Profit rose in the current financial year.", kMonday, "the current financial year", "DATE",
       "2025"},
      {"Elections are due next year across the region.", kMonday, "next year", "DATE", "2026"},
      {"Growth slowed last quarter in the region.", kMonday, "last quarter", "DATE", "2025-Q1"},
      {"Fighting flared over the weekend near the border.", kMonday, "the weekend", "DATE",
       "2025-W17-WE"},
      {"The troops went to Russia last fall, officials said.", kMonday, "last fall", "DATE",
       "2024-FA"},
      {"The lake froze in the winter of 1998 completely.", kMonday, "the winter of 1998", "DATE",
       "1998-WI"},
  });
}

TEST_CASE("months with and without a year", "[timex][relative][months]") {
  check_cases({
      {"Kim met the envoy in March in Pyongyang.", kMonday, "March", "DATE", "2025-03"},
      {"He is likely set to visit Moscow in May, it said.", kMonday, "May", "DATE", "2025-05"},
      {"An assessment came in October of last year.", kMonday, "October of last year", "DATE",
       "2024-10"},
      {"The rule took effect in June last year.", kMonday, "June last year", "DATE", "2024-06"},
      {"Prices fell in November across the country.", kMonday, "November", "DATE", "2024-11"},
      // SPEC: past clause, this year's month unless still ahead, else last year's.
      {"The chief executive stepped down in August for family reasons.", kMonday, "August", "DATE",
       "2024-08"},
      {"The board approved the merger in February after long talks.", kMonday, "February", "DATE",
       "2025-02"},
      // Future clause: the next such month, even when it is far ahead.
      {"The probe will be launched in January, officials say.", kMonday, "January", "DATE",
       "2026-01"},
      // A passive participle takes the tense of its auxiliary.
      {"The shares would be paid on an unset date in March.", kMonday, "March", "DATE", "2026-03"},
      // No tense cue: the nearest such month.
      {"In December, a new season of talks.", kMonday, "December", "DATE", "2024-12"},
      {"Rain fell earlier this year than usual.", kMonday, "earlier this year", "DATE", "2025",
       "START"},
  });
}

TEST_CASE("dates that close a period or set a deadline", "[timex][relative][deadlines]") {
  constexpr std::string_view kNov1989 = "1989-11-01";
  check_cases({
      // "the year ended March 31": a reported period is over, so not after the document date.
      {"The unit had revenue of $76 million for the year ended March 31.", kNov1989, "March 31",
       "DATE", "1989-03-31"},
      {"Sales fell in the fiscal year ended Jan. 31, the company said.", kNov1989, "Jan. 31",
       "DATE", "1989-01-31"},
      {"Net rose 5% in the quarter ended Sept. 30 on strong demand.", kNov1989, "Sept. 30", "DATE",
       "1989-09-30"},
      // "by August": a month named as a deadline is ahead, whatever verb is nearest.
      {"Flights will double by August in the hunt for markets untouched by the slump.",
       "1998-02-13", "August", "DATE", "1998-08"},
      {"The talks, which were supposed to conclude by May, stalled.", "1998-03-22", "May", "DATE",
       "1998-05"},
      // Weekdays keep their tense: "by Monday" in a past clause looks back.
      {"But by Monday, officials had hardened their stance.", "2000-04-03", "Monday", "DATE",
       "2000-04-03"},
      // "the week of March 6" is that date's ISO week.
      {"A hearing is set for the week of March 6 in Miami.", "2000-02-24", "the week of March 6",
       "DATE", "2000-W10"},
  });
}

TEST_CASE("offsets from the document date and the reference time", "[timex][relative][offsets]") {
  check_cases({
      {"The factory opened a year ago in the north.", kMonday, "a year ago", "DATE", "2024"},
      {"The war began 50 years ago this week.", kMonday, "50 years ago", "DATE", "1975"},
      {"Talks began on April 20, 2025, and collapsed two days later.", kMonday, "two days later",
       "DATE", "2025-04-22"},
      {"The vote was held on March 3, 2025. The previous day, crowds marched.", kMonday,
       "The previous day", "DATE", "2025-03-02"},
      {"The fair opened on June 4, 2025. The next day it rained.", kMonday, "The next day", "DATE",
       "2025-06-05"},
      {"He moved there in June 1998 and left later that year.", kMonday, "later that year", "DATE",
       "1998", "END"},
      // A weekday with "the previous"/"the following" counts from the story's day.
      {"The strike began on March 4, 2025, called the previous Friday.", kMonday,
       "the previous Friday", "DATE", "2025-02-28"},
      {"The pact was signed on March 4, 2025. Talks resumed the following Monday.", kMonday,
       "the following Monday", "DATE", "2025-03-10"},
      // British "ten years on": from the date named before; with none, the story's present.
      {"The invasion began in 2003. Ten years on, the country is divided.", kMonday, "Ten years on",
       "DATE", "2013"},
      {"A year on, the town is still rebuilding.", kMonday, "A year on", "DATE", "2025"},
      {"That same year, she married in Rome.", "2025-04-28", "That same year", "DATE", "2025"},
      {"He left on March 3, 2025. Police came that same night.", kMonday, "that same night", "TIME",
       "2025-03-03TNI"},
      // Years and centuries later count from the last date of any granularity.
      {"The wall fell in 1989. Two years later, the country reunited.", kMonday, "Two years later",
       "DATE", "1991"},
      {"The ship sank in 1912. A century later, divers found it.", kMonday, "A century later",
       "DATE", "20"},
      {"He was freed on March 3, 2025. In 2005 he had moved. A year later he returned.", kMonday,
       "A year later", "DATE", "2006"},
      // Days need a day: "in 1989" gives "two days later" nothing finer to count from.
      {"Talks began on April 20, 2025, in 1989's hall. Two days later they ended.", kMonday,
       "Two days later", "DATE", "2025-04-22"},
      {"Three weeks ago the port was closed.", kMonday, "Three weeks ago", "DATE", "2025-W15"},
      {"He fled a year and a half ago to Seoul.", kMonday, "a year and a half ago", "DATE",
       "2023-10"},
      {"The hearing is a week from today, it said.", kMonday, "a week from today", "DATE",
       "2025-W19"},
      // No count: a vague past or future.
      {"Years ago the mill was the town's largest employer.", kMonday, "Years ago", "DATE",
       "PAST_REF"},
      {"The bank failed, and weeks later its rival followed.", kMonday, "weeks later", "DATE",
       "FUTURE_REF"},
  });
}

TEST_CASE("quarters and halves", "[timex][relative][quarters]") {
  check_cases({
      {"Output rose in the first quarter of 2009 at mills.", kMonday, "the first quarter of 2009",
       "DATE", "2009-Q1"},
      {"The company reported third-quarter profit of $5 million.", kMonday, "third-quarter", "DATE",
       "2024-Q3"},
      {"Costs rose in the first half of 2009 for airlines.", kMonday, "the first half of 2009",
       "DATE", "2009-H1"},
      {"Sales fell in the fourth quarter of last year.", kMonday, "the fourth quarter of last year",
       "DATE", "2024-Q4"},
      // A possessive and the article of an adjective's noun stay outside.
      {"The bank said its fourth quarter was weak.", kMonday, "fourth quarter", "DATE", "2024-Q4"},
      {"Analysts criticised the third-quarter loss.", kMonday, "third-quarter", "DATE", "2024-Q3"},
      {"Revenue rose in the fiscal first quarter of 2024.", kMonday,
       "the fiscal first quarter of 2024", "DATE", "2024-Q1"},
      // The quarter under discussion, in another year; it does not replace that quarter.
      {"Profit in the third quarter of 2024 beat the 2023 quarter, and rose from a year ago.",
       kMonday, "the 2023 quarter", "DATE", "2023-Q3"},
      {"Profit in the third quarter of 2024 beat the 2023 quarter, and rose from a year ago.",
       kMonday, "a year ago", "DATE", "2023-Q3"},
      {"The year-ago results were restated.", kMonday, "year-ago", "DATE", "2024"},
      // An earlier quarter named in passing does not replace the one reported.
      {"Third-quarter net rose. After a flat second quarter, sales grew from a year ago.",
       "1989-11-01", "a year ago", "DATE", "1988-Q3"},
      // Nor does the running quarter, forecast.
      {"Third-quarter net rose. The fourth quarter will be weak, down from a year ago.",
       "1989-11-01", "a year ago", "DATE", "1988-Q3"},
      // The reporting period a year before, however it is worded.
      {"Third-quarter net rose from $3 million in the corresponding period last year.",
       "1989-10-30", "the corresponding period last year", "DATE", "1988-Q3"},
      {"Sales rose 43% in February from the same period last year.", "2010-03-03",
       "the same period last year", "DATE", "2009"},
      {"Profit beat the comparable year-ago quarter, it said.", "1989-10-30",
       "the comparable year-ago quarter", "DATE", "1988-Q3"},
      // "the last half", "the first two quarters" of a named year.
      {"Sales slowed in the last half of 2009 at mills.", kMonday, "the last half of 2009", "DATE",
       "2009-H2"},
      {"Output fell in the first two quarters of 2010.", kMonday, "the first two quarters of 2010",
       "DATE", "2010-H1"},
      // The analysts' short forms; "H1" only with a year.
      {"Sales rose 4% in Q1 2013, it said.", kMonday, "Q1 2013", "DATE", "2013-Q1"},
      {"Margins narrowed in Q3 at the mill.", kMonday, "Q3", "DATE", "2024-Q3"},
      {"Output rose in H1 2013 at the mill.", kMonday, "H1 2013", "DATE", "2013-H1"},
      // "of the year": the part as if bare, the latest such by the tense.
      {"Hiring slowed in the first half of the year, it said.", kMonday,
       "the first half of the year", "DATE", "2025-H1"},
      {"The third quarter of the year was weak for farms.", kMonday,
       "The third quarter of the year", "DATE", "2024-Q3"},
  });
}

TEST_CASE("a direction word before a full date stays outside it", "[timex][relative][months]") {
  check_cases({
      {"The clinic's doctor was shot last Oct. 23 at his home.", "1999-04-19", "Oct. 23", "DATE",
       "1998-10-23"},
      {"The clinic closed last October after the attack.", "1999-04-19", "last October", "DATE",
       "1998-10"},
  });
}

TEST_CASE("a prospective verb's complement looks ahead", "[timex][relative][complements]") {
  check_cases({
      // "agreed to buy ... in February": the buying is ahead of the agreeing.
      {"The firm agreed to buy the unit for $5 million in February.", kMonday, "February", "DATE",
       "2026-02"},
      {"The alliance decided to admit the three states in early June, an aide said.", kMonday,
       "early June", "DATE", "2025-06", "START"},
      // Another verb form between: the date is that verb's ("saying on Friday").
      {"The minister sought to calm the allies, saying on Friday that talks go on.", kMonday,
       "Friday", "DATE", "2025-04-25"},
      // No preposition: a bare weekday is the news verb's own ("voted ... Friday").
      {"The council voted to support the plan Friday.", kMonday, "Friday", "DATE", "2025-04-25"},
  });
}

TEST_CASE("seasons, the week and the month without a direction word", "[timex][relative][bare]") {
  check_cases({
      {"Exports slowed over the summer as demand fell.", "1998-10-26", "the summer", "DATE",
       "1998-SU"},
      // Past tense: the latest winter begun by the document date.
      {"The pipeline cracked in winter under the ice.", kMonday, "winter", "DATE", "2024-WI"},
      // No article and no tense: any year's winter.
      {"Mountain roads close in winter.", kMonday, "winter", "DATE", "XXXX-WI"},
      {"The plant will reopen in the fall, the owner says.", kMonday, "the fall", "DATE",
       "2025-FA"},
      {"Prices rose during the week on strong demand.", kMonday, "the week", "DATE", "2025-W18"},
      {"The deal should close at the end of the month.", kMonday, "the end of the month", "DATE",
       "2025-04", "END"},
      {"Rents rose this past spring in the capital.", "1998-10-26", "this past spring", "DATE",
       "1998-SP"},
  });
  // "the fall of" is an event, and "spring" alone a noun or verb.
  annals::timex_test::check_untagged("After the fall of the city, aid arrived.", "fall");
  annals::timex_test::check_untagged("The hot spring drew visitors.", "spring");
}

TEST_CASE("parts of days told relative to the story", "[timex][relative][parts]") {
  check_cases({
      // The closed "mid" compounds: the middle of the period under discussion.
      {"Trading slowed by midmorning in Tokyo.", kMonday, "midmorning", "TIME", "2025-04-28TMO",
       "MID"},
      {"Shares slid at midweek on rate fears.", kMonday, "midweek", "DATE", "2025-W18", "MID"},
      {"A midyear review is due, it said.", kMonday, "midyear", "DATE", "2025", "MID"},
      {"Output should double by mid-decade, it said.", kMonday, "mid-decade", "DATE", "202", "MID"},
      {"The envoy left the next morning for Seoul.", kMonday, "the next morning", "TIME",
       "2025-04-29TMO"},
      {"Shares in Tokyo fell overnight.", kMonday, "overnight", "TIME", "2025-04-27TNI"},
      {"The vote was held on April 2, 2025. That night, crowds gathered.", kMonday, "That night",
       "TIME", "2025-04-02TNI"},
      {"By mid-afternoon yesterday the roads were shut.", kMonday, "mid-afternoon yesterday",
       "TIME", "2025-04-27TAF", "MID"},
  });
  annals::timex_test::check_untagged("Banks raised overnight rates again.", "overnight");
}

TEST_CASE("a story's month without a tense cue", "[timex][relative][months]") {
  check_cases({
      // "since" starts a stretch reaching the present, whatever verb comes later.
      {"The ship has been at sea since June, and it will return in May.", kMonday, "June", "DATE",
       "2024-06"},
      // Seven months back is still nearer in news than five ahead.
      {"Shares climbing to a peak in June from a low in March.", "1989-10-30", "March", "DATE",
       "1989-03"},
      {"Shares climbing to a peak in June from a low in February.", "1989-10-30", "February",
       "DATE", "1990-02"},
  });
}
