// Word-level helpers of the time tagger's scanner and its context filters:
// ASCII classes and the words around a position (separated by spaces only).
#pragma once

#include <cstddef>
#include <string_view>

namespace annals::timex_detail {

inline bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
inline bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Whether `word` starts at text[at] and ends there as a whole word.
inline bool starts_with_word(std::string_view text, std::size_t at, std::string_view word) {
  return text.substr(at, word.size()) == word &&
         (at + word.size() == text.size() || !is_alnum(text[at + word.size()]));
}

// The word right before text[begin] (separated by spaces only), or "".
inline std::string_view word_before(std::string_view text, std::size_t begin) {
  std::size_t end = begin;
  while (end > 0 && text[end - 1] == ' ') --end;
  std::size_t start = end;
  while (start > 0 && is_alnum(text[start - 1])) --start;
  if (end == begin) return {};
  return text.substr(start, end - start);
}

// The word right after text[end] (separated by spaces only), or "".
inline std::string_view word_after(std::string_view text, std::size_t end) {
  std::size_t start = end;
  while (start < text.size() && text[start] == ' ') ++start;
  std::size_t stop = start;
  while (stop < text.size() && is_alnum(text[stop])) ++stop;
  return text.substr(start, stop - start);
}

// The offset just past `word`, a view into `text` (as word_after returns).
inline std::size_t text_end(std::string_view text, std::string_view word) {
  return static_cast<std::size_t>(word.data() - text.data()) + word.size();
}

}  // namespace annals::timex_detail
