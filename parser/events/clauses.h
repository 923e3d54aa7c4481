// Shallow clause structure of a sentence: event triggers with their verb
// form, and the segments (clauses) that time expressions and roles attach
// within. No full parse: boundaries are complementisers, relative pronouns,
// subordinators, quotes, semicolons, dashes, "and" before a verb, and the
// start of a reporting verb's complement.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "entities.h"
#include "pos_tagger.h"
#include "triggers.h"

namespace annals::text {

struct TriggerToken {
  std::size_t token = 0;
  std::size_t last = 0;  // one past the trigger (particle included)
  const TriggerEntry* entry = nullptr;
  bool verb = false;     // else a nominalisation
  bool past = false;     // simple past
  bool present = false;  // simple present
  bool perfect = false;  // has/have/had + participle
  bool passive = false;  // be + participle, or participle + "by"
  bool base = false;     // after to / a modal
};

struct Clauses {
  std::vector<std::size_t> segment_of;  // per token
  std::vector<std::size_t> begin;       // per segment: first token
  std::vector<std::size_t> end;         // per segment: one past the last token
  std::vector<bool> coordinated;        // per segment: "and"/"but" + verb, sharing the subject
  // Per segment, what opened it: 's' sentence start, 'c' a complement
  // ("that", or a reporting verb's clause), 'a' an adverbial clause
  // ("although", "after"), 'r' a relative clause, 'q' a quote, 'p' other
  // punctuation, 'k' coordination.
  std::vector<char> kind;
};

bool is_preposition(std::string_view lower);
bool is_pronoun(std::string_view lower);
// be, have, a modal, "to", "not": the words of a verb group before its verb.
bool is_auxiliary_word(std::string_view lower);

// `tags`: the sentence's parts of speech (lexicon::tag_sentence).
std::vector<TriggerToken> find_triggers(std::string_view body, const SentenceTokens& sentence,
                                        const std::vector<bool>& in_timex,
                                        const std::vector<lexicon::TaggedWord>& tags);

Clauses segment_clauses(std::string_view body, const SentenceTokens& sentence,
                        const std::vector<TriggerToken>& triggers,
                        const std::vector<bool>& in_timex);

}  // namespace annals::text
