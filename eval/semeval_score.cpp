#include "semeval_score.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

namespace annals::semeval {
namespace {

// One chunk of a natural-sort key: re.split(r'(\d+)') yields text, number,
// text, number, ... (the text chunks may be empty).
struct Chunk {
  bool number = false;
  std::string_view text;
};

std::vector<Chunk> chunks(std::string_view s) {
  std::vector<Chunk> out;
  std::size_t i = 0;
  while (true) {
    std::size_t j = i;
    while (j < s.size() && !std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
    out.push_back({false, s.substr(i, j - i)});
    if (j >= s.size()) break;
    std::size_t k = j;
    while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) ++k;
    out.push_back({true, s.substr(j, k - j)});
    i = k;
  }
  return out;
}

// Compares digit strings as integers of any length.
int compare_numbers(std::string_view a, std::string_view b) {
  auto strip = [](std::string_view s) {
    const std::size_t nz = s.find_first_not_of('0');
    return nz == std::string_view::npos ? std::string_view() : s.substr(nz);
  };
  a = strip(a);
  b = strip(b);
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  return a.compare(b) < 0 ? -1 : a.compare(b) > 0 ? 1 : 0;
}

enum class Rel { kBefore, kSimultaneous };
using Triple = std::tuple<int, int, Rel>;

struct Line {
  long order = 0;
  std::string anchor;
  std::vector<std::string> mentions;
};

std::vector<Line> read_lines(std::string_view file) {
  std::vector<std::string> raw;
  std::size_t pos = 0;
  bool first = true;
  while (pos <= file.size()) {
    std::size_t nl = file.find('\n', pos);
    if (nl == std::string_view::npos) nl = file.size();
    std::string line(file.substr(pos, nl - pos));
    pos = nl + 1;
    if (first) {
      first = false;
      continue;
    }
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.pop_back();
    if (!line.empty()) raw.push_back(std::move(line));
    if (nl == file.size()) break;
  }
  std::stable_sort(raw.begin(), raw.end(),
                   [](const std::string& a, const std::string& b) { return natural_less(a, b); });
  std::vector<Line> lines;
  for (const std::string& text : raw) {
    std::vector<std::string> fields;
    std::size_t p = 0;
    while (true) {
      const std::size_t tab = text.find('\t', p);
      fields.push_back(text.substr(p, tab == std::string::npos ? std::string::npos : tab - p));
      if (tab == std::string::npos) break;
      p = tab + 1;
    }
    if (fields.size() < 3) continue;
    Line line;
    try {
      line.order = std::stol(fields[0]);
    } catch (...) {
      continue;  // not a timeline line
    }
    if (line.order == 0) continue;
    line.anchor = fields[1];
    line.mentions.assign(fields.begin() + 2, fields.end());
    lines.push_back(std::move(line));
  }
  return lines;
}

struct EventNode {
  int id = 0;
  long order = 0;
  int anchor = 0;  // time node id
};

// Union-find over SIMULTANEOUS plus a DAG of BEFORE edges between classes.
class Closure {
 public:
  int find(int x) {
    auto it = parent_.find(x);
    if (it == parent_.end()) return x;
    if (it->second == x) return x;
    const int root = find(it->second);
    parent_[x] = root;
    return root;
  }
  bool simultaneous(int x, int y) { return find(x) == find(y); }
  bool before(int x, int y) {
    const int from = find(x), to = find(y);
    if (from == to) return false;
    std::set<int> seen;
    std::vector<int> stack{from};
    while (!stack.empty()) {
      const int c = stack.back();
      stack.pop_back();
      auto it = edges_.find(c);
      if (it == edges_.end()) continue;
      for (int next : it->second) {
        const int n = find(next);
        if (n == to) return true;
        if (seen.insert(n).second) stack.push_back(n);
      }
    }
    return false;
  }
  bool entails(const Triple& t) {
    const auto& [x, y, r] = t;
    return r == Rel::kSimultaneous ? simultaneous(x, y) : before(x, y);
  }
  bool contradicts(const Triple& t) {
    const auto& [x, y, r] = t;
    if (r == Rel::kSimultaneous) return before(x, y) || before(y, x);
    return x == y || simultaneous(x, y) || before(y, x);
  }
  void add(const Triple& t) {
    const auto& [x, y, r] = t;
    if (r == Rel::kBefore) {
      edges_[find(x)].insert(y);
      return;
    }
    const int a = find(x), b = find(y);
    if (a == b) return;
    parent_[a] = b;
    parent_.try_emplace(b, b);
    auto it = edges_.find(a);
    if (it != edges_.end()) {
      edges_[b].insert(it->second.begin(), it->second.end());
      edges_.erase(a);
    }
  }

 private:
  std::map<int, int> parent_;
  std::map<int, std::set<int>> edges_;  // class root -> targets (any member)
};

struct Side {
  std::vector<Triple> generated;  // in order, duplicates included
  std::vector<Triple> reduced;    // accepted + violated
  Closure closure;
};

void reduce(Side& side) {
  std::set<Triple> seen;
  for (const Triple& t : side.generated) {
    if (!seen.insert(t).second) continue;
    if (side.closure.entails(t)) continue;  // redundant
    side.reduced.push_back(t);
    if (!side.closure.contradicts(t)) side.closure.add(t);  // else violated: kept, not added
  }
}

void generate(const std::vector<EventNode>& events, bool ordering_only, Side& side) {
  if (!ordering_only)
    for (const EventNode& e : events)
      side.generated.emplace_back(e.id, e.anchor, Rel::kSimultaneous);
  for (std::size_t i = 0; i + 1 < events.size(); ++i) {
    side.generated.emplace_back(
        events[i].id, events[i + 1].id,
        events[i].order < events[i + 1].order ? Rel::kBefore : Rel::kSimultaneous);
  }
}

bool stated(const std::set<Triple>& explicit_set, const Triple& t) {
  if (explicit_set.count(t)) return true;
  const auto& [x, y, r] = t;
  return r == Rel::kSimultaneous && explicit_set.count({y, x, r});
}

}  // namespace

bool natural_less(std::string_view a, std::string_view b) {
  const std::vector<Chunk> ka = chunks(a), kb = chunks(b);
  for (std::size_t i = 0; i < ka.size() && i < kb.size(); ++i) {
    const Chunk &x = ka[i], &y = kb[i];
    if (x.number != y.number) return x.number;  // a number sorts before a string
    const int c = x.number ? compare_numbers(x.text, y.text) : x.text.compare(y.text);
    if (c != 0) return c < 0;
  }
  return ka.size() < kb.size();
}

TimelineCounts score_timeline(std::string_view gold_file, std::string_view system_file,
                              bool ordering_only) {
  int next_id = 0;
  std::map<std::string, int> time_nodes;
  std::map<std::string, std::vector<int>> gold_positions;  // mention -> positions in gold list
  std::vector<EventNode> gold_events, system_events;
  auto time_node = [&](const std::string& anchor) {
    auto [it, added] = time_nodes.try_emplace(anchor, 0);
    if (added) it->second = next_id++;
    return it->second;
  };
  for (const Line& line : read_lines(gold_file)) {
    const int anchor = ordering_only ? -1 : time_node(line.anchor);
    for (const std::string& m : line.mentions) {
      gold_positions[m].push_back(static_cast<int>(gold_events.size()));
      gold_events.push_back({next_id++, line.order, anchor});
    }
  }
  std::map<std::string, int> system_seen;       // mention -> occurrences so far
  std::map<std::string, int> first_gold_index;  // position of the first occurrence's node
  for (const Line& line : read_lines(system_file)) {
    const int anchor = ordering_only ? -1 : time_node(line.anchor);
    for (const std::string& m : line.mentions) {
      int id = -1;
      const int k = system_seen[m]++;
      auto g = gold_positions.find(m);
      if (g != gold_positions.end()) {
        if (k == 0) {
          id = gold_events[g->second.front()].id;
          first_gold_index[m] = g->second.front();
        } else if (static_cast<int>(g->second.size()) > k) {
          for (int p : g->second) {
            if (p >= first_gold_index[m] + k) {
              id = gold_events[p].id;
              break;
            }
          }
        }
      }
      if (id < 0) id = next_id++;
      system_events.push_back({id, line.order, anchor});
    }
  }
  Side gold, system;
  generate(gold_events, ordering_only, gold);
  generate(system_events, ordering_only, system);
  reduce(gold);
  reduce(system);
  const std::set<Triple> gold_explicit(gold.generated.begin(), gold.generated.end());
  const std::set<Triple> system_explicit(system.generated.begin(), system.generated.end());
  TimelineCounts c;
  c.system_relations = system.reduced.size();
  c.gold_relations = gold.reduced.size();
  for (const Triple& t : system.reduced)
    if (stated(gold_explicit, t) || gold.closure.entails(t)) ++c.prec_matched;
  for (const Triple& t : gold.reduced)
    if (stated(system_explicit, t) || system.closure.entails(t)) ++c.rec_matched;
  return c;
}

Scores micro_average(std::span<const TimelineCounts> counts) {
  TimelineCounts sum;
  for (const TimelineCounts& c : counts) {
    sum.prec_matched += c.prec_matched;
    sum.system_relations += c.system_relations;
    sum.rec_matched += c.rec_matched;
    sum.gold_relations += c.gold_relations;
  }
  auto ratio = [](std::size_t num, std::size_t den) {
    if (den == 0) return 0.0;
    return std::round(static_cast<double>(num) / static_cast<double>(den) * 1e6) / 1e6 * 100.0;
  };
  Scores s;
  s.precision = ratio(sum.prec_matched, sum.system_relations);
  s.recall = ratio(sum.rec_matched, sum.gold_relations);
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  return s;
}

}  // namespace annals::semeval
