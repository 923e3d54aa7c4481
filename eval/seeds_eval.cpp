// Scores a knowledge base's JSONL export against the seeds' answer key:
//   annals-seeds-eval EXPORT.jsonl GOLD.jsonl SEEDS_DIR
// Prints required/optional events found (exact date, type, agent, document),
// mentions that come from page furniture (forbidden regions), and the system
// events that match no gold event so a person can judge precision.
// Exit 0 when every required event is found and no forbidden mention exists.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <boost/json.hpp>

#include "annals/date.h"

namespace json = boost::json;
namespace fs = std::filesystem;

namespace {

struct SystemEvent {
  std::string id, type, start, end, granularity;
  std::vector<std::string> agents;
  std::vector<std::string> docs;       // mention docs
  std::vector<std::string> sentences;  // mention sentences
  bool matched = false;
};

struct GoldEvent {
  std::string id, date;
  bool required = false;
  std::vector<std::string> types, agents, docs, evidence;
};

struct Forbidden {
  std::string doc, from, to, why;
};

std::vector<std::string> strings(const json::value* v) {
  std::vector<std::string> out;
  if (!v || !v->is_array()) return out;
  for (const auto& x : v->as_array())
    if (x.is_string()) out.emplace_back(x.as_string());
  return out;
}

std::string str(const json::object& o, const char* k) {
  if (auto* v = o.if_contains(k); v && v->is_string()) return std::string(v->as_string());
  return {};
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool intersects(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const auto& x : a)
    if (std::find(b.begin(), b.end(), x) != b.end()) return true;
  return false;
}

// The gold date as an interval, compared with the system's [start, end].
bool same_date(const SystemEvent& e, const std::string& gold) {
  auto g = annals::interval_of_timex_value(gold);
  if (!g) return false;
  return e.start == annals::format_day(g->start) && e.end == annals::format_day(g->end);
}

// Whether `sentence` holds the evidence `quote`, whose " ... " elides
// words: its pieces in order.
bool quotes(const std::string& sentence, const std::string& quote) {
  if (quote.empty()) return false;
  std::size_t at = 0, from = 0;
  while (from <= quote.size()) {
    std::size_t gap = quote.find("...", from);
    std::string piece =
        quote.substr(from, gap == std::string::npos ? std::string::npos : gap - from);
    while (!piece.empty() && piece.front() == ' ') piece.erase(piece.begin());
    while (!piece.empty() && piece.back() == ' ') piece.pop_back();
    if (!piece.empty()) {
      at = sentence.find(piece, at);
      if (at == std::string::npos) return false;
      at += piece.size();
    }
    if (gap == std::string::npos) break;
    from = gap + 3;
  }
  return true;
}

bool matches(const SystemEvent& e, const GoldEvent& g) {
  if (std::find(g.types.begin(), g.types.end(), e.type) == g.types.end()) return false;
  if (!intersects(e.agents, g.agents)) return false;
  bool doc_ok = false;
  for (const auto& d : e.docs)
    for (const auto& prefix : g.docs)
      if (d.rfind(prefix, 0) == 0) doc_ok = true;
  return doc_ok && same_date(e, g.date);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: annals-seeds-eval EXPORT.jsonl GOLD.jsonl SEEDS_DIR\n");
    return 2;
  }
  std::vector<SystemEvent> events;
  std::vector<GoldEvent> gold;
  std::vector<Forbidden> forbidden;
  auto read_lines = [](const char* path, auto&& each) -> bool {
    std::ifstream in(path);
    if (!in) return false;
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      boost::system::error_code ec;
      json::value v = json::parse(line, ec);
      if (!ec && v.is_object()) each(v.as_object());
    }
    return true;
  };
  if (!read_lines(argv[1], [&](const json::object& o) {
        SystemEvent e;
        e.id = str(o, "id");
        e.type = str(o, "type");
        e.start = str(o, "start");
        e.end = str(o, "end");
        e.granularity = str(o, "granularity");
        e.agents = strings(o.if_contains("agents"));
        if (auto* m = o.if_contains("mentions"); m && m->is_array())
          for (const auto& x : m->as_array())
            if (x.is_object()) {
              e.docs.push_back(str(x.as_object(), "doc"));
              e.sentences.push_back(str(x.as_object(), "sentence"));
            }
        events.push_back(std::move(e));
      })) {
    std::fprintf(stderr, "annals-seeds-eval: error: cannot read %s\n", argv[1]);
    return 2;
  }
  if (!read_lines(argv[2], [&](const json::object& o) {
        if (o.contains("forbidden")) {
          forbidden.push_back({str(o, "forbidden"), str(o, "from"), str(o, "to"), str(o, "why")});
        } else if (o.contains("id")) {
          GoldEvent g;
          g.id = str(o, "id");
          g.date = str(o, "date");
          g.required =
              o.if_contains("required") && o.at("required").is_bool() && o.at("required").as_bool();
          g.types = strings(o.if_contains("types"));
          g.agents = strings(o.if_contains("agents"));
          g.docs = strings(o.if_contains("docs"));
          g.evidence = strings(o.if_contains("evidence"));
          gold.push_back(std::move(g));
        }
      })) {
    std::fprintf(stderr, "annals-seeds-eval: error: cannot read %s\n", argv[2]);
    return 2;
  }

  int required = 0, required_found = 0, optional = 0, optional_found = 0;
  for (const GoldEvent& g : gold) {
    const SystemEvent* hit = nullptr;
    for (SystemEvent& e : events)
      if (matches(e, g)) {
        e.matched = true;
        if (!hit) hit = &e;
      }
    (g.required ? required : optional)++;
    if (hit) (g.required ? required_found : optional_found)++;
    std::printf("%s %-4s %-9s %-12s %s\n", hit ? "found " : "MISSED", g.id.c_str(),
                g.required ? "required" : "optional", g.date.c_str(),
                hit ? (hit->id + " " + hit->type).c_str() : "");
  }

  // One happening, one event: a gold event whose evidence sentences are cited
  // by two or more system events of its types was split. A sentence can be
  // evidence of two gold events ("North Korea acknowledged it on Monday, two
  // days after Russia did so"): a system event of the one's actors, not the
  // other's, cites only the one.
  auto evidence_in = [](const GoldEvent& g, const SystemEvent& e, std::size_t i) {
    bool in_doc = false;
    for (const auto& prefix : g.docs) in_doc |= e.docs[i].rfind(prefix, 0) == 0;
    for (const auto& ev : g.evidence)
      if (in_doc && quotes(e.sentences[i], ev)) return true;
    return false;
  };
  auto of_types = [](const GoldEvent& g, const SystemEvent& e) {
    return std::find(g.types.begin(), g.types.end(), e.type) != g.types.end();
  };
  int split_gold = 0;
  std::string split_list;
  for (const GoldEvent& g : gold) {
    std::vector<std::string> citing;
    for (const SystemEvent& e : events) {
      if (!of_types(g, e)) continue;
      bool cites = false;
      for (std::size_t i = 0; i < e.sentences.size() && !cites; ++i) {
        if (!evidence_in(g, e, i)) continue;
        bool another_actors = false;
        for (const GoldEvent& other : gold)
          another_actors |= &other != &g && of_types(other, e) && evidence_in(other, e, i) &&
                            intersects(e.agents, other.agents) && !intersects(e.agents, g.agents);
        cites = !another_actors;
      }
      if (cites) citing.push_back(e.id + " " + e.type);
    }
    if (citing.size() < 2) continue;
    ++split_gold;
    split_list += " " + g.id + "x" + std::to_string(citing.size());
    std::printf("SPLIT  %s cited by %zu system events:", g.id.c_str(), citing.size());
    for (const auto& c : citing) std::printf(" [%s]", c.c_str());
    std::printf("\n");
  }

  // A mention whose sentence lies inside a forbidden region came from furniture.
  int forbidden_mentions = 0;
  for (const Forbidden& f : forbidden) {
    const std::string page = slurp(fs::path(argv[3]) / f.doc);
    const std::size_t from = page.find(f.from);
    if (from == std::string::npos) continue;
    std::size_t to = page.size();
    if (!f.to.empty()) {
      const std::size_t t = page.find(f.to, from);
      if (t != std::string::npos) to = t + f.to.size();
    }
    const std::string region = page.substr(from, to - from);
    for (const SystemEvent& e : events)
      for (std::size_t i = 0; i < e.sentences.size(); ++i)
        if (e.docs[i] == f.doc && e.sentences[i].size() > 3 &&
            region.find(e.sentences[i]) != std::string::npos) {
          ++forbidden_mentions;
          std::printf("FORBIDDEN %s %s: \"%.80s\" (%s)\n", e.id.c_str(), f.doc.c_str(),
                      e.sentences[i].c_str(), f.why.c_str());
        }
  }

  int unmatched = 0;
  for (const SystemEvent& e : events)
    if (!e.matched) ++unmatched;
  std::printf("\nunmatched system events (%d of %zu), for a person to judge:\n", unmatched,
              events.size());
  for (const SystemEvent& e : events) {
    if (e.matched) continue;
    std::string agents;
    for (const auto& a : e.agents) agents += (agents.empty() ? "" : ", ") + a;
    std::printf("  %s %-10s %s..%s [%s] %s\n", e.id.c_str(), e.type.c_str(), e.start.c_str(),
                e.end.c_str(), agents.c_str(),
                e.sentences.empty() ? "" : e.sentences.front().substr(0, 90).c_str());
  }
  std::printf("\nrequired: %d/%d  optional: %d/%d  forbidden mentions: %d  system events: %zu\n",
              required_found, required, optional_found, optional, forbidden_mentions,
              events.size());
  std::printf("gold events cited by two or more system events: %d%s\n", split_gold,
              split_list.c_str());
  return required_found == required && forbidden_mentions == 0 ? 0 : 1;
}
