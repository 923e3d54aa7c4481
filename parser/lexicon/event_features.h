// The features of one tagged word that the event model (event_model.h)
// weighs: the word, its lemma, tag and verb form, suffixes, WordNet sense
// classes, whether a noun is deverbal, its neighbours, the auxiliary, modal,
// "to" or determiner before it, capitalisation and its trained event rate.
// Each feature is a 64-bit hash of its template and value, written into a
// fixed array: no allocation. The trainer (eval/train_event_model.cpp) and
// the runtime (events/event_words.cpp) call the same function, so the model
// sees at run time exactly what it was trained on.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "event_lemmas.h"
#include "pos_tagger.h"
#include "tokens.h"

namespace annals::lexicon {

struct EventFeatures {
  static constexpr std::size_t kMax = 80;  // more than event_features() writes
  std::array<std::uint64_t, kMax> hashes{};
  std::size_t count = 0;
};

// Whether the tagger's tag can be an event at all: words of other tags are
// never scored.
bool event_candidate(Tag tag);

// The features of word `i` of a tagged sentence. `rate` is its event rate
// (event_rate() of its lemma and part of speech, nullptr when unseen); the
// trainer passes rates counted without the word's own document.
void event_features(std::string_view base, std::span<const text::Token> tokens,
                    std::span<const TaggedWord> tags, std::size_t i, const EventRate* rate,
                    EventFeatures& out);

// The key event_rate() takes for word `i`: its lemma, else the lower-cased
// word (in `scratch`).
std::string_view event_key(std::string_view base, const text::Token& token, const TaggedWord& tag,
                           std::string& scratch);

}  // namespace annals::lexicon
