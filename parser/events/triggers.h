// The event trigger lexicon (parser/data/triggers.tsv): verbs with their
// inflections and nominalisations, each mapped to an event type.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace annals::text {

// Which forms a surface word can be (a bit set: "attacks" is both a
// present-tense verb and a plural noun).
enum FormBits : std::uint8_t {
  kBase = 1,
  kPresent = 2,     // third person singular: "confirms"
  kPast = 4,        // "confirmed"
  kParticiple = 8,  // "confirmed", "sent", "driven"
  kNoun = 16,       // "confirmation", "deployment"
};

struct TriggerEntry {
  std::string type;        // "confirm"
  bool reporting = false;  // a speech act: dated by the news convention
  std::uint8_t forms = 0;
  std::string particle;  // "out" for "forced out"; empty for one-word triggers
};

class TriggerLexicon {
 public:
  static const TriggerLexicon& instance();
  // `lower`: the lower-cased word. Its one-word entry, else its first
  // phrase entry.
  const TriggerEntry* find(std::string_view lower) const;
  // The phrase `lower` + `next` ("opened fire") when the lexicon has it,
  // else the one-word entry of `lower` ("opened"), else nullptr.
  const TriggerEntry* find(std::string_view lower, std::string_view next) const;

 private:
  TriggerLexicon();
  void add(const std::string& word, const std::string& type, bool reporting, std::uint8_t forms,
           const std::string& particle);
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, TriggerEntry, Hash, std::equal_to<>> entries_;
  // Two-word phrases by their first word: "opened" -> "opened fire", ...
  // A word can start phrases and be a trigger alone ("opened fire" is an
  // attack, "opened" an opening).
  std::unordered_map<std::string, std::vector<TriggerEntry>, Hash, std::equal_to<>> phrases_;
};

}  // namespace annals::text
