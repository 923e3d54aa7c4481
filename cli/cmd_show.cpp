// `annals show ID`: an event with every mention, its sources and the reasoning
// behind each date.
#include <cctype>
#include <iostream>
#include <set>

#include "annals/export.h"
#include "annals/kb.h"
#include "commands.h"

namespace annals::cli {
namespace {

// "123", "000123", "ev:123", "ev123" -> "ev:000123": the ids people type.
std::optional<std::string> canonical_event_id(const std::string& typed) {
  std::string digits;
  for (char c : typed)
    if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
  if (digits.empty() || digits.size() > 12) return std::nullopt;
  digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size() - 1));
  if (digits.size() < 6) digits.insert(0, 6 - digits.size(), '0');
  return "ev:" + digits;
}

int run_show(const GlobalOptions& global, const std::string& id) {
  auto store = kb::Store::open(global.db, kb::Store::Mode::kReadOnly);
  if (!store) {
    print_error(global.db + ": " + store.status().message());
    return kExitError;
  }
  auto found = (*store)->event(id);
  if (!found) {
    print_error(global.db + ": " + found.status().message());
    return kExitError;
  }
  if (!*found) {
    std::string message = "no event " + id;
    if (const auto guess = canonical_event_id(id); guess && *guess != id) {
      auto near = (*store)->event(*guess);
      if (near && *near) message += "; did you mean " + *guess + "?";
    }
    print_error(message);
    return kExitError;
  }
  const kb::EventRecord& event = **found;

  // Only the documents this event cites; the scan stops once all are seen.
  std::set<std::string> wanted;
  for (const auto& m : event.mentions) wanted.insert(m.doc);
  std::vector<kb::DocRecord> docs;
  Status s = (*store)->scan_documents([&](const kb::DocRecord& d) {
    if (wanted.erase(d.name)) docs.push_back(d);
    return !wanted.empty();
  });
  if (!s.ok()) {
    print_error(global.db + ": " + s.message());
    return kExitError;
  }
  std::vector<kb::RelationRecord> relations;
  s = (*store)->scan_relations(event.id, [&](const kb::RelationRecord& r) {
    relations.push_back(r);
    return true;
  });
  if (!s.ok()) {
    print_error(global.db + ": " + s.message());
    return kExitError;
  }
  kb::write_provenance(event, docs, std::cout, relations);
  return kExitOk;
}

}  // namespace

void register_show(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto id = std::make_shared<std::string>();
  CLI::App* cmd =
      app.add_subcommand("show", "an event with every mention, source and date reasoning");
  cmd->add_option("ID", *id, "event id, e.g. ev:000123")->required();
  cmd->callback([id, &global, exit_code] { *exit_code = run_show(global, *id); });
}

}  // namespace annals::cli
