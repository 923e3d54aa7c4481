// Scoring rules of the TimeBank event-time benchmark (Reimers et al.): exact
// match of the whole label, and the relaxed "the system's date does not
// contradict the gold one".
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace annals::eventtime {

// The days a point may be on: [low, high], either side open.
struct DayRange {
  std::optional<int> low;
  std::optional<int> high;
};

// One reading of a label: a single day, or a begin and an end.
struct LabelReading {
  DayRange begin;
  DayRange end;  // == begin for a single-day event
};

// The readings of a label ("a,b" gives two); empty for "n/a" or a label
// that cannot be read.
std::vector<LabelReading> read_label(std::string_view label);

bool exact_match(std::string_view system, std::string_view gold);

// Some reading of the system label and some reading of the gold label share
// a possible begin day and a possible end day. "n/a" is consistent only with
// "n/a".
bool consistent(std::string_view system, std::string_view gold);

}  // namespace annals::eventtime
