// The language a story is written in, read by CLD2 (Debian's libcld2):
// annals reads events in English only, so a story in another language keeps
// its date and gets a warning instead of misread events.
#pragma once

#include <string>
#include <string_view>

namespace annals::text {

struct StoryLanguage {
  std::string code;  // ISO 639-1 as CLD2 names it: "en", "fr", "de"; "un" when unknown
  std::string name;  // "ENGLISH", "FRENCH"
  int percent = 0;   // share of the text in that language
  bool reliable = false;
  bool english = true;  // false only when CLD2 is sure the story is not in English
};

// Reads at most the first 16 KB of `story` (valid UTF-8): the language of a
// news story does not change half-way, and the cost stays flat for long pages.
StoryLanguage detect_language(std::string_view story);

}  // namespace annals::text
