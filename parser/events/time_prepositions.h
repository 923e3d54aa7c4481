// The word before a time expression that makes it a bound of a lasting
// state rather than its day: "independent since 1901" began in 1901 and
// still holds; "held up until now" ended on the story's day.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "annals/event_time.h"
#include "annals/timex.h"

namespace annals {

enum class TimePreposition { kNone, kSince, kUntil };

// The preposition written just before the time expression starting at
// `timex_begin` ("since", "until", "till"), or kNone.
TimePreposition preposition_before(std::string_view text, std::size_t timex_begin);

// A state bounded by the time expression: "since T" begins at T and lasts
// past the story date; "until T" began before T and ends at T. Nullopt when
// the expression gives no day or interval, or the preposition is none.
std::optional<EventTime> bounded_by_preposition(TimePreposition p, const Timex& t,
                                                std::optional<Day> document_date);

}  // namespace annals
