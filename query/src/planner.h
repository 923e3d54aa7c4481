// Join ordering: greedily picks the cheapest literal whose inputs are bound,
// filters (comparisons, negations, bound built-ins) as early as possible.
// The same walk finds unsafe variables for the checker.
#pragma once

#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "program.h"

namespace annals::query {

struct PlanStep {
  int literal = -1;
  bool assign = false;      // `X = expr` binding X
  bool assign_lhs = false;  // the variable is the left-hand side
};

struct Plan {
  std::vector<PlanStep> steps;
};

struct UnsafeVariable {
  int literal = -1;  // -1: the head
  int var = -1;
};

// Estimated tuples a literal yields per input binding, given bound variables.
using CostModel = std::function<double(const CLiteral&, const std::vector<bool>& bound)>;

std::variant<Plan, UnsafeVariable> plan_rule(const CRule& rule, int first, const CostModel& cost);

// Cost with no statistics: bound arguments make atoms cheap.
double default_cost(const CLiteral& literal, const std::vector<bool>& bound);

bool term_bound(const CTerm& t, const std::vector<bool>& bound);
void expr_vars(const CExpr& e, std::vector<int>& out);

}  // namespace annals::query
