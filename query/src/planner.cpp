#include "planner.h"

#include <limits>

namespace annals::query {

bool term_bound(const CTerm& t, const std::vector<bool>& bound) {
  return !t.is_var() || bound[static_cast<size_t>(t.var)];
}

void expr_vars(const CExpr& e, std::vector<int>& out) {
  if (e.op == 0) {
    if (e.leaf.is_var()) out.push_back(e.leaf.var);
    return;
  }
  for (const CExpr& o : e.operands) expr_vars(o, out);
}

namespace {

bool all_bound(const std::vector<int>& vars, const std::vector<bool>& bound) {
  for (int v : vars)
    if (!bound[static_cast<size_t>(v)]) return false;
  return true;
}

int first_unbound(const std::vector<int>& vars, const std::vector<bool>& bound) {
  for (int v : vars)
    if (!bound[static_cast<size_t>(v)]) return v;
  return -1;
}

std::vector<int> literal_vars(const CLiteral& l) {
  std::vector<int> vars;
  for (const CTerm& t : l.args)
    if (t.is_var()) vars.push_back(t.var);
  if (l.kind == CLiteral::Kind::kCompare) {
    expr_vars(l.lhs, vars);
    expr_vars(l.rhs, vars);
  }
  return vars;
}

// Which arguments of a built-in must be bound before it can run.
bool builtin_ready(const CLiteral& l, const std::vector<bool>& bound) {
  switch (l.builtin) {
    case Builtin::kYear:
    case Builtin::kMonth:
    case Builtin::kWeekday:
    case Builtin::kLower:
    case Builtin::kUpper:
      return term_bound(l.args[0], bound);
    case Builtin::kContains:
      return term_bound(l.args[0], bound) && term_bound(l.args[1], bound);
    default:
      return true;  // Allen relations enumerate events
  }
}

struct Readiness {
  bool ready = false;
  bool assign = false;
  bool assign_lhs = false;
};

// Can the argument at `position` of a positive literal bind its variable?
// The inputs of calendar and string built-ins cannot: `weekday(D, W)` reads D.
bool binds_argument(const CLiteral& l, size_t position) {
  if (l.kind != CLiteral::Kind::kBuiltin) return true;
  switch (l.builtin) {
    case Builtin::kYear:
    case Builtin::kMonth:
    case Builtin::kWeekday:
    case Builtin::kLower:
    case Builtin::kUpper:
      return position == 1;
    case Builtin::kContains:
      return false;
    default:
      return true;  // Allen relations enumerate events
  }
}

// `S = 2024` is a test, not an assignment, when an atom can bind S.
bool bound_by_some_atom(const CRule& rule, int var) {
  for (const CLiteral& l : rule.body) {
    if (l.negated || l.kind == CLiteral::Kind::kCompare) continue;
    for (size_t i = 0; i < l.args.size(); ++i)
      if (l.args[i].var == var && binds_argument(l, i)) return true;
  }
  return false;
}

Readiness readiness(const CRule& rule, const CLiteral& l, const std::vector<bool>& bound,
                    const std::vector<std::string>& names) {
  if (l.negated) {
    for (const CTerm& t : l.args)
      if (t.is_var() && !bound[static_cast<size_t>(t.var)] && names[t.var] != "_") return {};
    if (l.kind == CLiteral::Kind::kBuiltin && !builtin_ready(l, bound)) return {};
    return {true};
  }
  if (l.kind == CLiteral::Kind::kCompare) {
    std::vector<int> left, right;
    expr_vars(l.lhs, left);
    expr_vars(l.rhs, right);
    const bool lb = all_bound(left, bound), rb = all_bound(right, bound);
    if (lb && rb) return {true};
    if (l.op != "=") return {};
    if (l.lhs.op == 0 && l.lhs.leaf.is_var() && !lb && rb &&
        !bound_by_some_atom(rule, l.lhs.leaf.var))
      return {true, true, true};
    if (l.rhs.op == 0 && l.rhs.leaf.is_var() && !rb && lb &&
        !bound_by_some_atom(rule, l.rhs.leaf.var))
      return {true, true, false};
    return {};
  }
  if (l.kind == CLiteral::Kind::kBuiltin) return {builtin_ready(l, bound)};
  return {true};
}

void bind_literal(const CLiteral& l, const Readiness& r, std::vector<bool>& bound) {
  if (l.negated) return;
  if (l.kind == CLiteral::Kind::kCompare) {
    if (r.assign) bound[static_cast<size_t>(r.assign_lhs ? l.lhs.leaf.var : l.rhs.leaf.var)] = true;
    return;
  }
  for (const CTerm& t : l.args)
    if (t.is_var()) bound[static_cast<size_t>(t.var)] = true;
}

bool is_filter(const CLiteral& l, const std::vector<bool>& bound) {
  if (l.negated || l.kind == CLiteral::Kind::kCompare) return true;
  for (const CTerm& t : l.args)
    if (!term_bound(t, bound)) return false;
  return true;
}

}  // namespace

double default_cost(const CLiteral& l, const std::vector<bool>& bound) {
  if (l.kind == CLiteral::Kind::kBuiltin) {
    if (l.builtin == Builtin::kYear || l.builtin == Builtin::kMonth ||
        l.builtin == Builtin::kWeekday || l.builtin == Builtin::kLower ||
        l.builtin == Builtin::kUpper || l.builtin == Builtin::kContains)
      return 1;
    const bool a = term_bound(l.args[0], bound), b = term_bound(l.args[1], bound);
    return a && b ? 0.5 : (a || b ? 1e4 : 1e9);
  }
  int bound_args = 0;
  for (const CTerm& t : l.args) bound_args += term_bound(t, bound) ? 1 : 0;
  double base = 1e4;
  if (l.kind == CLiteral::Kind::kBase) {
    const bool per_event = l.base != BaseRel::kEntity && l.base != BaseRel::kAlias &&
                           l.base != BaseRel::kDoc && l.base != BaseRel::kTimeline &&
                           l.base != BaseRel::kDocDateSource;
    if (per_event && term_bound(l.args[0], bound)) return 2;
    base = 1e6;
    if (l.date_bounds.from || l.date_bounds.to) base = 1e4;
  }
  for (int i = 0; i < bound_args; ++i) base /= 30;
  return base;
}

std::variant<Plan, UnsafeVariable> plan_rule(const CRule& rule, int first, const CostModel& cost) {
  std::vector<bool> bound(rule.var_names.size(), false);
  std::vector<bool> used(rule.body.size(), false);
  Plan plan;
  auto take = [&](int i, const Readiness& r) {
    used[static_cast<size_t>(i)] = true;
    bind_literal(rule.body[static_cast<size_t>(i)], r, bound);
    plan.steps.push_back({i, r.assign, r.assign_lhs});
  };
  if (first >= 0)
    take(first, readiness(rule, rule.body[static_cast<size_t>(first)], bound, rule.var_names));
  for (;;) {
    int best = -1;
    Readiness best_r;
    double best_cost = std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < rule.body.size(); ++i) {
      if (used[i]) continue;
      const CLiteral& l = rule.body[i];
      Readiness r = readiness(rule, l, bound, rule.var_names);
      if (!r.ready) continue;
      const double c = is_filter(l, bound) ? -1.0 : cost(l, bound);
      if (c < best_cost) {
        best_cost = c;
        best = static_cast<int>(i);
        best_r = r;
      }
    }
    if (best < 0) break;
    take(best, best_r);
  }
  for (size_t i = 0; i < rule.body.size(); ++i) {
    if (used[i]) continue;
    const CLiteral& l = rule.body[i];
    std::vector<int> vars = literal_vars(l);
    int v = first_unbound(vars, bound);
    if (l.negated) {
      v = -1;
      for (int x : vars)
        if (!bound[static_cast<size_t>(x)] && rule.var_names[x] != "_") {
          v = x;
          break;
        }
    }
    return UnsafeVariable{static_cast<int>(i), v};
  }
  for (const CTerm& t : rule.head_args)
    if (t.is_var() && !bound[static_cast<size_t>(t.var)]) return UnsafeVariable{-1, t.var};
  return plan;
}

}  // namespace annals::query
