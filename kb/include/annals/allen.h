// Allen's thirteen interval relations over closed day intervals.
//
// Days are discrete, so [a.start, a.end] *meets* b when b starts the day after
// a ends (no gap, no shared day); *before* leaves at least one day between.
// The query engine's before/after/meets/during built-ins reuse this.
#pragma once

#include <optional>
#include <string_view>

#include "annals/date.h"

namespace annals {

enum class AllenRelation {
  kBefore,
  kAfter,
  kMeets,
  kMetBy,
  kOverlaps,
  kOverlappedBy,
  kDuring,
  kContains,
  kStarts,
  kStartedBy,
  kFinishes,
  kFinishedBy,
  kEquals,
};

// How `a` relates to `b`: exactly one relation holds for any two intervals.
AllenRelation allen_relation(const DateInterval& a, const DateInterval& b);

// The inverse: allen_relation(b, a) == allen_inverse(allen_relation(a, b)).
AllenRelation allen_inverse(AllenRelation r);

std::string_view allen_name(AllenRelation r);  // "before", "met_by", ...
std::optional<AllenRelation> parse_allen_relation(std::string_view name);

// `a` ends on a day strictly before `b` starts (before or meets): what a
// timeline means by "a happened before b".
inline bool precedes(const DateInterval& a, const DateInterval& b) {
  return a.end < b.start;
}

}  // namespace annals
