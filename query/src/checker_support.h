// Helpers of the checker: the variables an AST part mentions, and constant
// date bounds pushed down to time/3 atoms.
#pragma once

#include <string>
#include <vector>

#include "ast.h"
#include "program.h"

namespace annals::query {

void collect_term_vars(const ast::Term& t, std::vector<std::string>& out);
void collect_sum_vars(const ast::Sum& s, std::vector<std::string>& out);
// Variables a literal mentions at its own level (not inside an aggregate's braces).
void collect_literal_vars(const ast::Literal& l, std::vector<std::string>& out);
void collect_body_vars(const ast::Body& b, std::vector<std::string>& out);

// Date bounds for time/3 atoms from `S >= 2025-04-01` and constants in place:
// pushed down to the store as EventFilter from/to.
void push_date_bounds(std::vector<CLiteral>& body);

}  // namespace annals::query
