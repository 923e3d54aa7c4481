// Figures in a clause: "14,000 troops", "about 10,000-12,000 troops",
// "12-thousand North Korean troops", "a unit of 25 soldiers".
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "annals/events.h"
#include "entities.h"

namespace annals::text {

// Quantities whose number lies in tokens [first, last) of the sentence.
// Tokens inside time expressions must be flagged in `in_timex`.
std::vector<Quantity> find_quantities(std::string_view body, const SentenceTokens& sentence,
                                      const std::vector<bool>& in_timex, std::size_t first,
                                      std::size_t last);

}  // namespace annals::text
