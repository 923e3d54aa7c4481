#include "repl.h"

#include <histedit.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

#include "completion.h"
#include "query_frontend.h"

namespace annals::cli {
namespace {

constexpr const char* kPrompt = "annals> ";
constexpr const char* kContinuationPrompt = "   ...> ";
constexpr int kHistorySize = 2000;
constexpr std::size_t kMaxEntityNames = 200'000;  // completion list, not the KB

// Set by SIGINT: cancels the running query, or the line being typed.
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void on_sigint(int) {
  g_interrupted.store(true);
}

// No SA_RESTART: a pending read() returns EINTR so the prompt can reset.
void install_sigint_handler() {
  struct sigaction action {};
  action.sa_handler = on_sigint;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  sigaction(SIGINT, &action, nullptr);
}

int exit_code_of(const RunOutcome& outcome) {
  if (!outcome.errors.empty()) return kExitError;
  return outcome.failed() > 0 ? kExitExpectationFailed : kExitOk;
}

// Statements from a pipe or file: no prompts, no line editing.
int run_scripted(QueryFrontend& frontend) {
  RunOutcome total;
  std::string buffer;
  std::uint32_t line_number = 0;
  std::uint32_t entry_line = 1;
  std::string line;
  auto run_entry = [&] {
    // Leading newlines make diagnostics point at lines of the whole input.
    const std::string source = std::string(entry_line - 1, '\n') + buffer;
    RunOutcome outcome;
    g_interrupted.store(false);
    frontend.run_source(source, "<stdin>", outcome);
    total.expectations.insert(total.expectations.end(), outcome.expectations.begin(),
                              outcome.expectations.end());
    total.errors.insert(total.errors.end(), outcome.errors.begin(), outcome.errors.end());
    buffer.clear();
  };
  while (std::getline(std::cin, line)) {
    ++line_number;
    if (buffer.empty()) entry_line = line_number;
    buffer += line;
    buffer += '\n';
    if (!statement_open(buffer)) run_entry();
    if (frontend.quit_requested()) break;
  }
  if (!frontend.quit_requested() && buffer.find_first_not_of(" \t\r\n") != std::string::npos)
    run_entry();  // an unfinished last statement: the Session says what is missing
  std::cout.flush();
  return exit_code_of(total);
}

struct Repl {
  QueryFrontend* frontend = nullptr;
  const kb::Store* store = nullptr;
  CompletionSources sources;
  bool entities_loaded = false;
  bool continuation = false;

  void load_entities() {
    if (entities_loaded || !store) return;
    entities_loaded = true;
    (void)store->scan_entities([this](const kb::EntityRecord& entity) {
      sources.entities.push_back(entity.name);
      return sources.entities.size() < kMaxEntityNames;
    });
  }
};

Repl* repl_of(EditLine* el) {
  void* data = nullptr;
  el_get(el, EL_CLIENTDATA, &data);
  return static_cast<Repl*>(data);
}

char* prompt(EditLine* el) {
  return const_cast<char*>(repl_of(el)->continuation ? kContinuationPrompt : kPrompt);
}

void list_candidates(const std::vector<std::string>& candidates) {
  std::size_t width = 0;
  for (const auto& c : candidates) width = std::max(width, c.size());
  const std::size_t columns = std::max<std::size_t>(1, 80 / (width + 2));
  std::string text = "\n";
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    text += candidates[i];
    const bool end_of_row = (i + 1) % columns == 0 || i + 1 == candidates.size();
    text += end_of_row ? std::string("\n") : std::string(width + 2 - candidates[i].size(), ' ');
  }
  std::fputs(text.c_str(), stdout);
  std::fflush(stdout);
}

unsigned char complete(EditLine* el, int) {
  Repl* repl = repl_of(el);
  const LineInfo* info = el_line(el);
  const std::string_view before(info->buffer,
                                static_cast<std::size_t>(info->cursor - info->buffer));
  if (before.find('"') != std::string_view::npos) repl->load_entities();
  repl->sources.relations = repl->frontend->session().relation_names();
  const Completion completion = complete_word(before, repl->sources);
  if (completion.candidates.empty()) return CC_ERROR;
  const std::string replacement = completion_replacement(before, completion);
  if (!replacement.empty()) {
    el_deletestr(el, static_cast<int>(before.size() - completion.replace_from));
    if (el_insertstr(el, replacement.c_str()) == -1) return CC_ERROR;
    return CC_REFRESH;
  }
  if (completion.candidates.size() == 1) return CC_NORM;
  list_candidates(completion.candidates);
  return CC_REDISPLAY;
}

// Joins a multi-line entry into one history line, so it recalls as one.
std::string history_entry(const std::string& entry) {
  std::string line;
  for (char c : entry) line += (c == '\n' || c == '\r') ? ' ' : c;
  const auto first = line.find_first_not_of(' ');
  const auto last = line.find_last_not_of(' ');
  return first == std::string::npos ? "" : line.substr(first, last - first + 1);
}

int run_interactive(QueryFrontend& frontend, const kb::Store* store) {
  Repl repl;
  repl.frontend = &frontend;
  repl.store = store;
  for (const auto& command : dot_commands()) repl.sources.commands.emplace_back(command.name);

  HistEvent event;
  History* history = history_init();
  ::history(history, &event, H_SETSIZE, kHistorySize);
  ::history(history, &event, H_SETUNIQUE, 1);
  std::error_code ec;
  const std::filesystem::path history_file = history_path();
  std::filesystem::create_directories(history_file.parent_path(), ec);
  ::history(history, &event, H_LOAD, history_file.c_str());

  EditLine* el = el_init("annals", stdin, stdout, stderr);
  el_set(el, EL_CLIENTDATA, &repl);
  el_set(el, EL_EDITOR, "emacs");
  el_set(el, EL_PROMPT, prompt);
  el_set(el, EL_HIST, ::history, history);
  el_set(el, EL_ADDFN, "annals-complete", "complete a relation, command or entity", complete);
  el_set(el, EL_BIND, "^I", "annals-complete", nullptr);
  el_source(el, nullptr);  // the user's ~/.editrc

  std::cout << "annals: type .help for commands, .quit or Ctrl-D to leave\n" << std::flush;
  std::string buffer;
  while (!frontend.quit_requested()) {
    repl.continuation = !buffer.empty();
    g_interrupted.store(false);
    int count = 0;
    errno = 0;
    const char* line = el_gets(el, &count);
    if (line == nullptr || count <= 0) {
      if (g_interrupted.load() || errno == EINTR) {
        std::fputs("^C\n", stdout);  // drop the statement being typed
        buffer.clear();
        continue;
      }
      std::fputs("\n", stdout);  // Ctrl-D
      break;
    }
    buffer += line;
    if (buffer.back() != '\n') buffer += '\n';
    if (buffer.find_first_not_of(" \t\r\n") == std::string::npos) {
      buffer.clear();
      continue;
    }
    if (statement_open(buffer)) continue;
    const std::string entry = history_entry(buffer);
    ::history(history, &event, H_ENTER, entry.c_str());
    ::history(history, &event, H_SAVE, history_file.c_str());
    RunOutcome outcome;
    frontend.set_table_width(terminal_width(STDOUT_FILENO));
    frontend.run_source(buffer, "<repl>", outcome);
    buffer.clear();
    std::cout.flush();
  }
  el_end(el);
  history_end(history);
  return kExitOk;
}

}  // namespace

std::filesystem::path history_path() {
  const char* data_home = std::getenv("XDG_DATA_HOME");
  if (data_home && *data_home == '/')
    return std::filesystem::path(data_home) / "annals" / "history";
  const char* home = std::getenv("HOME");
  const std::filesystem::path base = home && *home ? home : ".";
  return base / ".local" / "share" / "annals" / "history";
}

int run_repl(const GlobalOptions& global) {
  std::unique_ptr<kb::Store> store;
  std::error_code ec;
  if (std::filesystem::exists(global.db, ec)) {
    auto opened = open_knowledge_base(global.db);
    if (!opened.ok()) {
      print_error(opened.status().message());
      return kExitError;
    }
    store = std::move(opened.value());
  } else {
    std::cerr << "annals: warning: no knowledge base at " << global.db
              << "; only your own facts and rules are available\n";
  }
  install_sigint_handler();

  const bool terminal = isatty(STDIN_FILENO);
  FrontendOptions options;
  options.interactive = terminal;
  options.style.width = terminal_width(STDOUT_FILENO);
  options.style.color = global.color;
  QueryFrontend frontend(store.get(), &g_interrupted, options, std::cout, std::cerr);
  return terminal ? run_interactive(frontend, store.get()) : run_scripted(frontend);
}

}  // namespace annals::cli
