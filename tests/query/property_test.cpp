// Random small programs (facts and rules over a few relations, with
// recursion and stratified negation) evaluated by the engine and by a naive
// reference evaluator written here: plain iteration to a fixpoint over every
// assignment of the variables. The answers must be equal.
#include <catch2/catch.hpp>
#include <map>
#include <random>
#include <set>

#include "session_helpers.h"

using namespace annals;

namespace {

constexpr int kDomain = 5;
const char* kVars[] = {"X", "Y", "Z"};

struct Atom {
  std::string rel;        // e, f (facts) or p, q, r (rules)
  std::vector<int> args;  // variable indexes
  bool negated = false;
};
struct Rule {
  Atom head;
  std::vector<Atom> body;
  bool distinct_xy = false;  // extra literal X != Y
};

using Tuple = std::vector<int>;
using Db = std::map<std::string, std::set<Tuple>>;

int arity(const std::string& rel) {
  return rel == "f" || rel == "r" ? 1 : 2;
}

std::string atom_text(const Atom& a) {
  std::string out = (a.negated ? "not " : "") + a.rel + "(";
  for (size_t i = 0; i < a.args.size(); ++i) out += (i ? ", " : "") + std::string(kVars[a.args[i]]);
  return out + ")";
}

// Relations in stratum order; a rule for level k reads levels <= k
// positively (so recursion) and levels < k under `not`.
const std::vector<std::string> kIdb = {"p", "q", "r"};

Rule random_rule(std::mt19937& rng, int level) {
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  std::vector<std::string> positives = {"e", "f"};
  for (int k = 0; k <= level; ++k) positives.push_back(kIdb[static_cast<size_t>(k)]);
  Rule rule;
  std::set<int> bound;
  const int n_pos = 1 + pick(2);
  for (int i = 0; i < n_pos; ++i) {
    Atom a;
    a.rel = positives[static_cast<size_t>(pick(static_cast<int>(positives.size())))];
    for (int j = 0; j < arity(a.rel); ++j) a.args.push_back(pick(3));
    bound.insert(a.args.begin(), a.args.end());
    rule.body.push_back(a);
  }
  std::vector<int> vars(bound.begin(), bound.end());
  if (pick(3) == 0) {
    std::vector<std::string> negatives = {"e", "f"};
    for (int k = 0; k < level; ++k) negatives.push_back(kIdb[static_cast<size_t>(k)]);
    Atom n;
    n.rel = negatives[static_cast<size_t>(pick(static_cast<int>(negatives.size())))];
    n.negated = true;
    for (int j = 0; j < arity(n.rel); ++j)
      n.args.push_back(vars[static_cast<size_t>(pick(static_cast<int>(vars.size())))]);
    rule.body.push_back(n);
  }
  rule.distinct_xy = bound.count(0) && bound.count(1) && pick(4) == 0;
  rule.head.rel = kIdb[static_cast<size_t>(level)];
  for (int j = 0; j < arity(rule.head.rel); ++j)
    rule.head.args.push_back(vars[static_cast<size_t>(pick(static_cast<int>(vars.size())))]);
  return rule;
}

bool holds(const Atom& a, const int* env, const Db& db) {
  Tuple t;
  for (int v : a.args) t.push_back(env[v]);
  auto it = db.find(a.rel);
  const bool present = it != db.end() && it->second.count(t);
  return a.negated ? !present : present;
}

Db reference(const Db& facts, const std::vector<Rule>& rules) {
  Db db = facts;
  for (const auto& level_rel : kIdb) {
    for (bool changed = true; changed;) {
      changed = false;
      for (const Rule& rule : rules) {
        if (rule.head.rel != level_rel) continue;
        int env[3];
        for (env[0] = 0; env[0] < kDomain; ++env[0])
          for (env[1] = 0; env[1] < kDomain; ++env[1])
            for (env[2] = 0; env[2] < kDomain; ++env[2]) {
              bool ok = !rule.distinct_xy || env[0] != env[1];
              for (const Atom& a : rule.body) ok = ok && holds(a, env, db);
              if (!ok) continue;
              Tuple t;
              for (int v : rule.head.args) t.push_back(env[v]);
              changed |= db[rule.head.rel].insert(t).second;
            }
      }
    }
  }
  return db;
}

}  // namespace

TEST_CASE("property: engine equals a naive fixpoint on random programs") {
  std::mt19937 rng(20251122);
  for (int trial = 0; trial < 150; ++trial) {
    Db facts;
    std::string text;
    for (const std::string rel : {"e", "f"}) {
      const int n = 2 + static_cast<int>(rng() % 8);
      for (int i = 0; i < n; ++i) {
        Tuple t;
        for (int j = 0; j < arity(rel); ++j) t.push_back(static_cast<int>(rng() % kDomain));
        facts[rel].insert(t);
        text += rel + "(";
        for (size_t j = 0; j < t.size(); ++j) text += (j ? ", " : "") + std::to_string(t[j]);
        text += ").\n";
      }
    }
    std::vector<Rule> rules;
    for (int level = 0; level < 3; ++level) {
      const int n = 1 + static_cast<int>(rng() % 3);
      for (int i = 0; i < n; ++i) rules.push_back(random_rule(rng, level));
    }
    for (const Rule& rule : rules) {
      text += atom_text(rule.head) + " :- ";
      for (size_t i = 0; i < rule.body.size(); ++i)
        text += (i ? ", " : "") + atom_text(rule.body[i]);
      if (rule.distinct_xy) text += ", X != Y";
      text += ".\n";
    }
    const Db expected = reference(facts, rules);
    query::Session session(nullptr);
    auto loaded = session.run(text, "<random>");
    INFO(text);
    REQUIRE_FALSE(loaded.error);
    for (const auto& rel : kIdb) {
      const std::string q = arity(rel) == 1 ? "?- " + rel + "(A)." : "?- " + rel + "(A, B).";
      std::set<std::string> want;
      auto it = expected.find(rel);
      if (it != expected.end())
        for (const Tuple& t : it->second) {
          std::string row;
          for (size_t j = 0; j < t.size(); ++j) row += (j ? "|" : "") + std::to_string(t[j]);
          want.insert(row);
        }
      auto got_rows = testing::answer(session, q);
      std::set<std::string> got(got_rows.begin(), got_rows.end());
      INFO("relation " << rel);
      CHECK(got == want);
    }
  }
}
