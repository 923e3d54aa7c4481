// The time tagger: finds time expressions in text and normalises them to
// TIMEX3 (type, value, mod), resolved against the document date and the
// narrative's running reference time.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annals/date.h"

namespace annals {

enum class TimexType : std::uint8_t { kDate, kTime, kDuration, kSet };
std::string_view timex_type_name(TimexType t);  // "DATE", "TIME", "DURATION", "SET"

struct Timex {
  std::size_t begin = 0;  // byte offsets into the tagged text: [begin, end)
  std::size_t end = 0;
  TimexType type = TimexType::kDate;
  std::string value;  // TIMEX3 value: "2025-04-28", "P6M", "PRESENT_REF", "XXXX-WI", ...
  std::string mod;    // TIMEX3 mod: "APPROX", "MORE_THAN", "START", ... or empty
  // The calendar interval a DATE/TIME value covers, when it names one.
  std::optional<DateInterval> interval;
  // One line on how the value was reached, e.g.
  // "Saturday, past tense, document date 2025-04-28 (Mon) -> 2025-04-26".
  std::string reason;
};

struct TimexOptions {
  // The document creation time: the anchor of relative expressions. Without
  // it, relative expressions keep unresolved values (XXXX-..., PAST_REF).
  std::optional<Day> document_date;
};

// Tags one text. Offsets index `text`. Never throws; malformed input yields
// fewer expressions, never invalid values.
std::vector<Timex> tag_timexes(std::string_view text, const TimexOptions& options);

}  // namespace annals
