#include "eventtime_score.h"

#include <string>

#include "annals/date.h"

namespace annals::eventtime {
namespace {

std::optional<int> day_at(std::string_view s, std::size_t at) {
  if (at + 10 > s.size()) return std::nullopt;
  const auto d = parse_day(s.substr(at, 10));
  if (!d) return std::nullopt;
  return *d;
}

// "1998-01-08", "before...", "after...", "after...before...".
std::optional<DayRange> read_point(std::string_view p) {
  DayRange r;
  if (const auto d = day_at(p, 0); d && p.size() == 10) return DayRange{d, d};
  std::size_t i = 0;
  bool any = false;
  if (p.substr(i).starts_with("after")) {
    const auto d = day_at(p, i + 5);
    if (!d) return std::nullopt;
    r.low = *d + 1;
    i += 15;
    any = true;
  }
  if (p.substr(i).starts_with("before")) {
    const auto d = day_at(p, i + 6);
    if (!d) return std::nullopt;
    r.high = *d - 1;
    i += 16;
    any = true;
  }
  if (!any || i != p.size()) return std::nullopt;
  return r;
}

std::optional<LabelReading> read_one(std::string_view label) {
  constexpr std::string_view kBegin = "beginPoint=", kEnd = "endPoint=";
  if (label.starts_with(kBegin)) {
    const std::size_t e = label.find(kEnd);
    if (e == std::string_view::npos) return std::nullopt;
    const auto b = read_point(label.substr(kBegin.size(), e - kBegin.size()));
    const auto f = read_point(label.substr(e + kEnd.size()));
    if (!b || !f) return std::nullopt;
    return LabelReading{*b, *f};
  }
  const auto p = read_point(label);
  if (!p) return std::nullopt;
  return LabelReading{*p, *p};
}

bool overlap(const DayRange& a, const DayRange& b) {
  const bool a_before_b = a.high && b.low && *a.high < *b.low;
  const bool b_before_a = b.high && a.low && *b.high < *a.low;
  return !a_before_b && !b_before_a;
}

}  // namespace

std::vector<LabelReading> read_label(std::string_view label) {
  std::vector<LabelReading> out;
  std::size_t start = 0;
  while (start <= label.size()) {
    std::size_t comma = label.find(',', start);
    if (comma == std::string_view::npos) comma = label.size();
    if (const auto r = read_one(label.substr(start, comma - start))) out.push_back(*r);
    start = comma + 1;
  }
  return out;
}

bool exact_match(std::string_view system, std::string_view gold) {
  // "a,b": the annotators allowed either.
  std::size_t start = 0;
  while (start <= gold.size()) {
    std::size_t comma = gold.find(',', start);
    if (comma == std::string_view::npos) comma = gold.size();
    if (gold.substr(start, comma - start) == system) return true;
    start = comma + 1;
  }
  return false;
}

bool consistent(std::string_view system, std::string_view gold) {
  if (system == "n/a" || gold == "n/a") return system == gold;
  for (const LabelReading& s : read_label(system))
    for (const LabelReading& g : read_label(gold))
      if (overlap(s.begin, g.begin) && overlap(s.end, g.end)) return true;
  return false;
}

}  // namespace annals::eventtime
