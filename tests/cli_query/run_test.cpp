// `annals query` and `annals run`: exit codes, reports and JUnit XML.
#include <catch2/catch.hpp>

#include <boost/json.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "../support/run_command.h"
#include "kb_fixture.h"

namespace fs = std::filesystem;
using annals::testing::CommandResult;
using annals::testing::run_shell;
using annals::testing::shell_quote;
using annals::testing::TempDir;

namespace {

void write_file(const fs::path& p, const std::string& text) {
  std::ofstream(p) << text;
}

// Runs in the folder of `db`, where the tests put their .dl files.
std::string annals_cmd(const fs::path& db, const std::string& args) {
  return "cd " + shell_quote(db.parent_path().string()) + " && " +
         shell_quote(annals::testing::annals_binary().string()) + " --db " +
         shell_quote(db.string()) + " " + args;
}

// Facts of the analyst's own: these checks hold whatever the KB says.
const char* kPassing =
    "% two watched people\n"
    "watched(\"Sergei Shoigu\").\n"
    "watched(\"Kim Yo Jong\").\n"
    "expect count : { watched(P) } >= 2.\n"
    "expect none : { watched(\"Nobody\") }.\n";

const char* kFailing =
    "watched(\"Sergei Shoigu\").\n"
    "expect some : { watched(P) }.\n"
    "expect none : { watched(P) }.\n";

}  // namespace

TEST_CASE("run: holding expectations exit 0", "[cli_query][run]") {
  TempDir tmp;
  const fs::path db = tmp.path() / "kb";
  if (!annals::testing::make_small_kb(db)) return;
  write_file(tmp.path() / "pass.dl", kPassing);
  CommandResult r = run_shell(annals_cmd(db, "run pass.dl"), tmp.path());
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("2 held, 0 failed") != std::string::npos);
}

TEST_CASE("run: a failing expectation exits 1 with a report and JUnit XML", "[cli_query][run]") {
  TempDir tmp;
  const fs::path db = tmp.path() / "kb";
  if (!annals::testing::make_small_kb(db)) return;
  write_file(tmp.path() / "pass.dl", kPassing);
  write_file(tmp.path() / "fail.dl", kFailing);
  CommandResult r = run_shell(annals_cmd(db, "run pass.dl fail.dl --junit report.xml"), tmp.path());
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("fail.dl:3: expectation failed: expect none") != std::string::npos);
  CHECK(r.err.find("Sergei Shoigu") != std::string::npos);  // what was found

  boost::property_tree::ptree tree;
  std::istringstream xml(annals::testing::slurp(tmp.path() / "report.xml"));
  REQUIRE_NOTHROW(boost::property_tree::read_xml(xml, tree));
  CHECK(tree.get<int>("testsuites.<xmlattr>.tests") == 4);
  CHECK(tree.get<int>("testsuites.<xmlattr>.failures") == 1);
  int suites = 0, failures = 0;
  for (const auto& [tag, suite] : tree.get_child("testsuites")) {
    if (tag != "testsuite") continue;
    ++suites;
    for (const auto& [case_tag, test] : suite) {
      if (case_tag != "testcase" || !test.get_child_optional("failure")) continue;
      ++failures;
      CHECK(suite.get<std::string>("<xmlattr>.name") == "fail.dl");
      CHECK(test.get<int>("<xmlattr>.line") == 3);
      CHECK(test.get<std::string>("failure.<xmlattr>.message").find("Sergei Shoigu") !=
            std::string::npos);
    }
  }
  CHECK(suites == 2);
  CHECK(failures == 1);
}

TEST_CASE("run: a syntax error exits 2 with file:line:col", "[cli_query][run]") {
  TempDir tmp;
  const fs::path db = tmp.path() / "kb";
  if (!annals::testing::make_small_kb(db)) return;
  write_file(tmp.path() / "bad.dl", "watched(\"a\").\n?- watched(P) agent(E, P).\n");
  CommandResult r = run_shell(annals_cmd(db, "run bad.dl"), tmp.path());
  INFO(r.out << r.err);
  CHECK(r.exit_code == 2);
  CHECK(std::regex_search(r.err, std::regex(R"(bad\.dl:2:[0-9]+: error)")));
}

TEST_CASE("run and query: a missing knowledge base is a clear error", "[cli_query][run]") {
  TempDir tmp;
  write_file(tmp.path() / "pass.dl", kPassing);
  for (const char* args : {"run pass.dl", "query 'event(E, T).'"}) {
    CommandResult r = run_shell(annals_cmd(tmp.path() / "nowhere", args), tmp.path());
    INFO(args << "\n" << r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.rfind("annals: error: no knowledge base at", 0) == 0);
  }
}

TEST_CASE("query: answers from the KB in every format", "[cli_query][query]") {
  TempDir tmp;
  const fs::path db = tmp.path() / "kb";
  if (!annals::testing::make_small_kb(db)) return;
  const std::string q = "'event(E, join), agent(E, A), time(E, S, _)'";

  CommandResult csv = run_shell(annals_cmd(db, "query --format csv " + q), tmp.path());
  INFO(csv.err);
  REQUIRE(csv.exit_code == 0);
  CHECK(csv.out.rfind("E,A,S\n", 0) == 0);
  CHECK(csv.out.find(",Sweden,2024-03-07\n") != std::string::npos);

  CommandResult json = run_shell(annals_cmd(db, "query --format json " + q), tmp.path());
  REQUIRE(json.exit_code == 0);
  const auto rows = boost::json::parse(json.out).as_array();
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].as_object().at("A").as_string() == "Sweden");

  CommandResult table = run_shell(annals_cmd(db, "query " + q), tmp.path());
  REQUIRE(table.exit_code == 0);
  CHECK(table.out.find("(1 row)") != std::string::npos);
}

TEST_CASE("run: .mode in a file switches the format of later tables", "[cli_query][run]") {
  TempDir tmp;
  const fs::path db = tmp.path() / "kb";
  if (!annals::testing::make_small_kb(db)) return;
  write_file(tmp.path() / "modes.dl",
             "watched(\"Kim, Yo Jong\").\n?- watched(P).\n.mode csv\n?- watched(P).\n");
  CommandResult r = run_shell(annals_cmd(db, "run modes.dl"), tmp.path());
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("(1 row)") != std::string::npos);                // first as a table
  CHECK(r.out.find("P\n\"Kim, Yo Jong\"\n") != std::string::npos);  // then as CSV
}

TEST_CASE("run: a missing file is an error, the other files still run", "[cli_query][run]") {
  TempDir tmp;
  const fs::path db = tmp.path() / "kb";
  if (!annals::testing::make_small_kb(db)) return;
  write_file(tmp.path() / "pass.dl", kPassing);
  CommandResult r =
      run_shell(annals_cmd(db, "run missing.dl pass.dl --junit report.xml"), tmp.path());
  INFO(r.out << r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("annals: error: cannot read missing.dl: no such file") != std::string::npos);
  CHECK(r.err.find("2 held, 0 failed") != std::string::npos);
  CHECK(annals::testing::slurp(tmp.path() / "report.xml").find("missing.dl") != std::string::npos);
}
