// A small hand-built timeline for the export tests: every granularity the
// exports must keep visible, an open-dated event, a stated relation,
// conflicting figures and a date reasoning line. Sentences are our own.
#pragma once

#include <vector>

#include "annals/date.h"
#include "annals/kb.h"

namespace annals::testing {

inline Day ymd(int y, int m, int d) {
  return to_day({y, m, d});
}

inline kb::MentionRecord mention(std::string doc, std::uint32_t index, std::string sentence,
                                 std::string time_text, std::string reason,
                                 std::optional<DateInterval> when) {
  kb::MentionRecord m;
  m.doc = std::move(doc);
  m.sentence_index = index;
  m.sentence = std::move(sentence);
  m.time_text = std::move(time_text);
  m.time_reason = std::move(reason);
  m.when = when;
  return m;
}

inline std::vector<kb::EventRecord> sample_events() {
  std::vector<kb::EventRecord> events(6);

  kb::EventRecord& sign = events[0];
  sign.id = "ev:000001";
  sign.type = "sign";
  sign.when = day_interval(ymd(2024, 6, 19));
  sign.agents = {"Kim Jong Un", "Vladimir Putin"};
  sign.patients = {"comprehensive strategic partnership treaty"};
  sign.place = "Pyongyang";
  sign.reported = ymd(2025, 4, 28);
  sign.summary = "Kim and Putin sign a partnership treaty";
  sign.mentions = {
      mention("alpha.txt", 3, "The two leaders put their names to the pact on June 19, 2024.",
              "June 19, 2024", "absolute date", sign.when),
      mention("bravo.txt", 7, "The treaty Kim agreed with Putin last year binds both sides.",
              "last year", "year before document date 2025-04-28", year_interval(2024)),
  };

  kb::EventRecord& deploy = events[1];
  deploy.id = "ev:000002";
  deploy.type = "deploy";
  deploy.when = interval_of_timex_value("2024-FA");
  deploy.agents = {"North Korea"};
  deploy.patients = {"Russia"};
  deploy.reported = ymd(2025, 4, 28);
  deploy.mentions = {mention("bravo.txt", 9,
                             "Pyongyang shipped roughly 10,000 to 12,000 soldiers to Russia last "
                             "fall, officials believe.",
                             "last fall", "season before document date -> 2024-FA", deploy.when)};
  deploy.quantities = {{"troops", 10000, 12000, "roughly 10,000 to 12,000 soldiers", "bravo.txt"},
                       {"troops", 14000, 14000, "some 14,000 troops", "charlie.txt"}};

  kb::EventRecord& meet = events[2];
  meet.id = "ev:000003";
  meet.type = "meet";
  meet.when = month_interval(2025, 3);
  meet.agents = {"Kim Jong Un"};
  meet.patients = {"Sergei Shoigu"};
  meet.place = "Pyongyang";
  meet.reported = ymd(2025, 4, 28);
  meet.mentions = {mention("bravo.txt", 12, "In March Kim received Shoigu in the capital.",
                           "In March", "month name, not after document date -> 2025-03",
                           meet.when)};

  kb::EventRecord& acknowledge = events[3];
  acknowledge.id = "ev:000004";
  acknowledge.type = "acknowledge";
  acknowledge.when = day_interval(ymd(2025, 4, 26));
  acknowledge.agents = {"Russia"};
  acknowledge.patients = {"North Korea"};
  acknowledge.place = "Kursk";
  acknowledge.reported = ymd(2025, 4, 28);
  acknowledge.summary = "Moscow says \"North Korean units\" fought near Kursk — Курск";
  acknowledge.mentions = {
      mention("alpha.txt", 5, "Moscow on Saturday admitted that North Korean units took part.",
              "on Saturday", "Saturday, past tense, document date 2025-04-28 (Mon) -> 2025-04-26",
              acknowledge.when),
      mention("charlie.txt", 2, "Russia conceded the point on Friday, a wire report said.",
              "on Friday", "Friday, past tense, document date 2025-04-28 (Mon) -> 2025-04-25",
              day_interval(ymd(2025, 4, 25))),
  };
  acknowledge.conflicting_dates = {day_interval(ymd(2025, 4, 25))};

  kb::EventRecord& confirm = events[4];
  confirm.id = "ev:000005";
  confirm.type = "confirm";
  confirm.when = day_interval(ymd(2025, 4, 28));
  confirm.agents = {"North Korea"};
  confirm.patients = {"Russia"};
  confirm.claimed_by = {"KCNA"};
  confirm.reported = ymd(2025, 4, 28);
  confirm.mentions = {mention("alpha.txt", 1,
                              "North Korea said on Monday, for the first time, that its soldiers "
                              "were in Russia.",
                              "on Monday", "Monday, document date 2025-04-28 (Mon) -> 2025-04-28",
                              confirm.when)};

  kb::EventRecord& fight = events[5];
  fight.id = "ev:000006";
  fight.type = "fight";
  fight.agents = {"North Korea"};
  fight.place = "Kursk";
  fight.reported = ymd(2025, 4, 28);
  fight.mentions = {mention("alpha.txt", 1,
                            "North Korea said on Monday, for the first time, that its soldiers "
                            "were in Russia.",
                            "", "no time expression: before the report", std::nullopt)};
  return events;
}

// The fight is reported by the confirmation (stored in both directions).
inline std::vector<kb::RelationRecord> sample_relations() {
  return {{"ev:000006", "under", "ev:000005", "alpha.txt"},
          {"ev:000005", "over", "ev:000006", "alpha.txt"}};
}

inline std::vector<kb::DocRecord> sample_docs() {
  kb::DocRecord alpha;
  alpha.name = "alpha.txt";
  alpha.outlet = "Wire A";
  alpha.published = ymd(2025, 4, 28);
  alpha.date_source = "date line";
  kb::DocRecord bravo;
  bravo.name = "bravo.txt";
  bravo.outlet = "Paper B";
  bravo.published = ymd(2025, 4, 28);
  bravo.date_source = "dateline";
  return {alpha, bravo};  // charlie.txt is unknown to the store on purpose
}

}  // namespace annals::testing
