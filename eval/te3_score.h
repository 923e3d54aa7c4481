// TempEval-3 Task A (timex) scoring, as the official TE3 toolkit does it
// (see ../shared/te3/SOURCE.md): gold and system timexes of a document are
// paired greedily, one-to-one, left to right, when their spans overlap; the
// counts are summed over documents (micro-average) and turned into strict,
// relaxed, value and type figures.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "annals/timeml.h"

namespace annals::te3 {

// A timex as the scorer sees it: a span of the stripped TEXT and the
// attributes it compares as plain strings.
struct ScoredTimex {
  std::size_t begin = 0;  // [begin, end)
  std::size_t end = 0;
  std::string surface;
  std::string type;
  std::string value;
};

// The timexes of a TimeML document the official scorer sees: the TIMEX3s of
// TEXT with no tag inside them, in text order (the DCT is never scored).
std::vector<ScoredTimex> scored_timexes(const TimemlDocument& doc);

// For each gold timex, the index of the system timex paired with it.
// Both inputs are in text order (sorted by begin).
std::vector<std::optional<std::size_t>> align(std::span<const ScoredTimex> gold,
                                              std::span<const ScoredTimex> system);

struct Counts {
  std::size_t gold = 0;     // G
  std::size_t system = 0;   // S
  std::size_t matched = 0;  // m: overlapping pairs (relaxed matches)
  std::size_t strict = 0;   // s: pairs with identical surface strings
  std::size_t value = 0;    // v: pairs with identical value
  std::size_t type = 0;     // t: pairs with identical type
  Counts& operator+=(const Counts& o);
};

Counts count(std::span<const ScoredTimex> gold, std::span<const ScoredTimex> system);

// Figures as fractions in [0, 1] (print them x100).
struct Scores {
  double strict_precision = 0, strict_recall = 0, strict_f1 = 0;
  double relaxed_precision = 0, relaxed_recall = 0, relaxed_f1 = 0;
  double value_f1 = 0;
  double type_f1 = 0;
};

Scores scores(const Counts& c);

// "81.34": x100, two decimals, as the toolkit prints.
std::string percent(double fraction);

}  // namespace annals::te3
