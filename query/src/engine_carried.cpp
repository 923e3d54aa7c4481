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
#include <thread>

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
  CarriedWork work;
  work.relation = r;
  work.carried = carried;
  work.columns = columns;
  work.seeds = &seeds;
  std::vector<std::uint32_t>& order = work.order;
  for (std::uint32_t id = 0; id < seeds.size(); ++id)
    if (demanded(seeds.row(id))) order.push_back(id);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return key_less(seeds.row(a), seeds.row(b), columns);
  });
  for (size_t i = 0; i < order.size(); ++i)
    if (i == 0 || !same_key(seeds.row(order[i - 1]), seeds.row(order[i]), columns))
      work.group_starts.push_back(i);
  work.group_starts.push_back(order.size());

  Relation& out = derived(r);
  if (limits_.threads < 2 || work.group_starts.size() < 3 || !parallel_safe(r)) {
    solve_groups(work, out);
    return;
  }
  // Two threads take groups in turn; the helper is an engine of its own
  // (variables, compiled rules, deltas) over the same read-only relations.
  Engine helper(program_, symbols_, kb_, limits_, started_);
  helper.full_ = full_;
  helper.delta_.resize(delta_.size());
  if (!prepare_shared_indexes(r)) {
    solve_groups(work, out);
    return;
  }
  Relation helped(def.arity);
  // The rules never read r whole (only its delta); its size, read when the
  // helper plans them, is that of the helper's own output, not one being written.
  helper.full_[static_cast<size_t>(r)] = &helped;
  std::thread thread([&] { helper.solve_groups(work, helped); });
  solve_groups(work, out);
  thread.join();
  out.append_distinct(helped);
  derived_ += helper.derived_;
  if (!failure_) failure_ = helper.failure_;
}

// The groups of `work` not yet taken, one at a time, into `out`.
void Engine::solve_groups(CarriedWork& work, Relation& out) {
  const int r = work.relation;
  const RelationDef& def = *program_.relations[static_cast<size_t>(r)];
  const int arity = def.arity;
  const Relation& seeds = *work.seeds;
  // One delta relation the compiled rules read; the next round's is swapped in.
  auto& delta = delta_[static_cast<size_t>(r)];
  delta = std::make_unique<Relation>(arity);
  Relation dense(arity), hashed(arity), next(arity);
  CarriedSink sink;
  if (arity - static_cast<int>(work.columns.size()) == 1) {
    sink.column = 0;
    while (work.carried >> sink.column & 1u) ++sink.column;
  }
  sink.dense = &dense;
  sink.hashed = &hashed;
  sink.next = &next;
  std::vector<Compiled> recursive = compile_recursive(r, sink);

  std::vector<V> values(static_cast<size_t>(arity));
  for (;;) {
    const size_t group = work.next_group.fetch_add(1);
    if (group + 1 >= work.group_starts.size() || work.stop) break;
    next.clear();
    for (size_t i = work.group_starts[group]; i < work.group_starts[group + 1]; ++i) {
      const Row row = seeds.row(work.order[i]);
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
    if (failure_) {
      work.stop = true;
      break;
    }
    derived_ += sink.size();
    out.append_distinct(dense);
    out.append_distinct(hashed);
    // Forget this value's tuples: clear the bits they set, not the bitmap.
    for (std::uint32_t id = 0; id < dense.size(); ++id) {
      const auto bit = static_cast<std::uint64_t>(dense.row(id)[sink.column].bits);
      sink.seen[static_cast<size_t>(bit >> 6)] &= ~(std::uint64_t{1} << (bit & 63));
    }
    dense.clear();
    hashed.clear();
  }
  delta.reset();
}

std::vector<Engine::Compiled> Engine::compile_recursive(int relation, CarriedSink& sink) {
  std::vector<Compiled> recursive;
  for (const CRule& rule : program_.relations[static_cast<size_t>(relation)]->rules)
    for (size_t j = 0; j < rule.body.size(); ++j) {
      const CLiteral& l = rule.body[j];
      if (l.kind != CLiteral::Kind::kRelation || l.relation != relation) continue;
      recursive.push_back(compile(rule, static_cast<int>(j)));
      // Into the sink directly: the rules read only the delta of the relation.
      recursive.back().sink = &sink;
      recursive.back().counts = false;
    }
  return recursive;
}

// Two threads may run the recursive rules when they read only relations and
// compare values: no store access, no interning of new strings.
bool Engine::parallel_safe(int relation) const {
  for (const CRule& rule : program_.relations[static_cast<size_t>(relation)]->rules)
    for (const CLiteral& l : rule.body)
      if (l.kind == CLiteral::Kind::kBase || l.kind == CLiteral::Kind::kBuiltin) return false;
  return true;
}

// Builds, before the threads start, every index the recursive rules probe,
// so that probing only reads; false when a relation is probed on two column
// sets (its last-used index would be written by both threads).
bool Engine::prepare_shared_indexes(int relation) {
  CarriedSink unused;
  std::vector<std::pair<const Relation*, std::uint32_t>> probed;
  for (const Compiled& c : compile_recursive(relation, unused))
    for (const Step& s : c.steps) {
      if (!s.source || s.source == delta_[static_cast<size_t>(relation)].get() || s.mask == 0)
        continue;
      for (const auto& [other, mask] : probed)
        if (other == s.source && mask != s.mask) return false;
      probed.emplace_back(s.source, s.mask);
      s.source->prepare_index(s.mask);
    }
  return true;
}

}  // namespace annals::query
