#include <array>

#include "annals/allen.h"

namespace annals {
namespace {

struct NamedRelation {
  AllenRelation relation;
  std::string_view name;
};

constexpr std::array<NamedRelation, 13> kNames{{
    {AllenRelation::kBefore, "before"},
    {AllenRelation::kAfter, "after"},
    {AllenRelation::kMeets, "meets"},
    {AllenRelation::kMetBy, "met_by"},
    {AllenRelation::kOverlaps, "overlaps"},
    {AllenRelation::kOverlappedBy, "overlapped_by"},
    {AllenRelation::kDuring, "during"},
    {AllenRelation::kContains, "contains"},
    {AllenRelation::kStarts, "starts"},
    {AllenRelation::kStartedBy, "started_by"},
    {AllenRelation::kFinishes, "finishes"},
    {AllenRelation::kFinishedBy, "finished_by"},
    {AllenRelation::kEquals, "equals"},
}};

}  // namespace

AllenRelation allen_relation(const DateInterval& a, const DateInterval& b) {
  // Widen before adding one day so extreme day numbers cannot overflow.
  const long long a_next = static_cast<long long>(a.end) + 1;
  const long long b_next = static_cast<long long>(b.end) + 1;
  if (a_next < b.start) return AllenRelation::kBefore;
  if (b_next < a.start) return AllenRelation::kAfter;
  if (a_next == b.start) return AllenRelation::kMeets;
  if (b_next == a.start) return AllenRelation::kMetBy;
  if (a.start == b.start && a.end == b.end) return AllenRelation::kEquals;
  if (a.start == b.start) return a.end < b.end ? AllenRelation::kStarts : AllenRelation::kStartedBy;
  if (a.end == b.end)
    return a.start > b.start ? AllenRelation::kFinishes : AllenRelation::kFinishedBy;
  if (a.start > b.start && a.end < b.end) return AllenRelation::kDuring;
  if (a.start < b.start && a.end > b.end) return AllenRelation::kContains;
  return a.start < b.start ? AllenRelation::kOverlaps : AllenRelation::kOverlappedBy;
}

AllenRelation allen_inverse(AllenRelation r) {
  switch (r) {
    case AllenRelation::kBefore:
      return AllenRelation::kAfter;
    case AllenRelation::kAfter:
      return AllenRelation::kBefore;
    case AllenRelation::kMeets:
      return AllenRelation::kMetBy;
    case AllenRelation::kMetBy:
      return AllenRelation::kMeets;
    case AllenRelation::kOverlaps:
      return AllenRelation::kOverlappedBy;
    case AllenRelation::kOverlappedBy:
      return AllenRelation::kOverlaps;
    case AllenRelation::kDuring:
      return AllenRelation::kContains;
    case AllenRelation::kContains:
      return AllenRelation::kDuring;
    case AllenRelation::kStarts:
      return AllenRelation::kStartedBy;
    case AllenRelation::kStartedBy:
      return AllenRelation::kStarts;
    case AllenRelation::kFinishes:
      return AllenRelation::kFinishedBy;
    case AllenRelation::kFinishedBy:
      return AllenRelation::kFinishes;
    case AllenRelation::kEquals:
      return AllenRelation::kEquals;
  }
  return r;
}

std::string_view allen_name(AllenRelation r) {
  for (const auto& n : kNames)
    if (n.relation == r) return n.name;
  return "?";
}

std::optional<AllenRelation> parse_allen_relation(std::string_view name) {
  for (const auto& n : kNames)
    if (n.name == name) return n.relation;
  return std::nullopt;
}

}  // namespace annals
