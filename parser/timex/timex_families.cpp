#include "timex_families.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annals::timex_detail {
namespace {

struct FirstWord {
  std::string_view word;
  std::uint8_t families;
};

constexpr std::uint8_t C = kCalendarFamily, R = kRelativeFamily, S = kSpanFamily;

// First words of the grammar alternatives (timex_grammar_*.cpp), with every
// family that has an alternative starting with them. A word missing here
// gets all families, so only a wrong entry, never a missing one, loses a
// match. Words that start only modifiers map to no family.
constexpr auto kFirstWords = [] {
  auto words = std::to_array<FirstWord>({
      // Count phrases: offsets (relative) and durations (span); hours of
      // "six o'clock" and "a quarter to nine" (calendar).
      {"a", C | R | S},
      {"an", R | S},
      {"several", R | S},
      {"few", R | S},
      {"many", R | S},
      {"some", R | S},
      {"one", C | R | S},
      {"two", C | R | S},
      {"three", C | R | S},
      {"four", C | R | S},
      {"five", C | R | S},
      {"six", C | R | S},
      {"seven", C | R | S},
      {"eight", C | R | S},
      {"nine", C | R | S},
      {"ten", C | R | S},
      {"eleven", C | R | S},
      {"twelve", C | R | S},
      {"thirteen", R | S},
      {"fourteen", R | S},
      {"fifteen", R | S},
      {"sixteen", R | S},
      {"seventeen", R | S},
      {"eighteen", C | R | S},
      {"nineteen", C | R | S},
      {"twenty", C | R | S},  // "twenty-first century"
      {"thirty", R | S},
      {"forty", R | S},
      {"fifty", R | S},
      {"sixty", R | S},
      {"seventy", R | S},
      {"eighty", R | S},
      {"ninety", R | S},
      // Ordinals: centuries (calendar), quarters (relative); "first" also leads spans.
      {"first", C | R | S},
      {"second", C | R},
      {"third", C | R},
      {"fourth", C | R},
      {"fifth", C | R},
      {"sixth", C | R},
      {"seventh", C | R},
      {"eighth", C | R},
      {"ninth", C | R},
      {"tenth", C | R},
      {"eleventh", C | R},
      {"twelfth", C | R},
      {"eighteenth", C | R},
      {"nineteenth", C | R},
      {"twentieth", C | R},
      // Direction words: months (calendar), units and weekdays (relative), span leads.
      {"this", C | R},
      {"last", C | R | S},
      {"next", C | R | S},
      {"past", C | R | S},
      {"previous", C | R | S},
      {"coming", C | R | S},
      {"current", C | R | S},
      {"latest", C | R},
      {"upcoming", C | R},
      {"recent", C | R},
      {"final", S},
      {"that", R},
      {"its", R},
      {"year", R | S},
      {"half", C | S},  // "half an hour"; "half past ten"
      // Months: the calendar only.
      {"january", C},
      {"february", C},
      {"march", C},
      {"april", C},
      {"may", C},
      {"june", C},
      {"july", C},
      {"august", C},
      {"september", C},
      {"october", C},
      {"november", C},
      {"december", C},
      {"jan", C},
      {"feb", C},
      {"mar", C},
      {"apr", C},
      {"jun", C},
      {"jul", C},
      {"aug", C},
      {"sep", C},
      {"sept", C},
      {"oct", C},
      {"nov", C},
      {"dec", C},
      // Weekdays: relative (and "Monday nights"), and the calendar's "Monday, March 3".
      {"monday", C | R},
      {"tuesday", C | R},
      {"wednesday", C | R},
      {"thursday", C | R},
      {"friday", C | R},
      {"saturday", C | R},
      {"sunday", C | R},
      // Days around the document date.
      {"today", R},
      {"yesterday", R},
      {"tomorrow", R},
      {"tonight", R},
      // Sets and vague references.
      {"every", S},
      {"each", S},
      {"daily", S},
      {"weekly", S},
      {"monthly", S},
      {"annually", S},
      {"now", S},
      {"currently", S},
      {"recently", S},
      {"lately", S},
      // Modifier-only words: the modifier grammar handles them.
      {"about", 0},
      {"around", 0},
      {"almost", 0},
      {"approximately", 0},
      {"roughly", 0},
      {"nearly", 0},
      {"more", S},  // "more recently"; otherwise a modifier ("more than")
      {"less", 0},
      {"over", 0},
      {"under", 0},
      {"up", 0},
      {"early", 0},
      {"late", 0},
      {"earlier", 0},
      {"later", 0},
      {"end", 0},
      {"beginning", 0},
  });
  std::sort(words.begin(), words.end(),
            [](const FirstWord& a, const FirstWord& b) { return a.word < b.word; });
  return words;
}();

}  // namespace

std::uint8_t families_at(const char* first, const char* last) {
  const char* end = first;
  while (end < last && *end >= 'a' && *end <= 'z') ++end;
  if (end == first) return kAllFamilies;
  const std::string_view word(first, static_cast<std::size_t>(end - first));
  const auto it =
      std::lower_bound(kFirstWords.begin(), kFirstWords.end(), word,
                       [](const FirstWord& entry, std::string_view w) { return entry.word < w; });
  if (it == kFirstWords.end() || it->word != word) return kAllFamilies;
  return it->families;
}

}  // namespace annals::timex_detail
