// The engine's compact value: 16 bytes, strings interned in a SymbolTable, so
// joins compare and hash integers only.
#pragma once

#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

#include "annals/date.h"
#include "annals/query.h"

namespace annals::query {

enum class Kind : std::uint8_t { kInt, kFloat, kString, kAtom, kDate, kDateRange };

struct V {
  std::int64_t bits = 0;  // int, double bits, symbol id, or start day
  std::int32_t aux = 0;   // end day of a date range
  Kind kind = Kind::kInt;

  static V integer(std::int64_t i) { return {i, 0, Kind::kInt}; }
  static V real(double d) {
    V v{0, 0, Kind::kFloat};
    std::memcpy(&v.bits, &d, sizeof d);
    return v;
  }
  static V date(Day d) { return {d, 0, Kind::kDate}; }
  static V date_range(Day from, Day to) {
    return from == to ? date(from) : V{from, to, Kind::kDateRange};
  }
  double as_double() const {
    if (kind == Kind::kInt) return static_cast<double>(bits);
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
  }
  bool is_number() const { return kind == Kind::kInt || kind == Kind::kFloat; }
  bool is_symbol() const { return kind == Kind::kString || kind == Kind::kAtom; }
  bool is_date() const { return kind == Kind::kDate || kind == Kind::kDateRange; }
  Day first_day() const { return static_cast<Day>(bits); }
  Day last_day() const { return kind == Kind::kDateRange ? aux : static_cast<Day>(bits); }

  // Strings and atoms with the same text are the same constant.
  friend bool operator==(const V& a, const V& b) {
    if (a.bits != b.bits) return false;
    if (a.is_symbol() && b.is_symbol()) return true;
    return a.kind == b.kind && a.aux == b.aux;
  }
};

// murmur3's finalizer: every input bit reaches the low bits buckets use.
inline std::uint64_t mix64(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 33);
}
inline std::uint64_t hash_value(const V& v) {
  const auto kind = v.is_symbol() ? Kind::kString : v.kind;
  return mix64(static_cast<std::uint64_t>(v.bits) ^
               (static_cast<std::uint64_t>(static_cast<std::uint32_t>(v.aux)) << 20) ^
               (static_cast<std::uint64_t>(kind) << 59));
}
inline std::uint64_t hash_combine(std::uint64_t seed, std::uint64_t h) {
  return mix64(seed ^ (h + 0x9E3779B97F4A7C15ull + (seed << 6) + (seed >> 2)));
}

// Interned strings; ids are stable for the life of the session.
class SymbolTable {
 public:
  std::int64_t intern(std::string_view text);
  std::string_view text(std::int64_t id) const { return strings_[static_cast<size_t>(id)]; }
  V string(std::string_view text) { return {intern(text), 0, Kind::kString}; }
  V atom(std::string_view text) { return {intern(text), 0, Kind::kAtom}; }

 private:
  std::deque<std::string> strings_;  // deque: views into it stay valid
  std::unordered_map<std::string_view, std::int64_t> ids_;
};

// Ordering for comparisons. nullopt when the kinds cannot be compared.
// A date range compares as its interval: `< 2025-04` is before April 1st,
// `> 2025-04` after April 30th, `= 2025-04` within April.
std::optional<bool> compare_values(const V& a, std::string_view op, const V& b,
                                   const SymbolTable& symbols);

Value to_public(const V& v, const SymbolTable& symbols);
V from_public(const Value& v, SymbolTable& symbols);
std::string kind_name(Kind kind);

}  // namespace annals::query
