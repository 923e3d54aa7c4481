#include "event_views.h"

#include <fstream>
#include <set>
#include <sstream>
#include <vector>

#include "annals/export.h"

namespace annals::cli {

Status show_event(const kb::Store& store, const std::string& id, std::ostream& out) {
  auto found = store.event(id);
  if (!found.ok()) return found.status();
  if (!*found) return Status::NotFound("no event " + id);
  const kb::EventRecord& event = **found;

  // Only the documents this event cites; the scan stops once all are seen.
  std::set<std::string> wanted;
  for (const auto& m : event.mentions) wanted.insert(m.doc);
  std::vector<kb::DocRecord> docs;
  Status s = store.scan_documents([&](const kb::DocRecord& d) {
    if (wanted.erase(d.name)) docs.push_back(d);
    return !wanted.empty();
  });
  if (!s.ok()) return s;
  std::vector<kb::RelationRecord> relations;
  s = store.scan_relations(event.id, [&](const kb::RelationRecord& r) {
    relations.push_back(r);
    return true;
  });
  if (!s.ok()) return s;
  kb::write_provenance(event, docs, out, relations);
  return Status::Ok();
}

Result<std::size_t> export_dot_for_query(const kb::Store& store, query::Session& session,
                                         const std::string& query_text, const std::string& path) {
  auto run = session.run(query_text, "<export>");
  if (run.error) return Status::InvalidInput(run.error->render());
  // Every answer value that names an event.
  std::set<std::string> ids;
  for (const auto& output : run.outputs) {
    const auto* table = std::get_if<query::Table>(&output.result);
    if (!table) continue;
    for (const auto& row : table->rows)
      for (const auto& value : row)
        if (std::string text = query::format_value(value); text.starts_with("ev:"))
          ids.insert(std::move(text));
  }
  std::vector<kb::EventRecord> events;
  std::vector<kb::RelationRecord> relations;
  for (const auto& id : ids) {
    auto event = store.event(id);
    if (!event.ok()) return event.status();
    if (!*event) continue;
    events.push_back(std::move(**event));
    const Status s = store.scan_relations(id, [&](const kb::RelationRecord& r) {
      relations.push_back(r);
      return true;
    });
    if (!s.ok()) return s;
  }
  kb::ExportOptions options;
  options.relations = relations;
  // Render fully first, so a failure leaves no half-written file.
  std::ostringstream rendered;
  if (const Status s = kb::write_dot(events, options, rendered); !s.ok()) return s;
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file << rendered.str();
  if (!file.flush()) return Status::IoError("cannot write " + path);
  return events.size();
}

}  // namespace annals::cli
