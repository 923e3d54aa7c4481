// `--format svg`: GraphViz's `dot -Tsvg` over our DOT. Input and output go
// through temporary files so a large graph cannot deadlock two pipes.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "annals/export.h"

extern char** environ;

namespace annals::kb {
namespace {

namespace fs = std::filesystem;

// A temporary file removed when it goes out of scope.
class TempFile {
 public:
  explicit TempFile(const char* stem) {
    std::string pattern = (fs::temp_directory_path() / (std::string(stem) + "-XXXXXX")).string();
    const int fd = mkstemp(pattern.data());
    if (fd >= 0) {
      close(fd);
      path_ = pattern;
    }
  }
  ~TempFile() {
    std::error_code ec;
    if (!path_.empty()) fs::remove(path_, ec);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  bool ok() const { return !path_.empty(); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

std::optional<std::string> find_dot_program() {
  const char* path = std::getenv("PATH");
  if (!path) return std::nullopt;
  std::string_view rest = path;
  while (true) {
    const auto colon = rest.find(':');
    const std::string dir(rest.substr(0, colon));
    const fs::path candidate = fs::path(dir.empty() ? "." : dir) / "dot";
    if (access(candidate.c_str(), X_OK) == 0 && !fs::is_directory(candidate))
      return candidate.string();
    if (colon == std::string_view::npos) return std::nullopt;
    rest.remove_prefix(colon + 1);
  }
}

Status render_svg(const std::string& dot_text, std::ostream& out, std::string* dot_warnings) {
  const auto dot = find_dot_program();
  if (!dot) return Status::NotFound("GraphViz 'dot' not found: install the graphviz package");
  TempFile input("annals-dot"), output("annals-svg"), errors("annals-dot-err");
  if (!input.ok() || !output.ok() || !errors.ok())
    return Status::IoError("cannot create a temporary file for GraphViz");
  {
    std::ofstream in(input.path(), std::ios::binary);
    in << dot_text;
    if (!in) return Status::IoError("cannot write " + input.path());
  }

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output.path().c_str(),
                                   O_WRONLY | O_TRUNC, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errors.path().c_str(),
                                   O_WRONLY | O_TRUNC, 0);
  std::string program = *dot, format = "-Tsvg", file = input.path();
  char* argv[] = {program.data(), format.data(), file.data(), nullptr};
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return Status::IoError("cannot run " + program);
  int wait_status = 0;
  while (waitpid(pid, &wait_status, 0) < 0) {
    if (errno != EINTR) return Status::IoError("lost the GraphViz process");
  }

  const std::string messages = slurp(errors.path());
  if (dot_warnings) *dot_warnings = messages;
  if (!WIFEXITED(wait_status) || WEXITSTATUS(wait_status) != 0)
    return Status::IoError("GraphViz 'dot' failed: " + messages);
  out << slurp(output.path());
  if (!out) return Status::IoError("write failed");
  return Status::Ok();
}

Status write_svg(std::span<const EventRecord> events, const ExportOptions& options,
                 std::ostream& out) {
  if (!find_dot_program())
    return Status::NotFound("GraphViz 'dot' not found: install the graphviz package");
  std::ostringstream dot;
  if (Status s = write_dot(events, options, dot); !s.ok()) return s;
  return render_svg(dot.str(), out);
}

}  // namespace annals::kb
