// The engine's compiled rule steps, shared by its translation units.
#pragma once

#include <vector>

#include "engine.h"

namespace annals::query {

struct Engine::ArgMode {
  enum Mode : std::uint8_t { kConst, kCheck, kBind, kCheckSame, kIgnore };
  Mode mode = kConst;
  int var = -1;
  V constant;
};

struct Engine::Step {
  const CLiteral* literal = nullptr;
  bool assign = false;
  bool assign_lhs = false;
  std::vector<ArgMode> args;
  const Relation* source = nullptr;  // kRelation: full or delta
  std::uint32_t mask = 0;
  std::vector<V> key;
};

struct Engine::Compiled {
  const CRule* rule = nullptr;
  std::vector<Step> steps;
  Relation* out = nullptr;
  const Relation* known = nullptr;  // skip head tuples already here
  std::vector<V> head;
};

}  // namespace annals::query
