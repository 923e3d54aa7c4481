// Parses one statement (as cut out by the splitter) into its syntax tree.
// Kept apart so the X3 instantiation lives in a single translation unit.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "ast.h"

namespace annals::query {

struct SyntaxError {
  std::uint32_t offset = 0;  // into the statement text
  std::string message;
};

// `text` is one statement including its final '.'.
std::variant<ast::Statement, SyntaxError> parse_statement(std::string_view text);

}  // namespace annals::query
