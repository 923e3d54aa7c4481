// Cheap clause-level cues the resolver needs: is the clause around a time
// expression about the past or the future?
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace annals::timex_detail {

// kUnknown: no cue in the clause (news then reads as past). kEnded: the
// expression closes a reported period ("the quarter ended Sept. 30"), so it
// is not after the document date; otherwise it reads as kPast.
enum class Tense : std::uint8_t { kUnknown, kPast, kFuture, kEnded };

// Tense of the clause holding text[begin, end): the nearest tense cue within
// the clause ("will", "is set to", "plans to" -> future; "said", "-ed" verbs,
// "was" -> past); news defaults to past.
Tense clause_tense(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace annals::timex_detail
