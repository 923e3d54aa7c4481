// Boost.Graph views over the events an export or a query touches: timeline
// order, storylines, "how is X linked to Y", and contradictions.
//
// Views are built on demand from a span of EventRecords (never the whole KB)
// and refer to events by their index in that span.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "annals/allen.h"
#include "annals/kb.h"
#include "annals/status.h"

namespace annals::kb {

// Relations stated in the text (kb::RelationRecord) order events too:
//   "under" / "nested" from→to (reported speech: `from` is reported by the
//   event `to`, so it happened no later; not when `from` is planned or
//   possible), "over" the inverse, "cause" from→to, "before" from→to,
//   "after" to→from. Other kinds imply no order.
using StatedRelation = RelationRecord;

// The interval used for ordering: the event's date, or for an open event
// "any time up to `reported`" (unbounded when nothing is reported either).
DateInterval ordering_interval(const EventRecord& event);

// A cycle in the before-constraints: events[i] must precede events[i+1] and
// the last must precede the first, which no dating can satisfy.
struct Contradiction {
  std::vector<std::string> events;   // event ids around the cycle
  std::vector<std::string> reasons;  // why each step holds: "cause (stated)", "dates: ..."
  std::string describe() const;      // "ev:2 before ev:1 (cause, stated); ev:1 ..."
};

struct TimelineOrder {
  std::vector<std::size_t> order;  // indices into the events span
  // Cycles found; one before-edge of each was ignored so `order` is complete.
  std::vector<Contradiction> contradictions;
};

// A topological order of the events under the before-edges derived from dates
// (a ends before b starts) and from stated relations; ties go by start date,
// then end date, then id. Relations naming events outside the span are skipped.
TimelineOrder timeline_order(std::span<const EventRecord> events,
                             std::span<const StatedRelation> relations);

// Only the contradictions (DFS back-edges of the before-graph).
std::vector<Contradiction> find_contradictions(std::span<const EventRecord> events,
                                               std::span<const StatedRelation> relations);

// Events connected through shared actors (agents, patients) or stated
// relations. Storylines come in order of their earliest event; events inside
// one storyline in input order.
struct Storyline {
  std::vector<std::size_t> events;  // indices into the events span
  std::vector<std::string> actors;  // sorted
};
std::vector<Storyline> storylines(std::span<const EventRecord> events,
                                  std::span<const StatedRelation> relations);

// One hop of a link chain: an entity or an event, and the role that ties it to
// the previous step ("agent", "patient", "place", "claimed_by"; empty first).
struct LinkStep {
  std::string node;  // entity name or event id
  bool is_event = false;
  std::string role;
};

// "How is X linked to Y": the shortest chain on the event–entity graph from
// `from` to `to` (entity names, or event ids), both ends included. Names match
// exactly, else case-insensitively. NotFound when either end is unknown or
// nothing connects them.
Result<std::vector<LinkStep>> link_chain(std::span<const EventRecord> events,
                                         const std::string& from, const std::string& to);
std::string describe_chain(const std::vector<LinkStep>& chain);  // "A -agent- ev:1 -patient- B"

}  // namespace annals::kb
