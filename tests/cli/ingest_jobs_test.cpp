// `annals ingest -j N`: extraction runs on N threads, the store is written by
// one, and the knowledge base is the same whatever N is.
#include <catch2/catch.hpp>

#include <filesystem>

#include "../support/run_command.h"

namespace fs = std::filesystem;
using annals::testing::annals_cmd;
using annals::testing::CommandResult;
using annals::testing::run_shell;
using annals::testing::shell_quote;
using annals::testing::TempDir;

namespace {

// Ingests `inputs` with -j `jobs` into a fresh store and returns its JSONL export.
std::string export_after_ingest(const TempDir& tmp, const std::string& inputs, int jobs) {
  const fs::path db = tmp.path() / ("kb-j" + std::to_string(jobs));
  CommandResult ingest =
      run_shell(annals_cmd(db, "ingest -j " + std::to_string(jobs) + " " + inputs), tmp.path());
  INFO(ingest.out << ingest.err);
  REQUIRE(ingest.exit_code == 0);
  CommandResult x = run_shell(annals_cmd(db, "export --format jsonl"), tmp.path());
  REQUIRE(x.exit_code == 0);
  REQUIRE_FALSE(x.out.empty());
  return x.out;
}

}  // namespace

TEST_CASE("ingest -j 1 and -j 4 build the same knowledge base", "[cli][ingest][jobs]") {
  TempDir tmp;
  std::string inputs = shell_quote((fs::path(ANNALS_SOURCE_DIR) / "samples" / "articles").string());
  const fs::path seeds = fs::path(ANNALS_SOURCE_DIR) / ".." / "shared" / "corpus" / "seeds";
  if (fs::exists(seeds)) inputs += " " + shell_quote(seeds.string());
  CHECK(export_after_ingest(tmp, inputs, 1) == export_after_ingest(tmp, inputs, 4));
}
