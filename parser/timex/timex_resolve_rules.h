// Resolution rules shared by timex_resolve*.cpp: each turns one kind of
// parsed expression into a TIMEX3 value, or nothing when it names no valid time.
#pragma once

#include <optional>
#include <string>

#include "timex_resolve.h"

namespace annals::timex_detail::rules {

inline constexpr int kUnknownYear = 0;

// What a resolution rule produces.
struct Value {
  TimexType type = TimexType::kDate;
  std::string value;
  std::string reason;
  std::optional<Day> day;  // a fully specified day: becomes the reference time
};

int shift_of(Direction d);  // last -1, next +1, this 0
const char* direction_word(Direction d);
const char* tense_word(Tense t);
// "<what>, document date 2025-04-28 (Mon) -> <value>"
std::string with_doc(const std::string& what, const ResolveState& s, const std::string& value);
Value day_value(Day day, std::string reason);

// Days and calendar dates (timex_resolve_days.cpp).
std::optional<Value> calendar(const TimexParse& p, Tense tense, const ResolveState& s);
std::optional<Value> weekday_rule(const TimexParse& p, Tense tense, const ResolveState& s);
std::optional<Value> deictic(const TimexParse& p, const ResolveState& s);
std::optional<Value> holiday(const TimexParse& p, Tense tense, const ResolveState& s);
std::optional<Value> clock(const TimexParse& p, Tense tense, const ResolveState& s);

// Periods, offsets, durations and sets (timex_resolve.cpp).
std::string duration_value(const TimexParse& p);

}  // namespace annals::timex_detail::rules
