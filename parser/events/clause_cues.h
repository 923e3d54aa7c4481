// Words around a verb or noun that tell when it happened, read from the
// tokens of its sentence: a clause of condition or limit ("if they boost"),
// a denied ability ("cannot distract"), a definite description ("the Gulf
// crisis"), a speaker's own "I", a present "continues to".
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "tokens.h"

namespace annals {

// One sentence's tokens over the document text.
struct SentenceTokens {
  std::string_view text;
  const std::vector<text::Token>& tokens;
};

// "if", "unless", "until", "till" or "as soon as" opens the clause of the
// word at `token`: a few words before it, with no comma, "that" or other
// event (`other_events`: their first tokens) between.
bool opens_condition_clause(const SentenceTokens& s, std::size_t token,
                            std::span<const std::size_t> other_events);

// "can't", "cannot" or "can not" right before the word at `token`.
bool after_cannot(const SentenceTokens& s, std::size_t token);

// A definite determiner ("the", "its", "this", ...) heads the noun phrase
// the noun at `token` ends: "the Persian Gulf crisis", not "a shooting war".
bool definite_description(const SentenceTokens& s, std::size_t token);

// "I" right before the verb at `token`: the speaker's own attitude.
bool first_person_subject(const SentenceTokens& s, std::size_t token);

// The infinitive at `token` completes a present "continue(s) to", not a
// future or modal one ("will continue to").
bool under_present_continue(const SentenceTokens& s, std::size_t token);

}  // namespace annals
