// The categories of an event type (parser/data/event_categories.tsv):
// PLOVER's political categories ("assault", "coerce", "consult", ...),
// CAMEO's "statement", and coarse domains ("economy", "legal", "disaster",
// "election", "health", "sport", "science"). What the query relation
// category(E, C) gives.
#pragma once

#include <string_view>
#include <vector>

namespace annals {

// The categories of `type` in the table's order; empty when it has none.
const std::vector<std::string_view>& event_categories(std::string_view type);

// The types that have `category`, sorted; empty for an unknown category.
const std::vector<std::string_view>& event_types_in(std::string_view category);

// Every category the table names, sorted.
const std::vector<std::string_view>& known_event_categories();

}  // namespace annals
