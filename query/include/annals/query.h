// The annals query language: a small Datalog over the knowledge base.
//
// A Session holds the rules and user relations defined so far (at the REPL
// or in a batch file) and evaluates statements against a kb::Store.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "annals/date.h"
#include "annals/kb.h"
#include "annals/status.h"

namespace annals::query {

// A constant: atom (bare lower-case word), string, integer, float or date.
struct Atom {
  std::string name;
  friend auto operator<=>(const Atom&, const Atom&) = default;
};
using Value = std::variant<std::int64_t, double, std::string, Atom, Day>;
std::string format_value(const Value& v);  // dates as ISO, strings unquoted

// Where in the source a diagnostic points.
struct SourcePos {
  std::string file;  // "<query>" for the command line, "<repl>" at the REPL
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

// A checked error before or during evaluation. `render()` gives
// "file:line:col: error: message", the source line, a caret, and the hint.
struct Diagnostic {
  SourcePos pos;
  std::string message;
  // The source line, or on a long line a window of it around the error
  // ("..." where cut); the caret goes under its caret_column (1-based).
  std::string source_line;
  std::uint32_t caret_column = 0;  // 0: pos.column
  std::string hint;                // "did you mean `agent/2`?" or empty
  std::string render() const;
};

struct Table {
  std::vector<std::string> columns;      // variable names of the query, in order
  std::vector<std::vector<Value>> rows;  // sorted, distinct
};

struct ExpectationResult {
  SourcePos pos;
  std::string text;  // the expectation as written
  bool passed = false;
  std::string found;  // what was found, e.g. "count = 0" or the offending rows
};

// A dot directive the language does not act on itself (`.mode csv`,
// `.timer on`, `.show ID`, ...): handed back to the front end in order.
struct Directive {
  std::string name;  // "mode"
  std::vector<std::string> args;
};

// What one statement produced: a query's table, an expectation's verdict, a
// message (".import ...: 12 rows", "rule added"), or a front-end directive.
struct Output {
  SourcePos pos;
  std::string statement;  // source text of the statement
  std::variant<Table, ExpectationResult, std::string, Directive> result;
};

struct Limits {
  std::uint64_t max_derived_tuples = 50'000'000;  // resource guard (--max-tuples)
  const std::atomic<bool>* cancel = nullptr;      // set to true to interrupt (Ctrl-C)
  std::optional<std::int64_t> deadline_ms;        // wall-clock budget per statement (--timeout)
  // Threads for a recursion that splits by a carried column (--threads): 1 or 2.
  unsigned threads = 1;
};

class Session {
 public:
  // `store` may be null: then only user relations and rules are available.
  explicit Session(const kb::Store* store, Limits limits = {});
  ~Session();
  Session(Session&&) noexcept;
  Session& operator=(Session&&) noexcept;

  // Parses, checks and evaluates a program text (one or many statements:
  // rules, facts, queries `?- ...`, `expect ...`, dot directives). Rules and
  // facts persist for later calls. On a syntax/check/evaluation error returns
  // the diagnostic (the statements before it have run and their outputs are
  // lost to the caller only if it ignores `partial`).
  struct RunResult {
    std::vector<Output> outputs;
    std::optional<Diagnostic> error;
  };
  RunResult run(std::string_view source, const std::string& file_name);

  // The resource limits of the statements run from now on (`.timeout`).
  const Limits& limits() const;
  void set_limits(const Limits& limits);

  // `.explain`: the evaluation plan of one query, as text.
  Result<std::string> explain(std::string_view query);

  // Names for tab completion: relations (base, built-in, user) with arity.
  std::vector<std::string> relation_names() const;
  // The rules defined so far, as source text (for `.rules`).
  std::string rules_text() const;
  // Base relations with their arity and column meaning (for `.schema`).
  static std::string schema_text();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace annals::query
