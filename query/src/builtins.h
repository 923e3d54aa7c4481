// Built-in predicates: Allen relations on event intervals, calendar parts of
// dates, string tests; and arithmetic on values.
#pragma once

#include <optional>

#include "annals/kb.h"
#include "program.h"
#include "value.h"

namespace annals::query {

// Does the Allen relation hold between the intervals of events a and b?
bool allen_holds(Builtin b, const DateInterval& a, const DateInterval& other);

// A filter superset of the events x such that the relation can hold, when the
// other side's interval is known: `left_known` means a is known, x is b.
kb::EventFilter allen_filter(Builtin b, const DateInterval& known, bool left_known);

// year/month/weekday/lower/upper of a bound first argument; nullopt when undefined.
std::optional<V> scalar_builtin(Builtin b, const V& input, SymbolTable& symbols);
bool contains_text(const V& haystack, const V& needle, const SymbolTable& symbols);

std::optional<V> arithmetic(char op, const V& a, const V& b);

}  // namespace annals::query
