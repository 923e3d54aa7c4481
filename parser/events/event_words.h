// Event words of any domain, as TimeML counts them: verbs, event nouns
// (deverbal nouns, WordNet's noun.event, noun.act, noun.phenomenon and
// noun.process senses) and states, each with its lemma, TimeML class,
// tense, aspect, polarity and modality. The part of speech and lemma come
// from the tagger (lexicon/pos_tagger.h); whether a word is an event, and
// its class, from the event model trained on TBAQ (lexicon/event_model.h),
// which weighs the word, its context, WordNet's sense classes and the
// trained event rates (lexicon/event_lemmas.h).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "annals/document.h"

namespace annals::text {

struct EventWord {
  std::size_t sentence = 0;
  std::size_t begin = 0;  // bytes of Document::body
  std::size_t end = 0;
  std::string lemma;
  std::string
      event_class;       // OCCURRENCE, REPORTING, ASPECTUAL, I_ACTION, I_STATE, STATE, PERCEPTION
  std::string pos;       // the tagger's tag: VERB, NOUN, ADJ, ...
  std::string tense;     // PAST, PRESENT, FUTURE, NONE (TimeML)
  std::string aspect;    // PROGRESSIVE, PERFECTIVE, NONE
  bool negated = false;  // "not", "never", "n't" before it
  std::string modality;  // the modal before it ("would", "could"), or empty
};

std::vector<EventWord> find_event_words(const Document& doc);

}  // namespace annals::text
