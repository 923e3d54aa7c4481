// `.explain`: strata, and per rule the join order and how each atom is read.
#include <sstream>

#include "engine.h"

namespace annals::query {

namespace {

std::string value_text(const V& v, const SymbolTable& symbols) {
  if (v.kind == Kind::kString) return "\"" + std::string(symbols.text(v.bits)) + "\"";
  return format_value(to_public(v, symbols));
}

std::string term_text(const CTerm& t, const CRule& rule, const SymbolTable& symbols) {
  return t.is_var() ? rule.var_names[static_cast<size_t>(t.var)] : value_text(t.constant, symbols);
}

int precedence(char op) {
  return op == '+' || op == '-' ? 1 : 2;
}

// Parenthesised where the tree groups against precedence: (A + B) / C.
std::string expr_text(const CExpr& e, const CRule& rule, const SymbolTable& symbols) {
  if (e.op == 0) return term_text(e.leaf, rule, symbols);
  auto operand = [&](const CExpr& o, bool right) {
    std::string text = expr_text(o, rule, symbols);
    const bool group = o.op != 0 && (precedence(o.op) < precedence(e.op) ||
                                     (right && precedence(o.op) == precedence(e.op)));
    return group ? "(" + text + ")" : text;
  };
  return operand(e.operands[0], false) + " " + e.op + " " + operand(e.operands[1], true);
}

}  // namespace

std::string Engine::columns_text(std::uint32_t columns) {
  std::string out;
  for (int p = 0; columns >> p; ++p)
    if (columns >> p & 1u) out += (out.empty() ? "column " : ", ") + std::to_string(p + 1);
  return out;
}

std::string Engine::expression_text(const CExpr& e, const CRule& rule) const {
  return expr_text(e, rule, symbols_);
}

std::string Engine::site_text(const CRule& rule) const {
  const RelationDef& def = *program_.relations[static_cast<size_t>(rule.head)];
  if (!def.hidden) return "rule `" + rule.text + "`";
  if (def.aggregate || def.name != "query") return "an aggregate's body in `" + rule.text + "`";
  return "the query `" + rule.text + "`";
}

std::string Engine::literal_text(const CLiteral& l, const CRule& rule) const {
  if (l.kind == CLiteral::Kind::kCompare)
    return expr_text(l.lhs, rule, symbols_) + " " + l.op + " " + expr_text(l.rhs, rule, symbols_);
  std::string name = l.text;
  if (l.kind == CLiteral::Kind::kRelation)
    name = program_.relations[static_cast<size_t>(l.relation)]->name;
  std::string out = (l.negated ? "not " : "") + name + "(";
  for (size_t i = 0; i < l.args.size(); ++i)
    out += (i ? ", " : "") + term_text(l.args[i], rule, symbols_);
  return out + ")";
}

std::string Engine::access_text(const CLiteral& l, const std::vector<bool>& bound) const {
  auto is_bound = [&](size_t i) { return i < l.args.size() && term_bound(l.args[i], bound); };
  switch (l.kind) {
    case CLiteral::Kind::kCompare:
      return "filter";
    case CLiteral::Kind::kRelation: {
      const RelationDef& def = *program_.relations[static_cast<size_t>(l.relation)];
      std::string columns;
      for (size_t i = 0; i < l.args.size(); ++i)
        if (is_bound(i)) columns += (columns.empty() ? "" : ", ") + std::to_string(i + 1);
      std::string what = def.aggregate ? "aggregate result" : "relation";
      if (l.negated)
        return what + ": anti-join" + (columns.empty() ? "" : " on columns " + columns);
      return what + (columns.empty() ? ": full scan" : ": hash index on columns " + columns);
    }
    case CLiteral::Kind::kBase: {
      const std::optional<Day> as_of = as_of_for(l);
      const std::string suffix = as_of ? ", as_of=" + format_day(*as_of) : "";
      if (l.base == BaseRel::kEntity || l.base == BaseRel::kAlias)
        return "kb: entity records (cached)";
      if (l.base == BaseRel::kDoc || l.base == BaseRel::kDocDateSource)
        return "kb: document records (cached)";
      if (l.base == BaseRel::kTimeline) return "kb: entity timeline over all events" + suffix;
      if (is_bound(0)) return "kb: event by id" + suffix;
      std::string filter;
      auto add = [&](const std::string& part) { filter += (filter.empty() ? "" : ", ") + part; };
      if ((l.base == BaseRel::kEvent || l.base == BaseRel::kCategory) && is_bound(1))
        add("type index");
      if ((l.base == BaseRel::kAgent || l.base == BaseRel::kPatient) && is_bound(1))
        add("entity index");
      if (l.date_bounds.from) add("from=" + format_day(*l.date_bounds.from));
      if (l.date_bounds.to) add("to=" + format_day(*l.date_bounds.to));
      if (filter.empty()) return "kb: scan all events" + suffix;
      return "kb: scan events by " + filter + suffix;
    }
    case CLiteral::Kind::kBuiltin:
      if (l.builtin == Builtin::kYear || l.builtin == Builtin::kMonth ||
          l.builtin == Builtin::kWeekday || l.builtin == Builtin::kLower ||
          l.builtin == Builtin::kUpper || l.builtin == Builtin::kContains)
        return "computed";
      if (is_bound(0) && is_bound(1)) return "interval test";
      if (is_bound(0) || is_bound(1)) return "kb: events by time index around the bound event";
      return "kb: all event pairs";
  }
  return "";
}

std::string Engine::explain(int target) {
  auto strata = stratify(program_, {target});
  if (auto* err = std::get_if<StratifyError>(&strata)) return err->message + "\n";
  reset_relations();
  strata_ = std::get<std::vector<Stratum>>(strata);
  std::ostringstream out;
  int number = 0;
  for (const Stratum& s : strata_) {
    std::string names;
    for (int r : s.relations)
      names += (names.empty() ? "" : ", ") + program_.relations[static_cast<size_t>(r)]->name;
    const std::uint32_t carried = carried_columns(s);
    out << "stratum " << ++number << ": " << names
        << (carried
                ? " (recursive, semi-naive, one value of " + columns_text(carried) + " at a time)"
            : s.recursive ? " (recursive, semi-naive)"
                          : "")
        << "\n";
    if (carried) {
      const auto demands = demands_on(s.relations[0], carried);
      std::string wanted;
      for (const auto& [fixed, values] : demands) {
        std::string one;
        for (size_t p = 0; p < values.size(); ++p)
          if (fixed >> p & 1u)
            one += (one.empty() ? "" : " and ") + ("column " + std::to_string(p + 1)) + " = " +
                   value_text(values[p], symbols_);
        wanted += (wanted.empty() ? "" : ", or ") + one;
      }
      if (!wanted.empty()) out << "  only where " << wanted << " (what its readers ask for)\n";
    }
    for (int r : s.relations) {
      const RelationDef& def = *program_.relations[static_cast<size_t>(r)];
      if (def.aggregate)
        out << "  " << def.aggregate->function << " over "
            << program_.relations[static_cast<size_t>(def.aggregate->source)]->name
            << ", grouped by " << def.aggregate->group_columns.size() << " column(s)\n";
      if (!def.facts.empty()) out << "  " << def.facts.size() << " fact(s)\n";
      for (const CRule& rule : def.rules) {
        out << "  rule " << (def.hidden ? def.name : rule.text) << "\n";
        auto planned = plan_rule(rule, -1, default_cost);
        if (!std::holds_alternative<Plan>(planned)) continue;
        std::vector<bool> bound(rule.var_names.size(), false);
        int step = 0;
        for (const PlanStep& ps : std::get<Plan>(planned).steps) {
          const CLiteral& l = rule.body[static_cast<size_t>(ps.literal)];
          out << "    " << ++step << ". " << literal_text(l, rule) << "  [" << access_text(l, bound)
              << "]\n";
          if (l.negated) continue;
          if (l.kind == CLiteral::Kind::kCompare) {
            if (ps.assign)
              bound[static_cast<size_t>(ps.assign_lhs ? l.lhs.leaf.var : l.rhs.leaf.var)] = true;
            continue;
          }
          for (const CTerm& t : l.args)
            if (t.is_var()) bound[static_cast<size_t>(t.var)] = true;
        }
      }
    }
  }
  return out.str();
}

}  // namespace annals::query
