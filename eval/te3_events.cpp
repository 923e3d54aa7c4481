#include "te3_events.h"

#include <algorithm>

namespace annals::te3 {
namespace {

double ratio(std::size_t num, std::size_t den) {
  return den == 0 ? 0.0 : static_cast<double>(num) / static_cast<double>(den);
}

}  // namespace

std::vector<ScoredTimex> scored_events(const TimemlDocument& doc) {
  std::vector<ScoredTimex> out;
  out.reserve(doc.events.size());
  for (const auto& e : doc.events) out.push_back({e.begin, e.end, e.surface, e.event_class, ""});
  std::stable_sort(out.begin(), out.end(),
                   [](const ScoredTimex& a, const ScoredTimex& b) { return a.begin < b.begin; });
  return out;
}

EventScores event_scores(const Counts& c) {
  EventScores r;
  const std::size_t both = c.gold + c.system;
  r.precision = ratio(c.matched, c.system);
  r.recall = ratio(c.matched, c.gold);
  r.f1 = ratio(2 * c.matched, both);
  r.strict_f1 = ratio(2 * c.strict, both);
  r.class_f1 = ratio(2 * c.type, both);
  return r;
}

}  // namespace annals::te3
