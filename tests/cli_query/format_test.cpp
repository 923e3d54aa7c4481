// The output formats of query answers: what a reader or a program sees.
#include <catch2/catch.hpp>

#include <boost/json.hpp>
#include <sstream>

#include "table_format.h"

using annals::parse_day;
using annals::cli::OutputFormat;
using annals::cli::TableStyle;
using annals::query::Atom;
using annals::query::Table;

namespace {

std::string render(const Table& table, OutputFormat format, TableStyle style = {}) {
  std::ostringstream out;
  annals::cli::write_table(out, table, format, style);
  return out.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

Table events_table() {
  Table t;
  t.columns = {"E", "Type", "N", "Start"};
  t.rows.push_back(
      {std::string("ev:1"), Atom{"confirm"}, std::int64_t{3}, *parse_day("2025-04-28")});
  t.rows.push_back(
      {std::string("ev:100000"), Atom{"sign"}, std::int64_t{12000}, *parse_day("2024-06-19")});
  return t;
}

}  // namespace

TEST_CASE("table: columns line up under their headers", "[cli_query][format]") {
  const auto lines = lines_of(render(events_table(), OutputFormat::kTable));
  REQUIRE(lines.size() == 5);  // header, rule, 2 rows, count
  const std::size_t type_column = lines[0].find("Type");
  REQUIRE(type_column != std::string::npos);
  CHECK(lines[2].find("confirm") == type_column);
  CHECK(lines[3].find("sign") == type_column);
  CHECK(lines[1].find_first_not_of("- ") == std::string::npos);
  // Numbers are right-aligned: the last digits share a column.
  CHECK(lines[2].find("3 ") == lines[3].find("12000 ") + 4);
  CHECK(lines[2].find("2025-04-28") == lines[0].find("Start"));
  CHECK(lines[4] == "(2 rows)");
}

TEST_CASE("table: long text wraps to the terminal width", "[cli_query][format]") {
  Table t;
  t.columns = {"E", "Sentence"};
  const std::string sentence =
      "The ministry said on Tuesday that the two delegations had agreed to meet again "
      "in the spring to settle the remaining questions about the border crossings.";
  t.rows.push_back({std::string("ev:7"), sentence});
  const auto lines = lines_of(render(t, OutputFormat::kTable, TableStyle{40, false}));
  REQUIRE(lines.size() > 4);
  std::string rejoined;
  for (std::size_t i = 2; i + 1 < lines.size(); ++i) {
    CHECK(annals::cli::display_width(lines[i]) <= 40);
    const std::size_t text_column = lines[0].find("Sentence");
    if (lines[i].size() > text_column)
      rejoined += (rejoined.empty() ? "" : " ") + lines[i].substr(text_column);
  }
  CHECK(rejoined == sentence);  // nothing lost, words kept whole
  CHECK(lines.back() == "(1 row)");
}

TEST_CASE("table: colour only when asked", "[cli_query][format]") {
  CHECK(render(events_table(), OutputFormat::kTable, {100, false}).find('\x1b') ==
        std::string::npos);
  CHECK(render(events_table(), OutputFormat::kTable, {100, true}).find("\x1b[1m") !=
        std::string::npos);
  CHECK(render(events_table(), OutputFormat::kCsv, {100, true}).find('\x1b') == std::string::npos);
}

TEST_CASE("wrap_text cuts words wider than the column at character boundaries",
          "[cli_query][format]") {
  const auto lines = annals::cli::wrap_text("Zürich–Genève–Lausanne", 7);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] == "Zürich–");
  for (const auto& line : lines) CHECK(annals::cli::display_width(line) <= 7);
}

TEST_CASE("csv: RFC 4180 quoting", "[cli_query][format]") {
  Table t;
  t.columns = {"Who", "Said"};
  t.rows.push_back({std::string("Kim, Jong Un"), std::string("he said \"no\"\nthen left")});
  t.rows.push_back({std::string("plain"), std::int64_t{5}});
  CHECK(render(t, OutputFormat::kCsv) ==
        "Who,Said\n\"Kim, Jong Un\",\"he said \"\"no\"\"\nthen left\"\nplain,5\n");
}

TEST_CASE("tsv: tabs and line breaks inside values are escaped", "[cli_query][format]") {
  Table t;
  t.columns = {"A", "B"};
  t.rows.push_back({std::string("x\ty"), std::string("line1\nline2")});
  CHECK(render(t, OutputFormat::kTsv) == "A\tB\nx\\ty\tline1\\nline2\n");
}

TEST_CASE("json: an array of objects keyed by variable, typed values", "[cli_query][format]") {
  const boost::json::value parsed = boost::json::parse(render(events_table(), OutputFormat::kJson));
  const auto& rows = parsed.as_array();
  REQUIRE(rows.size() == 2);
  const auto& first = rows[0].as_object();
  CHECK(first.at("E").as_string() == "ev:1");
  CHECK(first.at("Type").as_string() == "confirm");
  CHECK(first.at("N").as_int64() == 3);
  CHECK(first.at("Start").as_string() == "2025-04-28");

  Table empty;
  empty.columns = {"X"};
  CHECK(boost::json::parse(render(empty, OutputFormat::kJson)).as_array().empty());
}

TEST_CASE("format names parse and print back", "[cli_query][format]") {
  for (const char* name : {"table", "csv", "tsv", "json"}) {
    const auto format = annals::cli::parse_output_format(name);
    REQUIRE(format);
    CHECK(annals::cli::output_format_name(*format) == name);
  }
  CHECK_FALSE(annals::cli::parse_output_format("xml"));
}
