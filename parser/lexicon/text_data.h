// The text data tables (parser/data/*.tsv), compiled into the binary by
// parser/data/embed.cmake. Format of each table: see its header line.
#pragma once

#include <string_view>

namespace annals::text::data {

extern const std::string_view k_countries;      // name, aliases, adjectives, capital
extern const std::string_view k_organizations;  // name, kind, aliases, country
extern const std::string_view k_triggers;       // event type, verbs, nouns
extern const std::string_view k_titles;         // person titles ("President", "Gen.")
extern const std::string_view k_furniture;      // page-furniture phrases by kind
extern const std::string_view k_closed_class;   // closed-class words by class
extern const std::string_view k_event_lemmas;   // TimeML event rates per lemma (trained)
extern const std::string_view k_event_categories;  // event type, PLOVER category or domain

}  // namespace annals::text::data
