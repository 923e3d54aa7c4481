// Key encodings of the store's column families. Every multi-field key is a
// concatenation whose byte order is the order queries want: big-endian
// integers, day numbers with the sign bit flipped (so 1969 sorts before
// 1970), names terminated by a 0 byte (names never contain one).
// The layout is documented in kb/KEYS.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "annals/date.h"

namespace annals::kb::keys {

// Column family names, in the order the store opens them (after "default").
inline constexpr const char* kDocs = "docs";
inline constexpr const char* kDocMentions = "doc_mentions";
inline constexpr const char* kMentions = "mentions";
inline constexpr const char* kEvents = "events";
inline constexpr const char* kEntities = "entities";
inline constexpr const char* kRolesByEntity = "roles_by_entity";
inline constexpr const char* kTimeIndex = "time_index";
inline constexpr const char* kTypeIndex = "type_index";
inline constexpr const char* kTypeActorIndex = "type_actor_index";
inline constexpr const char* kRelations = "relations";
inline constexpr const char* kMeta = "meta";

// Meta keys.
inline constexpr std::string_view kSchemaVersionKey = "schema_version";
inline constexpr std::string_view kNextEventKey = "next_event";
inline constexpr std::string_view kMaxSpanKey = "max_span";
inline constexpr std::string_view kHashPrefix = "hash:";  // hash:HEX -> doc name

// Role bytes in role keys.
inline constexpr char kAgent = 'a';
inline constexpr char kPatient = 'p';
// Relation kinds: 'u' = from is nested under (reported by) to; 'o' = inverse.
inline constexpr char kUnder = 'u';
inline constexpr char kOver = 'o';

// Open events (no date) sort before every dated one in the time and type
// indexes: their start field holds this sentinel and their end field the
// day they were first reported (or the sentinel when unknown).
inline constexpr Day kOpenDay = INT32_MIN;

void append_u32(std::string& out, std::uint32_t v);
void append_u64(std::string& out, std::uint64_t v);
void append_day(std::string& out, Day d);  // sign-flipped big-endian
std::uint32_t read_u32(std::string_view in, std::size_t at);
std::uint64_t read_u64(std::string_view in, std::size_t at);
Day read_day(std::string_view in, std::size_t at);

// Event ids: "ev:000123" outside, an 8-byte big-endian number inside.
std::string event_id(std::uint64_t number);
std::optional<std::uint64_t> parse_event_id(std::string_view id);
std::string event_key(std::uint64_t number);

// start | end | event
std::string time_key(Day start, Day end, std::uint64_t event);
// type 0 | start | end | event
std::string type_key(std::string_view type, Day start, Day end, std::uint64_t event);
std::string type_prefix(std::string_view type);
// type family 0 | agent 0 | span class | start | end | event: merge
// candidates. The span class (0 a day ... 4 a year, see merge.h) bounds how
// far before a date an overlapping interval can start, so a look-up reads
// one short range per class, however long the actor's history.
std::string type_actor_key(std::string_view family, std::string_view agent, std::uint8_t span_class,
                           Day start, Day end, std::uint64_t event);
std::string type_actor_prefix(std::string_view family, std::string_view agent,
                              std::uint8_t span_class);
// entity 0 | role | start | end | event
std::string entity_role_key(std::string_view entity, char role, Day start, Day end,
                            std::uint64_t event);
std::string entity_role_prefix(std::string_view entity, char role);
// doc_mentions: doc 0 | mention index
std::string doc_mention_key(std::string_view doc, std::uint32_t index);
std::string doc_mention_prefix(std::string_view doc);
// mentions: event | publication day (undated: INT32_MAX) | doc 0 | mention index
std::string event_mention_key(std::uint64_t event, std::optional<Day> published,
                              std::string_view doc, std::uint32_t index);
std::string event_mention_prefix(std::uint64_t event);
// from event | kind | to event | doc
std::string relation_key(std::uint64_t from, char kind, std::uint64_t to, std::string_view doc);

// The trailing (start, end, event) of time, type and entity-role keys.
struct DatedRef {
  Day start = 0;
  Day end = 0;
  std::uint64_t event = 0;
};
inline constexpr std::size_t kDatedRefSize = 16;
std::optional<DatedRef> read_dated_ref(std::string_view key);  // from the key's last 16 bytes

// Decoded pieces of the other keys; nullopt when malformed.
struct EntityRole {
  std::string entity;
  char role = 0;
  DatedRef ref;
};
std::optional<EntityRole> decode_entity_role_key(std::string_view key);
std::optional<std::string> decode_type_key(std::string_view key, DatedRef* ref);
struct MentionId {
  std::string doc;
  std::uint32_t index = 0;
};
std::optional<MentionId> decode_doc_mention_key(std::string_view key);
struct EventMentionId {
  std::uint64_t event = 0;
  Day published = 0;  // INT32_MAX: undated
  std::string doc;
  std::uint32_t index = 0;
};
std::optional<EventMentionId> decode_event_mention_key(std::string_view key);
struct RelationId {
  std::uint64_t from = 0;
  char kind = 0;
  std::uint64_t to = 0;
  std::string doc;
};
std::optional<RelationId> decode_relation_key(std::string_view key);

// Smallest key greater than every key starting with `prefix` (for
// iterate_upper_bound); empty when there is none.
std::string prefix_successor(std::string prefix);

std::string printable(std::string_view key);  // for error messages

}  // namespace annals::kb::keys
