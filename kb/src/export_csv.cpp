// `--format csv`: one event a row, RFC 4180 (CRLF rows, fields quoted when
// they hold a comma, quote, CR or LF; quotes doubled).
#include <algorithm>

#include "annals/export.h"
#include "export_common.h"

namespace annals::kb {
namespace {

void write_field(std::ostream& out, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out << field;
    return;
  }
  out << '"';
  for (char c : field) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

void write_row(std::ostream& out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (std::string_view f : fields) {
    if (!first) out << ',';
    first = false;
    write_field(out, f);
  }
  out << "\r\n";
}

std::string time_texts(const EventRecord& e) {
  std::vector<std::string> texts;
  for (const auto& m : e.mentions)
    if (!m.time_text.empty() && std::find(texts.begin(), texts.end(), m.time_text) == texts.end())
      texts.push_back(m.time_text);
  return join(texts, "; ");
}

}  // namespace

Status write_csv(std::span<const EventRecord> events, std::ostream& out) {
  write_row(out, {"id", "type", "start", "end", "granularity", "date", "agents", "patients",
                  "place", "modality", "polarity", "reported", "sources", "time_text", "summary"});
  for (const EventRecord* e : timeline_events(events)) {
    const std::string start = e->when ? format_day(e->when->start) : "";
    const std::string end = e->when       ? format_day(e->when->end)
                            : e->reported ? format_day(*e->reported)
                                          : "";
    const std::string granularity =
        e->when ? std::string(granularity_name(e->when->granularity)) : "";
    const std::string reported = e->reported ? format_day(*e->reported) : "";
    write_row(out, {e->id, e->type, start, end, granularity, event_date_label(*e),
                    join(e->agents, "; "), join(e->patients, "; "), e->place, e->modality,
                    e->polarity, reported, std::to_string(source_count(*e)), time_texts(*e),
                    e->summary.empty() ? event_headline(*e) : e->summary});
  }
  if (!out) return Status::IoError("write failed");
  return Status::Ok();
}

}  // namespace annals::kb
