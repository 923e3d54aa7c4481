// Timeline exports: pure functions from EventRecords to a stream, so the CLI,
// the REPL's `.export` and tests share them without a store.
//
// Formats: jsonl (the stable format external scorers read, see SPEC), csv
// (RFC 4180), graphml (the event–entity graph), timelinejs (TimelineJS3
// JSON), dot (a GraphViz timeline with a date spine) and svg (dot rendered
// by GraphViz's `dot` program).
#pragma once

#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "annals/date.h"
#include "annals/graph.h"
#include "annals/kb.h"
#include "annals/status.h"

namespace annals::kb {

enum class ExportFormat { kDot, kSvg, kJsonl, kCsv, kGraphml, kTimelineJs };
std::optional<ExportFormat> parse_export_format(std::string_view name);
std::string_view export_format_name(ExportFormat f);

// What the exports add beyond the events themselves.
struct ExportOptions {
  bool actors = false;                        // dot/svg: entity nodes with edges to their events
  std::span<const StatedRelation> relations;  // dot/svg: drawn as labelled edges
};

// Events are written in timeline order (see graph.h) by every format.
Status write_jsonl(std::span<const EventRecord> events, std::ostream& out);
Status write_csv(std::span<const EventRecord> events, std::ostream& out);
Status write_graphml(std::span<const EventRecord> events, std::ostream& out);
Status write_timelinejs(std::span<const EventRecord> events, std::ostream& out);
Status write_dot(std::span<const EventRecord> events, const ExportOptions& options,
                 std::ostream& out);
// Runs `dot -Tsvg` over write_dot's output. NotFound "GraphViz 'dot' not
// found: install the graphviz package" when no `dot` is on PATH.
Status write_svg(std::span<const EventRecord> events, const ExportOptions& options,
                 std::ostream& out);
Status export_events(ExportFormat format, std::span<const EventRecord> events,
                     const ExportOptions& options, std::ostream& out);

// Renders DOT text to SVG with GraphViz; `dot_warnings` receives its stderr.
Status render_svg(const std::string& dot_text, std::ostream& out,
                  std::string* dot_warnings = nullptr);
// The first executable `dot` on PATH, or nullopt.
std::optional<std::string> find_dot_program();

// A date as precisely as it is known, for people: "2025-04-26", "2025-W17",
// "2025-03", "2024 autumn", "2025 Q1", "2025 H2", "2025", "2020s",
// "21st century"; an open event is "before 2025-04-28" (or "undated").
std::string date_label(const DateInterval& interval);
std::string event_date_label(const EventRecord& event);
// "confirm: North Korea → Russia", with "not " / "(planned)" marks.
std::string event_headline(const EventRecord& event);
// Distinct documents among the mentions.
std::size_t source_count(const EventRecord& event);

// `annals show`: the event, each mention with its source and date reasoning,
// conflicting dates and figures. `docs` supplies outlet and publication date
// (documents not found are shown by name only); `relations` are the stated
// relations with this event on their `from` side.
void write_provenance(const EventRecord& event, std::span<const DocRecord> docs, std::ostream& out,
                      std::span<const RelationRecord> relations = {});

}  // namespace annals::kb
