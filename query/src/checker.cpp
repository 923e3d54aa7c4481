#include "checker.h"

#include <algorithm>
#include <map>
#include <set>

#include "checker_support.h"
#include "diagnostics.h"
#include "planner.h"

namespace annals::query {

namespace {

namespace x3 = boost::spirit::x3;
constexpr std::size_t kMaxLiterals = 4096;

struct Failure {
  CheckError error;
};

[[noreturn]] void fail(std::uint32_t offset, std::string message, std::string hint = {}) {
  throw Failure{CheckError{offset, std::move(message), std::move(hint)}};
}

std::string quoted(std::string_view s) {
  return "`" + std::string(s) + "`";
}

// The grammar reads YYYY-M[M][-D[D]]; dates are written YYYY-MM[-DD].
// `text` with its month and day padded to two digits.
std::string padded_date(const std::string& text) {
  std::string out = text.substr(0, 5);
  std::size_t part_begin = 5;
  while (part_begin <= text.size()) {
    std::size_t part_end = text.find('-', part_begin);
    if (part_end == std::string::npos) part_end = text.size();
    const std::string part = text.substr(part_begin, part_end - part_begin);
    if (part_begin > 5) out += '-';
    out += (part.size() == 1 ? "0" : "") + part;
    part_begin = part_end + 1;
  }
  return out;
}

std::optional<CheckError> unpadded_date_error(const ast::DateLiteral& d) {
  const std::string padded = padded_date(d.text);
  if (padded == d.text) return std::nullopt;
  std::string subtraction;
  for (char c : d.text) subtraction += c == '-' ? std::string(" - ") : std::string(1, c);
  return CheckError{d.offset, "date " + quoted(d.text) + " needs two-digit months and days",
                    "write " + padded + " (to subtract, put spaces: " + subtraction + ")"};
}

std::optional<V> parse_date_literal(const ast::DateLiteral& d) {
  const std::string& t = d.text;
  const int year = std::stoi(t.substr(0, 4));
  const int month = std::stoi(t.substr(5, 2));
  if (t.size() == 7) {
    if (month < 1 || month > 12 || !is_valid_date(year, month, 1)) return std::nullopt;
    DateInterval m = month_interval(year, month);
    return V::date_range(m.start, m.end);
  }
  const int day = std::stoi(t.substr(8, 2));
  if (!is_valid_date(year, month, day)) return std::nullopt;
  return V::date(to_day({year, month, day}));
}

V year_range(std::int64_t year) {
  DateInterval y = year_interval(static_cast<int>(year));
  return V::date_range(y.start, y.end);
}

bool plausible_year(const V& v) {
  return v.kind == Kind::kInt && v.bits >= kMinYear && v.bits <= kMaxYear;
}

// Names of a rule's variables, each `_` its own slot.
struct Scope {
  std::map<std::string, int, std::less<>> slots;
  std::vector<std::string> names;
  std::vector<std::uint32_t> first_offset;
  std::vector<ColumnType> types;
  int slot(const ast::Variable& v) {
    if (v.name != "_") {
      auto it = slots.find(v.name);
      if (it != slots.end()) return it->second;
    }
    names.push_back(v.name);
    first_offset.push_back(v.offset);
    types.push_back(ColumnType::kAny);
    const int id = static_cast<int>(names.size() - 1);
    if (v.name != "_") slots[v.name] = id;
    return id;
  }
};

class Compiler {
 public:
  Compiler(CheckContext& ctx, const std::string& text) : ctx_(ctx), text_(text) {}

  // A relation name as used in a body or head: resolved or an error with a hint.
  struct Resolved {
    enum class What { kBase, kBuiltin, kUser, kForward, kSelf } what;
    const BaseInfo* base = nullptr;
    const BuiltinInfo* builtin = nullptr;
    int relation = -1;
    int arity = -1;
  };

  std::string self_name;
  int self_arity = -1;

  Resolved resolve(const ast::AtomCall& atom) {
    Resolved r{Resolved::What::kUser};
    if (const BaseInfo* b = find_base(atom.name)) {
      r = {Resolved::What::kBase, b, nullptr, -1, b->arity};
    } else if (const BuiltinInfo* bi = find_builtin(atom.name)) {
      r = {Resolved::What::kBuiltin, nullptr, bi, -1, bi->arity};
    } else if (int id = ctx_.program.find(atom.name); id >= 0) {
      r = {Resolved::What::kUser, nullptr, nullptr, id, ctx_.program.relations[id]->arity};
    } else if (atom.name == self_name) {
      r = {Resolved::What::kSelf, nullptr, nullptr, -1, self_arity};
    } else if (auto fwd = ctx_.forward_arity ? ctx_.forward_arity(atom.name) : std::nullopt) {
      r = {Resolved::What::kForward, nullptr, nullptr, -1, *fwd};
    } else {
      std::vector<std::string> names;
      std::map<std::string, std::string> display;
      auto add = [&](const std::string& name, int arity) {
        names.push_back(name);
        display[name] = name + "/" + std::to_string(arity);
      };
      for (const auto& b : base_relations()) add(b.name, b.arity);
      for (const auto& b : builtins()) add(b.name, b.arity);
      for (const auto& [name, id] : ctx_.program.by_name)
        add(name, ctx_.program.relations[id]->arity);
      const std::string best = closest_name(atom.name, names);
      fail(atom.offset, "unknown relation " + quoted(atom.name),
           best.empty() ? "" : "did you mean " + quoted(display[best]) + "?");
    }
    if (r.arity >= 0 && r.arity != static_cast<int>(atom.args.size()))
      fail(atom.offset, atom.name + "/" + std::to_string(r.arity) + " used with " +
                            std::to_string(atom.args.size()) + " argument" +
                            (atom.args.size() == 1 ? "" : "s"));
    return r;
  }

  V constant(const ast::Term& t) {
    auto v = constant_value(t, ctx_.symbols);
    if (auto* e = std::get_if<CheckError>(&v)) throw Failure{*e};
    return std::get<V>(v);
  }

  CTerm term(const ast::Term& t, Scope& scope) {
    CTerm out;
    if (auto* v = boost::get<ast::Variable>(&t)) {
      out.var = scope.slot(*v);
      return out;
    }
    out.constant = constant(t);
    return out;
  }

  static std::uint32_t term_offset(const ast::Term& t) {
    return boost::apply_visitor([](const auto& x) { return x.offset; }, t);
  }

  // Checks a constant against a column's type; an integer in a date column
  // is a year.
  void fit_column(CTerm& t, ColumnType column, const ast::Term& source, const std::string& where,
                  Scope& scope) {
    if (t.is_var()) {
      if (column != ColumnType::kAny && scope.types[t.var] == ColumnType::kAny)
        scope.types[t.var] = column;
      return;
    }
    const V& c = t.constant;
    if (column == ColumnType::kDate) {
      if (plausible_year(c)) {
        t.constant = year_range(c.bits);
        return;
      }
      if (!c.is_date())
        fail(term_offset(source), "type error: " + where + " is a date, not " + kind_name(c.kind));
    } else if (column == ColumnType::kNumber && !c.is_number()) {
      fail(term_offset(source), "type error: " + where + " is a number, not " + kind_name(c.kind));
    } else if (column == ColumnType::kSymbol && (c.is_date() || c.is_number())) {
      fail(term_offset(source), "type error: " + where + " is a name, not " + kind_name(c.kind));
    }
  }

  CLiteral atom_literal(const ast::AtomCall& atom, bool negated, Scope& scope,
                        std::optional<Day> as_of) {
    Resolved r = resolve(atom);
    CLiteral l;
    l.negated = negated;
    l.offset = atom.offset;
    l.as_of = as_of;
    l.text = atom.name;
    for (const auto& a : atom.args) l.args.push_back(term(a, scope));
    switch (r.what) {
      case Resolved::What::kBase:
        l.kind = CLiteral::Kind::kBase;
        l.base = r.base->rel;
        for (size_t i = 0; i < l.args.size(); ++i)
          fit_column(l.args[i], r.base->columns[i], atom.args[i],
                     "argument " + std::to_string(i + 1) + " of " + atom.name + "/" +
                         std::to_string(r.arity),
                     scope);
        break;
      case Resolved::What::kBuiltin:
        l.kind = CLiteral::Kind::kBuiltin;
        l.builtin = r.builtin->builtin;
        if (l.builtin == Builtin::kYear || l.builtin == Builtin::kMonth ||
            l.builtin == Builtin::kWeekday) {
          fit_column(l.args[0], ColumnType::kDate, atom.args[0],
                     "argument 1 of " + atom.name + "/2", scope);
          fit_column(l.args[1], ColumnType::kNumber, atom.args[1],
                     "argument 2 of " + atom.name + "/2", scope);
        }
        break;
      case Resolved::What::kUser:
        l.kind = CLiteral::Kind::kRelation;
        l.relation = r.relation;
        break;
      case Resolved::What::kSelf:
      case Resolved::What::kForward:
        l.kind = CLiteral::Kind::kRelation;  // relation id filled in by resolve_pending
        break;
    }
    return l;
  }

  CExpr factor(const ast::Factor& f, Scope& scope, std::vector<const ast::Term*>& terms);
  CExpr product(const ast::Product& p, Scope& scope, std::vector<const ast::Term*>& terms) {
    CExpr e = factor(p.first, scope, terms);
    for (const auto& r : p.rest) {
      CExpr node;
      node.op = r.op;
      node.operands = {std::move(e), factor(r.factor, scope, terms)};
      e = std::move(node);
    }
    return e;
  }
  CExpr sum(const ast::Sum& s, Scope& scope, std::vector<const ast::Term*>& terms) {
    CExpr e = product(s.first, scope, terms);
    for (const auto& r : s.rest) {
      CExpr node;
      node.op = r.op;
      node.operands = {std::move(e), product(r.product, scope, terms)};
      e = std::move(node);
    }
    return e;
  }

  // The single term of an expression, or null when it computes something.
  static const ast::Term* lone_term(const ast::Sum& s) {
    if (!s.rest.empty() || !s.first.rest.empty()) return nullptr;
    if (auto* t = boost::get<ast::Term>(&s.first.first)) return t;
    if (auto* inner = boost::get<x3::forward_ast<ast::Sum>>(&s.first.first))
      return lone_term(inner->get());
    return nullptr;
  }

  void check_comparison_types(CLiteral& l, const ast::Comparison& c, Scope& scope) {
    const ast::Term* lt = lone_term(c.lhs);
    const ast::Term* rt = lone_term(c.rhs);
    if (!lt || !rt) return;
    CExpr* sides[2] = {&l.lhs, &l.rhs};
    const ast::Term* terms[2] = {lt, rt};
    for (int i = 0; i < 2; ++i) {
      CTerm& mine = sides[i]->leaf;
      const CTerm& other = sides[1 - i]->leaf;
      if (mine.is_var()) continue;
      const V& c1 = mine.constant;
      if (!other.is_var()) {
        const V& c2 = other.constant;
        const bool clash =
            (c1.is_date() && (c2.is_symbol() || c2.is_number()) && !plausible_year(c2)) ||
            (c1.is_number() && c2.is_symbol());
        if (clash)
          fail(term_offset(*terms[i]),
               "type error: " + kind_name(c1.kind) + " compared with " + kind_name(c2.kind));
        if (c1.is_date() && plausible_year(c2)) sides[1 - i]->leaf.constant = year_range(c2.bits);
        continue;
      }
      const ColumnType vt = scope.types[other.var];
      const std::string var = quoted(scope.names[other.var]);
      if (vt == ColumnType::kDate) {
        if (plausible_year(c1)) {
          mine.constant = year_range(c1.bits);
        } else if (!c1.is_date()) {
          fail(term_offset(*terms[i]),
               "type error: " + var + " is a date, compared with " + kind_name(c1.kind));
        }
      } else if (vt == ColumnType::kNumber && !c1.is_number()) {
        fail(term_offset(*terms[i]),
             "type error: " + var + " is a number, compared with " + kind_name(c1.kind));
      } else if (vt == ColumnType::kSymbol && (c1.is_date() || c1.is_number()) && c.op != "=" &&
                 c.op != "!=") {
        fail(term_offset(*terms[i]),
             "type error: " + var + " is a name, compared with " + kind_name(c1.kind));
      }
    }
  }

  // Compiles a body into `rule.body`; `outer` are names visible outside it
  // (for aggregates' group variables).
  void body(const ast::Body& b, CRule& rule, Scope& scope, std::optional<Day> as_of,
            const std::set<std::string>& outside_names) {
    if (b.literals.size() > kMaxLiterals)
      fail(b.offset, "a body of more than " + std::to_string(kMaxLiterals) + " literals");
    if (b.as_of) {
      if (auto unpadded = unpadded_date_error(*b.as_of)) throw Failure{*unpadded};
      auto d = parse_date_literal(*b.as_of);
      if (!d) fail(b.as_of->offset, "invalid date literal " + b.as_of->text);
      as_of = d->last_day();
    }
    // `N = count(E) by A`: the rest of the body is the aggregate's body.
    const ast::Aggregate* by_aggregate = nullptr;
    for (const auto& l : b.literals)
      if (auto* g = boost::get<ast::Aggregate>(&l))
        if (boost::get<std::vector<ast::Variable>>(&g->over)) {
          if (by_aggregate) fail(g->offset, "only one `by` aggregate per body");
          by_aggregate = g;
        }
    if (by_aggregate) {
      ast::Body rest;
      rest.offset = b.offset;
      for (const auto& l : b.literals)
        if (boost::get<ast::Aggregate>(&l) != by_aggregate) rest.literals.push_back(l);
      const auto& group = boost::get<std::vector<ast::Variable>>(by_aggregate->over);
      rule.body.push_back(aggregate(*by_aggregate, rest, group, scope, as_of));
      return;
    }
    std::vector<std::pair<size_t, const ast::Comparison*>> comparisons;
    for (size_t i = 0; i < b.literals.size(); ++i) {
      const ast::Literal& lit = b.literals[i];
      if (auto* a = boost::get<ast::AtomCall>(&lit)) {
        rule.body.push_back(atom_literal(*a, false, scope, as_of));
      } else if (auto* n = boost::get<ast::Negation>(&lit)) {
        rule.body.push_back(atom_literal(n->atom, true, scope, as_of));
      } else if (auto* c = boost::get<ast::Comparison>(&lit)) {
        CLiteral l;
        l.kind = CLiteral::Kind::kCompare;
        l.offset = c->offset;
        l.op = c->op;
        std::vector<const ast::Term*> terms;
        l.lhs = sum(c->lhs, scope, terms);
        l.rhs = sum(c->rhs, scope, terms);
        comparisons.push_back({rule.body.size(), c});
        rule.body.push_back(std::move(l));
      } else if (auto* g = boost::get<ast::Aggregate>(&lit)) {
        // Group variables: those of the braces also used elsewhere in the rule.
        std::set<std::string> outside = outside_names;
        for (size_t j = 0; j < b.literals.size(); ++j)
          if (j != i) {
            std::vector<std::string> names;
            collect_literal_vars(b.literals[j], names);
            outside.insert(names.begin(), names.end());
          }
        const ast::Body& inner = boost::get<x3::forward_ast<ast::Body>>(g->over).get();
        std::vector<std::string> inner_names;
        collect_body_vars(inner, inner_names);
        std::vector<ast::Variable> group;
        std::set<std::string> seen;
        for (const auto& name : inner_names)
          if (name != "_" && outside.count(name) && seen.insert(name).second) {
            ast::Variable v;
            v.name = name;
            v.offset = g->offset;
            group.push_back(v);
          }
        rule.body.push_back(aggregate(*g, inner, group, scope, as_of));
      }
    }
    for (auto& [index, c] : comparisons) check_comparison_types(rule.body[index], *c, scope);
    push_date_bounds(rule.body);
  }

  // Makes the hidden relations of one aggregate and returns the literal that
  // reads its result: agg(G..., N).
  CLiteral aggregate(const ast::Aggregate& g, const ast::Body& inner,
                     const std::vector<ast::Variable>& group, Scope& outer_scope,
                     std::optional<Day> as_of) {
    if (g.function != "count" && !g.argument)
      fail(g.offset, g.function + " needs an argument, as in " + g.function + "(X)");
    CRule inner_rule;
    Scope scope;
    std::set<std::string> group_names;
    for (const auto& v : group) group_names.insert(v.name);
    // The result variable must be new.
    std::vector<std::string> inner_names;
    collect_body_vars(inner, inner_names);
    if (std::find(inner_names.begin(), inner_names.end(), g.result.name) != inner_names.end())
      fail(g.result.offset,
           "the aggregate's result " + quoted(g.result.name) + " is also used inside it");
    body(inner, inner_rule, scope, as_of, group_names);
    std::vector<int> columns;
    for (const auto& v : group) {
      auto it = scope.slots.find(v.name);
      if (it == scope.slots.end())
        fail(v.offset, "group variable " + quoted(v.name) + " does not occur in the aggregate");
      columns.push_back(it->second);
    }
    for (size_t slot = 0; slot < scope.names.size(); ++slot)
      if (scope.names[slot] != "_" && !group_names.count(scope.names[slot]))
        columns.push_back(static_cast<int>(slot));
    int argument_column = -1;
    if (g.argument) {
      auto it = scope.slots.find(g.argument->name);
      if (it == scope.slots.end())
        fail(g.argument->offset,
             "aggregate argument " + quoted(g.argument->name) + " does not occur in its body");
      argument_column =
          static_cast<int>(std::find(columns.begin(), columns.end(), it->second) - columns.begin());
    }
    Program& p = ctx_.program;
    inner_rule.var_names = scope.names;
    for (int slot : columns) inner_rule.head_args.push_back(CTerm{slot, {}});
    check_safety(inner_rule, scope, true);
    AggregateSpec spec;
    spec.function = g.function;
    // A lone atom over distinct variables needs no copy of its relation.
    std::vector<int> position(scope.names.size(), -1);
    bool direct = inner_rule.body.size() == 1;
    if (direct) {
      const CLiteral& only = inner_rule.body[0];
      direct = only.kind == CLiteral::Kind::kRelation && !only.negated && only.relation >= 0 &&
               only.args.size() == columns.size();
      for (size_t i = 0; direct && i < only.args.size(); ++i) {
        const CTerm& t = only.args[i];
        direct = t.is_var() && scope.names[t.var] != "_" && position[t.var] < 0;
        if (direct) position[t.var] = static_cast<int>(i);
      }
    }
    if (direct) {
      spec.source = inner_rule.body[0].relation;
      for (size_t i = 0; i < group.size(); ++i) spec.group_columns.push_back(position[columns[i]]);
      if (argument_column >= 0) spec.argument_column = position[columns[argument_column]];
    } else {
      spec.source = p.add("aggregate body " + std::to_string(p.relations.size()),
                          static_cast<int>(columns.size()), true);
      inner_rule.head = spec.source;
      inner_rule.text = text_;  // the statement, to name it in messages
      p.relations[spec.source]->rules.push_back(std::move(inner_rule));
      for (size_t i = 0; i < group.size(); ++i) spec.group_columns.push_back(static_cast<int>(i));
      spec.argument_column = argument_column;
    }

    const int result = p.add(g.function + " aggregate " + std::to_string(p.relations.size()),
                             static_cast<int>(group.size()) + 1, true);
    p.relations[result]->aggregate = spec;

    CLiteral l;
    l.kind = CLiteral::Kind::kRelation;
    l.relation = result;
    l.offset = g.offset;
    for (const auto& v : group) l.args.push_back(CTerm{outer_scope.slot(v), {}});
    const int n = outer_scope.slot(g.result);
    if (g.function == "count" || g.function == "sum") outer_scope.types[n] = ColumnType::kNumber;
    l.args.push_back(CTerm{n, {}});
    return l;
  }

  void check_safety(const CRule& rule, const Scope& scope, bool hidden_head,
                    const std::vector<std::uint32_t>& head_offsets = {}) {
    auto planned = plan_rule(rule, -1, default_cost);
    auto* unsafe = std::get_if<UnsafeVariable>(&planned);
    if (!unsafe) return;
    std::vector<std::string> others;
    for (const auto& [name, slot] : scope.slots)
      if (slot != unsafe->var) others.push_back(name);
    const std::string name = unsafe->var >= 0 ? scope.names[unsafe->var] : "_";
    const std::string best = closest_name(name, others);
    const std::string hint = best.empty() ? "" : "did you mean " + quoted(best) + "?";
    if (unsafe->literal < 0) {
      std::uint32_t offset = scope.first_offset[unsafe->var];
      for (size_t i = 0; i < rule.head_args.size() && i < head_offsets.size(); ++i)
        if (rule.head_args[i].var == unsafe->var) offset = head_offsets[i];
      if (hidden_head)
        fail(offset,
             "unsafe variable " + quoted(name) +
                 ": used outside the aggregate but not bound inside its braces",
             hint);
      fail(offset,
           "unsafe variable " + quoted(name) +
               " in the head: not bound by a positive atom in the body",
           hint);
    }
    const CLiteral& l = rule.body[static_cast<size_t>(unsafe->literal)];
    std::string where = "in a comparison";
    if (l.negated)
      where = "in a negation";
    else if (l.kind == CLiteral::Kind::kBuiltin)
      where = "in a built-in";
    fail(l.offset,
         "unsafe variable " + quoted(name) + " " + where + ": not bound by a positive atom", hint);
  }

  CheckContext& ctx_;
  const std::string& text_;
};

CExpr Compiler::factor(const ast::Factor& f, Scope& scope, std::vector<const ast::Term*>& terms) {
  if (auto* t = boost::get<ast::Term>(&f)) {
    terms.push_back(t);
    CExpr e;
    e.leaf = term(*t, scope);
    return e;
  }
  return sum(boost::get<x3::forward_ast<ast::Sum>>(f).get(), scope, terms);
}

// Fills relation ids of atoms that named the rule's own head or a relation
// defined later in the text (created empty now).
void resolve_pending(CRule& rule, CheckContext& ctx, size_t first_hidden, int self,
                     const std::string& self_name) {
  auto resolve = [&](CRule& r) {
    for (CLiteral& l : r.body) {
      if (l.kind != CLiteral::Kind::kRelation || l.relation >= 0) continue;
      if (l.text == self_name && self >= 0) {
        l.relation = self;
        continue;
      }
      int id = ctx.program.find(l.text);
      if (id < 0) id = ctx.program.add(l.text, static_cast<int>(l.args.size()), false);
      l.relation = id;
    }
  };
  resolve(rule);
  for (size_t i = first_hidden; i < ctx.program.relations.size(); ++i)
    for (CRule& r : ctx.program.relations[i]->rules) resolve(r);
}

}  // namespace

std::variant<V, CheckError> constant_value(const ast::Term& t, SymbolTable& symbols) {
  if (auto* d = boost::get<ast::DateLiteral>(&t)) {
    if (auto unpadded = unpadded_date_error(*d)) return *unpadded;
    auto v = parse_date_literal(*d);
    if (!v) return CheckError{d->offset, "invalid date literal " + d->text, ""};
    return *v;
  }
  if (auto* s = boost::get<ast::StringLiteral>(&t)) return symbols.string(s->value);
  if (auto* a = boost::get<ast::AtomLiteral>(&t)) return symbols.atom(a->name);
  if (auto* i = boost::get<ast::IntLiteral>(&t)) return V::integer(i->value);
  if (auto* f = boost::get<ast::FloatLiteral>(&t)) return V::real(f->value);
  return CheckError{0, "a variable where a constant is needed", ""};
}

std::optional<CheckError> add_rule(const ast::Rule& rule, const std::string& text,
                                   CheckContext& ctx) {
  const size_t mark = ctx.program.relations.size();
  try {
    Compiler compiler(ctx, text);
    const ast::AtomCall& head = rule.head;
    if (find_base(head.name) || find_builtin(head.name))
      fail(head.offset, quoted(head.name) + " is a built-in relation and cannot be redefined");
    if (head.args.size() > 31) fail(head.offset, "more than 31 arguments");
    int self = ctx.program.find(head.name);
    if (self >= 0 && ctx.program.relations[self]->arity != static_cast<int>(head.args.size()))
      fail(head.offset, head.name + "/" + std::to_string(ctx.program.relations[self]->arity) +
                            " used with " + std::to_string(head.args.size()) + " arguments");
    compiler.self_name = head.name;
    compiler.self_arity = static_cast<int>(head.args.size());
    Scope scope;
    CRule out;
    out.text = text;
    std::vector<std::uint32_t> head_offsets;
    for (const auto& a : head.args) {
      out.head_args.push_back(compiler.term(a, scope));
      head_offsets.push_back(Compiler::term_offset(a));
    }
    if (!rule.body) {
      for (size_t i = 0; i < out.head_args.size(); ++i)
        if (out.head_args[i].is_var())
          fail(head_offsets[i], "unsafe variable " + quoted(scope.names[out.head_args[i].var]) +
                                    " in a fact: facts hold constants only");
    } else {
      std::set<std::string> head_names;
      for (const auto& name : scope.names) head_names.insert(name);
      compiler.body(*rule.body, out, scope, std::nullopt, head_names);
      out.var_names = scope.names;
      compiler.check_safety(out, scope, false, head_offsets);
    }
    if (self < 0) self = ctx.program.add(head.name, static_cast<int>(head.args.size()), false);
    resolve_pending(out, ctx, mark, self, head.name);
    RelationDef& def = *ctx.program.relations[self];
    if (!rule.body) {
      std::vector<V> values;
      for (const auto& t : out.head_args) values.push_back(t.constant);
      def.facts.insert(values.data());
    } else {
      out.head = self;
      def.rules.push_back(std::move(out));
    }
    return std::nullopt;
  } catch (const Failure& f) {
    // Drop the hidden relations an aggregate of the failed rule made.
    ctx.program.truncate(mark);
    return f.error;
  }
}

std::variant<CompiledQuery, CheckError> compile_query(const ast::Body& body,
                                                      const std::string& text, CheckContext& ctx) {
  const size_t mark = ctx.program.relations.size();
  try {
    Compiler compiler(ctx, text);
    Scope scope;
    CRule rule;
    rule.text = text;
    compiler.body(body, rule, scope, std::nullopt, {});
    CompiledQuery q;
    // Columns: named variables in order of appearance that survive the body
    // (a `by` aggregate keeps only its groups and result).
    std::set<int> visible;
    for (const auto& l : rule.body) {
      for (const auto& t : l.args)
        if (t.is_var()) visible.insert(t.var);
      std::vector<int> vars;
      expr_vars(l.lhs, vars);
      expr_vars(l.rhs, vars);
      visible.insert(vars.begin(), vars.end());
    }
    for (size_t slot = 0; slot < scope.names.size(); ++slot) {
      const std::string& name = scope.names[slot];
      if (name.empty() || name[0] == '_' || !visible.count(static_cast<int>(slot))) continue;
      rule.head_args.push_back(CTerm{static_cast<int>(slot), {}});
      q.columns.push_back(name);
    }
    rule.var_names = scope.names;
    compiler.check_safety(rule, scope, false);
    q.relation = ctx.program.add("query", static_cast<int>(q.columns.size()), true);
    resolve_pending(rule, ctx, mark, -1, "");
    rule.head = q.relation;
    ctx.program.relations[q.relation]->rules.push_back(std::move(rule));
    return q;
  } catch (const Failure& f) {
    ctx.program.truncate(mark);
    return f.error;
  }
}

}  // namespace annals::query
