#include "clause_cues.h"

#include <algorithm>
#include <array>
#include <string>

namespace annals {
namespace {

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// The lowered word `back` tokens before `token`, or "" at the sentence's start.
std::string word_before(const SentenceTokens& s, std::size_t token, std::size_t back) {
  if (back > token || token - back >= s.tokens.size()) return {};
  std::string buffer;
  return std::string(text::lowered(s.tokens[token - back].text(s.text), buffer));
}

}  // namespace

bool opens_condition_clause(const SentenceTokens& s, std::size_t token,
                            std::span<const std::size_t> other_events) {
  constexpr std::size_t kReach = 6;  // tokens: "if the board of the company refuses"
  // "soon" stands for "as soon as": the clause word nearest the verb.
  static constexpr std::array<std::string_view, 5> kOpeners{"if", "unless", "until", "till",
                                                            "soon"};
  for (std::size_t back = 1; back <= kReach && back <= token; ++back) {
    const std::string w = word_before(s, token, back);
    if (one_of(kOpeners, w)) return true;
    if (w == "," || w == ";" || w == "that") return false;
    if (std::find(other_events.begin(), other_events.end(), token - back) != other_events.end())
      return false;
  }
  return false;
}

bool after_cannot(const SentenceTokens& s, std::size_t token) {
  const std::string prev = word_before(s, token, 1);
  if (prev == "can't" || prev == "cannot") return true;
  return prev == "not" && word_before(s, token, 2) == "can";
}

bool definite_description(const SentenceTokens& s, std::size_t token) {
  constexpr std::size_t kReach = 4;  // tokens: "the Persian Gulf crisis"
  static constexpr std::array<std::string_view, 9> kDefinite{"the", "this", "that",  "these", "its",
                                                             "his", "her",  "their", "our"};
  // An indefinite determiner or a preposition ends the phrase first.
  static constexpr std::array<std::string_view, 12> kStops{"a",   "an", "any", "no",   "of", "in",
                                                           "for", "to", "on",  "with", "by", ","};
  for (std::size_t back = 1; back <= kReach && back <= token; ++back) {
    const std::string w = word_before(s, token, back);
    if (one_of(kDefinite, w)) return true;
    if (one_of(kStops, w)) return false;
  }
  return false;
}

bool first_person_subject(const SentenceTokens& s, std::size_t token) {
  return token > 0 && token <= s.tokens.size() && s.tokens[token - 1].text(s.text) == "I";
}

bool under_present_continue(const SentenceTokens& s, std::size_t token) {
  if (word_before(s, token, 1) != "to") return false;
  const std::string governor = word_before(s, token, 2);
  if (governor == "continues") return true;
  if (governor != "continue") return false;
  // "will continue to", "must continue to": the future's or a modal's.
  static constexpr std::array<std::string_view, 10> kNotPresent{
      "will", "'ll", "would", "could", "may", "might", "should", "must", "can", "to"};
  return !one_of(kNotPresent, word_before(s, token, 3));
}

}  // namespace annals
