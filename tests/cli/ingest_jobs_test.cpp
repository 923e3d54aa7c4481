// `annals ingest -j N`: extraction runs on N threads, the store is written by
// one, and the knowledge base is the same whatever N is, and whatever the
// order of the documents.
#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "../support/run_command.h"
#include "../support/shared_data.h"

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

// Each exported event as type, dates and its mentions (document and
// sentence number), sorted: all but the event numbers, which follow the
// order documents came in.
std::vector<std::string> events_without_ids(const std::string& jsonl) {
  std::vector<std::string> out;
  std::istringstream lines(jsonl);
  std::string line;
  while (std::getline(lines, line)) {
    const boost::json::object e = boost::json::parse(line).as_object();
    std::string s = boost::json::serialize(e.at("type"));
    for (const char* key : {"start", "end"})
      if (const auto* v = e.if_contains(key)) s += " " + boost::json::serialize(*v);
    std::vector<std::string> mentions;
    for (const auto& m : e.at("mentions").as_array())
      mentions.push_back(boost::json::serialize(m.as_object().at("doc")) + "#" +
                         boost::json::serialize(m.as_object().at("sentence_index")));
    std::sort(mentions.begin(), mentions.end());
    for (const std::string& m : mentions) s += " " + m;
    out.push_back(s);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("ingest -j 1 and -j 4 build the same knowledge base", "[cli][ingest][jobs]") {
  TempDir tmp;
  std::string inputs = shell_quote((fs::path(ANNALS_SOURCE_DIR) / "samples" / "articles").string());
  const fs::path seeds = annals::testing::shared_dir() / "corpus" / "seeds";
  if (fs::exists(seeds)) inputs += " " + shell_quote(seeds.string());
  CHECK(export_after_ingest(tmp, inputs, 1) == export_after_ingest(tmp, inputs, 4));
}

TEST_CASE("the seed pages in reverse order give the same events", "[cli][ingest][order]") {
  ANNALS_REQUIRE_SHARED();
  const fs::path seeds = annals::testing::shared_dir() / "corpus" / "seeds";
  std::vector<std::string> files;
  for (const auto& f : fs::directory_iterator(seeds))
    if (f.path().extension() == ".txt") files.push_back(shell_quote(f.path().string()));
  std::sort(files.begin(), files.end());
  std::string forwards, backwards;
  for (const std::string& f : files) forwards += " " + f;
  for (auto it = files.rbegin(); it != files.rend(); ++it) backwards += " " + *it;
  TempDir a, b;
  const std::vector<std::string> one = events_without_ids(export_after_ingest(a, forwards, 1));
  CHECK(one.size() > 50);
  CHECK(events_without_ids(export_after_ingest(b, backwards, 1)) == one);
}
