// Orders relations into strata so that negation and aggregation only read
// relations that are complete.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "program.h"

namespace annals::query {

struct Stratum {
  std::vector<int> relations;
  bool recursive = false;
};

struct StratifyError {
  int relation = -1;  // the rule's head
  int rule = -1;
  int literal = -1;  // the negated or aggregate literal inside the cycle
  std::string message;
};

// Strata needed to compute `targets` (all relations when empty), dependencies first.
std::variant<std::vector<Stratum>, StratifyError> stratify(const Program& program,
                                                           const std::vector<int>& targets);

}  // namespace annals::query
