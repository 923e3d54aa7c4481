// TempEval-3 Task B (event extraction) scoring, as the official TE3 toolkit
// does it for events: gold and system EVENT tags of a document are paired by
// the same greedy, one-to-one, left-to-right overlap rule as timexes (Task A,
// te3_score.h); counts are summed over documents. Event F1 is the relaxed
// (overlap) F1; strict F1 needs the same extent; class F1 is the class
// accuracy over paired events times event F1, i.e. 2c/(G+S), as attribute
// F1 is for timexes.
#pragma once

#include <string>
#include <vector>

#include "annals/timeml.h"
#include "te3_score.h"

namespace annals::te3 {

// The events of a TimeML document as the scorer sees them, in text order:
// span, surface, and the class carried in ScoredTimex::type (so align() and
// count() pair and count them: Counts::type is the right-class count).
std::vector<ScoredTimex> scored_events(const TimemlDocument& doc);

struct EventScores {
  double precision = 0, recall = 0, f1 = 0;  // relaxed: spans overlap
  double strict_f1 = 0;                      // same extent
  double class_f1 = 0;                       // paired and of the same class
};

EventScores event_scores(const Counts& c);

}  // namespace annals::te3
