#include "engine.h"

#include <algorithm>
#include <cmath>

#include "builtins.h"
#include "engine_steps.h"

namespace annals::query {

namespace {
bool int_holds(CompareOp op, std::int64_t a, std::int64_t b) {
  switch (op) {
    case CompareOp::kLt:
      return a < b;
    case CompareOp::kLe:
      return a <= b;
    case CompareOp::kGt:
      return a > b;
    case CompareOp::kGe:
      return a >= b;
    case CompareOp::kEq:
      return a == b;
    default:
      return a != b;
  }
}
}  // namespace

Engine::Engine(const Program& program, SymbolTable& symbols, KbAccess& kb, const Limits& limits,
               std::chrono::steady_clock::time_point started)
    : program_(program), symbols_(symbols), kb_(kb), limits_(limits), started_(started) {}

void Engine::check_limits() {
  if (failure_) return;
  if (limits_.cancel && limits_.cancel->load()) failure_ = "interrupted";
  if (limits_.deadline_ms) {
    const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - started_);
    if (elapsed.count() > *limits_.deadline_ms) {
      std::string limit = std::to_string(*limits_.deadline_ms / 1000.0);
      limit.erase(limit.find_last_not_of('0') + 1);
      if (limit.back() == '.') limit.pop_back();
      failure_ = "interrupted: time limit of " + limit + " s reached (--timeout, .timeout)";
      if (current_rule_) *failure_ += " while evaluating " + site_text(*current_rule_);
    }
  }
}

std::optional<Day> Engine::as_of_for(const CLiteral& l) const {
  return l.as_of ? l.as_of : as_of_;
}

double Engine::estimate(const CLiteral& l, const std::vector<bool>& bound) const {
  if (l.kind != CLiteral::Kind::kRelation) return default_cost(l, bound);
  const Relation* r = full_[static_cast<size_t>(l.relation)];
  double size = r ? static_cast<double>(r->size()) + 1 : 1e4;
  for (const CTerm& t : l.args)
    if (term_bound(t, bound)) size = std::max(1.0, size / 30);
  return size;
}

std::optional<V> Engine::eval(const CExpr& e) {
  if (e.op == 0) return e.leaf.is_var() ? vars_[static_cast<size_t>(e.leaf.var)] : e.leaf.constant;
  auto a = eval(e.operands[0]);
  auto b = eval(e.operands[1]);
  if (!a || !b) return std::nullopt;
  if (e.op == '/' && b->is_number() && b->as_double() == 0 && a->is_number()) {
    fail_division(e);
    return std::nullopt;
  }
  return arithmetic(e.op, *a, *b);
}

void Engine::fail_division(const CExpr& division) {
  if (failure_) return;
  failure_ = "division by zero in `" + expression_text(division, *current_rule_) + "`";
  if (!program_.relations[static_cast<size_t>(current_rule_->head)]->hidden)
    *failure_ += ", in " + site_text(*current_rule_);
}

Engine::Compiled Engine::compile(const CRule& rule, int delta_literal) {
  CostModel cost = [this](const CLiteral& l, const std::vector<bool>& bound) {
    return estimate(l, bound);
  };
  auto planned = plan_rule(rule, delta_literal, cost);
  Compiled c;
  c.rule = &rule;
  c.head.resize(rule.head_args.size());
  const Plan& plan = std::get<Plan>(planned);  // the checker rejected unsafe rules
  std::vector<bool> bound(rule.var_names.size(), false);
  for (const PlanStep& ps : plan.steps) {
    const CLiteral& l = rule.body[static_cast<size_t>(ps.literal)];
    Step s;
    s.literal = &l;
    s.assign = ps.assign;
    s.assign_lhs = ps.assign_lhs;
    std::vector<bool> bound_here = bound;
    for (size_t i = 0; i < l.args.size(); ++i) {
      const CTerm& t = l.args[i];
      ArgMode m;
      if (!t.is_var()) {
        m.mode = ArgMode::kConst;
        m.constant = t.constant;
        if (t.constant.kind != Kind::kDateRange) s.mask |= 1u << i;
      } else if (bound[static_cast<size_t>(t.var)]) {
        m.mode = ArgMode::kCheck;
        m.var = t.var;
        s.mask |= 1u << i;
      } else if (bound_here[static_cast<size_t>(t.var)]) {
        m.mode = ArgMode::kCheckSame;
        m.var = t.var;
      } else {
        m.mode = l.negated ? ArgMode::kIgnore : ArgMode::kBind;
        m.var = t.var;
        bound_here[static_cast<size_t>(t.var)] = true;
      }
      m.column = static_cast<int>(i);
      s.args.push_back(m);
    }
    if (l.kind == CLiteral::Kind::kCompare && !l.negated && !ps.assign && l.lhs.op == 0 &&
        l.rhs.op == 0) {
      static const std::pair<const char*, CompareOp> kOps[] = {
          {"<", CompareOp::kLt},  {"<=", CompareOp::kLe}, {">", CompareOp::kGt},
          {">=", CompareOp::kGe}, {"=", CompareOp::kEq},  {"!=", CompareOp::kNe}};
      for (const auto& [text, op] : kOps)
        if (l.op == text) s.op = op;
      s.lhs_var = l.lhs.leaf.is_var() ? l.lhs.leaf.var : -1;
      s.rhs_var = l.rhs.leaf.is_var() ? l.rhs.leaf.var : -1;
      s.lhs_constant = l.lhs.leaf.constant;
      s.rhs_constant = l.rhs.leaf.constant;
    }
    if (l.kind == CLiteral::Kind::kRelation) {
      for (const ArgMode& m : s.args)
        if (!(s.mask & (1u << m.column))) s.unchecked.push_back(m);
      s.binds_only = std::all_of(s.unchecked.begin(), s.unchecked.end(),
                                 [](const ArgMode& m) { return m.mode == ArgMode::kBind; });
      const size_t rel = static_cast<size_t>(l.relation);
      s.source = ps.literal == delta_literal ? delta_[rel].get() : full_[rel];
      s.key.resize(std::max<size_t>(1, l.args.size()));
      // Constants are in the key once for all; bound variables on each probe.
      for (const ArgMode& m : s.args) {
        if (m.mode == ArgMode::kConst) s.key[static_cast<size_t>(m.column)] = m.constant;
        if (m.mode == ArgMode::kCheck) s.checked.push_back(m);
      }
    }
    if (!l.negated) {
      if (l.kind == CLiteral::Kind::kCompare) {
        if (ps.assign)
          bound[static_cast<size_t>(ps.assign_lhs ? l.lhs.leaf.var : l.rhs.leaf.var)] = true;
      } else {
        bound = bound_here;
      }
    }
    c.steps.push_back(std::move(s));
  }
  return c;
}

template <class Tuple>
bool Engine::match(const Step& s, const Tuple& tuple) {
  return match_args(s.args, tuple);
}

template <class Tuple>
bool Engine::match_args(const std::vector<ArgMode>& args, const Tuple& tuple) {
  for (const ArgMode& m : args) {
    const int i = m.column;
    switch (m.mode) {
      case ArgMode::kConst:
        if (m.constant.kind == Kind::kDateRange && tuple[i].kind == Kind::kDate) {
          if (tuple[i].first_day() < m.constant.first_day() ||
              tuple[i].first_day() > m.constant.last_day())
            return false;
        } else if (!(m.constant == tuple[i])) {
          return false;
        }
        break;
      case ArgMode::kCheck:
      case ArgMode::kCheckSame:
        if (!(vars_[static_cast<size_t>(m.var)] == tuple[i])) return false;
        break;
      case ArgMode::kBind:
        vars_[static_cast<size_t>(m.var)] = tuple[i];
        break;
      case ArgMode::kIgnore:
        break;
    }
  }
  return true;
}

// Used by match_rest, inline in engine_steps.h for the join loops.
template bool Engine::match_args<Row>(const std::vector<ArgMode>& args, const Row& tuple);

bool Engine::exists(Step& s) {
  const CLiteral& l = *s.literal;
  bool found = false;
  if (l.kind == CLiteral::Kind::kRelation) {
    for (size_t i = 0; i < s.args.size(); ++i) {
      const ArgMode& m = s.args[i];
      if (m.mode == ArgMode::kConst) s.key[i] = m.constant;
      if (m.mode == ArgMode::kCheck) s.key[i] = vars_[static_cast<size_t>(m.var)];
    }
    s.source->probe(s.mask, s.key.data(), [&](std::uint32_t id) {
      found = match_rest(s, s.source->row(id));
      return !found;
    });
    return found;
  }
  auto visit = [&](const V* tuple) { found = found || match(s, tuple); };
  if (l.kind == CLiteral::Kind::kBase)
    enumerate_base(s, visit);
  else
    enumerate_builtin(s, visit);
  return found;
}

void Engine::emit(Compiled& c) {
  const CRule& rule = *c.rule;
  for (size_t i = 0; i < rule.head_args.size(); ++i) {
    const CTerm& t = rule.head_args[i];
    c.head[i] = t.is_var() ? vars_[static_cast<size_t>(t.var)] : t.constant;
  }
  if (c.sink) {
    if (!c.sink->add(c.head.data())) return;
    if (++c.produced, c.sink->size() > limits_.max_derived_tuples) fail_unbounded(rule);
    return;
  }
  if (!c.out->insert(c.head.data())) return;
  ++c.produced;
  // A recursive round's new tuples are counted at its merge; a round that
  // alone makes more than the cap stops before it.
  if ((c.counts ? ++derived_ : c.out->size()) > limits_.max_derived_tuples) fail_unbounded(rule);
}

void Engine::fail_unbounded(const CRule& rule) {
  if (failure_) return;
  const RelationDef& def = *program_.relations[static_cast<size_t>(rule.head)];
  const std::string limit = std::to_string(limits_.max_derived_tuples);
  if (def.hidden)
    failure_ = site_text(rule) + " derived more than " + limit +
               " tuples (--max-tuples); is a join missing a shared variable?";
  else
    failure_ = "`" + def.name + "/" + std::to_string(def.arity) + "` grew past " + limit +
               " derived tuples (--max-tuples) in " + site_text(rule) +
               "; is it unbounded (e.g. D2 = D1 + 1)?";
}

void Engine::run(Compiled& c, size_t i) {
  // Comparisons of integers are filters: passed in a loop, not a call each.
  for (; i < c.steps.size() && c.steps[i].op != CompareOp::kNone; ++i) {
    const Step& s = c.steps[i];
    const V& a = s.lhs_var >= 0 ? vars_[static_cast<size_t>(s.lhs_var)] : s.lhs_constant;
    const V& b = s.rhs_var >= 0 ? vars_[static_cast<size_t>(s.rhs_var)] : s.rhs_constant;
    if (a.kind != Kind::kInt || b.kind != Kind::kInt) break;
    if (!int_holds(s.op, a.bits, b.bits)) return;
  }
  if (failure_) return;
  if (i == c.steps.size()) return emit(c);
  tick();
  Step& s = c.steps[i];
  const CLiteral& l = *s.literal;
  if (l.negated) {
    if (!exists(s)) run(c, i + 1);
    return;
  }
  switch (l.kind) {
    case CLiteral::Kind::kCompare: {
      if (s.op != CompareOp::kNone) {
        const V& a = s.lhs_var >= 0 ? vars_[static_cast<size_t>(s.lhs_var)] : s.lhs_constant;
        const V& b = s.rhs_var >= 0 ? vars_[static_cast<size_t>(s.rhs_var)] : s.rhs_constant;
        if (a.kind == Kind::kInt && b.kind == Kind::kInt) {
          if (int_holds(s.op, a.bits, b.bits)) run(c, i + 1);
          return;
        }
      }
      if (s.assign) {
        auto v = eval(s.assign_lhs ? l.rhs : l.lhs);
        if (!v) return;
        vars_[static_cast<size_t>(s.assign_lhs ? l.lhs.leaf.var : l.rhs.leaf.var)] = *v;
        run(c, i + 1);
        return;
      }
      auto a = eval(l.lhs);
      auto b = eval(l.rhs);
      if (!a || !b) return;
      auto holds = compare_values(*a, l.op, *b, symbols_);
      if (holds && *holds) run(c, i + 1);
      return;
    }
    case CLiteral::Kind::kRelation: {
      if (s.mask == 0 && i + 1 < c.steps.size() && c.steps[i + 1].source &&
          c.steps[i + 1].mask != 0)
        return scan_then_probe(c, i);
      for (const ArgMode& m : s.checked)
        s.key[static_cast<size_t>(m.column)] = vars_[static_cast<size_t>(m.var)];
      auto visit = [&](std::uint32_t id) {
        if (match_rest(s, s.source->row(id))) run(c, i + 1);
        return !failure_;
      };
      if (s.key_hashed) {
        s.key_hashed = false;
        s.source->probe(s.mask, s.key.data(), s.key_hash, visit);
      } else {
        s.source->probe(s.mask, s.key.data(), visit);
      }
      return;
    }
    case CLiteral::Kind::kBase:
      enumerate_base(s, [&](const V* t) {
        if (!failure_ && match(s, t)) run(c, i + 1);
      });
      return;
    case CLiteral::Kind::kBuiltin:
      enumerate_builtin(s, [&](const V* t) {
        if (!failure_ && match(s, t)) run(c, i + 1);
      });
      return;
  }
}

void Engine::evaluate_stratum(const Stratum& stratum) {
  for (int r : stratum.relations) {
    const RelationDef& def = *program_.relations[static_cast<size_t>(r)];
    if (owned_[static_cast<size_t>(r)]) derived(r).insert_all(def.facts);
  }
  if (stratum.relations.size() == 1 &&
      program_.relations[static_cast<size_t>(stratum.relations[0])]->aggregate) {
    evaluate_aggregate(stratum.relations[0]);
    return;
  }
  if (const std::uint32_t carried = carried_columns(stratum)) {
    evaluate_carried(stratum, carried);
    return;
  }
  std::vector<bool> in_stratum(program_.relations.size(), false);
  for (int r : stratum.relations) in_stratum[static_cast<size_t>(r)] = true;
  auto rules_of = [&](auto&& each) {
    for (int r : stratum.relations)
      for (const CRule& rule : program_.relations[static_cast<size_t>(r)]->rules) each(rule);
  };
  if (!stratum.recursive) {
    rules_of([&](const CRule& rule) {
      Compiled c = compile(rule, -1);
      c.out = &derived(rule.head);
      vars_.assign(rule.var_names.size(), V{});
      current_rule_ = &rule;
      run(c, 0);
    });
    return;
  }
  std::vector<std::unique_ptr<Relation>> fresh(program_.relations.size());
  for (int r : stratum.relations) {
    const int arity = program_.relations[static_cast<size_t>(r)]->arity;
    fresh[static_cast<size_t>(r)] = std::make_unique<Relation>(arity);
    delta_[static_cast<size_t>(r)] = std::make_unique<Relation>(arity);
  }
  // Rules derive into `fresh`, deduplicated there only; the merge tests them
  // against the full relation in one batch, which hides its memory latency.
  auto merge = [&]() {
    bool any = false;
    for (int r : stratum.relations) {
      auto& d = delta_[static_cast<size_t>(r)];
      auto& f = fresh[static_cast<size_t>(r)];
      d->clear();
      derived_ += derived(r).insert_new(*f, *d);
      f->clear();
      any = any || !d->empty();
    }
    if (derived_ > limits_.max_derived_tuples && !yields_.empty()) {
      auto grown =
          std::max_element(yields_.begin(), yields_.end(),
                           [](const auto& a, const auto& b) { return a.second < b.second; });
      fail_unbounded(*grown->first);
    }
    yields_.clear();
    return any;
  };
  auto run_rule = [&](const CRule& rule, int delta_literal) {
    Compiled c = compile(rule, delta_literal);
    c.out = fresh[static_cast<size_t>(rule.head)].get();
    c.counts = false;
    vars_.assign(rule.var_names.size(), V{});
    current_rule_ = &rule;
    run(c, 0);
    yields_.emplace_back(&rule, c.produced);
  };
  // First round: every rule over what is known (facts and lower strata).
  rules_of([&](const CRule& rule) { run_rule(rule, -1); });
  while (merge() && !failure_) {
    // Semi-naive: each rule once per recursive atom, that atom reading the delta.
    rules_of([&](const CRule& rule) {
      for (size_t j = 0; j < rule.body.size() && !failure_; ++j) {
        const CLiteral& l = rule.body[j];
        if (l.kind != CLiteral::Kind::kRelation || l.negated ||
            !in_stratum[static_cast<size_t>(l.relation)])
          continue;
        if (delta_[static_cast<size_t>(l.relation)]->empty()) continue;
        run_rule(rule, static_cast<int>(j));
      }
    });
  }
}

void Engine::reset_relations() {
  full_.clear();
  owned_.clear();
  delta_.clear();
  for (const auto& def : program_.relations) {
    if (def->rules.empty() && !def->aggregate) {
      full_.push_back(&def->facts);
      owned_.push_back(nullptr);
    } else {
      owned_.push_back(std::make_unique<Relation>(def->arity));
      full_.push_back(owned_.back().get());
    }
    delta_.push_back(nullptr);
  }
}

std::optional<std::string> Engine::evaluate(int target) {
  auto strata = stratify(program_, {target});
  if (auto* err = std::get_if<StratifyError>(&strata)) return err->message;
  reset_relations();
  strata_ = std::get<std::vector<Stratum>>(strata);
  for (const Stratum& s : strata_) {
    evaluate_stratum(s);
    if (failure_) return failure_;
  }
  return std::nullopt;
}

}  // namespace annals::query
