#include "checker_support.h"

#include <algorithm>
#include <map>

namespace annals::query {

namespace x3 = boost::spirit::x3;

void collect_term_vars(const ast::Term& t, std::vector<std::string>& out) {
  if (auto* v = boost::get<ast::Variable>(&t)) out.push_back(v->name);
}
namespace {
void collect_product_vars(const ast::Product& p, std::vector<std::string>& out);
void collect_factor_vars(const ast::Factor& f, std::vector<std::string>& out) {
  if (auto* t = boost::get<ast::Term>(&f)) collect_term_vars(*t, out);
  if (auto* s = boost::get<x3::forward_ast<ast::Sum>>(&f)) collect_sum_vars(s->get(), out);
}
void collect_product_vars(const ast::Product& p, std::vector<std::string>& out) {
  collect_factor_vars(p.first, out);
  for (const auto& r : p.rest) collect_factor_vars(r.factor, out);
}
}  // namespace
void collect_sum_vars(const ast::Sum& s, std::vector<std::string>& out) {
  collect_product_vars(s.first, out);
  for (const auto& r : s.rest) collect_product_vars(r.product, out);
}
void collect_literal_vars(const ast::Literal& l, std::vector<std::string>& out) {
  if (auto* a = boost::get<ast::AtomCall>(&l))
    for (const auto& t : a->args) collect_term_vars(t, out);
  if (auto* n = boost::get<ast::Negation>(&l))
    for (const auto& t : n->atom.args) collect_term_vars(t, out);
  if (auto* c = boost::get<ast::Comparison>(&l)) {
    collect_sum_vars(c->lhs, out);
    collect_sum_vars(c->rhs, out);
  }
  if (auto* g = boost::get<ast::Aggregate>(&l)) {
    out.push_back(g->result.name);
    if (auto* by = boost::get<std::vector<ast::Variable>>(&g->over))
      for (const auto& v : *by) out.push_back(v.name);
  }
}
void collect_body_vars(const ast::Body& b, std::vector<std::string>& out) {
  for (const auto& l : b.literals) {
    collect_literal_vars(l, out);
    if (auto* g = boost::get<ast::Aggregate>(&l)) {
      if (g->argument) out.push_back(g->argument->name);
      if (auto* inner = boost::get<x3::forward_ast<ast::Body>>(&g->over))
        collect_body_vars(inner->get(), out);
    }
  }
}

// Date bounds for time/3 atoms from `S >= 2025-04-01` and constants in place.
void push_date_bounds(std::vector<CLiteral>& body) {
  std::map<int, DateBounds> var_bounds;
  auto tighten_from = [](DateBounds& b, Day d) { b.from = b.from ? std::max(*b.from, d) : d; };
  auto tighten_to = [](DateBounds& b, Day d) { b.to = b.to ? std::min(*b.to, d) : d; };
  for (const CLiteral& l : body) {
    if (l.kind != CLiteral::Kind::kCompare || l.negated) continue;
    if (l.lhs.op != 0 || l.rhs.op != 0) continue;
    const CTerm* var = nullptr;
    const CTerm* con = nullptr;
    std::string op = l.op;
    if (l.lhs.leaf.is_var() && !l.rhs.leaf.is_var()) {
      var = &l.lhs.leaf;
      con = &l.rhs.leaf;
    } else if (!l.lhs.leaf.is_var() && l.rhs.leaf.is_var()) {
      var = &l.rhs.leaf;
      con = &l.lhs.leaf;
      if (op[0] == '<')
        op[0] = '>';
      else if (op[0] == '>')
        op[0] = '<';
    }
    if (!var || !con->constant.is_date()) continue;
    DateBounds& b = var_bounds[var->var];
    const V& c = con->constant;
    if (op == ">=") tighten_from(b, c.first_day());
    if (op == ">") tighten_from(b, c.last_day() + 1);
    if (op == "<=") tighten_to(b, c.last_day());
    if (op == "<") tighten_to(b, c.first_day() - 1);
    if (op == "=") {
      tighten_from(b, c.first_day());
      tighten_to(b, c.last_day());
    }
  }
  for (CLiteral& l : body) {
    if (l.kind != CLiteral::Kind::kBase || l.base != BaseRel::kTime || l.negated) continue;
    for (int col = 1; col <= 2; ++col) {
      const CTerm& t = l.args[static_cast<size_t>(col)];
      if (t.is_var()) {
        auto it = var_bounds.find(t.var);
        if (it == var_bounds.end()) continue;
        if (it->second.from) tighten_from(l.date_bounds, *it->second.from);
        if (it->second.to) tighten_to(l.date_bounds, *it->second.to);
      } else if (t.constant.is_date()) {
        tighten_from(l.date_bounds, t.constant.first_day());
        tighten_to(l.date_bounds, t.constant.last_day());
      }
    }
  }
  // The bounds hold for the event too: `agent(E, "Brazil"), time(E, S, _),
  // S >= 2020-04-01` keeps only Brazil's events overlapping April, so the
  // agent scan reads that stretch of the actor's index, not its history.
  for (const CLiteral& t : body) {
    if (t.kind != CLiteral::Kind::kBase || t.base != BaseRel::kTime || t.negated) continue;
    if (!t.args[0].is_var() || (!t.date_bounds.from && !t.date_bounds.to)) continue;
    for (CLiteral& l : body) {
      if (&l == &t || l.kind != CLiteral::Kind::kBase || l.negated || l.as_of != t.as_of) continue;
      const BaseInfo* info = find_base_info(l.base);
      if (!info || !info->per_event || !l.args[0].is_var() || l.args[0].var != t.args[0].var)
        continue;
      if (t.date_bounds.from) tighten_from(l.date_bounds, *t.date_bounds.from);
      if (t.date_bounds.to) tighten_to(l.date_bounds, *t.date_bounds.to);
    }
  }
}

}  // namespace annals::query
