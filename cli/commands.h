// The annals command line: each subcommand registers itself on the CLI11 app.
// Commands stay thin: they parse flags, call parser/ kb/ query/, print.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace annals::cli {

struct GlobalOptions {
  std::string db;      // --db, default $ANNALS_DB, else ./annals.db
  bool color = false;  // stdout is a terminal and NO_COLOR is unset
};

// Exit codes shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitExpectationFailed = 1;
inline constexpr int kExitError = 2;

// Prints "annals: error: MESSAGE" on stderr.
void print_error(const std::string& message);

// Each registers a subcommand; its callback stores the exit code in *exit_code.
void register_ingest(CLI::App& app, const GlobalOptions& global, int* exit_code);
void register_timex(CLI::App& app, const GlobalOptions& global, int* exit_code);
void register_events(CLI::App& app, const GlobalOptions& global, int* exit_code);
void register_query(CLI::App& app, const GlobalOptions& global,
                    int* exit_code);  // query, run, repl
void register_export(CLI::App& app, const GlobalOptions& global, int* exit_code);
void register_show(CLI::App& app, const GlobalOptions& global, int* exit_code);
void register_admin(CLI::App& app, const GlobalOptions& global,
                    int* exit_code);  // stats, check, rm

}  // namespace annals::cli
