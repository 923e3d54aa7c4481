// `annals stats`, `annals check`, `annals rm DOC`: looking after the store.
#include <cstdio>

#include "annals/kb.h"
#include "commands.h"
#include "near_names.h"

namespace annals::cli {
namespace {

Result<std::unique_ptr<kb::Store>> open_store(const GlobalOptions& global, kb::Store::Mode mode) {
  return kb::Store::open(global.db, mode);
}

int run_stats(const GlobalOptions& global) {
  auto store = open_store(global, kb::Store::Mode::kReadOnly);
  if (!store) {
    print_error(store.status().message());
    return kExitError;
  }
  auto st = (*store)->stats();
  if (!st) {
    print_error(st.status().message());
    return kExitError;
  }
  std::printf(
      "documents  %llu\nevents     %llu\nmentions   %llu\nentities   %llu\nrelations  %llu\n",
      static_cast<unsigned long long>(st->documents), static_cast<unsigned long long>(st->events),
      static_cast<unsigned long long>(st->mentions), static_cast<unsigned long long>(st->entities),
      static_cast<unsigned long long>(st->relations));
  return kExitOk;
}

int run_check(const GlobalOptions& global) {
  auto store = open_store(global, kb::Store::Mode::kReadOnly);
  if (!store) {
    print_error(store.status().message());
    return kExitError;
  }
  Status s = (*store)->check();
  if (!s.ok()) {
    print_error("check failed: " + s.message());
    return kExitError;
  }
  std::printf("ok\n");
  return kExitOk;
}

// " (did you mean ...?)" with the stored document names nearest to `name`:
// a typo, or a base name that a folder's path ends with.
std::string near_documents(const kb::Store& store, const std::string& name) {
  std::vector<std::string> names;
  std::vector<std::string> same_file;
  (void)store.scan_documents([&](const kb::DocRecord& d) {
    names.push_back(d.name);
    const std::size_t slash = d.name.rfind('/');
    if (slash != std::string::npos && d.name.compare(slash + 1, std::string::npos, name) == 0)
      same_file.push_back(d.name);
    return true;
  });
  if (!same_file.empty()) {
    if (same_file.size() > 3) same_file.resize(3);
    return did_you_mean(same_file);
  }
  return did_you_mean(near_names(name, names));
}

int run_rm(const GlobalOptions& global, const std::vector<std::string>& docs) {
  auto store = open_store(global, kb::Store::Mode::kReadWrite);
  if (!store) {
    print_error(store.status().message());
    return kExitError;
  }
  int code = kExitOk;
  for (const std::string& doc : docs) {
    Status s = (*store)->remove_document(doc);
    if (!s.ok()) {
      print_error(s.message() +
                  (s.code() == Status::Code::kNotFound ? near_documents(**store, doc) : ""));
      code = kExitError;
      continue;
    }
    std::printf("removed %s\n", doc.c_str());
  }
  return code;
}

}  // namespace

void register_admin(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  CLI::App* stats = app.add_subcommand("stats", "Count documents, events, mentions, entities");
  stats->callback([&global, exit_code] { *exit_code = run_stats(global); });

  CLI::App* check = app.add_subcommand(
      "check", "Verify the store: every index entry points at its record, and back");
  check->callback([&global, exit_code] { *exit_code = run_check(global); });

  auto docs = std::make_shared<std::vector<std::string>>();
  CLI::App* rm = app.add_subcommand(
      "rm", "Remove documents and their contributions; touched events are re-merged");
  rm->add_option("DOC", *docs, "document name as ingested (as `doc` and `stats` show it)")
      ->required();
  rm->callback([&global, exit_code, docs] { *exit_code = run_rm(global, *docs); });
}

}  // namespace annals::cli
