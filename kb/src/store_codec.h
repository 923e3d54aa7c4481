// Values of the store's column families. Records are Boost.JSON objects with
// short member names (readable in a dump, compact enough); index values are
// raw bytes. See kb/KEYS.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annals/kb.h"
#include "annals/status.h"
#include "store_model.h"

namespace annals::kb::codec {

// An event value holds its tally only (small, whatever the number of
// mentions); the merged record is derived from it on decoding.
std::string encode_event(const EventTally& tally);
Result<EventState> decode_event(std::uint64_t number, std::string_view value);

// A value of the `mentions` family: one mention with everything needed to
// show it and to take it out of its event's tally again.
std::string encode_mention(const StoredMention& m);
Result<StoredMention> decode_mention(std::string_view value);

std::string encode_doc(const DocRecord& doc);
Result<DocRecord> decode_doc(std::string_view value);

std::string encode_entity(const EntityRecord& entity);
Result<EntityRecord> decode_entity(std::string_view value);

// doc_mentions CF value: the event the mention belongs to, and the event of the
// reporting mention it is nested under, if any.
struct MentionLink {
  std::uint64_t event = 0;
  std::optional<std::uint64_t> parent_event;
};
std::string encode_mention_link(const MentionLink& link);
std::optional<MentionLink> decode_mention_link(std::string_view value);

// type index value: the event's agents, so merge candidates with other
// actors are skipped without reading the event.
std::string encode_agents(const std::vector<std::string>& agents);
std::vector<std::string> decode_agents(std::string_view value);

}  // namespace annals::kb::codec
