// What the store keeps per event: each mention in its own entry of the
// `mentions` column family (keyed by event), and a small event record that
// counts what its mentions say (EventTally). The merged EventRecord is
// derived from the tally, so adding or removing one mention costs the same
// however many mentions the event has.
#pragma once

#include <boost/container/flat_map.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "annals/date.h"
#include "annals/events.h"
#include "annals/kb.h"

namespace annals::kb {

struct StoredMention {
  std::string doc;
  std::uint32_t index = 0;       // position in the document's extraction
  std::optional<Day> published;  // the document's date (transaction time)
  std::string type;
  std::string trigger;
  std::vector<std::string> agents;
  std::vector<std::string> patients;
  std::string place;
  std::optional<DateInterval> when;
  // An open mention's bounds (EventMention::bounds): strictly after / before.
  std::optional<Day> after;
  std::optional<Day> before;
  std::string time_text;
  std::string time_reason;
  std::string modality = "asserted";
  std::string polarity = "positive";
  std::string claimed_by;
  std::vector<Quantity> quantities;
  std::uint32_t sentence_index = 0;
  std::string sentence;
  std::vector<TriggerRef> other_triggers;
  // The named entities its document is about (story_of), sorted: what a
  // mention of another document must share to join this one's event.
  std::vector<std::string> story;
};

// Mentions of an event are ordered by (publication day, undated last;
// document; index): the order of their keys in the `mentions` family.
struct MentionOrder {
  Day published = INT32_MAX;
  std::string doc;
  std::uint32_t index = 0;
  auto operator<=>(const MentionOrder&) const = default;
};
MentionOrder order_of(const StoredMention& m);

// Counts kept sorted in one vector: a tally is copied whenever a document
// changes a stored event, and a new event's counts are filled one mention
// at a time; a node per value made both an allocation per entry.
using NameCounts = boost::container::flat_map<std::string, std::uint32_t>;
using DateCounts = boost::container::flat_map<std::tuple<Day, Day, int>, std::uint32_t>;
using DayCounts = boost::container::flat_map<Day, std::uint32_t>;

// Counts of what an event's mentions say: enough to derive the merged
// record, and to add or take away one mention, without reading the others.
struct EventTally {
  std::uint64_t mentions = 0;
  NameCounts types, places, polarities, modalities, agents, patients, claimed_by;
  // Per story entity, how many mentions' documents name it.
  NameCounts story;
  DateCounts dates;  // (start, end, granularity)
  // How many open mentions bound it after / before each day: the event lies
  // after the latest "after" and before the earliest "before".
  DayCounts afters, befores;
  // The first mention in MentionOrder gives the earliest report and the
  // summary's trigger.
  MentionOrder first;
  std::string first_type;
  std::string first_trigger;

  void add(const StoredMention& m);
  // Takes `m` away; the caller then sets `first` again if `m` was first.
  void remove(const StoredMention& m);
  void set_first(const StoredMention& m);
  bool operator==(const EventTally&) const = default;
};

// An event as stored: the tally is the truth, `record` is derived from it;
// `mentions` is filled only when the caller asked for them.
struct EventState {
  std::uint64_t number = 0;
  EventTally tally;
  EventRecord record;
  std::vector<StoredMention> mentions;  // in MentionOrder
};

}  // namespace annals::kb
