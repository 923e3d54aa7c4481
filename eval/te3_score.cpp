#include "te3_score.h"

#include <algorithm>
#include <cstdio>

namespace annals::te3 {
namespace {

double ratio(std::size_t num, std::size_t den) {
  return den == 0 ? 0.0 : static_cast<double>(num) / static_cast<double>(den);
}

// The timex of `spans` open at `at` (begun at or before it and not ended),
// given `next`, the index of the first timex that begins after `at`. Timexes
// of one annotation do not overlap, so only the latest begun can be open.
std::optional<std::size_t> open_at(std::span<const ScoredTimex> spans, std::size_t next,
                                   std::size_t at) {
  if (next == 0) return std::nullopt;
  const ScoredTimex& t = spans[next - 1];
  if (t.begin <= at && at < t.end) return next - 1;
  return std::nullopt;
}

}  // namespace

std::vector<ScoredTimex> scored_timexes(const TimemlDocument& doc) {
  std::vector<ScoredTimex> out;
  for (const auto& t : doc.timexes)
    if (t.plain) out.push_back({t.begin, t.end, t.surface, t.type, t.value});
  std::stable_sort(out.begin(), out.end(),
                   [](const ScoredTimex& a, const ScoredTimex& b) { return a.begin < b.begin; });
  return out;
}

std::vector<std::optional<std::size_t>> align(std::span<const ScoredTimex> gold,
                                              std::span<const ScoredTimex> system) {
  std::vector<std::optional<std::size_t>> gold_to_system(gold.size());
  std::vector<bool> system_paired(system.size(), false);
  // Walk the begins of both annotations in text order; at each begin, pair
  // with the other annotation's open timex when both are still unpaired.
  std::size_t g = 0, s = 0;
  while (g < gold.size() || s < system.size()) {
    const bool take_gold =
        s == system.size() || (g < gold.size() && gold[g].begin <= system[s].begin);
    if (take_gold) {
      const std::size_t at = gold[g].begin;
      std::size_t next_system = s;
      while (next_system < system.size() && system[next_system].begin <= at) ++next_system;
      if (auto open = open_at(system, next_system, at);
          open && !system_paired[*open] && gold[g].begin < gold[g].end) {
        gold_to_system[g] = *open;
        system_paired[*open] = true;
      }
      ++g;
    } else {
      const std::size_t at = system[s].begin;
      if (auto open = open_at(gold, g, at);
          open && !gold_to_system[*open] && system[s].begin < system[s].end) {
        gold_to_system[*open] = s;
        system_paired[s] = true;
      }
      ++s;
    }
  }
  return gold_to_system;
}

Counts& Counts::operator+=(const Counts& o) {
  gold += o.gold;
  system += o.system;
  matched += o.matched;
  strict += o.strict;
  value += o.value;
  type += o.type;
  return *this;
}

Counts count(std::span<const ScoredTimex> gold, std::span<const ScoredTimex> system) {
  Counts c;
  c.gold = gold.size();
  c.system = system.size();
  const auto pairs = align(gold, system);
  for (std::size_t g = 0; g < gold.size(); ++g) {
    if (!pairs[g]) continue;
    const ScoredTimex& sys = system[*pairs[g]];
    ++c.matched;
    if (gold[g].surface == sys.surface) ++c.strict;
    if (gold[g].value == sys.value) ++c.value;
    if (gold[g].type == sys.type) ++c.type;
  }
  return c;
}

Scores scores(const Counts& c) {
  Scores r;
  const std::size_t both = c.gold + c.system;
  r.strict_precision = ratio(c.strict, c.system);
  r.strict_recall = ratio(c.strict, c.gold);
  r.strict_f1 = ratio(2 * c.strict, both);
  r.relaxed_precision = ratio(c.matched, c.system);
  r.relaxed_recall = ratio(c.matched, c.gold);
  r.relaxed_f1 = ratio(2 * c.matched, both);
  r.value_f1 = ratio(2 * c.value, both);
  r.type_f1 = ratio(2 * c.type, both);
  return r;
}

std::string percent(double fraction) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", fraction * 100.0);
  return buf;
}

}  // namespace annals::te3
