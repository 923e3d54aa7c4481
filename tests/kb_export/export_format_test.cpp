// Properties of the formats a user relies on, beyond byte-for-byte goldens.
#include <catch2/catch.hpp>

#include <boost/json.hpp>
#include <sstream>

#include "annals/export.h"
#include "golden.h"
#include "sample_events.h"

using namespace annals;
using namespace annals::kb;
using annals::testing::sample_events;
using annals::testing::ymd;

namespace {

std::string dot_of(const std::vector<EventRecord>& events, bool actors = false) {
  ExportOptions options;
  options.actors = actors;
  std::ostringstream out;
  REQUIRE(write_dot(events, options, out).ok());
  return out.str();
}

// The DOT line of the event node with this id.
std::string dot_node_line(const std::string& dot, const std::string& id) {
  for (const auto& line : annals::testing::split_lines(dot))
    if (line.find("id=\"" + id + "\"") != std::string::npos) return line;
  return "";
}

// The value of `name="..."` in a DOT attribute list (no escapes inside).
std::string attribute(const std::string& line, const std::string& name) {
  const auto at = line.find(" " + name + "=\"");
  if (at == std::string::npos) return "";
  const auto begin = at + name.size() + 3;
  return line.substr(begin, line.find('"', begin) - begin);
}

const boost::json::object* find_event(const std::vector<boost::json::value>& lines,
                                      const std::string& id) {
  for (const auto& v : lines)
    if (v.as_object().at("id").as_string() == id) return &v.as_object();
  return nullptr;
}

}  // namespace

TEST_CASE("jsonl lines parse and carry every SPEC key", "[export][jsonl]") {
  const auto events = sample_events();
  std::ostringstream out;
  REQUIRE(write_jsonl(events, out).ok());
  std::vector<boost::json::value> parsed;
  for (const auto& line : annals::testing::split_lines(out.str())) {
    boost::system::error_code ec;
    parsed.push_back(boost::json::parse(line, ec));
    INFO(line);
    REQUIRE_FALSE(ec);
    REQUIRE(parsed.back().is_object());
  }
  REQUIRE(parsed.size() == events.size());
  const char* keys[] = {"id",       "type",  "start",    "end",      "granularity", "agents",
                        "patients", "place", "modality", "polarity", "mentions",    "reported"};
  for (const auto& v : parsed) {
    const auto& o = v.as_object();
    for (const char* key : keys) {
      INFO(o.at("id").as_string() << " lacks " << key);
      CHECK(o.contains(key));
    }
    // SPEC order: the fixed keys come first, in this order.
    std::size_t i = 0;
    for (const auto& kv : o) {
      if (i == std::size(keys)) break;
      CHECK(kv.key() == keys[i++]);
    }
    for (const auto& m : o.at("mentions").as_array()) {
      CHECK(m.as_object().contains("doc"));
      CHECK(m.as_object().contains("sentence"));
      CHECK(m.as_object().contains("time_text"));
    }
  }

  const auto* meet = find_event(parsed, "ev:000003");
  REQUIRE(meet);
  CHECK(meet->at("start").as_string() == "2025-03-01");
  CHECK(meet->at("end").as_string() == "2025-03-31");
  CHECK(meet->at("granularity").as_string() == "month");

  const auto* open = find_event(parsed, "ev:000006");
  REQUIRE(open);
  CHECK(open->at("start").is_null());
  CHECK(open->at("end").as_string() == "2025-04-28");
  CHECK(open->at("mentions").as_array().at(0).as_object().at("doc").as_string() == "alpha.txt");
}

TEST_CASE("DOT labels keep month and season precision", "[export][dot]") {
  const std::string dot = dot_of(sample_events());
  const std::string meet = dot_node_line(dot, "ev:000003");
  const std::string deploy = dot_node_line(dot, "ev:000002");
  const std::string sign = dot_node_line(dot, "ev:000001");
  REQUIRE_FALSE(meet.empty());
  CHECK(meet.find("label=\"2025-03\\n") != std::string::npos);
  CHECK(meet.find("2025-03-01") == std::string::npos);
  CHECK(deploy.find("label=\"2024 autumn\\n") != std::string::npos);
  CHECK(deploy.find("2024-09-01") == std::string::npos);
  // A month-level event is drawn unlike a day-level one.
  CHECK(attribute(meet, "style") != attribute(sign, "style"));
  CHECK(attribute(deploy, "style") != attribute(sign, "style"));
  CHECK_FALSE(attribute(meet, "style").empty());
  CHECK(dot.find("rankdir=LR") != std::string::npos);
  CHECK(dot.find("newrank=true") != std::string::npos);
}

TEST_CASE("DOT puts each date in its own rank, left to right", "[export][dot]") {
  const std::string dot = dot_of(sample_events());
  std::vector<std::string> ranks;
  for (const auto& line : annals::testing::split_lines(dot))
    if (line.rfind("{rank=same;", 0) == 0) ranks.push_back(line);
  // sign, autumn, March, 04-26, before 04-28 (open fight), 04-28.
  REQUIRE(ranks.size() == 6);
  CHECK(dot.find("label=\"2024-06-19\"") < dot.find("label=\"2024 autumn\""));
  CHECK(dot.find("label=\"2024 autumn\"") < dot.find("label=\"2025-03\""));
  CHECK(dot.find("label=\"before 2025-04-28\"") < dot.find("label=\"2025-04-28\""));
}

TEST_CASE("DOT escapes quotes, backslashes and newlines, and keeps UTF-8", "[export][dot]") {
  EventRecord e;
  e.id = "ev:000042";
  e.type = "say";
  e.when = day_interval(ymd(2025, 1, 2));
  e.agents = {"The \"Group\" \\ Co"};
  e.patients = {"Курск\nregion"};
  const std::string dot = dot_of({e}, true);
  const std::string node = dot_node_line(dot, "ev:000042");
  CHECK(node.find("The \\\"Group\\\" \\\\ Co") != std::string::npos);
  CHECK(node.find("Курск\\nregion") != std::string::npos);
  CHECK(node.find('\n') == std::string::npos);
  if (find_dot_program()) {
    std::ostringstream svg;
    std::string warnings;
    REQUIRE(render_svg(dot, svg, &warnings).ok());
    CHECK(warnings.empty());
    CHECK(svg.str().find("Курск") != std::string::npos);
  }
}

TEST_CASE("DOT draws actors and stated relations on request", "[export][dot]") {
  const auto events = sample_events();
  const auto relations = annals::testing::sample_relations();
  ExportOptions options;
  options.relations = relations;
  std::ostringstream plain;
  REQUIRE(write_dot(events, options, plain).ok());
  CHECK(plain.str().find("label=\"Sergei Shoigu\"") == std::string::npos);
  // One labelled edge for the relation stored in both directions.
  std::size_t under = 0;
  for (auto at = plain.str().find("label=\"under\""); at != std::string::npos;
       at = plain.str().find("label=\"under\"", at + 1))
    ++under;
  CHECK(under == 1);
  CHECK(plain.str().find("label=\"over\"") == std::string::npos);

  options.actors = true;
  std::ostringstream with_actors;
  REQUIRE(write_dot(events, options, with_actors).ok());
  CHECK(with_actors.str().find("label=\"Sergei Shoigu\", shape=\"ellipse\"") != std::string::npos);
  CHECK(with_actors.str().find("label=\"agent\"") != std::string::npos);
}

TEST_CASE("csv quotes fields the RFC 4180 way", "[export][csv]") {
  auto events = sample_events();
  events.resize(1);
  events[0].summary = "said \"yes\", then left\nquickly";
  std::ostringstream out;
  REQUIRE(write_csv(events, out).ok());
  const std::string csv = out.str();
  CHECK(csv.find("\"said \"\"yes\"\", then left\nquickly\"\r\n") != std::string::npos);
  CHECK(csv.rfind("id,type,start,end,granularity,", 0) == 0);
  CHECK(csv.find("\r\n") != std::string::npos);
}

TEST_CASE("timelinejs omits the parts of a date that are not known", "[export][timelinejs]") {
  const auto events = sample_events();
  std::ostringstream out;
  REQUIRE(write_timelinejs(events, out).ok());
  const auto doc = boost::json::parse(out.str()).as_object();
  const auto& slides = doc.at("events").as_array();
  REQUIRE(slides.size() == events.size());
  for (const auto& s : slides) {
    const auto& slide = s.as_object();
    const auto& start = slide.at("start_date").as_object();
    const std::string id(slide.at("unique_id").as_string());
    if (id == "ev:000003") {  // March 2025
      CHECK(start.at("year").as_string() == "2025");
      CHECK(start.at("month").as_string() == "3");
      CHECK_FALSE(start.contains("day"));
      CHECK(start.at("display_date").as_string() == "2025-03");
    }
    if (id == "ev:000002") {  // autumn 2024
      CHECK_FALSE(start.contains("day"));
      CHECK(start.at("display_date").as_string() == "2024 autumn");
      CHECK(slide.at("end_date").as_object().at("month").as_string() == "11");
    }
    if (id == "ev:000004") {
      CHECK(start.at("day").as_string() == "26");
      CHECK(slide.at("text").as_object().at("headline").as_string().find("&quot;") !=
            std::string::npos);
    }
  }
}

TEST_CASE("date labels say how precisely a date is known", "[export][labels]") {
  CHECK(date_label(day_interval(ymd(2025, 4, 26))) == "2025-04-26");
  CHECK(date_label(month_interval(2025, 3)) == "2025-03");
  CHECK(date_label(*interval_of_timex_value("2024-FA")) == "2024 autumn");
  CHECK(date_label(*interval_of_timex_value("2025-Q1")) == "2025 Q1");
  CHECK(date_label(*interval_of_timex_value("2025-W17")) == "2025-W17");
  CHECK(date_label(year_interval(2025)) == "2025");
  CHECK(date_label(*interval_of_timex_value("199")) == "1990s");
  CHECK(date_label(*interval_of_timex_value("20")) == "21st century");
  // Part of a year stays a part, not the whole year.
  DateInterval early{ymd(2025, 1, 1), ymd(2025, 3, 31), Granularity::kYear};
  CHECK(date_label(early) == "2025 (2025-01-01..2025-03-31)");
}
