// The engine's compiled rule steps, shared by its translation units.
#pragma once

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

struct Engine::Compiled {
  const CRule* rule = nullptr;
  std::vector<Step> steps;
  Relation* out = nullptr;
  bool counts = true;          // out is the full relation: count derived tuples here
  std::uint64_t produced = 0;  // new tuples this rule put into out
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
