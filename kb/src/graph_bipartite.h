// The event–entity graph: one vertex per event, one per entity named in a
// role, an edge per (event, role, entity). Shared by the graph views and the
// GraphML export.
#pragma once

#include <span>
#include <string>
#include <unordered_map>

#include <boost/graph/adjacency_list.hpp>

#include "annals/kb.h"

namespace annals::kb {

struct BipartiteVertex {
  std::string name;  // event id or entity name
  bool is_event = false;
  std::size_t event = 0;  // index into the events span when is_event
};
struct BipartiteEdge {
  std::string role;  // agent, patient, place, claimed_by
};
using BipartiteGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                             BipartiteVertex, BipartiteEdge>;

struct EventEntityGraph {
  BipartiteGraph graph;  // vertices 0..events-1 are the events, in span order
  std::unordered_map<std::string, std::size_t> entity_vertex;
};

// `with_places` / `with_claims`: whether place and claimed_by count as links.
EventEntityGraph build_event_entity_graph(std::span<const EventRecord> events, bool with_places,
                                          bool with_claims);

}  // namespace annals::kb
