// Time words inside names, which the time tagger leaves alone: titles ("The
// Sunday Times", ABC's "This Week", the Today programme), numbered and named
// things ("Local 1520", "Orion 1980", "1600 Pennsylvania Avenue"), the
// newspaper noun "daily" and "the March for Life".
#pragma once

#include <cstddef>
#include <string_view>

#include "timex_parse.h"

namespace annals::timex_detail {

// Whether the match text[begin, end) is part of a name rather than a time.
bool is_in_name(std::string_view text, std::size_t begin, std::size_t end, const TimexParse& p);

}  // namespace annals::timex_detail
