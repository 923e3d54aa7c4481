// The before-graph: event vertices plus one time-point vertex per distinct
// start day, chained in day order. Event e hangs off the point of its start
// and leads to the first point after its end, so "a ends before b starts" is a
// path a -> point -> ... -> b: date order costs O(n) edges, not O(n^2).
#include <algorithm>
#include <limits>
#include <queue>
#include <set>
#include <tuple>
#include <unordered_map>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/depth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>

#include "annals/export.h"
#include "annals/graph.h"

namespace annals::kb {
namespace {

struct BeforeEdge {
  int relation = -1;  // index into the stated relations, or -1 for date order
  bool ignored = false;
};
using BeforeGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS,
                                          boost::no_property, BeforeEdge>;
using Vertex = BeforeGraph::vertex_descriptor;
using Edge = BeforeGraph::edge_descriptor;

constexpr Day kMinDay = std::numeric_limits<Day>::min();
constexpr Day kMaxDay = std::numeric_limits<Day>::max();

std::string interval_text(const DateInterval& in) {
  if (in.start == kMinDay) return "up to " + format_day(in.end);
  return date_label(in);
}

std::string dates_reason(const EventRecord& a, const EventRecord& b) {
  return "dates: " + interval_text(ordering_interval(a)) + " ends before " +
         interval_text(ordering_interval(b)) + " starts";
}

struct BuiltGraph {
  BeforeGraph graph;
  std::size_t event_count = 0;
  std::vector<Day> point_days;  // day of time-point vertex event_count + i
  // Stated edges the dates alone refute (b ends before a starts): kept out of
  // the graph and reported directly, so the common contradiction costs O(1).
  std::vector<Contradiction> refuted_by_dates;
};

// Which way a stated relation orders its events; nullopt: no order.
std::optional<bool> forward_order(const StatedRelation& r, const EventRecord& from,
                                  const EventRecord& to) {
  if (r.kind == "before" || r.kind == "cause") return true;
  if (r.kind == "after") return false;
  // What a report says will happen does not precede the report.
  if (r.kind == "under" || r.kind == "nested") {
    if (from.modality != "asserted") return std::nullopt;
    return true;
  }
  if (r.kind == "over") {
    if (to.modality != "asserted") return std::nullopt;
    return false;
  }
  return std::nullopt;
}

BuiltGraph build_before_graph(std::span<const EventRecord> events,
                              std::span<const StatedRelation> relations) {
  BuiltGraph built;
  built.event_count = events.size();
  std::vector<DateInterval> spans;
  spans.reserve(events.size());
  for (const auto& e : events) spans.push_back(ordering_interval(e));
  for (std::size_t i = 0; i < events.size(); ++i)
    if (spans[i].start != kMinDay) built.point_days.push_back(spans[i].start);
  std::sort(built.point_days.begin(), built.point_days.end());
  built.point_days.erase(std::unique(built.point_days.begin(), built.point_days.end()),
                         built.point_days.end());

  BeforeGraph& g = built.graph;
  const std::size_t n = events.size();
  for (std::size_t i = 0; i < n + built.point_days.size(); ++i) boost::add_vertex(g);
  for (std::size_t p = 0; p + 1 < built.point_days.size(); ++p)
    boost::add_edge(n + p, n + p + 1, BeforeEdge{}, g);
  const auto& days = built.point_days;
  for (std::size_t i = 0; i < n; ++i) {
    if (spans[i].start != kMinDay) {
      const auto at = std::lower_bound(days.begin(), days.end(), spans[i].start);
      boost::add_edge(n + (at - days.begin()), i, BeforeEdge{}, g);
    }
    if (spans[i].end != kMaxDay) {
      const auto after = std::upper_bound(days.begin(), days.end(), spans[i].end);
      if (after != days.end()) boost::add_edge(i, n + (after - days.begin()), BeforeEdge{}, g);
    }
  }

  std::unordered_map<std::string, std::size_t> index_of;
  for (std::size_t i = 0; i < n; ++i) index_of.emplace(events[i].id, i);
  // Relations are stored in both directions ("under" and "over"): one edge.
  std::set<std::pair<std::size_t, std::size_t>> stated;
  for (std::size_t r = 0; r < relations.size(); ++r) {
    const auto from = index_of.find(relations[r].from);
    const auto to = index_of.find(relations[r].to);
    if (from == index_of.end() || to == index_of.end()) continue;
    // A report merged with what it reports relates an event to itself: no order.
    if (from->second == to->second) continue;
    const auto forward = forward_order(relations[r], events[from->second], events[to->second]);
    if (!forward) continue;
    const auto [a, b] =
        *forward ? std::pair(from->second, to->second) : std::pair(to->second, from->second);
    if (!stated.emplace(a, b).second) continue;
    if (precedes(ordering_interval(events[b]), ordering_interval(events[a]))) {
      built.refuted_by_dates.push_back(
          Contradiction{{events[a].id, events[b].id},
                        {relations[r].kind + " (stated)", dates_reason(events[b], events[a])}});
      continue;
    }
    boost::add_edge(a, b, BeforeEdge{static_cast<int>(r), false}, g);
  }
  return built;
}

// Records, for every back edge, the cycle it closes (walking tree edges back).
class CycleRecorder : public boost::default_dfs_visitor {
 public:
  CycleRecorder(std::vector<std::optional<Edge>>* tree_parent,
                std::vector<std::vector<Edge>>* cycles)
      : tree_parent_(tree_parent), cycles_(cycles) {}
  template <class Graph>
  void tree_edge(Edge e, const Graph& g) {
    (*tree_parent_)[boost::target(e, g)] = e;
  }
  template <class Graph>
  void back_edge(Edge e, const Graph& g) {
    std::vector<Edge> cycle{e};
    for (Vertex v = boost::source(e, g); v != boost::target(e, g);) {
      const Edge up = *(*tree_parent_)[v];
      cycle.push_back(up);
      v = boost::source(up, g);
    }
    std::reverse(cycle.begin(), cycle.end());  // tree path first, back edge last
    cycles_->push_back(std::move(cycle));
  }

 private:
  std::vector<std::optional<Edge>>* tree_parent_;
  std::vector<std::vector<Edge>>* cycles_;
};

struct NotIgnored {
  const BeforeGraph* g = nullptr;
  bool operator()(Edge e) const { return !(*g)[e].ignored; }
};

// The cycles closed by DFS back edges, over the edges not yet ignored.
std::vector<std::vector<Edge>> back_edge_cycles(const BeforeGraph& graph) {
  const boost::filtered_graph<BeforeGraph, NotIgnored> g(graph, NotIgnored{&graph});
  std::vector<std::vector<Edge>> cycles;
  std::vector<std::optional<Edge>> tree_parent(boost::num_vertices(graph));
  std::vector<boost::default_color_type> colors(boost::num_vertices(graph));
  boost::depth_first_search(g, boost::visitor(CycleRecorder(&tree_parent, &cycles))
                                   .color_map(boost::make_iterator_property_map(
                                       colors.begin(), boost::get(boost::vertex_index, graph))));
  return cycles;
}

// Turns a vertex cycle into event steps; runs of time points become "dates".
Contradiction describe_cycle(const std::vector<Edge>& cycle, const BuiltGraph& built,
                             std::span<const EventRecord> events,
                             std::span<const StatedRelation> relations) {
  const BeforeGraph& g = built.graph;
  // Rotate so the cycle starts at an event vertex (every cycle has one).
  std::size_t first = 0;
  while (first < cycle.size() && boost::source(cycle[first], g) >= built.event_count) ++first;
  Contradiction c;
  std::size_t from_event = boost::source(cycle[first], g);
  for (std::size_t k = 0; k < cycle.size(); ++k) {
    const Edge e = cycle[(first + k) % cycle.size()];
    const Vertex to = boost::target(e, g);
    if (to >= built.event_count) continue;  // still walking the date spine
    const int rel = g[e].relation;
    const EventRecord& a = events[from_event];
    const EventRecord& b = events[to];
    c.events.push_back(a.id);
    if (rel >= 0) {
      c.reasons.push_back(relations[rel].kind + " (stated)");
    } else {
      c.reasons.push_back(dates_reason(a, b));
    }
    from_event = to;
  }
  return c;
}

// Finds the cycles and ignores one stated edge of each (date order is never
// dropped: it is the spine every other event hangs on). One DFS round can miss
// cycles sharing an edge with one it broke, so rounds repeat until acyclic;
// they are few because date-refuted edges never enter the graph.
struct CycleSearch {
  BuiltGraph built;
  std::vector<Contradiction> contradictions;
};

CycleSearch break_cycles(std::span<const EventRecord> events,
                         std::span<const StatedRelation> relations) {
  CycleSearch s{build_before_graph(events, relations), {}};
  s.contradictions = std::move(s.built.refuted_by_dates);
  BeforeGraph& g = s.built.graph;
  for (auto cycles = back_edge_cycles(g); !cycles.empty(); cycles = back_edge_cycles(g)) {
    for (const auto& cycle : cycles) {
      if (std::any_of(cycle.begin(), cycle.end(), [&](Edge e) { return g[e].ignored; }))
        continue;  // already broken by an earlier cycle of this round
      s.contradictions.push_back(describe_cycle(cycle, s.built, events, relations));
      for (auto it = cycle.rbegin(); it != cycle.rend(); ++it)
        if (g[*it].relation >= 0) {
          g[*it].ignored = true;
          break;
        }
    }
  }
  return s;
}

}  // namespace

DateInterval ordering_interval(const EventRecord& event) {
  if (event.when) return *event.when;
  return DateInterval{kMinDay, event.reported ? *event.reported : kMaxDay, Granularity::kDay};
}

std::string Contradiction::describe() const {
  std::string out;
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (i) out += "; ";
    out += events[i] + " before " + events[(i + 1) % events.size()] + " (" + reasons[i] + ")";
  }
  return out;
}

std::vector<Contradiction> find_contradictions(std::span<const EventRecord> events,
                                               std::span<const StatedRelation> relations) {
  return break_cycles(events, relations).contradictions;
}

TimelineOrder timeline_order(std::span<const EventRecord> events,
                             std::span<const StatedRelation> relations) {
  CycleSearch s = break_cycles(events, relations);
  const BeforeGraph& g = s.built.graph;
  TimelineOrder result;
  result.contradictions = std::move(s.contradictions);

  const std::size_t n = s.built.event_count;
  const std::size_t total = boost::num_vertices(g);
  std::vector<std::size_t> in_degree(total, 0);
  for (auto [it, end] = boost::edges(g); it != end; ++it)
    if (!g[*it].ignored) ++in_degree[boost::target(*it, g)];

  // A time point sorts before the events starting on its day; open events
  // (no start) sort by their `reported` bound, just before that day's events.
  using Key = std::tuple<Day, int, Day, std::string_view, std::size_t>;
  auto key_of = [&](std::size_t v) -> Key {
    if (v >= n) return {s.built.point_days[v - n], 0, kMinDay, {}, v};
    const DateInterval in = ordering_interval(events[v]);
    if (in.start == kMinDay) return {in.end, 1, kMinDay, events[v].id, v};
    return {in.start, 1, in.end, events[v].id, v};
  };
  std::priority_queue<Key, std::vector<Key>, std::greater<>> ready;
  for (std::size_t v = 0; v < total; ++v)
    if (in_degree[v] == 0) ready.push(key_of(v));
  while (!ready.empty()) {
    const std::size_t v = std::get<4>(ready.top());
    ready.pop();
    if (v < n) result.order.push_back(v);
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
      if (!g[*it].ignored && --in_degree[boost::target(*it, g)] == 0)
        ready.push(key_of(boost::target(*it, g)));
  }
  return result;
}

}  // namespace annals::kb
