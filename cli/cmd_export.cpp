// `annals export`: the events matching the filters, as a timeline file.
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "annals/export.h"
#include "annals/graph.h"
#include "annals/kb.h"
#include "annals/query.h"
#include "annals/timeline.h"
#include "commands.h"
#include "near_names.h"

namespace annals::cli {
namespace {

struct ExportFlags {
  std::string format = "dot";
  std::string out;
  std::string from;
  std::string to;
  std::string entity;
  std::string query;
  bool actors = false;
};

// A --from/--to value: a day, or a month/year meaning its first (from) or
// last (to) day.
std::optional<Day> parse_bound(const std::string& text, bool is_end) {
  if (auto day = parse_day(text)) return day;
  const bool month_or_year = text.size() == 4 || (text.size() == 7 && text[4] == '-');
  if (!month_or_year) return std::nullopt;
  const auto interval = interval_of_timex_value(text);
  if (!interval) return std::nullopt;
  return is_end ? interval->end : interval->start;
}

// The event ids a Datalog query answers with: every answer value that names an
// event. The query engine has no event-set API yet; this hook goes through a
// Session and keeps values shaped like event ids.
// TODO(query): replace with the engine's own "events of a query" call.
Result<std::set<std::string>> event_ids_from_query(const kb::Store& store,
                                                   const std::string& query_text) {
  query::Session session(&store);
  std::string source = query_text;
  if (source.find("?-") == std::string::npos) source = "?- " + source;
  if (source.find_last_not_of(" \t\n") != std::string::npos &&
      source[source.find_last_not_of(" \t\n")] != '.')
    source += '.';
  auto run = session.run(source, "<query>");
  if (run.error) return Status::InvalidInput(run.error->render());
  std::set<std::string> ids;
  for (const auto& output : run.outputs) {
    const auto* table = std::get_if<query::Table>(&output.result);
    if (!table) continue;
    for (const auto& row : table->rows)
      for (const auto& value : row) {
        const std::string text = query::format_value(value);
        if (text.rfind("ev:", 0) == 0) ids.insert(text);
      }
  }
  return ids;
}

// "; no entity is named X (did you mean ...?)" when no entity has that name
// or alias, "" when one has.
std::string unknown_entity_hint(const kb::Store& store, const std::string& wanted) {
  std::vector<std::string> names;
  bool known = false;
  (void)store.scan_entities([&](const kb::EntityRecord& e) {
    names.push_back(e.name);
    for (const std::string& alias : e.aliases) {
      if (alias == wanted) known = true;
    }
    if (e.name == wanted) known = true;
    return !known;
  });
  if (known) return "";
  return "; no entity is named \"" + wanted + "\"" + did_you_mean(near_names(wanted, names));
}

int run_export(const GlobalOptions& global, const ExportFlags& flags) {
  // semeval: one entity's timeline in the SemEval-2015 Task 4 format.
  const bool semeval = flags.format == "semeval";
  const auto format =
      semeval ? std::optional(kb::ExportFormat::kJsonl) : kb::parse_export_format(flags.format);
  if (!format) {
    print_error("--format " + flags.format +
                ": unknown format (want dot, svg, jsonl, csv, graphml, timelinejs or semeval)");
    return kExitError;
  }
  if (semeval && flags.entity.empty()) {
    print_error("--format semeval needs --entity NAME (one timeline per entity)");
    return kExitError;
  }
  kb::EventFilter filter;
  if (!flags.from.empty() && !(filter.from = parse_bound(flags.from, false))) {
    print_error("--from " + flags.from + ": not a date (want YYYY-MM-DD, YYYY-MM or YYYY)");
    return kExitError;
  }
  if (!flags.to.empty() && !(filter.to = parse_bound(flags.to, true))) {
    print_error("--to " + flags.to + ": not a date (want YYYY-MM-DD, YYYY-MM or YYYY)");
    return kExitError;
  }
  if (filter.from && filter.to && *filter.from > *filter.to) {
    print_error("--from " + flags.from + " is after --to " + flags.to);
    return kExitError;
  }
  // --entity is matched under any of the entity's names (kb::involves), so
  // the store is scanned without it.
  if (*format == kb::ExportFormat::kSvg && !kb::find_dot_program()) {
    print_error("GraphViz 'dot' not found: install the graphviz package");
    return kExitError;
  }

  auto store = kb::Store::open(global.db, kb::Store::Mode::kReadOnly);
  if (!store) {
    print_error(global.db + ": " + store.status().message());
    return kExitError;
  }
  std::optional<std::set<std::string>> wanted;
  if (!flags.query.empty()) {
    auto ids = event_ids_from_query(**store, flags.query);
    if (!ids) {
      print_error("--query: " + ids.status().message());
      return kExitError;
    }
    wanted = std::move(*ids);
  }

  std::vector<kb::EventRecord> events;
  const Status scanned = (*store)->scan_events(filter, [&](const kb::EventRecord& e) {
    if ((!wanted || wanted->count(e.id)) && (flags.entity.empty() || kb::involves(e, flags.entity)))
      events.push_back(e);
    return true;
  });
  if (!scanned.ok()) {
    print_error(global.db + ": " + scanned.message());
    return kExitError;
  }
  std::vector<kb::RelationRecord> relations;
  for (const auto& e : events) {
    const Status s = (*store)->scan_relations(e.id, [&](const kb::RelationRecord& r) {
      relations.push_back(r);
      return true;
    });
    if (!s.ok()) {
      print_error(global.db + ": " + s.message());
      return kExitError;
    }
  }

  // Sources that cannot all be right: say so, the export still goes out.
  for (const auto& c : kb::find_contradictions(events, relations))
    std::cerr << "annals: warning: contradictory order: " << c.describe() << '\n';

  kb::ExportOptions options;
  options.actors = flags.actors;
  options.relations = relations;
  // Render fully before touching --out, so a failure leaves no half file.
  std::ostringstream rendered;
  kb::Headlines headlines;
  if (semeval) {
    const Status listed = (*store)->scan_documents([&](const kb::DocRecord& d) {
      if (!d.title.empty()) headlines.emplace(d.name, d.title);
      return true;
    });
    if (!listed.ok()) {
      print_error(global.db + ": " + listed.message());
      return kExitError;
    }
  }
  const Status s = semeval ? kb::write_semeval(events, flags.entity, rendered, headlines)
                           : kb::export_events(*format, events, options, rendered);
  if (!s.ok()) {
    print_error(s.message());
    return kExitError;
  }
  if (flags.out.empty() || flags.out == "-") {
    std::cout << rendered.str() << std::flush;
  } else {
    std::ofstream file(flags.out, std::ios::binary);
    file << rendered.str();
    if (!file.flush()) {
      print_error("--out " + flags.out + ": cannot write the file");
      return kExitError;
    }
  }
  if (events.empty()) {
    std::cerr << "annals: warning: no event matches the filters";
    if (!flags.entity.empty()) std::cerr << unknown_entity_hint(**store, flags.entity);
    std::cerr << '\n';
  }
  return kExitOk;
}

}  // namespace

void register_export(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto flags = std::make_shared<ExportFlags>();
  CLI::App* cmd =
      app.add_subcommand("export", "write a timeline: dot, svg, jsonl, csv, graphml, timelinejs");
  cmd->add_option("--format,-f", flags->format,
                  "dot|svg|jsonl|csv|graphml|timelinejs|semeval (default dot)");
  cmd->add_option("--out,-o", flags->out, "output file (default stdout)");
  cmd->add_option("--from", flags->from,
                  "only events overlapping from this date (YYYY-MM-DD, YYYY-MM, YYYY)");
  cmd->add_option("--to", flags->to, "only events overlapping up to this date");
  cmd->add_option("--entity", flags->entity,
                  "only events with this agent or patient (under any of its names)");
  cmd->add_option("--query", flags->query, "only the events a Datalog query answers with");
  cmd->add_flag("--actors", flags->actors, "dot/svg: draw entities with edges to their events");
  cmd->callback([flags, &global, exit_code] { *exit_code = run_export(global, *flags); });
}

}  // namespace annals::cli
