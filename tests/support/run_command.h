// Runs the built `annals` binary (or any shell command) and captures its
// exit code, stdout and stderr, for end-to-end tests.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace annals::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Quotes one shell word.
inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

inline std::filesystem::path annals_binary() {
  return std::filesystem::path(ANNALS_BINARY_DIR) / "cli" / "annals";
}

// The shell command line `annals --db DB ARGS`.
inline std::string annals_cmd(const std::filesystem::path& db, const std::string& args) {
  return shell_quote(annals_binary().string()) + " --db " + shell_quote(db.string()) + " " + args;
}

// `command` is a shell command line; stdout and stderr are captured apart.
inline CommandResult run_shell(const std::string& command, const std::filesystem::path& scratch) {
  const auto out_file = scratch / "cmd.out";
  const auto err_file = scratch / "cmd.err";
  const std::string full = "(" + command + ") >" + shell_quote(out_file.string()) + " 2>" +
                           shell_quote(err_file.string()) + " </dev/null";
  const int status = std::system(full.c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out_file);
  r.err = slurp(err_file);
  return r;
}

// A fresh temporary directory, removed when the object goes away.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "annals-test-XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace annals::testing
