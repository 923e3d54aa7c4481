// Event mentions extracted from a parsed document.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "annals/date.h"
#include "annals/document.h"
#include "annals/event_time.h"

namespace annals {

struct Quantity {
  std::string what;  // "troops"
  double low = 0;    // 10000
  double high = 0;   // 12000 (== low for a single figure)
  std::string text;  // "about 10,000-12,000 troops"
};

// A word in the text that mentions an event.
struct TriggerSite {
  std::size_t sentence = 0;  // index into Document::sentences
  std::string trigger;
};

struct EventMention {
  std::string type;       // lemma of the trigger's event class: "confirm", "sign", "deploy"
  std::string trigger;    // the word in the text: "confirmed"
  std::size_t begin = 0;  // the trigger's bytes in Document::body: [begin, end)
  std::size_t end = 0;
  std::string lemma;  // the trigger's dictionary form: "confirm" for "confirmed"
  // TimeML class: OCCURRENCE, REPORTING, ASPECTUAL, I_ACTION, I_STATE, STATE, PERCEPTION.
  std::string event_class = "OCCURRENCE";
  bool nominal = false;               // the trigger is a noun ("the confirmation"), not a verb
  std::string tense = "NONE";         // TimeML: PAST, PRESENT, FUTURE, NONE
  std::string aspect = "NONE";        // TimeML: PROGRESSIVE, PERFECTIVE, NONE
  std::vector<std::string> agents;    // canonical entity names
  std::vector<std::string> patients;  // canonical entity names
  std::string place;
  // When it happened; nullopt = open (only "before the document date" known).
  std::optional<DateInterval> when;
  // What more the text bounds an open event by (date_event_sites): "after
  // 2025-04-20", "before the story date", a begin and an end; nullopt when
  // `when` is set or nothing bounds it.
  std::optional<EventTime> bounds;
  // `when` is the date of the statement that reports this happening, not
  // one of its own ("said on April 24 that they had killed"): the happening
  // is on or before it, so another mention's own date wins over it.
  bool dated_by_report = false;
  std::size_t trigger_offset = 0;     // the trigger's first byte in Document::body
  std::string time_text;              // the words the date came from ("on Saturday")
  std::string time_reason;            // the tagger's reason line, or the convention used
  std::string modality = "asserted";  // asserted | planned | possible
  std::string polarity = "positive";  // positive | negative
  std::string claimed_by;             // who says so, canonical name or empty
  std::vector<Quantity> quantities;
  std::size_t sentence = 0;  // index into Document::sentences
  // Every sentence this event is mentioned in (same-document mentions of one
  // happening are merged); the first is `sentence`.
  std::vector<std::size_t> sentences;
  std::optional<std::size_t> parent;  // the reporting event this one is nested under
  // The other words of this document that mention the same happening
  // (absorbed by merging), so every mention can still be cited.
  std::vector<TriggerSite> other_triggers;
};

struct EntityMention {
  std::string name;  // canonical
  std::string kind;  // country, person, org, place, group, unknown
  std::string surface;
  std::size_t sentence = 0;
};

struct Extraction {
  std::vector<EntityMention> entities;
  std::vector<EventMention> events;
  // Where the document contradicts itself ("Monday, April 27" when April 27
  // is a Sunday), naming the sentences; nothing is silently resolved.
  std::vector<std::string> warnings;
};

// Entities and events of one document. Time expressions come from
// tag_timexes() anchored at doc.date; events without one are dated by the
// news convention (a same-day reporting verb gets the document date) or left
// open. Same-type mentions of one happening are merged.
Extraction extract_events(const Document& doc);

// The same, one event mention per trigger word, not merged: what
// `annals events` writes and TempEval-3 Task B scores.
Extraction extract_event_mentions(const Document& doc);

// Every event mention of any domain, one per word, not merged: verbs, event
// nouns and states as TimeML counts them, each with lemma, class, tense and
// aspect (type = the lemma). Where a typed trigger of extract_event_mentions
// sits on the word, its type, roles and date are kept; a typed trigger on no
// event word is left out.
Extraction extract_any_events(const Document& doc);

// Merges same-type mentions with compatible dates, agents, modality and
// polarity into one event each (exposed for tests). `story_day`, the
// document's date, keeps past instances of a kind apart from the story's.
std::vector<EventMention> merge_event_mentions(std::vector<EventMention> mentions,
                                               std::optional<Day> story_day = std::nullopt);

}  // namespace annals
