// How relations hash keys: one multiply-rotate a column and murmur3's
// finalizer at the end, so every input bit reaches the top bits that place a
// slot and the bits its tag keeps. Equal values (V's ==) hash alike.
#pragma once

#include <cstdint>

#include "value.h"

namespace annals::query {

inline constexpr std::uint64_t kTupleHashSeed = 0x84222325CBF29CE4ull;

inline std::uint64_t kind_bits(Kind kind) {
  // Strings and atoms with the same text are equal: they hash alike.
  return static_cast<std::uint64_t>(kind == Kind::kAtom ? Kind::kString : kind) << 59;
}

inline std::uint64_t absorb_raw(std::uint64_t h, std::uint64_t x) {
  h = (h ^ x) * 0x9E3779B97F4A7C15ull;
  return (h << 31) | (h >> 33);
}

inline std::uint64_t absorb(std::uint64_t h, const V& v) {
  return absorb_raw(h, static_cast<std::uint64_t>(v.bits) ^
                           (static_cast<std::uint64_t>(static_cast<std::uint32_t>(v.aux)) << 20) ^
                           kind_bits(v.kind));
}

// The hash of the columns in `mask`, value_at(column) giving each one's value.
template <class ValueAt>
std::uint64_t hash_columns(std::uint32_t mask, ValueAt&& value_at) {
  std::uint64_t h = kTupleHashSeed;
  for (std::uint32_t m = mask; m; m &= m - 1) h = absorb(h, value_at(__builtin_ctz(m)));
  return mix64(h);
}

}  // namespace annals::query
