// Linear recursion that carries columns through unchanged, such as X in
//   reach(X, Y) :- edge(X, Y).
//   reach(X, Z) :- reach(X, Y), edge(Y, Z).
// splits into independent fixpoints, one per value of the carried columns:
// no rule ever mixes tuples of two values. Each is iterated semi-naively in
// relations of its own size, which stay in cache (the whole closure's hash
// table would not), and needs no test against the others when appended to
// the result. A query that fixes the carried columns (`?- reach(5, Y).`)
// computes only the fixpoints it asks for: a demand-driven rewrite, as magic
// sets would give for this form.
#include <algorithm>

#include "engine_steps.h"

namespace annals::query {

namespace {

int occurrences(const CRule& rule, int var) {
  int n = 0;
  for (const CTerm& t : rule.head_args) n += t.var == var ? 1 : 0;
  for (const CLiteral& l : rule.body) {
    for (const CTerm& t : l.args) n += t.var == var ? 1 : 0;
    std::vector<int> vars;
    expr_vars(l.lhs, vars);
    expr_vars(l.rhs, vars);
    n += static_cast<int>(std::count(vars.begin(), vars.end(), var));
  }
  return n;
}

// Orders tuples by their values in the carried columns.
bool key_less(const Row& a, const Row& b, const std::vector<int>& columns) {
  for (int c : columns) {
    const V x = a[c], y = b[c];
    if (x == y) continue;
    const auto kx = x.is_symbol() ? Kind::kString : x.kind,
               ky = y.is_symbol() ? Kind::kString : y.kind;
    if (kx != ky) return kx < ky;
    if (x.bits != y.bits) return x.bits < y.bits;
    return x.aux < y.aux;
  }
  return false;
}

bool same_key(const Row& a, const Row& b, const std::vector<int>& columns) {
  for (int c : columns)
    if (!(a[c] == b[c])) return false;
  return true;
}

}  // namespace

std::uint32_t Engine::carried_columns(const Stratum& stratum) const {
  if (stratum.relations.size() != 1 || !stratum.recursive) return 0;
  const int r = stratum.relations[0];
  const RelationDef& def = *program_.relations[static_cast<size_t>(r)];
  if (def.aggregate || def.arity == 0 || def.arity > 31) return 0;
  std::uint32_t carried = (1u << def.arity) - 1;
  bool recursive = false;
  for (const CRule& rule : def.rules) {
    const CLiteral* self = nullptr;
    for (const CLiteral& l : rule.body) {
      if (l.kind != CLiteral::Kind::kRelation || l.relation != r) continue;
      if (self || l.negated) return 0;  // not linear
      self = &l;
    }
    if (!self) continue;
    recursive = true;
    for (int p = 0; p < def.arity; ++p) {
      const CTerm& head = rule.head_args[static_cast<size_t>(p)];
      const CTerm& body = self->args[static_cast<size_t>(p)];
      // The same variable in the same place, used nowhere else.
      if (!head.is_var() || body.var != head.var || occurrences(rule, head.var) != 2)
        carried &= ~(1u << p);
    }
  }
  return recursive ? carried : 0;
}

std::vector<std::pair<std::uint32_t, std::vector<V>>> Engine::demands_on(
    int relation, std::uint32_t carried) const {
  std::vector<std::pair<std::uint32_t, std::vector<V>>> demands;
  for (const Stratum& s : strata_)
    for (int reader : s.relations) {
      const RelationDef& def = *program_.relations[static_cast<size_t>(reader)];
      if (def.aggregate && def.aggregate->source == relation) return {};  // reads it whole
      if (reader == relation) continue;
      for (const CRule& rule : def.rules)
        for (const CLiteral& l : rule.body) {
          if (l.kind != CLiteral::Kind::kRelation || l.relation != relation) continue;
          std::uint32_t fixed = 0;
          std::vector<V> values(l.args.size());
          for (size_t p = 0; p < l.args.size(); ++p) {
            const CTerm& t = l.args[p];
            if ((carried >> p & 1u) && !t.is_var() && t.constant.kind != Kind::kDateRange) {
              fixed |= 1u << p;
              values[p] = t.constant;
            }
          }
          if (fixed == 0) return {};  // some reader needs every value
          demands.emplace_back(fixed, std::move(values));
        }
    }
  return demands;
}

void Engine::evaluate_carried(const Stratum& stratum, std::uint32_t carried) {
  const int r = stratum.relations[0];
  const RelationDef& def = *program_.relations[static_cast<size_t>(r)];
  const int arity = def.arity;
  std::vector<int> columns;
  for (int p = 0; p < arity; ++p)
    if (carried >> p & 1u) columns.push_back(p);

  // Seeds: the facts (inserted already) and what the rules without r derive.
  Relation seeds(arity);
  seeds.insert_all(derived(r));
  derived(r).clear();
  for (const CRule& rule : def.rules) {
    if (std::any_of(rule.body.begin(), rule.body.end(), [&](const CLiteral& l) {
          return l.kind == CLiteral::Kind::kRelation && l.relation == r;
        }))
      continue;
    Compiled c = compile(rule, -1);
    c.out = &seeds;
    c.counts = false;
    vars_.assign(rule.var_names.size(), V{});
    current_rule_ = &rule;
    run(c, 0);
    if (failure_) return;
  }

  // Only the values some reader asks for, when every reader fixes them.
  const auto demands = demands_on(r, carried);
  auto demanded = [&](const Row& seed) {
    if (demands.empty()) return true;
    for (const auto& [fixed, values] : demands) {
      bool match = true;
      for (int p : columns)
        if ((fixed >> p & 1u) && !(seed[p] == values[static_cast<size_t>(p)])) match = false;
      if (match) return true;
    }
    return false;
  };
  std::vector<std::uint32_t> order;
  for (std::uint32_t id = 0; id < seeds.size(); ++id)
    if (demanded(seeds.row(id))) order.push_back(id);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return key_less(seeds.row(a), seeds.row(b), columns);
  });

  // One delta relation the compiled rules read; the next round's is swapped in.
  auto& delta = delta_[static_cast<size_t>(r)];
  delta = std::make_unique<Relation>(arity);
  Relation dense(arity), hashed(arity), next(arity);
  CarriedSink sink;
  if (arity - static_cast<int>(columns.size()) == 1) {
    sink.column = 0;
    while (carried >> sink.column & 1u) ++sink.column;
  }
  sink.dense = &dense;
  sink.hashed = &hashed;
  sink.next = &next;
  std::vector<Compiled> recursive;
  for (const CRule& rule : def.rules)
    for (size_t j = 0; j < rule.body.size(); ++j) {
      const CLiteral& l = rule.body[j];
      if (l.kind != CLiteral::Kind::kRelation || l.relation != r) continue;
      recursive.push_back(compile(rule, static_cast<int>(j)));
      // Into the sink directly: the rules read only the delta of r.
      recursive.back().sink = &sink;
      recursive.back().counts = false;
    }

  std::vector<V> values(static_cast<size_t>(arity));
  for (size_t first = 0; first < order.size() && !failure_;) {
    size_t last = first + 1;
    while (last < order.size() &&
           same_key(seeds.row(order[first]), seeds.row(order[last]), columns))
      ++last;
    next.clear();
    for (size_t i = first; i < last; ++i) {
      const Row row = seeds.row(order[i]);
      for (int c = 0; c < arity; ++c) values[static_cast<size_t>(c)] = row[c];
      sink.add(values.data());
    }
    while (!next.empty() && !failure_) {
      std::swap(*delta, next);
      next.clear();
      for (Compiled& c : recursive) {
        vars_.assign(c.rule->var_names.size(), V{});
        current_rule_ = c.rule;
        c.produced = 0;
        run(c, 0);
        if (failure_) break;
        if (derived_ + sink.size() > limits_.max_derived_tuples) fail_unbounded(*c.rule);
      }
    }
    derived_ += sink.size();
    derived(r).append_distinct(dense);
    derived(r).append_distinct(hashed);
    // Forget this value's tuples: clear the bits they set, not the bitmap.
    for (std::uint32_t id = 0; id < dense.size(); ++id) {
      const auto bit = static_cast<std::uint64_t>(dense.row(id)[sink.column].bits);
      sink.seen[static_cast<size_t>(bit >> 6)] &= ~(std::uint64_t{1} << (bit & 63));
    }
    dense.clear();
    hashed.clear();
    first = last;
  }
  delta.reset();
}

}  // namespace annals::query
