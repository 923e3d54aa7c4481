// Fast pre-check for the scanner: can a time expression start with this
// word? Only then are the grammars tried, so text without dates is cheap.
#pragma once

#include <cstdint>
#include <string_view>

namespace annals::timex_detail {

enum class Trigger : std::uint8_t {
  kNone,
  kWeak,      // a function word that starts an expression only before a time word
  kStrong,    // a time word: months, weekdays, "today", "now", ...
  kFollower,  // a unit ("days", "week"): never starts, but counts after a weak word
};

// `word` is a lower-cased word (letters only).
Trigger trigger_of(std::string_view word);

}  // namespace annals::timex_detail
