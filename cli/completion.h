// Tab completion at the REPL: dot commands at the start of a line, entity
// names inside a "string", relation names elsewhere.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace annals::cli {

struct CompletionSources {
  std::vector<std::string> commands;   // "help", "mode", ...
  std::vector<std::string> relations;  // "agent/2", "time/3", ...
  std::vector<std::string> entities;   // "North Korea", ...
};

struct Completion {
  std::size_t replace_from = 0;         // the typed word starts here
  std::vector<std::string> candidates;  // full replacements for the typed word, sorted
};

// Candidates for the word that ends at the cursor. Relations complete to
// "agent(", commands to ".mode ", entities to "\"North Korea\"".
Completion complete_word(std::string_view before_cursor, const CompletionSources& sources);

// What replaces the typed word: the longest prefix all candidates share,
// when it is longer than what was typed. Empty when there is nothing to add
// (then the caller lists the candidates).
std::string completion_replacement(std::string_view before_cursor, const Completion& completion);

}  // namespace annals::cli
