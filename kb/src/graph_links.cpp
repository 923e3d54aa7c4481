// Storylines and link chains over the event–entity graph.
#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <queue>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>

#include "annals/graph.h"
#include "graph_bipartite.h"

namespace annals::kb {

EventEntityGraph build_event_entity_graph(std::span<const EventRecord> events, bool with_places,
                                          bool with_claims) {
  EventEntityGraph out;
  BipartiteGraph& g = out.graph;
  for (std::size_t i = 0; i < events.size(); ++i)
    boost::add_vertex(BipartiteVertex{events[i].id, true, i}, g);
  auto link = [&](std::size_t event, const std::string& entity, const char* role) {
    if (entity.empty()) return;
    auto [it, added] = out.entity_vertex.emplace(entity, 0);
    if (added) it->second = boost::add_vertex(BipartiteVertex{entity, false, 0}, g);
    boost::add_edge(event, it->second, BipartiteEdge{role}, g);
  };
  for (std::size_t i = 0; i < events.size(); ++i) {
    for (const auto& a : events[i].agents) link(i, a, "agent");
    for (const auto& p : events[i].patients) link(i, p, "patient");
    if (with_places) link(i, events[i].place, "place");
    if (with_claims)
      for (const auto& c : events[i].claimed_by) link(i, c, "claimed_by");
  }
  return out;
}

namespace {

bool equal_ignoring_case(const std::string& a, const std::string& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::optional<std::size_t> find_vertex(const BipartiteGraph& g, const std::string& name) {
  const std::size_t n = boost::num_vertices(g);
  for (std::size_t v = 0; v < n; ++v)
    if (g[v].name == name) return v;
  for (std::size_t v = 0; v < n; ++v)
    if (equal_ignoring_case(g[v].name, name)) return v;
  return std::nullopt;
}

// Records the BFS tree so the path can be read back from the target.
class ParentRecorder : public boost::default_bfs_visitor {
 public:
  explicit ParentRecorder(std::vector<std::optional<BipartiteGraph::edge_descriptor>>* parent)
      : parent_(parent) {}
  void tree_edge(BipartiteGraph::edge_descriptor e, const BipartiteGraph& g) {
    (*parent_)[boost::target(e, g)] = e;
  }

 private:
  std::vector<std::optional<BipartiteGraph::edge_descriptor>>* parent_;
};

}  // namespace

std::vector<Storyline> storylines(std::span<const EventRecord> events,
                                  std::span<const StatedRelation> relations) {
  EventEntityGraph built = build_event_entity_graph(events, false, false);
  BipartiteGraph& g = built.graph;
  std::map<std::string, std::size_t> index_of;
  for (std::size_t i = 0; i < events.size(); ++i) index_of.emplace(events[i].id, i);
  for (const auto& r : relations) {
    const auto a = index_of.find(r.from);
    const auto b = index_of.find(r.to);
    if (a != index_of.end() && b != index_of.end())
      boost::add_edge(a->second, b->second, BipartiteEdge{r.kind}, g);
  }
  std::vector<int> component(boost::num_vertices(g));
  const int count = boost::connected_components(g, component.data());

  std::vector<Storyline> lines(count);
  for (std::size_t v = 0; v < boost::num_vertices(g); ++v) {
    if (g[v].is_event)
      lines[component[v]].events.push_back(g[v].event);
    else
      lines[component[v]].actors.push_back(g[v].name);
  }
  std::erase_if(lines, [](const Storyline& s) { return s.events.empty(); });
  for (auto& s : lines) std::sort(s.actors.begin(), s.actors.end());
  auto earliest = [&](const Storyline& s) {
    DateInterval first = ordering_interval(events[s.events.front()]);
    for (std::size_t i : s.events) {
      const DateInterval in = ordering_interval(events[i]);
      if (std::tie(in.start, in.end) < std::tie(first.start, first.end)) first = in;
    }
    return std::tuple(first.start, first.end, events[s.events.front()].id);
  };
  std::sort(lines.begin(), lines.end(),
            [&](const Storyline& a, const Storyline& b) { return earliest(a) < earliest(b); });
  return lines;
}

Result<std::vector<LinkStep>> link_chain(std::span<const EventRecord> events,
                                         const std::string& from, const std::string& to) {
  const EventEntityGraph built = build_event_entity_graph(events, true, true);
  const BipartiteGraph& g = built.graph;
  const auto source = find_vertex(g, from);
  if (!source) return Status::NotFound("no event or entity named \"" + from + "\"");
  const auto target = find_vertex(g, to);
  if (!target) return Status::NotFound("no event or entity named \"" + to + "\"");

  std::vector<std::optional<BipartiteGraph::edge_descriptor>> parent(boost::num_vertices(g));
  std::vector<boost::default_color_type> colors(boost::num_vertices(g));
  boost::breadth_first_search(g, *source,
                              boost::visitor(ParentRecorder(&parent))
                                  .color_map(boost::make_iterator_property_map(
                                      colors.begin(), boost::get(boost::vertex_index, g))));
  if (*target != *source && !parent[*target])
    return Status::NotFound("\"" + from + "\" and \"" + to + "\" are not linked by any event");

  std::vector<LinkStep> chain;
  std::size_t v = *target;
  while (v != *source) {
    const auto e = *parent[v];
    chain.push_back(LinkStep{g[v].name, g[v].is_event, g[e].role});
    v = boost::source(e, g) == v ? boost::target(e, g) : boost::source(e, g);
  }
  chain.push_back(LinkStep{g[v].name, g[v].is_event, ""});
  std::reverse(chain.begin(), chain.end());
  return chain;
}

std::string describe_chain(const std::vector<LinkStep>& chain) {
  std::string out;
  for (const auto& step : chain) {
    if (!out.empty()) out += " -" + step.role + "- ";
    out += step.node;
  }
  return out;
}

}  // namespace annals::kb
