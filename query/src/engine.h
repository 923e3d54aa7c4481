// Bottom-up evaluation: strata in dependency order, semi-naive iteration
// inside recursive strata, aggregates once their input is complete.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "annals/query.h"
#include "kb_access.h"
#include "planner.h"
#include "program.h"
#include "stratify.h"

namespace annals::query {

class Engine {
 public:
  Engine(const Program& program, SymbolTable& symbols, KbAccess& kb, const Limits& limits,
         std::chrono::steady_clock::time_point started);

  // Computes `target` and everything it depends on. On failure, the message
  // ("interrupted", the resource guard, a store error).
  std::optional<std::string> evaluate(int target);
  const Relation& relation(int id) const { return *full_[static_cast<size_t>(id)]; }

  // The plan `evaluate` would follow, as text (for `.explain`).
  std::string explain(int target);

  std::uint64_t derived() const { return derived_; }
  // `as_of` of the query: applies to base atoms of every rule it uses.
  void set_as_of(std::optional<Day> as_of) { as_of_ = as_of; }

 private:
  struct ArgMode;
  struct Step;
  struct Compiled;
  struct CarriedSink;

  void evaluate_stratum(const Stratum& stratum);
  // Linear recursion carrying columns through unchanged (engine_carried.cpp):
  // the carried columns' mask, or 0.
  std::uint32_t carried_columns(const Stratum& stratum) const;
  void evaluate_carried(const Stratum& stratum, std::uint32_t carried);
  struct CarriedWork;
  void solve_groups(CarriedWork& work, Relation& out);
  std::vector<Compiled> compile_recursive(int relation, CarriedSink& sink);
  bool parallel_safe(int relation) const;
  bool prepare_shared_indexes(int relation);
  // The values of carried columns that readers of `relation` fix: (mask of
  // fixed columns, values) per reading atom; empty when one reads them all.
  std::vector<std::pair<std::uint32_t, std::vector<V>>> demands_on(int relation,
                                                                   std::uint32_t carried) const;
  void evaluate_aggregate(int relation);
  Compiled compile(const CRule& rule, int delta_literal);
  void run(Compiled& c, size_t step);
  void scan_then_probe(Compiled& c, size_t step);
  void emit(Compiled& c);
  // The tuple cap: `rule` made `relation` grow past it.
  void fail_unbounded(const CRule& rule);
  void fail_division(const CExpr& division);
  // Tuple: a Row of a relation, or a `const V*` from the store or a built-in.
  template <class Tuple>
  bool match(const Step& s, const Tuple& tuple);
  bool match_rest(const Step& s, const Row& tuple);
  template <class Tuple>
  bool match_args(const std::vector<ArgMode>& args, const Tuple& tuple);
  bool exists(Step& s);
  void enumerate_base(Step& s, const std::function<void(const V*)>& visit);
  void enumerate_builtin(Step& s, const std::function<void(const V*)>& visit);
  void reset_relations();
  Relation& derived(int relation) { return *owned_[static_cast<size_t>(relation)]; }
  // Every 1024th call looks at the cancel flag and the deadline.
  void tick() {
    if ((++ticks_ & 1023) == 0) check_limits();
  }
  void check_limits();
  double estimate(const CLiteral& l, const std::vector<bool>& bound) const;
  // nullopt: no value (overflow, kinds without arithmetic); a division by
  // zero also sets failure_.
  std::optional<V> eval(const CExpr& e);
  std::string literal_text(const CLiteral& l, const CRule& rule) const;
  std::string expression_text(const CExpr& e, const CRule& rule) const;
  static std::string columns_text(std::uint32_t columns);  // "column 1, 3"
  // "rule `...`", "the query `...`": where a limit or an error arose.
  std::string site_text(const CRule& rule) const;
  std::string access_text(const CLiteral& l, const std::vector<bool>& bound) const;
  std::optional<Day> as_of_for(const CLiteral& l) const;

  const Program& program_;
  SymbolTable& symbols_;
  KbAccess& kb_;
  const Limits& limits_;
  std::chrono::steady_clock::time_point started_;
  // Every relation as rules read it: facts-only relations are read in place
  // from the program (no copy; their indexes outlive the query), the others
  // are derived here, into owned_.
  std::vector<const Relation*> full_;
  std::vector<std::unique_ptr<Relation>> owned_;
  std::vector<std::unique_ptr<Relation>> delta_;
  std::vector<bool> done_;
  std::vector<Stratum> strata_;  // of the relation being evaluated
  std::vector<V> vars_;
  std::uint64_t derived_ = 0;
  std::uint64_t ticks_ = 0;
  std::optional<std::string> failure_;
  const CRule* current_rule_ = nullptr;  // the rule being evaluated, for messages
  // Recursive strata: tuples each rule added in the round, to name the one that grew.
  std::vector<std::pair<const CRule*, std::uint64_t>> yields_;
  std::optional<Day> as_of_;
};

}  // namespace annals::query
