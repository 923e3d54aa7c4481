// When an event happened, as precisely as the text says and no more: a day,
// an interval it falls in ("in June"), or bounds ("before the story date",
// "after the vote, before Friday"); an event that lasts several days has a
// begin and an end, each of these. Every date carries its reason.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "annals/date.h"
#include "annals/sentence.h"
#include "annals/timex.h"

namespace annals {

// One point in time: exactly a day, or within an interval, or bounded.
struct TimeBound {
  std::optional<Day> on;
  std::optional<DateInterval> within;  // a coarser stated interval ("in June 1997")
  std::optional<Day> after;            // strictly after this day
  std::optional<Day> before;           // strictly before this day

  bool known() const { return on || within || after || before; }
  friend bool operator==(const TimeBound&, const TimeBound&) = default;
};

struct EventTime {
  TimeBound begin;               // the day it happened, or its first day
  std::optional<TimeBound> end;  // its last day, when it lasted several days
  std::string reason;            // why: the expression, tense or anchor used
  friend bool operator==(const EventTime& a, const EventTime& b) {
    return a.begin == b.begin && a.end == b.end;
  }
};

// "on", "within", "before", "after", "between", "span" or "open": what kind
// of date an event has, for queries that must tell "on 2025-04-28" from
// "some day before 2025-04-28".
std::string_view time_kind(const EventTime& t);

// The narrowest interval the event's (first) day lies in, or nullopt when it
// is unbounded on either side.
std::optional<DateInterval> bounded_interval(const TimeBound& b);

// The TimeBank event-time notation (Reimers et al. 2016): "1998-01-08",
// "before1998-01-08", "after1997-10-01before1997-10-28",
// "beginPoint=XendPoint=Y". A month is written as the annotators wrote it,
// "afterYYYY-MM-01beforeYYYY-MM-28"; a year "afterYYYY-01-01beforeYYYY-12-31".
std::string event_time_label(const EventTime& t);

// One event mention to date: the trigger's bytes and what is known of its
// verb form. Empty strings mean "read it from the text".
struct DatingSite {
  std::size_t begin = 0;  // [begin, end) in the text
  std::size_t end = 0;
  std::string tense;        // TimeML: PAST, PRESENT, FUTURE, INFINITIVE, PRESPART, PASTPART, NONE
  std::string aspect;       // TimeML: PERFECTIVE, PROGRESSIVE, PERFECTIVE_PROGRESSIVE, NONE
  std::string event_class;  // TimeML: REPORTING, OCCURRENCE, STATE, I_STATE, I_ACTION, ...
  std::string pos;          // VERB, NOUN, ADJECTIVE, ...
  std::string modality;     // "would", "may", ... or empty
  std::string lemma;        // "war", "negotiate": lasting happenings get a begin and an end
};

struct DatingInput {
  std::string_view text;
  std::span<const Sentence> sentences;
  std::span<const Timex> timexes;  // tagged on `text`, in text order
  std::optional<Day> document_date;
};

// Dates every site (in text order or not) from the time expressions attached
// to it by syntax, its tense and aspect against the document date and the
// narrative's reference time, and anchors to other events.
std::vector<EventTime> date_event_sites(const DatingInput& input,
                                        std::span<const DatingSite> sites);

}  // namespace annals
