#include "keys.h"

#include <charconv>
#include <cstdio>

namespace annals::kb::keys {

void append_u32(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8)
    out.push_back(static_cast<char>((v >> shift) & 0xff));
}

void append_u64(std::string& out, std::uint64_t v) {
  for (int shift = 56; shift >= 0; shift -= 8)
    out.push_back(static_cast<char>((v >> shift) & 0xff));
}

void append_day(std::string& out, Day d) {
  append_u32(out, static_cast<std::uint32_t>(d) ^ 0x80000000u);
}

std::uint32_t read_u32(std::string_view in, std::size_t at) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(in[at + i]);
  return v;
}

std::uint64_t read_u64(std::string_view in, std::size_t at) {
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < 8; ++i) v = (v << 8) | static_cast<unsigned char>(in[at + i]);
  return v;
}

Day read_day(std::string_view in, std::size_t at) {
  return static_cast<Day>(read_u32(in, at) ^ 0x80000000u);
}

std::string event_id(std::uint64_t number) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "ev:%06llu", static_cast<unsigned long long>(number));
  return buf;
}

std::optional<std::uint64_t> parse_event_id(std::string_view id) {
  if (id.size() < 4 || id.substr(0, 3) != "ev:") return std::nullopt;
  std::uint64_t n = 0;
  const char* first = id.data() + 3;
  const char* last = id.data() + id.size();
  auto [end, ec] = std::from_chars(first, last, n);
  if (ec != std::errc() || end != last) return std::nullopt;
  return n;
}

std::string event_key(std::uint64_t number) {
  std::string k;
  append_u64(k, number);
  return k;
}

static void append_dated_ref(std::string& k, Day start, Day end, std::uint64_t event) {
  append_day(k, start);
  append_day(k, end);
  append_u64(k, event);
}

std::string time_key(Day start, Day end, std::uint64_t event) {
  std::string k;
  append_dated_ref(k, start, end, event);
  return k;
}

std::string type_prefix(std::string_view type) {
  std::string k(type);
  k.push_back('\0');
  return k;
}

std::string type_key(std::string_view type, Day start, Day end, std::uint64_t event) {
  std::string k = type_prefix(type);
  append_dated_ref(k, start, end, event);
  return k;
}

std::string type_actor_prefix(std::string_view type, std::string_view agent,
                              std::uint8_t span_class) {
  std::string k = type_prefix(type);
  k.append(agent);
  k.push_back('\0');
  k.push_back(static_cast<char>(span_class));
  return k;
}

std::string type_actor_key(std::string_view type, std::string_view agent, std::uint8_t span_class,
                           Day start, Day end, std::uint64_t event) {
  std::string k = type_actor_prefix(type, agent, span_class);
  append_dated_ref(k, start, end, event);
  return k;
}

std::string entity_role_prefix(std::string_view entity, char role) {
  std::string k(entity);
  k.push_back('\0');
  k.push_back(role);
  return k;
}

std::string entity_role_key(std::string_view entity, char role, Day start, Day end,
                            std::uint64_t event) {
  std::string k = entity_role_prefix(entity, role);
  append_dated_ref(k, start, end, event);
  return k;
}

std::string doc_mention_prefix(std::string_view doc) {
  std::string k(doc);
  k.push_back('\0');
  return k;
}

std::string doc_mention_key(std::string_view doc, std::uint32_t index) {
  std::string k = doc_mention_prefix(doc);
  append_u32(k, index);
  return k;
}

std::string event_mention_prefix(std::uint64_t event) {
  return event_key(event);
}

std::string event_mention_key(std::uint64_t event, std::optional<Day> published,
                              std::string_view doc, std::uint32_t index) {
  std::string k = event_key(event);
  append_day(k, published.value_or(INT32_MAX));
  k.append(doc);
  k.push_back('\0');
  append_u32(k, index);
  return k;
}

std::string relation_key(std::uint64_t from, char kind, std::uint64_t to, std::string_view doc) {
  std::string k;
  append_u64(k, from);
  k.push_back(kind);
  append_u64(k, to);
  k.append(doc);
  return k;
}

std::optional<DatedRef> read_dated_ref(std::string_view key) {
  if (key.size() < kDatedRefSize) return std::nullopt;
  std::size_t at = key.size() - kDatedRefSize;
  return DatedRef{read_day(key, at), read_day(key, at + 4), read_u64(key, at + 8)};
}

std::optional<EntityRole> decode_entity_role_key(std::string_view key) {
  std::size_t zero = key.find('\0');
  if (zero == std::string_view::npos || key.size() != zero + 2 + kDatedRefSize) return std::nullopt;
  return EntityRole{std::string(key.substr(0, zero)), key[zero + 1], *read_dated_ref(key)};
}

std::optional<std::string> decode_type_key(std::string_view key, DatedRef* ref) {
  std::size_t zero = key.find('\0');
  if (zero == std::string_view::npos || key.size() != zero + 1 + kDatedRefSize) return std::nullopt;
  *ref = *read_dated_ref(key);
  return std::string(key.substr(0, zero));
}

std::optional<MentionId> decode_doc_mention_key(std::string_view key) {
  std::size_t zero = key.find('\0');
  if (zero == std::string_view::npos || key.size() != zero + 5) return std::nullopt;
  return MentionId{std::string(key.substr(0, zero)), read_u32(key, zero + 1)};
}

std::optional<EventMentionId> decode_event_mention_key(std::string_view key) {
  if (key.size() < 12 + 5) return std::nullopt;
  std::size_t zero = key.find('\0', 12);
  if (zero == std::string_view::npos || key.size() != zero + 5) return std::nullopt;
  return EventMentionId{read_u64(key, 0), read_day(key, 8), std::string(key.substr(12, zero - 12)),
                        read_u32(key, zero + 1)};
}

std::optional<RelationId> decode_relation_key(std::string_view key) {
  if (key.size() < 18) return std::nullopt;
  return RelationId{read_u64(key, 0), key[8], read_u64(key, 9), std::string(key.substr(17))};
}

std::string prefix_successor(std::string prefix) {
  while (!prefix.empty()) {
    unsigned char last = static_cast<unsigned char>(prefix.back());
    if (last != 0xff) {
      prefix.back() = static_cast<char>(last + 1);
      return prefix;
    }
    prefix.pop_back();
  }
  return prefix;
}

std::string printable(std::string_view key) {
  std::string out;
  for (char c : key) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7f && c != '\\') {
      out.push_back(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", u);
      out += buf;
    }
  }
  return out;
}

}  // namespace annals::kb::keys
