// `--format dot`: a GraphViz timeline. A date spine runs left to right, one
// node per distinct date label; each date's events share its rank (column).
// Built as a Boost.Graph graph and written by boost::write_graphviz with our
// own writers, because Boost's escaping leaves backslashes unescaped.
#include <map>
#include <unordered_map>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphviz.hpp>

#include "annals/export.h"
#include "export_common.h"

namespace annals::kb {
namespace {

using Attributes = std::vector<std::pair<std::string, std::string>>;

struct DotNode {
  std::string id;  // d0 (date), e0 (event), a0 (actor)
  Attributes attributes;
};
struct DotEdge {
  Attributes attributes;
};
using DotGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, DotNode, DotEdge>;

// A DOT double-quoted string: quotes and backslashes escaped, line breaks as
// \n (centred lines), UTF-8 bytes passed through untouched.
std::string dot_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;
      default:
        out += c;
    }
  }
  return out + "\"";
}

void write_attributes(std::ostream& out, const Attributes& attributes) {
  out << " [";
  for (std::size_t i = 0; i < attributes.size(); ++i)
    out << (i ? ", " : "") << attributes[i].first << '=' << dot_quote(attributes[i].second);
  out << ']';
}

// How sure the date is shows in the box: solid for a day, dashed for a week
// or month, dotted for anything coarser, grey dashed for an open date.
Attributes precision_style(const EventRecord& e) {
  if (!e.when) return {{"style", "rounded,dashed"}, {"color", "gray45"}, {"fillcolor", "white"}};
  switch (e.when->granularity) {
    case Granularity::kDay:
      return {{"style", "rounded,filled"}, {"fillcolor", "#dbe9f6"}};
    case Granularity::kWeek:
      return {{"style", "rounded,filled,dashed"}, {"fillcolor", "#e2f0d9"}};
    case Granularity::kMonth:
      return {{"style", "filled,dashed"}, {"fillcolor", "#fff2cc"}};
    case Granularity::kSeason:
    case Granularity::kQuarter:
    case Granularity::kHalf:
      return {{"style", "filled,dotted"}, {"fillcolor", "#fbe0cc"}};
    default:
      return {{"style", "filled,dotted"}, {"fillcolor", "#e7e6e6"}, {"penwidth", "2"}};
  }
}

std::string sources_text(std::size_t n) {
  return std::to_string(n) + (n == 1 ? " source" : " sources");
}

struct Timeline {
  DotGraph graph;
  std::vector<std::vector<std::string>> ranks;  // node ids per date column
  std::size_t events = 0;
};

Timeline build_timeline(std::span<const EventRecord> events, const ExportOptions& options) {
  Timeline t;
  DotGraph& g = t.graph;
  struct DateColumn {
    std::size_t vertex = 0;
    std::size_t rank = 0;
  };
  std::map<std::string, DateColumn> date_column;  // by date label
  std::unordered_map<std::string, std::size_t> event_node;
  std::optional<std::size_t> previous_date, first_date;
  const auto ordered = timeline_events(events, options.relations);
  for (const EventRecord* e : ordered) {
    const std::string label = event_date_label(*e);
    auto [it, added] = date_column.emplace(label, DateColumn{});
    if (added) {
      it->second.rank = t.ranks.size();
      it->second.vertex = boost::add_vertex(
          DotNode{"d" + std::to_string(t.ranks.size()),
                  {{"label", label}, {"shape", "plaintext"}, {"fontname", "Helvetica-Bold"}}},
          g);
      t.ranks.push_back({g[it->second.vertex].id});
      if (previous_date)
        boost::add_edge(*previous_date, it->second.vertex,
                        DotEdge{{{"color", "gray60"}, {"penwidth", "2"}, {"arrowhead", "vee"}}}, g);
      previous_date = it->second.vertex;
      if (!first_date) first_date = previous_date;
    }
    const std::string id = "e" + std::to_string(t.events++);
    Attributes a{
        {"id", e->id},
        {"label", label + "\n" + event_headline(*e) + "\n" + sources_text(source_count(*e))}};
    for (auto& style : precision_style(*e)) a.push_back(std::move(style));
    if (!e->summary.empty()) a.emplace_back("tooltip", e->summary);
    event_node.emplace(e->id, boost::add_vertex(DotNode{id, std::move(a)}, g));
    t.ranks[it->second.rank].push_back(id);  // same column as its date node
  }

  for (const auto& r : options.relations) {
    if (r.kind == "over") continue;  // the stored inverse of "under": drawn once
    const auto from = event_node.find(r.from);
    const auto to = event_node.find(r.to);
    if (from == event_node.end() || to == event_node.end()) continue;
    boost::add_edge(from->second, to->second,
                    DotEdge{{{"label", r.kind},
                             {"style", "dashed"},
                             {"color", "#9e3d3d"},
                             {"fontcolor", "#9e3d3d"},
                             {"constraint", "false"}}},
                    g);
  }

  if (options.actors) {
    std::map<std::string, std::size_t> actor_node;
    auto link = [&](const std::string& actor, std::size_t event, const char* role) {
      if (actor.empty()) return;
      auto [it, added] = actor_node.emplace(actor, 0);
      if (added)
        it->second = boost::add_vertex(
            DotNode{"a" + std::to_string(actor_node.size() - 1),
                    {{"label", actor}, {"shape", "ellipse"}, {"color", "gray40"}}},
            g);
      boost::add_edge(it->second, event,
                      DotEdge{{{"label", role},
                               {"color", "gray70"},
                               {"fontcolor", "gray40"},
                               {"fontsize", "9"},
                               {"arrowhead", "none"},
                               {"constraint", "false"}}},
                      g);
    };
    for (const EventRecord* e : ordered) {
      const std::size_t v = event_node.at(e->id);
      for (const auto& a : e->agents) link(a, v, "agent");
      for (const auto& p : e->patients) link(p, v, "patient");
    }
    // Actors get their own column left of the first date, headed "actors".
    if (!actor_node.empty()) {
      const auto head = boost::add_vertex(
          DotNode{"actors",
                  {{"label", "actors"}, {"shape", "plaintext"}, {"fontname", "Helvetica-Bold"}}},
          g);
      boost::add_edge(head, *first_date, DotEdge{{{"style", "invis"}}}, g);
      std::vector<std::string> column{"actors"};
      for (const auto& [name, v] : actor_node) column.push_back(g[v].id);
      t.ranks.insert(t.ranks.begin(), std::move(column));
    }
  }
  return t;
}

}  // namespace

// GCC 12's false maybe-uninitialized inside write_graphviz is silenced for
// this file in kb/CMakeLists.txt.
Status write_dot(std::span<const EventRecord> events, const ExportOptions& options,
                 std::ostream& out) {
  const Timeline t = build_timeline(events, options);
  const DotGraph& g = t.graph;
  auto graph_writer = [&](std::ostream& os) {
    os << "rankdir=LR;\nnewrank=true;\nranksep=0.6;\n";
    os << "node [shape=box, fontname=\"Helvetica\", fontsize=11];\n";
    os << "edge [fontname=\"Helvetica\", fontsize=10];\n";
    for (const auto& rank : t.ranks) {
      os << "{rank=same;";
      for (const auto& id : rank) os << ' ' << id << ';';
      os << "}\n";
    }
  };
  auto vertex_writer = [&](std::ostream& os, DotGraph::vertex_descriptor v) {
    write_attributes(os, g[v].attributes);
  };
  auto edge_writer = [&](std::ostream& os, DotGraph::edge_descriptor e) {
    write_attributes(os, g[e].attributes);
  };
  boost::write_graphviz(out, g, vertex_writer, edge_writer, graph_writer,
                        boost::get(&DotNode::id, g));
  if (!out) return Status::IoError("write failed");
  return Status::Ok();
}

}  // namespace annals::kb
