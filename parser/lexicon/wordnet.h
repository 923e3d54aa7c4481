// WordNet 3.0, compiled in at build time (tools/wordnet_table.cpp): each
// one-word lemma's parts of speech and sense classes (lexicographer files),
// the exception lists of irregular forms, and morphy's lemmatiser. Lookups
// take lower-case words and allocate nothing; lemmas are views of the
// compiled table, valid for the program's life.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace annals::lexicon {

enum class WordPos : std::uint8_t { kNoun = 1, kVerb = 2, kAdjective = 4, kAdverb = 8 };

// WordNet's noun sense classes (lexicographer files 03..28, minus 3).
enum class NounClass : std::uint8_t {
  kTops = 0,
  kAct = 1,
  kAnimal = 2,
  kArtifact = 3,
  kAttribute = 4,
  kBody = 5,
  kCognition = 6,
  kCommunication = 7,
  kEvent = 8,
  kFeeling = 9,
  kFood = 10,
  kGroup = 11,
  kLocation = 12,
  kMotive = 13,
  kObject = 14,
  kPerson = 15,
  kPhenomenon = 16,
  kPlant = 17,
  kPossession = 18,
  kProcess = 19,
  kQuantity = 20,
  kRelation = 21,
  kShape = 22,
  kState = 23,
  kSubstance = 24,
  kTime = 25,
  kNone = 31
};

// WordNet's verb sense classes (lexicographer files 29..43, minus 29).
enum class VerbClass : std::uint8_t {
  kBody = 0,
  kChange = 1,
  kCognition = 2,
  kCommunication = 3,
  kCompetition = 4,
  kConsumption = 5,
  kContact = 6,
  kCreation = 7,
  kEmotion = 8,
  kMotion = 9,
  kPerception = 10,
  kPossession = 11,
  kSocial = 12,
  kStative = 13,
  kWeather = 14,
  kNone = 15
};

struct WordInfo {
  std::string_view lemma;
  std::uint8_t pos = 0;  // WordPos bits
  NounClass noun_first = NounClass::kNone;
  VerbClass verb_first = VerbClass::kNone;
  std::uint32_t noun_classes = 0;  // bit per NounClass of any sense
  std::uint16_t verb_classes = 0;  // bit per VerbClass of any sense
  std::uint8_t noun_senses = 0;    // capped at 15
  std::uint8_t verb_senses = 0;

  bool can_be(WordPos p) const { return (pos & static_cast<std::uint8_t>(p)) != 0; }
  bool has(NounClass c) const { return (noun_classes >> static_cast<int>(c)) & 1u; }
  bool has(VerbClass c) const { return (verb_classes >> static_cast<int>(c)) & 1u; }
};

class WordNet {
 public:
  static const WordNet& instance();

  // The lemma itself (no inflection undone), or nullptr when WordNet lacks it.
  const WordInfo* find(std::string_view lower) const;

  // Morphy: the lemma of `lower` read as part of speech `pos` (exceptions
  // first, then WordNet's suffix rules, each candidate checked against the
  // database); nullptr when no reading as `pos` exists.
  const WordInfo* lemma(std::string_view lower, WordPos pos) const;

  std::size_t size() const { return count_; }

 private:
  WordNet();
  std::uint32_t slot_of(std::string_view word) const;
  std::size_t count_ = 0;
  const WordInfo* words_ = nullptr;           // count_ entries
  const std::uint32_t* slots_ = nullptr;      // open addressing: index + 1, 0 empty
  std::uint32_t mask_ = 0;                    // slots - 1
  const std::uint32_t* exc_slots_ = nullptr;  // exception index + 1
  std::uint32_t exc_mask_ = 0;
};

}  // namespace annals::lexicon
