// Every export format over the hand-built sample timeline, against golden
// files, plus GraphViz rendering of the DOT.
#include <catch2/catch.hpp>

#include <sstream>

#include "annals/export.h"
#include "golden.h"
#include "sample_events.h"

using namespace annals;
using namespace annals::kb;
using annals::testing::check_golden;

namespace {

std::string render(ExportFormat format, bool actors = false) {
  const auto events = annals::testing::sample_events();
  const auto relations = annals::testing::sample_relations();
  ExportOptions options;
  options.actors = actors;
  options.relations = relations;
  std::ostringstream out;
  const Status s = export_events(format, events, options, out);
  INFO(s.message());
  REQUIRE(s.ok());
  return out.str();
}

}  // namespace

TEST_CASE("jsonl export matches its golden file", "[export][golden]") {
  check_golden("timeline.jsonl", render(ExportFormat::kJsonl));
}

TEST_CASE("csv export matches its golden file", "[export][golden]") {
  check_golden("timeline.csv", render(ExportFormat::kCsv));
}

TEST_CASE("graphml export matches its golden file", "[export][golden]") {
  check_golden("timeline.graphml", render(ExportFormat::kGraphml));
}

TEST_CASE("timelinejs export matches its golden file", "[export][golden]") {
  check_golden("timeline.timeline.json", render(ExportFormat::kTimelineJs));
}

TEST_CASE("dot export matches its golden file", "[export][golden][dot]") {
  check_golden("timeline.dot", render(ExportFormat::kDot));
}

TEST_CASE("dot export with actors matches its golden file", "[export][golden][dot]") {
  check_golden("timeline_actors.dot", render(ExportFormat::kDot, true));
}

TEST_CASE("GraphViz renders the golden DOT without warnings", "[export][svg]") {
  if (!find_dot_program()) {
    WARN("skipped: GraphViz 'dot' is not installed");
    return;
  }
  for (const char* name : {"timeline.dot", "timeline_actors.dot"}) {
    std::ifstream in(annals::testing::golden_path(name), std::ios::binary);
    std::ostringstream dot;
    dot << in.rdbuf();
    std::ostringstream svg;
    std::string warnings;
    const Status s = render_svg(dot.str(), svg, &warnings);
    INFO(name << ": " << s.message());
    REQUIRE(s.ok());
    CHECK(warnings.empty());
    CHECK(svg.str().find("<svg") != std::string::npos);
    // The precision labels survive into the picture.
    CHECK(svg.str().find("2024 autumn") != std::string::npos);
    CHECK(svg.str().find("before 2025&#45;04&#45;28") != std::string::npos);
  }
}

TEST_CASE("svg export reports a missing GraphViz clearly", "[export][svg]") {
  const char* old_path = std::getenv("PATH");
  const std::string saved = old_path ? old_path : "";
  setenv("PATH", "/nonexistent-annals-test-dir", 1);
  std::ostringstream out;
  const auto events = annals::testing::sample_events();
  const Status s = write_svg(events, {}, out);
  setenv("PATH", saved.c_str(), 1);
  CHECK(s.code() == Status::Code::kNotFound);
  CHECK(s.message() == "GraphViz 'dot' not found: install the graphviz package");
  CHECK(out.str().empty());
}
