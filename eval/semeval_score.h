// SemEval-2015 Task 4 (TimeLine) scoring, as the official evaluation_all.py
// does it (see ../shared/semeval2015-timeline/README.md, section 6): each
// timeline becomes a small graph of event and time-anchor nodes, both sides
// are reduced (redundant relations dropped, contradicting ones kept but not
// added), and precision and recall count relations that the other side
// states or entails (UzZaman & Allen's temporal awareness).
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace annals::semeval {

struct TimelineCounts {
  std::size_t prec_matched = 0;      // system relations the gold states or entails
  std::size_t system_relations = 0;  // |R(system)| after reduction
  std::size_t rec_matched = 0;       // gold relations the system states or entails
  std::size_t gold_relations = 0;    // |R(gold)| after reduction
};

// Scores one system timeline file against its gold file (both whole files,
// header line included). `ordering_only` is the --ord mode: no time nodes.
TimelineCounts score_timeline(std::string_view gold, std::string_view system, bool ordering_only);

struct Scores {
  double precision = 0;  // percent
  double recall = 0;
  double f1 = 0;
};

// Micro-average over timelines, rounded as the official script does
// (P and R to 6 decimals as fractions, then times 100).
Scores micro_average(std::span<const TimelineCounts> counts);

// The "natural sort" key comparison the scorer sorts lines with: runs of
// digits compare as integers, other runs as byte strings, a number sorts
// before a string at the same position. True when a sorts before b.
bool natural_less(std::string_view a, std::string_view b);

}  // namespace annals::semeval
