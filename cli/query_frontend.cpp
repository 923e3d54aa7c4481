#include "query_frontend.h"

#include "event_views.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <stdexcept>

namespace annals::cli {
namespace {

constexpr int kMaxReadDepth = 16;  // `.read` of a file that reads itself

std::string one_line(std::string_view text) {
  std::string line;
  bool blank = false;
  for (char c : text) {
    const bool is_space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (is_space) {
      blank = !line.empty();
      continue;
    }
    if (blank) line += ' ';
    blank = false;
    line += c;
  }
  return line;
}

std::int64_t to_milliseconds(double seconds) {
  return static_cast<std::int64_t>(seconds * 1000.0 + 0.5);
}

query::Limits limits_of(const std::atomic<bool>* cancel, const FrontendOptions& options) {
  query::Limits limits;
  limits.cancel = cancel;
  if (options.timeout_seconds) limits.deadline_ms = to_milliseconds(*options.timeout_seconds);
  if (options.max_tuples) limits.max_derived_tuples = *options.max_tuples;
  limits.threads = options.threads;
  return limits;
}

const DotCommand* find_command(std::string_view name) {
  for (const auto& command : dot_commands())
    if (command.name == name) return &command;
  return nullptr;
}

std::string command_list() {
  std::string list;
  for (const auto& command : dot_commands())
    list += (list.empty() ? "." : ", .") + std::string(command.name);
  return list;
}

}  // namespace

Result<std::unique_ptr<kb::Store>> open_knowledge_base(const std::string& db) {
  std::error_code ec;
  if (!std::filesystem::exists(db, ec)) {
    return Status::NotFound("no knowledge base at " + db +
                            " (build one with `annals ingest PATH...`, or pass --db)");
  }
  auto store = kb::Store::open(db, kb::Store::Mode::kReadOnly);
  if (!store.ok()) {
    return Status::IoError("cannot open the knowledge base " + db + ": " +
                           store.status().message());
  }
  return store;
}

// `annals query 'event(E, confirm).'` means the query `?- event(E, confirm).`:
// a bare body is a query, and the final dot may be left out.
std::string as_query_text(std::string text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return text;
  const std::string_view body = std::string_view(text).substr(first);
  const bool is_program = body.starts_with("?-") || body.starts_with("expect") ||
                          body.starts_with(".") || text.find(":-") != std::string::npos ||
                          text.find("?-") != std::string::npos;
  if (!is_program) text = "?- " + std::string(body);
  if (statement_open(text)) text += ".";
  return text;
}

std::size_t RunOutcome::failed() const {
  return static_cast<std::size_t>(std::count_if(expectations.begin(), expectations.end(),
                                                [](const auto& e) { return !e.passed; }));
}

const std::vector<DotCommand>& dot_commands() {
  static const std::vector<DotCommand> commands = {
      {"help", ".help", "this list", &QueryFrontend::cmd_help},
      {"schema", ".schema", "the base relations and what their columns mean",
       &QueryFrontend::cmd_schema},
      {"rules", ".rules", "the rules defined so far", &QueryFrontend::cmd_rules},
      {"mode", ".mode table|csv|tsv|json", "how answer tables are printed",
       &QueryFrontend::cmd_mode},
      {"timer", ".timer on|off", "print the time each entry takes", &QueryFrontend::cmd_timer},
      {"timeout", ".timeout SECONDS|off", "stop a statement that runs longer",
       &QueryFrontend::cmd_timeout},
      {"explain", ".explain QUERY", "the evaluation plan of a query", &QueryFrontend::cmd_explain},
      {"show", ".show EVENT", "an event with its mentions and date reasoning",
       &QueryFrontend::cmd_show},
      {"export", ".export dot FILE QUERY", "write the events a query finds as a DOT timeline",
       &QueryFrontend::cmd_export},
      {"import", ".import \"FILE\" RELATION", "read a CSV/TSV file into a relation of your own",
       nullptr},
      {"read", ".read FILE", "run the statements of a file", &QueryFrontend::cmd_read},
      {"quit", ".quit", "leave (Ctrl-D works too)", &QueryFrontend::cmd_quit},
  };
  return commands;
}

QueryFrontend::QueryFrontend(const kb::Store* store, const std::atomic<bool>* cancel,
                             FrontendOptions options, std::ostream& out, std::ostream& err)
    : store_(store),
      cancel_(cancel),
      session_(store, limits_of(cancel, options)),
      options_(options),
      out_(out),
      err_(err) {}

void QueryFrontend::run_source(std::string_view source, const std::string& file_name,
                               RunOutcome& outcome) {
  for (const SourceChunk& chunk : split_directives(source)) {
    if (quit_ || outcome.interrupted || !outcome.errors.empty()) return;
    if (chunk.kind == SourceChunk::Kind::kProgram) {
      run_program(chunk.text, file_name, chunk.line, outcome);
    } else {
      run_directive(parse_directive_line(chunk.text), {file_name, chunk.line, 1}, outcome);
    }
  }
}

void QueryFrontend::run_file(const std::string& path, RunOutcome& outcome) {
  std::ifstream in(path, std::ios::binary);
  std::error_code ec;
  if (!in || std::filesystem::is_directory(path, ec)) {
    report_error({}, "cannot read " + path + ": no such file", outcome);
    return;
  }
  std::ostringstream text;
  text << in.rdbuf();
  run_source(text.str(), path, outcome);
}

void QueryFrontend::run_program(std::string_view text, const std::string& file_name,
                                std::uint32_t first_line, RunOutcome& outcome) {
  // Leading newlines keep the Session's line numbers those of the whole file.
  std::string padded(first_line > 0 ? first_line - 1 : 0, '\n');
  padded += text;
  const auto start = std::chrono::steady_clock::now();
  query::Session::RunResult result = session_.run(padded, file_name);
  const std::chrono::duration<double, std::milli> elapsed =
      std::chrono::steady_clock::now() - start;
  for (const auto& output : result.outputs) {
    handle_output(output, outcome);
    if (quit_) break;
  }
  if (cancelled()) {
    outcome.interrupted = true;
    // At a terminal the echoed ^C is still on the line.
    messages() << (options_.interactive ? "\ninterrupted\n" : "interrupted\n");
  } else if (result.error) {
    const std::string rendered = result.error->render();
    outcome.errors.push_back(rendered);
    err_ << rendered << (rendered.empty() || rendered.back() != '\n' ? "\n" : "");
  }
  if (timer_) {
    char line[64];
    std::snprintf(line, sizeof line, "Run Time: %.3f ms\n", elapsed.count());
    messages() << line;
  }
  out_.flush();
}

void QueryFrontend::run_directive(const DirectiveLine& directive, const query::SourcePos& pos,
                                  RunOutcome& outcome) {
  const DotCommand* command = find_command(directive.name);
  if (command && command->handler) {
    (this->*command->handler)(directive, pos, outcome);
    return;
  }
  // Directives of the language itself (`.import`), and unknown ones, which
  // the Session reports with its own hint.
  std::string line = "." + directive.name;
  if (!directive.rest.empty()) line += " " + directive.rest;
  run_program(line, pos.file, pos.line, outcome);
}

void QueryFrontend::handle_output(const query::Output& output, RunOutcome& outcome) {
  if (const auto* table = std::get_if<query::Table>(&output.result)) {
    if (tables_printed_ > 0 && options_.format != OutputFormat::kJson) out_ << '\n';
    if (options_.table_headings && options_.format == OutputFormat::kTable)
      out_ << "% " << one_line(output.statement) << '\n';
    write_table(out_, *table, options_.format, options_.style);
    ++tables_printed_;
  } else if (const auto* verdict = std::get_if<query::ExpectationResult>(&output.result)) {
    const std::string text = one_line(verdict->text.empty() ? output.statement : verdict->text);
    const query::SourcePos& pos = verdict->pos.line ? verdict->pos : output.pos;
    outcome.expectations.push_back({pos.file, pos.line, text, verdict->passed, verdict->found});
    if (!verdict->passed) {
      messages() << pos.file << ':' << pos.line << ": expectation failed: " << text
                 << "\n  found: " << verdict->found << '\n';
    } else if (options_.interactive) {
      out_ << "holds: " << text << '\n';
    }
  } else if (const auto* message = std::get_if<std::string>(&output.result)) {
    if (options_.interactive) out_ << *message << '\n';
  } else if (const auto* directive = std::get_if<query::Directive>(&output.result)) {
    DirectiveLine line;
    line.name = directive->name;
    line.args = directive->args;
    for (const auto& arg : directive->args) line.rest += (line.rest.empty() ? "" : " ") + arg;
    const DotCommand* command = find_command(line.name);
    if (command && command->handler) {
      (this->*command->handler)(line, output.pos, outcome);
    } else {
      report_error(
          output.pos,
          "unknown directive ." + line.name + " (the directives are " + command_list() + ")",
          outcome);
    }
  }
}

void QueryFrontend::report_error(const query::SourcePos& pos, const std::string& message,
                                 RunOutcome& outcome) {
  std::string text = pos.file.empty()
                         ? "annals: error: " + message
                         : pos.file + ":" + std::to_string(pos.line) + ":" +
                               std::to_string(pos.column ? pos.column : 1) + ": error: " + message;
  err_ << text << '\n';
  outcome.errors.push_back(std::move(text));
}

void QueryFrontend::cmd_help(const DirectiveLine&, const query::SourcePos&, RunOutcome&) {
  static constexpr std::pair<std::string_view, std::string_view> kStatements[] = {
      {"?- event(E, T), agent(E, A).", "a query"},
      {"met(A) :- event(E, meet), agent(E, A).", "a rule"},
      {"watched(\"Sergei Shoigu\").", "a fact"},
      {"expect some : { event(E, sign) }.", "an expectation (for batch files)"},
  };
  std::size_t width = 0;
  for (const auto& [text, help] : kStatements) width = std::max(width, text.size());
  for (const auto& command : dot_commands()) width = std::max(width, command.usage.size());
  auto row = [&](std::string_view text, std::string_view help) {
    out_ << "  " << text << std::string(width - text.size() + 2, ' ') << help << '\n';
  };
  out_ << "Statements end with a final '.' and may span lines:\n";
  for (const auto& [text, help] : kStatements) row(text, help);
  out_ << "Commands:\n";
  for (const auto& command : dot_commands()) row(command.usage, command.help);
  out_ << "Tab completes relations, commands and \"entity names; Ctrl-C stops a query.\n";
}

void QueryFrontend::cmd_schema(const DirectiveLine&, const query::SourcePos&, RunOutcome&) {
  out_ << query::Session::schema_text();
  std::string names;
  for (const auto& name : session_.relation_names()) names += (names.empty() ? "" : " ") + name;
  if (!names.empty()) out_ << "relations: " << names << '\n';
}

void QueryFrontend::cmd_rules(const DirectiveLine&, const query::SourcePos&, RunOutcome&) {
  const std::string rules = session_.rules_text();
  out_ << (rules.empty() ? std::string("(no rules yet)\n") : rules);
  if (!rules.empty() && rules.back() != '\n') out_ << '\n';
}

void QueryFrontend::cmd_mode(const DirectiveLine& line, const query::SourcePos& pos,
                             RunOutcome& outcome) {
  if (line.args.empty()) {
    messages() << "mode " << output_format_name(options_.format) << '\n';
    return;
  }
  const auto format = parse_output_format(line.args[0]);
  if (!format || line.args.size() > 1) {
    report_error(pos, "usage: .mode " + std::string(kOutputFormatNames), outcome);
    return;
  }
  options_.format = *format;
}

void QueryFrontend::cmd_timer(const DirectiveLine& line, const query::SourcePos& pos,
                              RunOutcome& outcome) {
  if (line.args.size() != 1 || (line.args[0] != "on" && line.args[0] != "off")) {
    report_error(pos, "usage: .timer on|off", outcome);
    return;
  }
  timer_ = line.args[0] == "on";
}

void QueryFrontend::cmd_timeout(const DirectiveLine& line, const query::SourcePos& pos,
                                RunOutcome& outcome) {
  query::Limits limits = session_.limits();
  if (line.args.size() == 1 && line.args[0] == "off") {
    limits.deadline_ms.reset();
    session_.set_limits(limits);
    return;
  }
  double seconds = 0;
  std::size_t used = 0;
  try {
    if (line.args.size() == 1) seconds = std::stod(line.args[0], &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (line.args.size() != 1 || used != line.args[0].size() || !(seconds > 0) || seconds > 1e6) {
    report_error(pos, "usage: .timeout SECONDS|off (a number of seconds above 0, such as 2.5)",
                 outcome);
    return;
  }
  limits.deadline_ms = to_milliseconds(seconds);
  session_.set_limits(limits);
}

void QueryFrontend::cmd_explain(const DirectiveLine& line, const query::SourcePos& pos,
                                RunOutcome& outcome) {
  if (line.rest.empty()) {
    report_error(pos, "usage: .explain QUERY", outcome);
    return;
  }
  Result<std::string> plan = session_.explain(line.rest);
  if (!plan.ok()) {
    report_error(pos, plan.status().message(), outcome);
    return;
  }
  out_ << *plan << (plan->empty() || plan->back() != '\n' ? "\n" : "");
}

void QueryFrontend::cmd_show(const DirectiveLine& line, const query::SourcePos& pos,
                             RunOutcome& outcome) {
  if (line.args.size() != 1) {
    report_error(pos, "usage: .show EVENT", outcome);
    return;
  }
  if (!store_) {
    report_error(pos, ".show needs a knowledge base (--db)", outcome);
    return;
  }
  if (const Status s = show_event(*store_, line.args[0], out_); !s.ok())
    report_error(pos, s.message(), outcome);
}

void QueryFrontend::cmd_export(const DirectiveLine& line, const query::SourcePos& pos,
                               RunOutcome& outcome) {
  if (line.args.size() < 3 || line.args[0] != "dot") {
    report_error(pos, "usage: .export dot FILE QUERY", outcome);
    return;
  }
  if (!store_) {
    report_error(pos, ".export needs a knowledge base (--db)", outcome);
    return;
  }
  const std::string& path = line.args[1];
  auto written = export_dot_for_query(*store_, session_, as_query_text(line.rest_after(2)), path);
  if (!written.ok()) {
    report_error(pos, written.status().message(), outcome);
    return;
  }
  messages() << "wrote " << *written << (*written == 1 ? " event to " : " events to ") << path
             << '\n';
}

void QueryFrontend::cmd_read(const DirectiveLine& line, const query::SourcePos& pos,
                             RunOutcome& outcome) {
  if (line.args.size() != 1) {
    report_error(pos, "usage: .read FILE", outcome);
    return;
  }
  if (read_depth_ >= kMaxReadDepth) {
    report_error(pos, ".read nests deeper than " + std::to_string(kMaxReadDepth) + " files",
                 outcome);
    return;
  }
  // A relative path is looked up from the working directory, then beside
  // the file that reads it.
  namespace fs = std::filesystem;
  fs::path path = line.args[0];
  std::error_code ec;
  if (path.is_relative() && !fs::exists(path, ec) && !pos.file.empty() && pos.file[0] != '<') {
    const fs::path beside = fs::path(pos.file).parent_path() / path;
    if (fs::exists(beside, ec)) path = beside;
  }
  if (!fs::is_regular_file(path, ec)) {
    report_error(pos, "cannot read " + line.args[0] + ": no such file", outcome);
    return;
  }
  ++read_depth_;
  run_file(path.string(), outcome);
  --read_depth_;
}

void QueryFrontend::cmd_quit(const DirectiveLine&, const query::SourcePos&, RunOutcome&) {
  quit_ = true;
}

}  // namespace annals::cli
