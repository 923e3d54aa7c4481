// Finding statement boundaries in query text without parsing it: where a
// statement ends (its final `.`), and which lines are dot directives. The
// REPL uses it to know when to stop reading; batch files use it to hand the
// front end's own directives (`.mode`, `.read`, ...) over in order.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace annals::cli {

struct SourceChunk {
  enum class Kind { kProgram, kDirective };
  Kind kind = Kind::kProgram;
  std::string_view text;   // a directive chunk is one line, without its newline
  std::uint32_t line = 1;  // 1-based line of the chunk's first character
};

// Splits `source` into runs of statements and the dot-directive lines between
// them. A line starting with `.` inside an unfinished statement is not a
// directive.
std::vector<SourceChunk> split_directives(std::string_view source);

// True when `text` ends inside a statement (no final `.` yet, or an open
// string): the REPL then asks for a continuation line.
bool statement_open(std::string_view text);

// A dot directive line split into its name and arguments: `.export dot
// "a b.dot" ?- event(E, T).` has name "export", args {"dot", "a b.dot", "?-",
// ...}, and rest_after(2) == "?- event(E, T).".
struct DirectiveLine {
  std::string name;
  std::vector<std::string> args;  // whitespace separated, "quoted" kept together
  std::string rest;               // the raw text after the name, trimmed
  std::string rest_after(std::size_t n_args) const;
};
DirectiveLine parse_directive_line(std::string_view line);

}  // namespace annals::cli
