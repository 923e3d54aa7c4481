// Per-document check of the text pipeline against the seeds' answer key:
//   annals-seeds-eval-mentions SEEDS_DIR GOLD_JSONL [--verbose]
// Parses each seed page, extracts events, and reports for every gold event
// whether a listed document has a mention of a gold type, with the gold date
// (exactly, or the same interval) and a gold agent; counts mentions from
// the forbidden (page furniture) regions; lists unmatched system events.
// Always exits 0: it is a report, not a test.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <boost/json.hpp>

#include "annals/date.h"
#include "annals/document.h"
#include "annals/events.h"

namespace fs = std::filesystem;
namespace json = boost::json;

namespace {

struct Gold {
  std::string id, date;
  bool required = false;
  std::vector<std::string> types, agents, docs;
};

struct Forbidden {
  std::string doc, from, to;
};

struct Parsed {
  std::string raw;
  annals::Document doc;
  annals::Extraction ex;
  std::vector<bool> matched;
};

std::vector<std::string> strings(const json::value* v) {
  std::vector<std::string> out;
  if (v && v->is_array()) {
    for (const auto& x : v->as_array()) {
      if (x.is_string()) out.emplace_back(x.as_string().c_str());
    }
  }
  return out;
}

bool contains(const std::vector<std::string>& list, const std::string& x) {
  return std::find(list.begin(), list.end(), x) != list.end();
}

std::string when_text(const annals::EventMention& e) {
  return e.when ? annals::format_interval(*e.when) : std::string("open");
}

bool date_matches(const annals::EventMention& e, const std::string& gold_date) {
  if (!e.when) return false;
  if (annals::format_interval(*e.when) == gold_date) return true;
  auto gold = annals::interval_of_timex_value(gold_date);
  return gold && *gold == *e.when;
}

std::string sentence_text(const Parsed& p, std::size_t s) {
  return std::string(p.doc.sentences.at(s).text(p.doc.body));
}

// The raw text of a forbidden region: from its `from` line to its `to` line
// (or the end of the page).
std::string region_text(const std::string& raw, const Forbidden& f) {
  const std::size_t begin = raw.find(f.from);
  if (begin == std::string::npos) return {};
  std::size_t end = raw.size();
  if (!f.to.empty()) {
    const std::size_t to = raw.find(f.to, begin);
    if (to != std::string::npos) end = to + f.to.size();
  }
  return raw.substr(begin, end - begin);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: annals-seeds-eval-mentions SEEDS_DIR GOLD_JSONL [--verbose]\n";
    return 0;
  }
  const fs::path seeds_dir = argv[1];
  const bool verbose = argc > 3 && std::string(argv[3]) == "--verbose";
  std::vector<Gold> golds;
  std::vector<Forbidden> forbidden;
  std::ifstream gold_in(argv[2]);
  std::string line;
  while (std::getline(gold_in, line)) {
    if (line.empty()) continue;
    boost::system::error_code ec;
    json::value v = json::parse(line, ec);
    if (ec || !v.is_object()) continue;
    const json::object& o = v.as_object();
    if (o.contains("forbidden")) {
      Forbidden f;
      f.doc = o.at("forbidden").as_string().c_str();
      if (o.contains("from")) f.from = o.at("from").as_string().c_str();
      if (o.contains("to")) f.to = o.at("to").as_string().c_str();
      forbidden.push_back(f);
    } else if (o.contains("id")) {
      Gold g;
      g.id = o.at("id").as_string().c_str();
      g.date = o.at("date").as_string().c_str();
      g.required = o.contains("required") && o.at("required").as_bool();
      g.types = strings(o.if_contains("types"));
      g.agents = strings(o.if_contains("agents"));
      g.docs = strings(o.if_contains("docs"));
      golds.push_back(g);
    }
  }

  std::map<std::string, Parsed> parsed;  // by 3-digit prefix
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(seeds_dir)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    Parsed p;
    p.raw = buffer.str();
    auto doc = annals::parse_text_document(file.filename().string(), p.raw, {});
    if (!doc.ok()) {
      std::cout << file.filename().string() << ": error: " << doc.status().message() << "\n";
      continue;
    }
    p.doc = std::move(*doc);
    p.ex = annals::extract_events(p.doc);
    p.matched.assign(p.ex.events.size(), false);
    std::cout << p.doc.name << ": date " << (p.doc.date ? annals::format_day(*p.doc.date) : "none")
              << " (" << annals::date_source_name(p.doc.date_source) << ": " << p.doc.date_evidence
              << "), " << p.doc.sentences.size() << " sentences, " << p.ex.entities.size()
              << " entity and " << p.ex.events.size() << " event mentions\n";
    if (verbose) {
      std::cout << "  title: " << p.doc.title << "\n  place: " << p.doc.place
                << "  outlet: " << p.doc.outlet << "\n";
      for (std::size_t i = 0; i < p.ex.events.size(); ++i) {
        const auto& e = p.ex.events[i];
        std::cout << "  [" << i << "] " << e.type << " '" << e.trigger << "' " << when_text(e)
                  << " agents=";
        for (const auto& a : e.agents) std::cout << a << ";";
        std::cout << " patients=";
        for (const auto& a : e.patients) std::cout << a << ";";
        std::cout << " " << e.modality << "/" << e.polarity;
        if (e.parent) std::cout << " parent=" << *e.parent;
        if (!e.claimed_by.empty()) std::cout << " by=" << e.claimed_by;
        for (const auto& q : e.quantities) std::cout << " q='" << q.text << "'";
        std::cout << "\n      time: " << e.time_text << " | " << e.time_reason << "\n      s"
                  << e.sentence << ": " << sentence_text(p, e.sentence).substr(0, 160) << "\n";
      }
    }
    parsed.emplace(p.doc.name.substr(0, 3), std::move(p));
  }

  int required_found = 0, required_total = 0, optional_found = 0, optional_total = 0;
  std::cout << "\ngold events:\n";
  for (const Gold& g : golds) {
    std::string where;
    for (const std::string& d : g.docs) {
      auto it = parsed.find(d);
      if (it == parsed.end()) continue;
      Parsed& p = it->second;
      for (std::size_t i = 0; i < p.ex.events.size(); ++i) {
        const auto& e = p.ex.events[i];
        if (!contains(g.types, e.type) || !date_matches(e, g.date)) continue;
        const bool agent_ok =
            std::any_of(e.agents.begin(), e.agents.end(),
                        [&](const std::string& a) { return contains(g.agents, a); });
        if (!agent_ok) continue;
        p.matched[i] = true;
        if (where.empty()) where = d + " '" + e.trigger + "' " + when_text(e);
      }
    }
    const bool found = !where.empty();
    (g.required ? required_total : optional_total)++;
    if (found) (g.required ? required_found : optional_found)++;
    std::cout << "  " << g.id << (g.required ? " required " : " optional ") << g.date << " "
              << (found ? "found in " + where : "MISSED") << "\n";
  }

  int forbidden_mentions = 0;
  for (const Forbidden& f : forbidden) {
    auto it = parsed.find(f.doc.substr(0, 3));
    if (it == parsed.end()) continue;
    const Parsed& p = it->second;
    const std::string region = region_text(p.raw, f);
    if (region.empty()) continue;
    for (const auto& e : p.ex.events) {
      for (std::size_t s : e.sentences) {
        if (region.find(sentence_text(p, s)) != std::string::npos) {
          ++forbidden_mentions;
          std::cout << "  forbidden: " << f.doc << " " << e.type << " '" << e.trigger
                    << "': " << sentence_text(p, s).substr(0, 100) << "\n";
        }
      }
    }
  }

  std::cout << "\nsystem events matching no gold event:\n";
  for (const auto& [prefix, p] : parsed) {
    for (std::size_t i = 0; i < p.ex.events.size(); ++i) {
      if (p.matched[i]) continue;
      const auto& e = p.ex.events[i];
      std::cout << "  " << prefix << " " << e.type << " '" << e.trigger << "' " << when_text(e);
      for (const auto& a : e.agents) std::cout << " [" << a << "]";
      std::cout << "\n";
    }
  }
  std::cout << "\nrequired: " << required_found << "/" << required_total << "\n";
  std::cout << "optional: " << optional_found << "/" << optional_total << "\n";
  std::cout << "mentions from forbidden regions: " << forbidden_mentions << "\n";
  return 0;
}
