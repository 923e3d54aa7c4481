// Cross-document merging: when a mention joins an event, and what an event
// looks like given all its mentions. Pure functions, no storage.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
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
// before its document date, and a dated mention an open event likewise.
inline constexpr Day kOpenLookbackDays = 730;

// Whether `m` may join `event` of its own document: same type family and
// polarity, overlapping dates (an open date means "before the document
// date"), compatible agents (overlapping, or one side without agents). A
// saying ("say") never does: the parser has already told one document's
// statements apart.
bool can_join_within(const EventState& event, const StoredMention& m);

// Across documents only strong evidence merges: same type family and
// polarity, bounded dates that overlap one of the event's own bounded
// mention dates (an open interval is no evidence), at least one shared named
// participant, agent or patient (an empty list matches nothing), agents that
// do not contradict (overlapping, or one side without), and documents that
// share the story: at least kSharedStoryEntities of the mention's story
// entities are named by the event's documents. A saying joins only an
// event of exactly its named speakers (different speakers, different
// statements).
bool can_join_across(const EventState& event, const StoredMention& m);
// How `m` may join `event`: not at all; kJoin: this event only (a mention
// of a document the event already holds, can_join_within); kStrong: on
// strong evidence (can_join_across), which also makes every event it so
// joins one. A saying joins no event its own document already speaks of,
// and on strong evidence only as kJoin: it bridges no two statements.
enum class JoinKind { kNone, kJoin, kStrong };
JoinKind join_kind(const EventState& event, const StoredMention& m, bool event_has_document);

// The named participants of an event or mention: its agents and patients,
// sorted, each once. The cross-document candidate index files an event
// under each of them.
std::vector<std::string> participants(const std::vector<std::string>& agents,
                                      const std::vector<std::string>& patients);
inline constexpr std::size_t kSharedStoryEntities = 2;
// A document's story: its most often named entities (events' agents and
// patients count too), at most this many, sorted by name.
inline constexpr std::size_t kStoryEntities = 16;
std::vector<std::string> story_of(const Extraction& extraction);
// How many of `story`'s entities the event's documents name.
std::size_t shared_story(const EventTally& tally, const std::vector<std::string>& story);

// Dates are evidence when bounded: known, and at most a year long. The span
// class of such a date (0: one day, 1: a week, 2: a month, 3: a quarter, 4:
// a year) keys the merge-candidate index; nullopt for an open or longer one.
inline constexpr std::array<Day, 5> kSpanClassLimits = {0, 7, 31, 92, 366};
std::optional<std::uint8_t> span_class(const DateInterval& when);
// The hull of the event's bounded mention dates: the interval the candidate
// index files it under (nullopt: no bounded date, or a hull over a year).
std::optional<DateInterval> evidence_interval(const EventTally& tally);

// Mentions one document gives one event beyond which it gets a warning: no
// real story repeats one happening this often (repeated or generated text).
inline constexpr std::uint32_t kMentionsPerDocumentWarning = 200;
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
