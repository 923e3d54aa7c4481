// Which grammar families can match an expression, judged by its first word.
// Most candidate positions start with a word only one or two families can
// begin with ("March" only the calendar, "a" never the calendar), so the
// others are not run there.
#pragma once

#include <cstdint>

namespace annals::timex_detail {

enum Family : std::uint8_t {
  kCalendarFamily = 1,
  kRelativeFamily = 2,
  kSpanFamily = 4,
  kAllFamilies = 7,
};

// The families worth trying at `first` (lower-cased text). Digits, other
// characters and words not listed get all of them: the table only narrows.
std::uint8_t families_at(const char* first, const char* last);

}  // namespace annals::timex_detail
