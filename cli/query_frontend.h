// The front end shared by `annals query`, `annals run` and the REPL: runs
// program text through a query::Session, prints answer tables in the chosen
// format, collects expectation verdicts, and carries out the dot commands the
// language hands back (`.mode`, `.timer`, `.read`, `.explain`, ...).
#pragma once

#include <atomic>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annals/kb.h"
#include "annals/query.h"
#include "statement_scan.h"
#include "table_format.h"

namespace annals::cli {

struct ExpectationRecord {
  std::string file;
  std::uint32_t line = 0;
  std::string text;
  bool passed = false;
  std::string found;
};

// What running some text produced, beyond what was printed.
struct RunOutcome {
  std::vector<ExpectationRecord> expectations;
  std::vector<std::string> errors;  // rendered diagnostics and other errors
  bool interrupted = false;
  std::size_t failed() const;
};

struct FrontendOptions {
  OutputFormat format = OutputFormat::kTable;
  TableStyle style;
  bool interactive = false;                 // REPL: messages and verdicts go to `out`
  bool table_headings = false;              // batch table mode: "% file:line" above each table
  std::optional<double> timeout_seconds;    // --timeout: per statement
  std::optional<std::uint64_t> max_tuples;  // --max-tuples: derived tuples per statement
  unsigned threads = 1;                     // --threads
};

// Opens the knowledge base at `db` read-only. A missing one gets a message
// saying how to build it.
Result<std::unique_ptr<kb::Store>> open_knowledge_base(const std::string& db);

// `event(E, confirm).` typed as a query means `?- event(E, confirm).`: a bare
// body is a query, and the final dot may be left out.
std::string as_query_text(std::string text);

class QueryFrontend;

// One dot command of the front end; `.help` is generated from this table.
struct DotCommand {
  std::string_view name;
  std::string_view usage;
  std::string_view help;
  // Null for directives the language itself handles (`.import`).
  void (QueryFrontend::*handler)(const DirectiveLine&, const query::SourcePos&, RunOutcome&);
};
const std::vector<DotCommand>& dot_commands();

class QueryFrontend {
 public:
  // `store` may be null (user relations only). `cancel` is polled by the
  // evaluator; the owner sets it (SIGINT) and clears it between entries.
  QueryFrontend(const kb::Store* store, const std::atomic<bool>* cancel, FrontendOptions options,
                std::ostream& out, std::ostream& err);

  // Runs program text (statements and dot directives) in order.
  void run_source(std::string_view source, const std::string& file_name, RunOutcome& outcome);
  // Runs the file at `path` (its name in diagnostics is `path`).
  void run_file(const std::string& path, RunOutcome& outcome);

  bool quit_requested() const { return quit_; }
  // The terminal may have been resized since the last entry.
  void set_table_width(int columns) { options_.style.width = columns; }
  query::Session& session() { return session_; }
  const kb::Store* store() const { return store_; }

  // The dot command handlers (see dot_commands()).
  void cmd_help(const DirectiveLine&, const query::SourcePos&, RunOutcome&);
  void cmd_schema(const DirectiveLine&, const query::SourcePos&, RunOutcome&);
  void cmd_rules(const DirectiveLine&, const query::SourcePos&, RunOutcome&);
  void cmd_mode(const DirectiveLine&, const query::SourcePos&, RunOutcome&);
  void cmd_timer(const DirectiveLine&, const query::SourcePos&, RunOutcome&);
  void cmd_timeout(const DirectiveLine&, const query::SourcePos&, RunOutcome&);
  void cmd_explain(const DirectiveLine&, const query::SourcePos&, RunOutcome&);
  void cmd_show(const DirectiveLine&, const query::SourcePos&, RunOutcome&);
  void cmd_export(const DirectiveLine&, const query::SourcePos&, RunOutcome&);
  void cmd_read(const DirectiveLine&, const query::SourcePos&, RunOutcome&);
  void cmd_quit(const DirectiveLine&, const query::SourcePos&, RunOutcome&);

 private:
  void run_program(std::string_view text, const std::string& file_name, std::uint32_t first_line,
                   RunOutcome& outcome);
  void run_directive(const DirectiveLine& directive, const query::SourcePos& pos,
                     RunOutcome& outcome);
  void handle_output(const query::Output& output, RunOutcome& outcome);
  void report_error(const query::SourcePos& pos, const std::string& message, RunOutcome& outcome);
  bool cancelled() const { return cancel_ && cancel_->load(); }
  std::ostream& messages() { return options_.interactive ? out_ : err_; }

  const kb::Store* store_;
  const std::atomic<bool>* cancel_;
  query::Session session_;
  FrontendOptions options_;
  std::ostream& out_;
  std::ostream& err_;
  bool timer_ = false;
  bool quit_ = false;
  int read_depth_ = 0;
  std::size_t tables_printed_ = 0;
};

}  // namespace annals::cli
