// `annals export` and `annals show` end to end: flags, errors, and a real
// knowledge base built from the bundled samples.
#include <catch2/catch.hpp>

#include <boost/json.hpp>
#include <filesystem>

#include "../support/run_command.h"
#include "golden.h"

namespace fs = std::filesystem;
using annals::testing::annals_cmd;
using annals::testing::CommandResult;
using annals::testing::run_shell;
using annals::testing::shell_quote;
using annals::testing::TempDir;

namespace {

const fs::path kSamples = fs::path(ANNALS_SOURCE_DIR) / "samples" / "articles";

}  // namespace

TEST_CASE("export names the flag with a bad date", "[cli][export]") {
  TempDir tmp;
  for (const char* flag : {"--from", "--to"}) {
    CommandResult r = run_shell(
        annals_cmd(tmp.path() / "kb", std::string("export ") + flag + " 2025-13-01"), tmp.path());
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.rfind(std::string("annals: error: ") + flag + " 2025-13-01", 0) == 0);
  }
}

TEST_CASE("export rejects an unknown format", "[cli][export]") {
  TempDir tmp;
  CommandResult r = run_shell(annals_cmd(tmp.path() / "kb", "export --format pdf"), tmp.path());
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--format pdf") != std::string::npos);
}

TEST_CASE("export and show over the ingested samples", "[cli][export][show]") {
  TempDir tmp;
  const fs::path db = tmp.path() / "kb";
  CommandResult ingest =
      run_shell(annals_cmd(db, "ingest " + shell_quote(kSamples.string())), tmp.path());
  INFO(ingest.err);
  REQUIRE(ingest.exit_code == 0);

  CommandResult jsonl = run_shell(annals_cmd(db, "export --format jsonl"), tmp.path());
  INFO(jsonl.err);
  REQUIRE(jsonl.exit_code == 0);
  const auto lines = annals::testing::split_lines(jsonl.out);
  REQUIRE_FALSE(lines.empty());
  std::string first_id;
  for (const auto& line : lines) {
    const auto v = boost::json::parse(line).as_object();
    CHECK(v.contains("mentions"));
    if (first_id.empty()) first_id = v.at("id").as_string().c_str();
  }

  CommandResult dot = run_shell(annals_cmd(db, "export --format dot --actors --out " +
                                                   shell_quote((tmp.path() / "t.dot").string())),
                                tmp.path());
  CHECK(dot.exit_code == 0);
  CHECK(annals::testing::slurp(tmp.path() / "t.dot").find("rankdir=LR") != std::string::npos);

  // A date window far from the samples yields no event, not an error.
  CommandResult empty =
      run_shell(annals_cmd(db, "export --format csv --from 1901 --to 1901-12"), tmp.path());
  CHECK(empty.exit_code == 0);
  CHECK(annals::testing::split_lines(empty.out).size() == 1);  // the header

  CommandResult shown = run_shell(annals_cmd(db, "show " + shell_quote(first_id)), tmp.path());
  INFO(shown.err);
  CHECK(shown.exit_code == 0);
  CHECK(shown.out.rfind(first_id, 0) == 0);
  CHECK(shown.out.find("mentions (") != std::string::npos);

  CommandResult unknown = run_shell(annals_cmd(db, "show ev:999999999"), tmp.path());
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("no event ev:999999999") != std::string::npos);
}
