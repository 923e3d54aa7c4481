// Closed-class words (parser/data/closed_class.tsv): determiners, pronouns,
// prepositions, conjunctions, modals, the forms of be, have and do, and
// the commonest function adverbs. What the tagger never guesses.
#pragma once

#include <cstdint>
#include <string_view>

namespace annals::lexicon {

enum class ClosedClass : std::uint8_t {
  kNone,
  kDeterminer,
  kPronoun,
  kPreposition,
  kConjunction,
  kModal,
  kBe,
  kHave,
  kDo,
  kAdverb,
  kWh,
};

// The class of a lower-case word; kNone for open-class words.
ClosedClass closed_class(std::string_view lower);

}  // namespace annals::lexicon
