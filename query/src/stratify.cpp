#include "stratify.h"

#include <algorithm>
#include <functional>
#include <variant>

namespace annals::query {

namespace {

struct Edge {
  int to;
  bool negative;  // through `not` or an aggregate
  int rule;
  int literal;
};

std::vector<std::vector<Edge>> dependency_graph(const Program& p) {
  std::vector<std::vector<Edge>> g(p.relations.size());
  for (size_t r = 0; r < p.relations.size(); ++r) {
    const RelationDef& def = *p.relations[r];
    if (def.aggregate) g[r].push_back({def.aggregate->source, true, -1, -1});
    for (size_t i = 0; i < def.rules.size(); ++i) {
      const CRule& rule = def.rules[i];
      for (size_t j = 0; j < rule.body.size(); ++j) {
        const CLiteral& l = rule.body[j];
        if (l.kind != CLiteral::Kind::kRelation || l.relation < 0) continue;
        const bool through_aggregate = p.relations[l.relation]->aggregate.has_value();
        g[r].push_back(
            {l.relation, l.negated || through_aggregate, static_cast<int>(i), static_cast<int>(j)});
      }
    }
  }
  return g;
}

}  // namespace

std::variant<std::vector<Stratum>, StratifyError> stratify(const Program& p,
                                                           const std::vector<int>& targets) {
  const auto g = dependency_graph(p);
  const int n = static_cast<int>(p.relations.size());
  // Tarjan's SCC, iterative over an explicit stack so deep programs are safe.
  std::vector<int> index(n, -1), low(n, 0), component(n, -1);
  std::vector<bool> on_stack(n, false);
  std::vector<int> stack;
  std::vector<std::vector<int>> components;
  int counter = 0;
  std::vector<int> roots = targets;
  if (roots.empty())
    for (int i = 0; i < n; ++i) roots.push_back(i);
  for (int root : roots) {
    if (index[root] >= 0) continue;
    std::vector<std::pair<int, size_t>> work{{root, 0}};
    index[root] = low[root] = counter++;
    stack.push_back(root);
    on_stack[root] = true;
    while (!work.empty()) {
      auto& [v, next] = work.back();
      if (next < g[v].size()) {
        const int w = g[v][next++].to;
        if (index[w] < 0) {
          index[w] = low[w] = counter++;
          stack.push_back(w);
          on_stack[w] = true;
          work.push_back({w, 0});
        } else if (on_stack[w]) {
          low[v] = std::min(low[v], index[w]);
        }
        continue;
      }
      if (low[v] == index[v]) {
        std::vector<int> members;
        int w;
        do {
          w = stack.back();
          stack.pop_back();
          on_stack[w] = false;
          component[w] = static_cast<int>(components.size());
          members.push_back(w);
        } while (w != v);
        components.push_back(std::move(members));
      }
      const int done = v;
      work.pop_back();
      if (!work.empty()) low[work.back().first] = std::min(low[work.back().first], low[done]);
    }
  }
  std::vector<Stratum> strata;
  for (const auto& members : components) {
    Stratum s;
    s.relations = members;
    for (int r : members)
      for (const Edge& e : g[r]) {
        if (component[e.to] != component[r]) continue;
        s.recursive = true;
        if (!e.negative) continue;
        StratifyError err;
        err.relation = r;
        err.rule = e.rule;
        err.literal = e.literal;
        std::string cycle;
        for (int m : members)
          if (!p.relations[m]->hidden) cycle += (cycle.empty() ? "" : ", ") + p.relations[m]->name;
        err.message =
            "unstratifiable program: negation or aggregation inside the recursive cycle "
            "of " +
            cycle;
        return err;
      }
    strata.push_back(std::move(s));
  }
  return strata;
}

}  // namespace annals::query
