// The seeds' answer key, per document (the cross-document view is scored
// from the KB export): required events with exact dates, no events from page
// furniture, and no wrongly dated event in the undated page.
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include "support/shared_data.h"
#include "text_helpers.h"

namespace fs = std::filesystem;
namespace json = boost::json;
using namespace annals::testing;

namespace {

struct Seed {
  std::string raw;
  annals::Document doc;
  annals::Extraction ex;
};

std::map<std::string, Seed> parse_seeds() {
  std::map<std::string, Seed> seeds;
  for (const auto& entry : fs::directory_iterator(shared_dir() / "corpus" / "seeds")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    Seed seed;
    seed.raw = buffer.str();
    auto doc = annals::parse_text_document(entry.path().filename().string(), seed.raw, {});
    REQUIRE(doc.ok());
    seed.doc = std::move(*doc);
    seed.ex = annals::extract_events(seed.doc);
    seeds.emplace(seed.doc.name.substr(0, 3), std::move(seed));
  }
  return seeds;
}

std::vector<json::object> gold_records() {
  std::vector<json::object> records;
  std::ifstream in(shared_dir() / "corpus" / "seeds.gold.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) records.push_back(json::parse(line).as_object());
  }
  return records;
}

std::vector<std::string> strings(const json::object& o, const char* key) {
  std::vector<std::string> out;
  if (const json::value* v = o.if_contains(key)) {
    for (const auto& x : v->as_array()) out.emplace_back(x.as_string().c_str());
  }
  return out;
}

bool matches(const annals::EventMention& e, const json::object& gold) {
  if (!has(strings(gold, "types"), e.type) || !e.when) return false;
  const std::string date(gold.at("date").as_string().c_str());
  const auto interval = annals::interval_of_timex_value(date);
  if (annals::format_interval(*e.when) != date && !(interval && *interval == *e.when)) return false;
  const auto agents = strings(gold, "agents");
  return std::any_of(e.agents.begin(), e.agents.end(),
                     [&](const std::string& a) { return has(agents, a); });
}

}  // namespace

TEST_CASE("seeds: document dates from date lines, none for the undated page", "[text][seeds]") {
  ANNALS_REQUIRE_SHARED();
  auto seeds = parse_seeds();
  REQUIRE(seeds.size() == 5);
  CHECK(seeds["000"].doc.date == annals::parse_day("2025-04-28"));
  CHECK(seeds["001"].doc.date == annals::parse_day("2025-04-28"));
  CHECK_FALSE(seeds["002"].doc.date);
  CHECK(seeds["003"].doc.date == annals::parse_day("2025-04-28"));
  CHECK((seeds["004"].doc.date == annals::parse_day("2025-04-28") ||
         seeds["004"].doc.date == annals::parse_day("2025-04-27")));
  // Page 002 has only relative time expressions: with no date, no event may be dated.
  for (const auto& e : seeds["002"].ex.events) {
    CAPTURE(e.trigger, e.time_text);
    CHECK_FALSE(e.when);
  }
}

TEST_CASE("seeds: no event mention comes from page furniture", "[text][seeds]") {
  ANNALS_REQUIRE_SHARED();
  auto seeds = parse_seeds();
  for (const json::object& record : gold_records()) {
    if (!record.contains("forbidden")) continue;
    const std::string doc(record.at("forbidden").as_string().c_str());
    const Seed& seed = seeds.at(doc.substr(0, 3));
    const std::string from(record.at("from").as_string().c_str());
    const std::size_t begin = seed.raw.find(from);
    REQUIRE(begin != std::string::npos);
    std::size_t end = seed.raw.size();
    if (record.contains("to")) {
      const std::string to(record.at("to").as_string().c_str());
      end = seed.raw.find(to, begin) + to.size();
    }
    const std::string region = seed.raw.substr(begin, end - begin);
    for (const auto& e : seed.ex.events) {
      for (std::size_t s : e.sentences) {
        const std::string sentence(seed.doc.sentences[s].text(seed.doc.body));
        CAPTURE(doc, sentence);
        CHECK(region.find(sentence) == std::string::npos);
      }
    }
  }
}

TEST_CASE("seeds: every required event is found with its exact date", "[text][seeds]") {
  ANNALS_REQUIRE_SHARED();
  auto seeds = parse_seeds();
  for (const json::object& gold : gold_records()) {
    if (!gold.contains("id") || !gold.at("required").as_bool()) continue;
    bool found = false;
    for (const std::string& d : strings(gold, "docs")) {
      for (const auto& e : seeds.at(d).ex.events) found = found || matches(e, gold);
    }
    CAPTURE(gold.at("id").as_string().c_str());
    CHECK(found);
  }
}
