// From syntax tree to checked program: resolves relations (with did-you-mean
// hints), checks arity, types of constants and safety, desugars aggregates
// into hidden relations, and computes date pushdown bounds.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "ast.h"
#include "program.h"

namespace annals::query {

struct CheckError {
  std::uint32_t offset = 0;  // into the statement text
  std::string message;
  std::string hint;
};

struct CheckContext {
  Program& program;
  SymbolTable& symbols;
  // Relations defined later in the same text: name -> arity (-1: not known yet).
  std::function<std::optional<int>(std::string_view)> forward_arity;
};

// Adds a rule or fact to the program.
std::optional<CheckError> add_rule(const ast::Rule& rule, const std::string& text,
                                   CheckContext& ctx);

struct CompiledQuery {
  int relation = -1;  // hidden relation holding the answers
  std::vector<std::string> columns;
};
// Compiles `?- body` (or an expectation's body) into a hidden relation.
std::variant<CompiledQuery, CheckError> compile_query(const ast::Body& body,
                                                      const std::string& text, CheckContext& ctx);

// Converts a literal to a value the way a query constant would be.
std::variant<V, CheckError> constant_value(const ast::Term& term, SymbolTable& symbols);

}  // namespace annals::query
