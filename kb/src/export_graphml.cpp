// `--format graphml`: the event–entity graph with Boost.Graph's writer, for
// Gephi, yEd or networkx.
#include <boost/graph/graphml.hpp>
#include <boost/property_map/dynamic_property_map.hpp>

#include "annals/export.h"
#include "export_common.h"
#include "graph_bipartite.h"

namespace annals::kb {

Status write_graphml(std::span<const EventRecord> events, std::ostream& out) {
  std::vector<EventRecord> ordered;
  ordered.reserve(events.size());
  for (const EventRecord* e : timeline_events(events)) ordered.push_back(*e);
  EventEntityGraph built = build_event_entity_graph(ordered, true, true);
  BipartiteGraph& g = built.graph;

  const std::size_t n = boost::num_vertices(g);
  std::vector<std::string> kind(n), label(n), type(n), start(n), end(n), granularity(n), date(n),
      sources(n);
  for (std::size_t v = 0; v < n; ++v) {
    label[v] = g[v].name;
    if (!g[v].is_event) {
      kind[v] = "entity";
      continue;
    }
    const EventRecord& e = ordered[g[v].event];
    kind[v] = "event";
    label[v] = event_headline(e);
    type[v] = e.type;
    date[v] = event_date_label(e);
    sources[v] = std::to_string(source_count(e));
    if (e.when) {
      start[v] = format_day(e.when->start);
      end[v] = format_day(e.when->end);
      granularity[v] = granularity_name(e.when->granularity);
    } else if (e.reported) {
      end[v] = format_day(*e.reported);
    }
  }
  std::vector<std::string> ids(n);
  for (std::size_t v = 0; v < n; ++v) ids[v] = g[v].name;

  const auto index = boost::get(boost::vertex_index, g);
  auto column = [&](std::vector<std::string>& values) {
    return boost::make_iterator_property_map(values.begin(), index);
  };
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("name", column(ids));
  dp.property("kind", column(kind));
  dp.property("label", column(label));
  dp.property("type", column(type));
  dp.property("date", column(date));
  dp.property("start", column(start));
  dp.property("end", column(end));
  dp.property("granularity", column(granularity));
  dp.property("sources", column(sources));
  dp.property("role", boost::get(&BipartiteEdge::role, g));
  boost::write_graphml(out, g, dp, true);
  if (!out) return Status::IoError("write failed");
  return Status::Ok();
}

}  // namespace annals::kb
