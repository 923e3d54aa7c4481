#include "timex_context.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace annals::timex_detail {
namespace {

constexpr std::size_t kWindowBefore = 120;  // bytes looked at before the expression
constexpr std::size_t kWindowAfter = 80;

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'';
}
bool is_clause_end(char c) {
  return c == '.' || c == ';' || c == '!' || c == '?' || c == '\n';
}

bool equals_lower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

constexpr std::array<std::string_view, 18> kFutureWords{
    "will",    "'ll",   "shall",     "tomorrow", "next",    "upcoming",
    "planned", "plans", "scheduled", "expected", "expects", "intends",
    "going",   "won't", "would",     "soon",     "plan",    "due"};
constexpr std::array<std::string_view, 14> kPastWords{"said", "was",  "were",  "had", "did",
                                                      "ago",  "told", "began", "met", "fought",
                                                      "took", "sent", "came",  "last"};

enum class Cue { kNone, kPast, kFuture };

Cue cue_of(std::string_view word) {
  for (std::string_view w : kFutureWords)
    if (equals_lower(word, w)) return Cue::kFuture;
  for (std::string_view w : kPastWords)
    if (equals_lower(word, w)) return Cue::kPast;
  // "is to", "are to" are handled by the caller; "-ed" verbs are past.
  if (word.size() > 4 && word.substr(word.size() - 2) == "ed") return Cue::kPast;
  return Cue::kNone;
}

}  // namespace

Tense clause_tense(std::string_view text, std::size_t begin, std::size_t end) {
  // Walk words outward from the expression, nearest first on each side,
  // stopping at clause ends.
  std::size_t left = begin, right = end;
  const std::size_t left_limit = begin > kWindowBefore ? begin - kWindowBefore : 0;
  const std::size_t right_limit = std::min(text.size(), end + kWindowAfter);
  bool left_open = true, right_open = true;
  while (left_open || right_open) {
    if (left_open) {
      while (left > left_limit && !is_word_char(text[left - 1]) && !is_clause_end(text[left - 1]))
        --left;
      if (left <= left_limit || is_clause_end(text[left - 1])) {
        left_open = false;
      } else {
        std::size_t word_begin = left;
        while (word_begin > left_limit && is_word_char(text[word_begin - 1])) --word_begin;
        const std::string_view word = text.substr(word_begin, left - word_begin);
        left = word_begin;
        const Cue cue = cue_of(word);
        if (cue == Cue::kFuture) return Tense::kFuture;
        if (cue == Cue::kPast) return Tense::kPast;
        // "is to", "are to", "set to": future.
        if (equals_lower(word, "to") && left > 4) {
          std::size_t prev_end = left;
          while (prev_end > left_limit && text[prev_end - 1] == ' ') --prev_end;
          std::size_t prev_begin = prev_end;
          while (prev_begin > left_limit && is_word_char(text[prev_begin - 1])) --prev_begin;
          const std::string_view prev = text.substr(prev_begin, prev_end - prev_begin);
          if (equals_lower(prev, "is") || equals_lower(prev, "are") || equals_lower(prev, "set") ||
              equals_lower(prev, "due") || equals_lower(prev, "likely"))
            return Tense::kFuture;
        }
      }
    }
    if (right_open) {
      while (right < right_limit && !is_word_char(text[right]) && !is_clause_end(text[right]))
        ++right;
      if (right >= right_limit || is_clause_end(text[right])) {
        right_open = false;
      } else {
        std::size_t word_end = right;
        while (word_end < right_limit && is_word_char(text[word_end])) ++word_end;
        const std::string_view word = text.substr(right, word_end - right);
        right = word_end;
        const Cue cue = cue_of(word);
        if (cue == Cue::kFuture) return Tense::kFuture;
        if (cue == Cue::kPast) return Tense::kPast;
      }
    }
  }
  return Tense::kUnknown;
}

}  // namespace annals::timex_detail
