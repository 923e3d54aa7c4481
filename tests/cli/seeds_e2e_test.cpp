// End-to-end on the five seed pages (../shared): `annals ingest` then
// `annals export --format jsonl`. One event per happening however many pages
// report it, and the undated page gets its date from the others.
#include <catch2/catch.hpp>

#include <boost/json.hpp>
#include <filesystem>
#include <set>
#include <sstream>

#include "../support/run_command.h"
#include "../support/shared_data.h"
#include "annals/kb.h"

namespace fs = std::filesystem;
namespace json = boost::json;
using annals::testing::annals_cmd;
using annals::testing::CommandResult;
using annals::testing::run_shell;
using annals::testing::shell_quote;
using annals::testing::TempDir;

namespace {

struct Exported {
  std::string type, start;
  std::set<std::string> agents, docs;
};

std::vector<Exported> parse_jsonl(const std::string& text) {
  std::vector<Exported> out;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) continue;
    const json::object o = json::parse(line).as_object();
    Exported e;
    e.type = json::value_to<std::string>(o.at("type"));
    if (o.at("start").is_string()) e.start = json::value_to<std::string>(o.at("start"));
    for (const json::value& a : o.at("agents").as_array())
      e.agents.insert(json::value_to<std::string>(a));
    for (const json::value& m : o.at("mentions").as_array())
      e.docs.insert(json::value_to<std::string>(m.as_object().at("doc")).substr(0, 3));
    out.push_back(std::move(e));
  }
  return out;
}

bool confirm_family(const std::string& type) {
  return type == "confirm" || type == "acknowledge" || type == "admit";
}

}  // namespace

TEST_CASE("the five seed pages give one event per happening, with all its sources",
          "[cli][e2e][seeds]") {
  ANNALS_REQUIRE_SHARED();
  const fs::path seeds = annals::testing::shared_dir() / "corpus" / "seeds";
  TempDir tmp;
  const fs::path db = tmp.path() / "kb";
  CommandResult ingest =
      run_shell(annals_cmd(db, "ingest " + shell_quote(seeds.string())), tmp.path());
  INFO(ingest.out << ingest.err);
  REQUIRE(ingest.exit_code == 0);
  CommandResult x = run_shell(annals_cmd(db, "export --format jsonl"), tmp.path());
  INFO(x.err);
  REQUIRE(x.exit_code == 0);
  const std::vector<Exported> events = parse_jsonl(x.out);

  auto matching = [&](auto pred) {
    std::vector<Exported> found;
    for (const Exported& e : events)
      if (pred(e)) found.push_back(e);
    return found;
  };
  const std::set<std::string> all_five = {"000", "001", "002", "003", "004"};

  // G01: the 2024 treaty, dated by the photo caption; the "last year"
  // mentions of every page join it instead of making a second event.
  auto treaty = matching([](const Exported& e) {
    return e.type == "sign" && e.agents.count("Kim Jong Un") && e.agents.count("Vladimir Putin");
  });
  REQUIRE(treaty.size() == 1);
  CHECK(treaty[0].start == "2024-06-19");
  CHECK(treaty[0].docs == all_five);

  // G08: Russia's confirmation on Saturday 2025-04-26, reported by four pages.
  auto russia = matching([](const Exported& e) {
    return confirm_family(e.type) && e.agents == std::set<std::string>{"Russia"};
  });
  REQUIRE(russia.size() == 1);
  CHECK(russia[0].start == "2025-04-26");
  CHECK(russia[0].docs == std::set<std::string>{"000", "001", "002", "003"});

  // G10: North Korea's confirmation on Monday 2025-04-28, in all five pages.
  auto north = matching([](const Exported& e) {
    return confirm_family(e.type) && e.start == "2025-04-28" && e.agents.count("North Korea");
  });
  REQUIRE(north.size() == 1);
  CHECK(north[0].docs == all_five);

  // The undated page is dated by the events it shares, and says so.
  auto store = annals::kb::Store::open(db.string(), annals::kb::Store::Mode::kReadOnly);
  REQUIRE(store.ok());
  std::optional<annals::kb::DocRecord> undated;
  REQUIRE((*store)
              ->scan_documents([&](const annals::kb::DocRecord& d) {
                if (d.name.rfind("002_", 0) == 0) undated = d;
                return true;
              })
              .ok());
  REQUIRE(undated);
  REQUIRE(undated->published);
  CHECK(annals::format_day(*undated->published) == "2025-04-28");
  CHECK(undated->date_source == "inferred");
  CHECK_THAT(undated->date_evidence, Catch::Contains("North Korea"));
  CHECK((*store)->check().ok());
  store->reset();  // release the lock for the next command

  // A report merged with what it reports is not stored as nested in itself,
  // and the timeline export finds no contradiction.
  CommandResult self = run_shell(annals_cmd(db, "query 'under(E, E).'"), tmp.path());
  INFO(self.out << self.err);
  REQUIRE(self.exit_code == 0);
  CHECK_THAT(self.out, Catch::Contains("(0 rows)"));
  CommandResult dot = run_shell(annals_cmd(db, "export --format dot"), tmp.path());
  REQUIRE(dot.exit_code == 0);
  CHECK_THAT(dot.err, !Catch::Contains("contradictory"));
}
