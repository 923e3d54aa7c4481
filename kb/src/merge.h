// Cross-document merging: when a mention joins an event, and what an event
// looks like given all its mentions. Pure functions, no storage.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "store_model.h"

namespace annals::kb {

// Types that name the same happening ("confirm" and "acknowledge") share a
// family; the family is the first member. Unknown types are their own family.
std::string_view type_family(std::string_view type);
// Every type of `type`'s family (at least `type` itself).
std::vector<std::string> family_members(std::string_view type);

// How far (days) a mention's date may lie from an event's merged date and
// still join it through one of the event's own mention dates.
inline constexpr Day kJoinSlackDays = 31;
// An open mention ("had sent troops") joins an event at most this long
// before its document date.
inline constexpr Day kOpenLookbackDays = 730;

// Whether `m` may join `event`: same type family and polarity, overlapping
// dates (an open date means "before the document date"), compatible agents
// (overlapping, or one side without agents).
bool can_join(const EventState& event, const StoredMention& m);
// Among joinable events, the higher score wins (shared agents, same date).
int join_score(const EventState& event, const StoredMention& m);

// Recomputes every derived field of the event from its tally: consensus
// date (most supporting mentions, then most precise, then earliest),
// conflicting dates, union of roles (sorted), earliest report, summary.
// Mentions and quantities are left empty (see attach_mentions).
// REQUIRES: tally.mentions > 0
EventRecord derive_record(std::uint64_t number, const EventTally& tally);

// Fills `record.mentions` and `record.quantities` (per source) from the
// event's mentions, given in MentionOrder.
void attach_mentions(EventRecord& record, const std::vector<StoredMention>& mentions);

// The tally of the given mentions (what the store keeps incrementally).
EventTally tally_of(const std::vector<StoredMention>& mentions);

}  // namespace annals::kb
