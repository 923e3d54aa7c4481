// Aggregates: count, sum, min and max per group, over a complete relation.
#include "engine_steps.h"

namespace annals::query {

void Engine::evaluate_aggregate(int relation) {
  const AggregateSpec& spec = *program_.relations[static_cast<size_t>(relation)]->aggregate;
  const Relation& source = *full_[static_cast<size_t>(spec.source)];
  Relation& out = derived(relation);
  const int g = static_cast<int>(spec.group_columns.size());
  struct Acc {
    std::int64_t count = 0;
    std::int64_t int_sum = 0;
    double float_sum = 0;
    bool floats = false;
    std::optional<V> best;
  };
  Relation groups(g);
  Relation distinct(g + 1);
  std::vector<Acc> accs;
  std::vector<V> key(static_cast<size_t>(g) + 1);
  // A count of every tuple (the source is a set): its size.
  if (g == 0 && spec.function == "count" && spec.argument_column < 0) {
    key[0] = V::integer(static_cast<std::int64_t>(source.size()));
    out.insert(key.data());
    return;
  }
  for (std::uint32_t id = 0; id < source.size(); ++id) {
    tick();
    if (failure_) return;
    const Row t = source.row(id);
    for (int k = 0; k < g; ++k)
      key[static_cast<size_t>(k)] = t[spec.group_columns[static_cast<size_t>(k)]];
    std::uint32_t group = 0;
    if (groups.insert(key.data())) {
      group = static_cast<std::uint32_t>(groups.size() - 1);
      accs.emplace_back();
    } else if (g > 0) {
      groups.probe((1u << g) - 1, key.data(), [&](std::uint32_t found) {
        group = found;
        return false;
      });
    }
    Acc& acc = accs[group];
    V arg_value;
    const V* arg = nullptr;
    if (spec.argument_column >= 0) {
      arg_value = t[spec.argument_column];
      arg = &arg_value;
    }
    if (spec.function == "count") {
      if (arg) {
        key[static_cast<size_t>(g)] = *arg;
        if (distinct.insert(key.data())) ++acc.count;
      } else {
        ++acc.count;
      }
    } else if (spec.function == "sum") {
      if (arg->kind == Kind::kInt)
        acc.int_sum += arg->bits;
      else if (arg->kind == Kind::kFloat) {
        acc.floats = true;
        acc.float_sum += arg->as_double();
      }
    } else {
      const char* op = spec.function == "min" ? "<" : ">";
      auto better = acc.best ? compare_values(*arg, op, *acc.best, symbols_) : std::optional(true);
      if (better && *better) acc.best = *arg;
    }
  }
  if (g == 0 && accs.empty() && spec.function != "min" && spec.function != "max") {
    accs.emplace_back();
    groups.insert(key.data());
  }
  for (std::uint32_t group = 0; group < accs.size(); ++group) {
    const Acc& acc = accs[group];
    for (int k = 0; k < g; ++k) key[static_cast<size_t>(k)] = groups.row(group)[k];
    V result;
    if (spec.function == "count")
      result = V::integer(acc.count);
    else if (spec.function == "sum")
      result = acc.floats ? V::real(acc.float_sum + static_cast<double>(acc.int_sum))
                          : V::integer(acc.int_sum);
    else if (acc.best)
      result = *acc.best;
    else
      continue;
    key[static_cast<size_t>(g)] = result;
    out.insert(key.data());
  }
}

}  // namespace annals::query
