// The checked program: relations, rules with resolved variables, and the
// literal kinds the engine evaluates. Produced by the checker from the AST.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "relation.h"
#include "value.h"

namespace annals::query {

// Base relations read from the knowledge base.
enum class BaseRel : std::uint8_t {
  kEvent,
  kTime,
  kGranularity,
  kTimeKind,
  kCategory,
  kEarliest,
  kLatest,
  kAgent,
  kPatient,
  kPlace,
  kEntity,
  kAlias,
  kMention,
  kDoc,
  kReported,
  kModality,
  kPolarity,
  kClaimedBy,
  kQuantity,
  kCause,
  kUnder,
  kTimeline,
  kDocDateSource,
};

enum class Builtin : std::uint8_t {
  kBefore,
  kAfter,
  kMeets,
  kOverlaps,
  kDuring,
  kSameDay,
  kYear,
  kMonth,
  kWeekday,
  kContains,
  kLower,
  kUpper,
};

enum class ColumnType : std::uint8_t { kAny, kDate, kNumber, kSymbol };

struct BaseInfo {
  BaseRel rel;
  const char* name;
  int arity;
  std::vector<ColumnType> columns;
  const char* meaning;
  bool per_event;  // column 0 is an event id
};
const std::vector<BaseInfo>& base_relations();
const BaseInfo* find_base(std::string_view name);
const BaseInfo* find_base_info(BaseRel rel);

struct BuiltinInfo {
  Builtin builtin;
  const char* name;
  int arity;
  bool on_events;  // Allen relation: arguments are event ids
};
const std::vector<BuiltinInfo>& builtins();
const BuiltinInfo* find_builtin(std::string_view name);

struct CTerm {
  int var = -1;  // >= 0: variable slot
  V constant;
  bool is_var() const { return var >= 0; }
};

struct CExpr {
  char op = 0;  // 0: a leaf term; else + - * /
  CTerm leaf;
  std::vector<CExpr> operands;  // two when op != 0
};

// Constant bounds on a base atom's date columns, from comparisons in the body.
struct DateBounds {
  std::optional<Day> from;
  std::optional<Day> to;
};

struct CLiteral {
  enum class Kind : std::uint8_t { kRelation, kBase, kBuiltin, kCompare };
  Kind kind = Kind::kRelation;
  bool negated = false;
  int relation = -1;  // kRelation: index in Program::relations
  BaseRel base = BaseRel::kEvent;
  Builtin builtin = Builtin::kBefore;
  std::vector<CTerm> args;
  std::optional<Day> as_of;
  // kBase per-event relations: pushed down as EventFilter from/to; from the
  // compares on time/3's dates, and from a time/3 literal on the same event.
  DateBounds date_bounds;
  std::string op;  // kCompare
  CExpr lhs, rhs;  // kCompare
  std::uint32_t offset = 0;
  std::string text;  // as written, for .explain
};

struct CRule {
  int head = -1;
  std::vector<CTerm> head_args;
  std::vector<CLiteral> body;
  std::vector<std::string> var_names;  // slot -> name ("_" for anonymous)
  std::string text;
};

struct AggregateSpec {
  int source = -1;  // relation holding the inner body's tuples
  std::vector<int> group_columns;
  int argument_column = -1;  // -1: count distinct tuples
  std::string function;
};

struct RelationDef {
  std::string name;
  int arity = 0;
  bool hidden = false;  // made by the checker for aggregates and queries
  Relation facts;
  std::vector<CRule> rules;
  std::optional<AggregateSpec> aggregate;
  explicit RelationDef(std::string n, int a) : name(std::move(n)), arity(a), facts(a) {}
};

struct Program {
  std::vector<std::unique_ptr<RelationDef>> relations;
  std::map<std::string, int, std::less<>> by_name;  // visible relations only

  int find(std::string_view name) const {
    auto it = by_name.find(name);
    return it == by_name.end() ? -1 : it->second;
  }
  // Forgets relations made after `mark` (a failed rule's, a finished query's).
  void truncate(std::size_t mark) {
    for (auto it = by_name.begin(); it != by_name.end();)
      it = static_cast<std::size_t>(it->second) >= mark ? by_name.erase(it) : std::next(it);
    relations.resize(mark);
  }
  int add(std::string name, int arity, bool hidden) {
    relations.push_back(std::make_unique<RelationDef>(name, arity));
    relations.back()->hidden = hidden;
    int id = static_cast<int>(relations.size() - 1);
    if (!hidden) by_name[name] = id;
    return id;
  }
};

}  // namespace annals::query
