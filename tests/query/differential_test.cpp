// Differential test against an independent engine: random small programs
// (recursion, stratified negation, comparisons, count/sum/min/max) over
// random facts, evaluated by annals and by SQLite, which runs each stratum as
// INSERT OR IGNORE statements repeated until no relation can grow. Every
// relation's answers must be equal.
//
// CI runs 300 programs from a fixed seed. A longer run, for a benchmark:
//   ANNALS_DIFFERENTIAL_PROGRAMS=20000 ANNALS_DIFFERENTIAL_SEED=7 query_tests "differential*"
#include <sqlite3.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <random>
#include <set>

#include "session_helpers.h"

using namespace annals;

namespace {

constexpr int kDomain = 6;  // facts hold the integers 0..5
const char* kVars[] = {"X", "Y", "Z", "W"};

struct Relation {
  std::string name;
  int arity;
};
// Extensional: e/2, f/1, g/2. Intensional, in stratum order: p/2, q/1, the
// aggregate a/2, s/2; a rule reads earlier relations and its own positively,
// and only earlier ones under `not`.
const std::vector<Relation> kFacts = {{"e", 2}, {"f", 1}, {"g", 2}};
const std::vector<Relation> kRules = {{"p", 2}, {"q", 1}, {"s", 2}};

struct Arg {
  int var = -1;  // or a constant
  int constant = 0;
};
struct Atom {
  const Relation* rel = nullptr;
  std::vector<Arg> args;
  bool negated = false;
};
struct Comparison {
  int lhs, rhs;
  std::string op;
};
struct Rule {
  Atom head;
  std::vector<Atom> body;
  std::vector<Comparison> comparisons;
};
struct Aggregate {
  std::string function;  // count, sum, min, max
  const Relation* source;
};
struct Program {
  std::vector<Atom> facts;
  std::vector<Rule> rules;
  Aggregate aggregate;
};

class Generator {
 public:
  explicit Generator(std::uint32_t seed) : rng_(seed) {}

  Program program() {
    Program p;
    // At least one fact a relation (a relation with none is unknown to annals).
    const int facts = 3 + pick(14);
    for (int i = 0; i < facts; ++i) {
      Atom a;
      a.rel = &kFacts[static_cast<size_t>(i < 3 ? i : pick(3))];
      for (int j = 0; j < a.rel->arity; ++j) a.args.push_back({-1, pick(kDomain)});
      p.facts.push_back(a);
    }
    // p and q, then the aggregate over something complete, then s.
    std::vector<const Relation*> readable = {&kFacts[0], &kFacts[1], &kFacts[2]};
    for (size_t level = 0; level < kRules.size(); ++level) {
      const Relation* head = &kRules[level];
      if (head->name == "s") {
        static const Relation aggregate{"a", 2};
        const Relation* sources[] = {&kFacts[0], &kFacts[2], &kRules[0]};
        static const char* functions[] = {"count", "sum", "min", "max"};
        p.aggregate = {functions[pick(4)], sources[pick(3)]};
        readable.push_back(&aggregate);
      }
      std::vector<const Relation*> negatable = readable;
      readable.push_back(head);
      const int rules = 1 + pick(3);
      for (int i = 0; i < rules; ++i) p.rules.push_back(rule(head, readable, negatable));
    }
    return p;
  }

 private:
  int pick(int n) { return static_cast<int>(rng_() % static_cast<std::uint32_t>(n)); }

  Arg arg(std::set<int>* bound) {
    if (pick(6) == 0) return {-1, pick(kDomain)};
    const int v = bound && !bound->empty() && pick(2) == 0
                      ? *std::next(bound->begin(), pick(static_cast<int>(bound->size())))
                      : pick(4);
    return {v, 0};
  }

  Rule rule(const Relation* head, const std::vector<const Relation*>& readable,
            const std::vector<const Relation*>& negatable) {
    Rule r;
    std::set<int> bound;
    const int positives = 1 + pick(3);
    for (int i = 0; i < positives; ++i) {
      Atom a;
      a.rel = readable[static_cast<size_t>(pick(static_cast<int>(readable.size())))];
      for (int j = 0; j < a.rel->arity; ++j) a.args.push_back(arg(&bound));
      for (const Arg& x : a.args)
        if (x.var >= 0) bound.insert(x.var);
      r.body.push_back(a);
    }
    if (bound.empty()) {  // a head needs a variable to draw on: bind X
      Atom a{&kFacts[1], {{0, 0}}, false};
      r.body.push_back(a);
      bound.insert(0);
    }
    std::vector<int> vars(bound.begin(), bound.end());
    auto bound_var = [&] { return vars[static_cast<size_t>(pick(static_cast<int>(vars.size())))]; };
    if (pick(3) == 0) {
      Atom n;
      n.rel = negatable[static_cast<size_t>(pick(static_cast<int>(negatable.size())))];
      n.negated = true;
      for (int j = 0; j < n.rel->arity; ++j)
        n.args.push_back(pick(5) == 0 ? Arg{-1, pick(kDomain)} : Arg{bound_var(), 0});
      r.body.push_back(n);
    }
    if (vars.size() >= 2 && pick(4) == 0) {
      static const char* ops[] = {"<", "!=", "<=", ">"};
      r.comparisons.push_back({vars[0], vars[1], ops[pick(4)]});
    }
    r.head.rel = head;
    for (int j = 0; j < head->arity; ++j)
      r.head.args.push_back(pick(8) == 0 ? Arg{-1, pick(kDomain)} : Arg{bound_var(), 0});
    return r;
  }

  std::mt19937 rng_;
};

std::string arg_text(const Arg& a) {
  return a.var >= 0 ? kVars[a.var] : std::to_string(a.constant);
}

std::string atom_text(const Atom& a) {
  std::string out = (a.negated ? "not " : "") + a.rel->name + "(";
  for (size_t i = 0; i < a.args.size(); ++i) out += (i ? ", " : "") + arg_text(a.args[i]);
  return out + ")";
}

std::string datalog(const Program& p) {
  std::string out;
  for (const Atom& f : p.facts) out += atom_text(f) + ".\n";
  for (const Rule& r : p.rules) {
    if (r.head.rel->name == "s" && out.find("a(X, N)") == std::string::npos) {
      const std::string fn = p.aggregate.function;
      out += "a(X, N) :- N = " + fn + (fn == "count" ? "" : "(Y)") + " : { " +
             p.aggregate.source->name + "(X, Y) }.\n";
    }
    out += atom_text(r.head) + " :- ";
    for (size_t i = 0; i < r.body.size(); ++i) out += (i ? ", " : "") + atom_text(r.body[i]);
    for (const Comparison& c : r.comparisons)
      out += std::string(", ") + kVars[c.lhs] + " " + c.op + " " + kVars[c.rhs];
    out += ".\n";
  }
  return out;
}

// One rule as INSERT OR IGNORE ... SELECT over aliased tables t0, t1, ...
std::string rule_sql(const Rule& r) {
  std::vector<std::string> from, where;
  std::vector<std::string> column_of(4);  // a variable's first column
  for (size_t i = 0; i < r.body.size(); ++i) {
    const Atom& a = r.body[i];
    if (a.negated) continue;
    const std::string t = "t" + std::to_string(i);
    from.push_back(a.rel->name + " " + t);
    for (size_t j = 0; j < a.args.size(); ++j) {
      const std::string col = t + ".c" + std::to_string(j);
      const Arg& x = a.args[j];
      if (x.var < 0)
        where.push_back(col + " = " + std::to_string(x.constant));
      else if (column_of[static_cast<size_t>(x.var)].empty())
        column_of[static_cast<size_t>(x.var)] = col;
      else
        where.push_back(col + " = " + column_of[static_cast<size_t>(x.var)]);
    }
  }
  auto value = [&](const Arg& x) {
    return x.var >= 0 ? column_of[static_cast<size_t>(x.var)] : std::to_string(x.constant);
  };
  for (const Atom& a : r.body) {
    if (!a.negated) continue;
    std::string test = "NOT EXISTS (SELECT 1 FROM " + a.rel->name + " n WHERE 1";
    for (size_t j = 0; j < a.args.size(); ++j)
      test += " AND n.c" + std::to_string(j) + " = " + value(a.args[j]);
    where.push_back(test + ")");
  }
  for (const Comparison& c : r.comparisons) {
    const std::string op = c.op == "!=" ? "<>" : c.op;
    where.push_back(column_of[static_cast<size_t>(c.lhs)] + " " + op + " " +
                    column_of[static_cast<size_t>(c.rhs)]);
  }
  std::string sql = "INSERT OR IGNORE INTO " + r.head.rel->name + " SELECT DISTINCT ";
  for (size_t j = 0; j < r.head.args.size(); ++j) sql += (j ? ", " : "") + value(r.head.args[j]);
  sql += " FROM ";
  for (size_t i = 0; i < from.size(); ++i) sql += (i ? ", " : "") + from[i];
  if (!where.empty()) {
    sql += " WHERE ";
    for (size_t i = 0; i < where.size(); ++i) sql += (i ? " AND " : "") + where[i];
  }
  return sql + ";\n";
}

std::string sqlite_script(const Program& p) {
  std::string sql;
  auto table = [&](const std::string& name, int arity) {
    sql += "CREATE TABLE " + name + "(";
    for (int j = 0; j < arity; ++j) sql += "c" + std::to_string(j) + " INTEGER, ";
    sql += "PRIMARY KEY(";
    for (int j = 0; j < arity; ++j) sql += (j ? ", c" : "c") + std::to_string(j);
    sql += "));\n";
  };
  for (const auto& r : kFacts) table(r.name, r.arity);
  for (const auto& r : kRules) table(r.name, r.arity);
  table("a", 2);
  for (const Atom& f : p.facts) {
    sql += "INSERT OR IGNORE INTO " + f.rel->name + " VALUES (";
    for (size_t j = 0; j < f.args.size(); ++j) sql += (j ? ", " : "") + arg_text(f.args[j]);
    sql += ");\n";
  }
  // Each stratum's rules, repeated more times than its relation has
  // possible tuples (kDomain^2 + 1): then nothing can be missing.
  for (const auto& level : kRules) {
    if (level.name == "s") {
      const std::string fn = p.aggregate.function;
      const std::string expr = fn == "count" ? "count(*)" : fn + "(c1)";
      sql += "INSERT INTO a SELECT c0, " + expr + " FROM (SELECT DISTINCT c0, c1 FROM " +
             p.aggregate.source->name + ") GROUP BY c0;\n";
    }
    std::string round;
    for (const Rule& r : p.rules)
      if (r.head.rel->name == level.name) round += rule_sql(r);
    for (int i = 0; i <= kDomain * kDomain; ++i) sql += round;
  }
  return sql;
}

std::vector<std::string> sqlite_rows(sqlite3* db, const std::string& table) {
  std::vector<std::string> rows;
  sqlite3_stmt* stmt = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, ("SELECT * FROM " + table).c_str(), -1, &stmt, nullptr) ==
          SQLITE_OK);
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    std::string row;
    for (int c = 0; c < sqlite3_column_count(stmt); ++c)
      row += (c ? "|" : "") + std::to_string(sqlite3_column_int64(stmt, c));
    rows.push_back(row);
  }
  sqlite3_finalize(stmt);
  std::sort(rows.begin(), rows.end());
  return rows;
}

std::uint32_t env_number(const char* name, std::uint32_t fallback) {
  const char* text = std::getenv(name);
  return text && *text ? static_cast<std::uint32_t>(std::strtoul(text, nullptr, 10)) : fallback;
}

}  // namespace

TEST_CASE("differential: annals answers random programs as SQLite does") {
  const std::uint32_t programs = env_number("ANNALS_DIFFERENTIAL_PROGRAMS", 300);
  const std::uint32_t seed = env_number("ANNALS_DIFFERENTIAL_SEED", 20261202);
  std::size_t nonempty = 0;
  for (std::uint32_t n = 0; n < programs; ++n) {
    Generator generator(seed + n);
    const Program program = generator.program();
    const std::string text = datalog(program);
    INFO("program " << n << " (seed " << seed + n << "):\n" << text);

    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(":memory:", &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sqlite_script(program).c_str(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    REQUIRE(rc == SQLITE_OK);

    query::Session session(nullptr);
    auto defined = session.run(text, "<differential>");
    if (defined.error) FAIL(defined.error->render());
    for (const char* relation : {"p(A, B)", "q(A)", "a(A, B)", "s(A, B)"}) {
      const std::string name(relation, 1);
      const auto expected = sqlite_rows(db, name);
      auto got = testing::answer(session, std::string("?- ") + relation + ".");
      std::sort(got.begin(), got.end());
      INFO("relation " << name);
      CHECK(got == expected);
      nonempty += expected.empty() ? 0 : 1;
    }
    sqlite3_close(db);
  }
  // The generator makes programs that derive something, not only empty sets.
  CHECK(nonempty > programs);
}
