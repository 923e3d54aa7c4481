// Where a time expression may start: token boundaries and the fast
// pre-check that keeps the grammars off words that cannot begin one.
#pragma once

#include <cstddef>
#include <string_view>

namespace annals::timex_detail {

// The first token start at or after `i`: after space or opening
// punctuation, or a capital right after a full stop ("closed.Recently").
std::size_t next_token_start(std::string_view text, std::size_t i);

// Whether an expression may start at lowered[i] (`lowered` is the text in
// ASCII lower case): a number that can be a year, date, clock or count of
// time, an apostrophe ('90s), a time word, or a common word followed within
// three words by a time word or a number.
bool could_start(std::string_view lowered, std::size_t i);

}  // namespace annals::timex_detail
