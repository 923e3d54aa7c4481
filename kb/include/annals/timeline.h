// Entity timelines: the events an entity takes part in (as agent or patient,
// under any of its names), positioned and anchored as in SemEval-2015 Task 4.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "annals/kb.h"
#include "annals/status.h"

namespace annals::kb {

// Whether an extracted entity name refers to `target`: the same words
// (case, punctuation and a leading "the" ignored), the target's initials
// ("GM"), a name that contains the target ("Airbus A380 superjumbo"), or a
// tail of the target's words ("A380", "Federal Reserve", "Jobs"). A head
// alone ("Airbus" for "Airbus A380") is another entity.
bool names_entity(std::string_view name, std::string_view target);

// Whether a sentence names `target`: all its words in a row (case ignored),
// a distinctive tail as written ("A380", "Jobs", "Federal Reserve"; not a
// generic head such as "Airlines"), or its initials in capitals ("GM").
bool sentence_names_entity(std::string_view sentence, std::string_view target);

// The clause of `sentence` that holds `trigger` (its first occurrence as a
// whole word): the text between the commas, semicolons, colons, brackets or
// quotes around it. The whole sentence when the trigger is not found.
std::string_view clause_of(std::string_view sentence, std::string_view trigger);

// Whether `target` takes part in what one mention of an event of `type`
// says: its agent or patient, or named in the trigger's clause, unless the
// event is a speech act reporting a message ("said", "confirmed"), which
// belongs to its speaker.
bool mention_involves(const MentionRecord& mention, std::string_view type, std::string_view target);

// Whether `target` takes part in the event: an agent or patient under any of
// its names, or named in the sentence of one of the event's mentions.
bool involves(const EventRecord& event, std::string_view target);

struct TimelineEntry {
  std::uint32_t position = 0;  // 1..k; equal = simultaneous; 0 = cannot be placed
  std::string anchor;          // "2008-03-01", "2008-03-XX", "2008-XX-XX", "XXXX-XX-XX"
  const EventRecord* event = nullptr;
  std::vector<std::string> mentions;  // "DOC-SENTENCE-TEXT", multi-word text joined by '_'
};

// The SemEval anchor of an event date: day, month or year precision, X for
// the unknown parts; other granularities fall back to the month or year
// they lie in.
std::string semeval_anchor(const std::optional<DateInterval>& when);

// Per document, the times its sentences state (by a time expression of
// their own, or as the story's day the lead names), in sentence order;
// times after the document's date are left out.
struct StatedTime {
  std::uint32_t sentence = 0;
  DateInterval when;
};
using StoryDays = std::map<std::string, std::vector<StatedTime>>;
StoryDays story_days(std::span<const EventRecord> events);

// The date of a mention for a timeline: its own, unless it has no time
// expression and is told as a past happening or a saying, which then
// happened when its own sentence says, else on the latest day its document
// stated before it (the day the story is at), when there is one.
std::optional<DateInterval> story_time(const MentionRecord& mention, const StoryDays& days);

// `entity`'s timeline over `events` (all of them; the ones it is not
// involved in are skipped). Dated events are ordered by their anchor
// (events sharing an anchor share a position); open ones get position 0.
// A mention in its document's headline (`headlines`: document name ->
// title) is not cited: the headline restates what the story tells, and the
// timeline cites the story's own sentences.
using Headlines = std::map<std::string, std::string, std::less<>>;
std::vector<TimelineEntry> entity_timeline(std::span<const EventRecord> events,
                                           std::string_view entity,
                                           const Headlines& headlines = {});

// The SemEval-2015 Task 4 file: the entity name, then one line per event,
// ORDER<TAB>ANCHOR<TAB>MENTION[<TAB>MENTION...], position-0 lines first.
Status write_semeval(std::span<const EventRecord> events, std::string_view entity,
                     std::ostream& out, const Headlines& headlines = {});

// The task's file name for an entity: lower case, spaces as '_', "&" as
// "_and_" ("S&P 500" -> "s_and_p_500.txt").
std::string semeval_file_name(std::string_view entity);

}  // namespace annals::kb
