#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "commands.h"
#include "repl.h"

namespace annals::cli {

void print_error(const std::string& message) {
  std::fputs(("annals: error: " + message + "\n").c_str(), stderr);
}

namespace {

// Output that did not reach standard output (a full disk, a closed pipe) is
// an error: a command must not report success for what it could not write.
int check_stdout(int exit_code) {
  errno = 0;
  std::cout.flush();
  const bool failed = !std::cout || std::fflush(stdout) != 0 || std::ferror(stdout);
  if (!failed) return exit_code;
  const int err = errno;
  print_error(std::string("cannot write to standard output") +
              (err ? std::string(": ") + std::strerror(err) : std::string()));
  return kExitError;
}

}  // namespace
}  // namespace annals::cli

int main(int argc, char** argv) {
  using namespace annals::cli;
  CLI::App app{"annals: news articles -> a temporal knowledge base of dated events", "annals"};
  app.set_version_flag("--version", std::string("annals 0.1.0"));
  app.require_subcommand(0, 1);

  GlobalOptions global;
  const char* env_db = std::getenv("ANNALS_DB");
  global.db = env_db && *env_db ? env_db : "annals.db";
  global.color = isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
  app.add_option("--db", global.db,
                 "knowledge base directory (default $ANNALS_DB, else ./annals.db)")
      ->envname("ANNALS_DB");

  int exit_code = kExitOk;
  register_ingest(app, global, &exit_code);
  register_timex(app, global, &exit_code);
  register_events(app, global, &exit_code);
  register_query(app, global, &exit_code);
  register_export(app, global, &exit_code);
  register_show(app, global, &exit_code);
  register_admin(app, global, &exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    print_error(e.what());
    return kExitError;
  } catch (const std::exception& e) {
    // The last boundary: whatever a command let escape is an error, not an abort.
    print_error(std::string("unexpected failure: ") + e.what());
    return kExitError;
  }
  if (app.get_subcommands().empty()) {
    if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) return check_stdout(run_repl(global));
    std::cout << app.help();
    return check_stdout(kExitError);
  }
  return check_stdout(exit_code);
}
