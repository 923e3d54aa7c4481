// The engine's compiled rule steps, shared by its translation units.
#pragma once

#include <algorithm>
#include <atomic>
#include <vector>

#include "engine.h"

namespace annals::query {

enum class CompareOp : std::uint8_t { kNone, kLt, kLe, kGt, kGe, kEq, kNe };

struct Engine::ArgMode {
  enum Mode : std::uint8_t { kConst, kCheck, kBind, kCheckSame, kIgnore };
  Mode mode = kConst;
  int var = -1;
  V constant;
  int column = -1;
};

struct Engine::Step {
  const CLiteral* literal = nullptr;
  bool assign = false;
  bool assign_lhs = false;
  std::vector<ArgMode> args;
  // kRelation: the args the index probe on `mask` has not already checked.
  std::vector<ArgMode> unchecked;
  std::vector<ArgMode> checked;      // kCheck args: bound variables in the key
  bool binds_only = false;           // every unchecked arg binds a variable
  const Relation* source = nullptr;  // kRelation: full or delta
  std::uint32_t mask = 0;
  std::vector<V> key;
  // The hash of the next probe's key, when a scan computed it ahead.
  std::uint64_t key_hash = 0;
  bool key_hashed = false;
  // kCompare of two plain terms: operands read directly, integers compared inline.
  CompareOp op = CompareOp::kNone;
  int lhs_var = -1, rhs_var = -1;
  V lhs_constant, rhs_constant;
};

// Where a carried fixpoint's rules put new tuples (engine_carried.cpp). With
// one free column of small integers (node ids), a bitmap of the values seen
// tests a tuple in one load; other tuples are tested in a hash set.
struct Engine::CarriedSink {
  static constexpr std::int64_t kDenseLimit = std::int64_t{1} << 28;
  int column = -1;  // the one column not carried, or -1
  std::vector<std::uint64_t> seen;
  Relation* dense = nullptr;   // tuples the bitmap admitted (no index kept)
  Relation* hashed = nullptr;  // the others
  Relation* next = nullptr;    // the next round's delta (scanned only)
  bool add(const V* tuple) {
    if (column >= 0) {
      const V& v = tuple[column];
      if (v.kind == Kind::kInt && v.bits >= 0 && v.bits < kDenseLimit) {
        const auto bit = static_cast<std::uint64_t>(v.bits);
        const std::size_t word = static_cast<std::size_t>(bit >> 6);
        if (word >= seen.size()) seen.resize(std::max(word + 1, seen.size() * 2), 0);
        const std::uint64_t mask = std::uint64_t{1} << (bit & 63);
        if (seen[word] & mask) return false;
        seen[word] |= mask;
        dense->append_distinct(tuple);
        next->append_distinct(tuple);
        return true;
      }
    }
    if (!hashed->insert(tuple)) return false;
    next->append_distinct(tuple);
    return true;
  }
  std::size_t size() const { return dense->size() + hashed->size(); }
};

// The groups of seeds a carried recursion splits into (engine_carried.cpp),
// taken one at a time by each thread that evaluates them.
struct Engine::CarriedWork {
  int relation = -1;
  std::uint32_t carried = 0;
  std::vector<int> columns;
  const Relation* seeds = nullptr;
  std::vector<std::uint32_t> order;  // seed ids, grouped by carried values
  std::vector<size_t> group_starts;  // into order, and its size last
  std::atomic<size_t> next_group{0};
  std::atomic<bool> stop{false};  // a thread failed: the others stop too
};

struct Engine::Compiled {
  const CRule* rule = nullptr;
  std::vector<Step> steps;
  Relation* out = nullptr;
  CarriedSink* sink = nullptr;  // when set, new tuples go there instead of out    // when set, new
                                // tuples of out are appended here too
  bool counts = true;           // out is the full relation: count derived tuples here
  std::uint64_t produced = 0;   // new tuples this rule put into out
  std::vector<V> head;
};

// A relation's tuples come from an index probe on the step's mask: equal there.
inline bool Engine::match_rest(const Step& s, const Row& tuple) {
  if (s.binds_only) {
    for (const ArgMode& m : s.unchecked) vars_[static_cast<size_t>(m.var)] = tuple[m.column];
    return true;
  }
  return match_args(s.unchecked, tuple);
}

}  // namespace annals::query
