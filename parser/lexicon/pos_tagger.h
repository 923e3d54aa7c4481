// Parts of speech in context, with lemmas: every token of a sentence gets a
// coarse tag, a verb form and its WordNet entry (the lemma for the chosen
// part of speech). Rules over closed-class words, the WordNet parts of
// speech a word can have, its suffix and its neighbours' tags. No
// allocation per token: the output vector and one scratch string are
// reused by the caller.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "closed_class.h"
#include "tokens.h"
#include "wordnet.h"

namespace annals::lexicon {

enum class Tag : std::uint8_t {
  kNoun,
  kProperNoun,
  kVerb,
  kAuxiliary,  // be, have, do before a verb, and every form of be
  kModal,
  kAdjective,
  kAdverb,
  kDeterminer,
  kPronoun,
  kPreposition,
  kConjunction,
  kTo,  // the infinitive marker
  kNumber,
  kPossessive,
  kPunct,
  kOther,
};

enum class VerbForm : std::uint8_t { kNone, kBase, kPresent, kPast, kGerund, kParticiple };

struct TaggedWord {
  Tag tag = Tag::kOther;
  VerbForm form = VerbForm::kNone;
  ClosedClass closed = ClosedClass::kNone;
  const WordInfo* entry = nullptr;  // WordNet entry of the lemma as `tag`, when there is one
  std::string_view lemma;           // entry->lemma, or empty
};

std::string_view tag_name(Tag tag);  // "NOUN", "VERB", ...

// Tags tokens (of one sentence of `base`) into `out` (resized to match).
// `scratch` is reused for lower-casing.
void tag_sentence(std::string_view base, std::span<const text::Token> tokens,
                  std::vector<TaggedWord>& out, std::string& scratch);

}  // namespace annals::lexicon
