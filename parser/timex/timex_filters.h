// Context filters of the time tagger: matches the grammars accept but the
// words around them reject ("Local 1520", "this may be", "The Sunday Times"),
// and extent or mod choices that depend on the neighbouring words.
#pragma once

#include <cstddef>
#include <string_view>

#include "timex_parse.h"

namespace annals::timex_detail {

// Matches that look like dates but are not.
bool rejected_by_context(std::string_view text, std::size_t begin, std::size_t end,
                         const TimexParse& p);

// "last" at text[at] is the verb ("expected to last two weeks").
bool is_verb_last(std::string_view text, std::size_t at);

// "over" at text[at] means "during" ("cut $1 trillion over ten years").
bool over_means_during(std::string_view text, std::size_t at);

// "will one day be", "he one day follow": "one day" as "some day", a
// vague future, not a length of a day.
bool is_some_day(std::string_view text, std::size_t begin, const TimexParse& p);

// "$1 billion a year": an amount per period (a SET).
bool is_amount_rate(std::string_view text, std::size_t begin, const TimexParse& p);

// The mod of a word TimeBank leaves outside the expression ("about", "almost").
Mod modifier_before(std::string_view text, std::size_t begin);

}  // namespace annals::timex_detail
