// The compiled WordNet table (generated wordnet_table.cpp) indexed once, on
// first use, into hash tables of views: no lookup allocates.
#include "wordnet.h"

#include <array>
#include <span>
#include <string>
#include <vector>

namespace annals::lexicon {
namespace wordnet_data {
extern const std::uint32_t kWordCount;
extern const char kWordPool[];
extern const std::uint64_t kWordInfo[];
extern const std::uint32_t kExceptionCount;
extern const char kExceptionPool[];
extern const std::uint8_t kExceptionPos[];
}  // namespace wordnet_data

namespace {

std::uint32_t hash_of(std::string_view s) {
  std::uint32_t h = 2166136261u;  // FNV-1a
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

std::uint32_t table_size_for(std::size_t n) {
  std::uint32_t size = 1024;
  while (size < n * 2) size <<= 1;
  return size;
}

struct Exception {
  std::string_view form;
  std::string_view base;
  std::uint8_t pos = 0;
};

struct Storage {
  std::vector<WordInfo> words;
  std::vector<std::uint32_t> slots;
  std::vector<Exception> exceptions;
  std::vector<std::uint32_t> exception_slots;
};

Storage& storage() {
  static Storage s;
  return s;
}

const Exception* exceptions_begin() {
  return storage().exceptions.data();
}

// A candidate lemma built in a fixed buffer: the word with a suffix replaced.
struct Candidate {
  std::array<char, 64> buffer{};
  std::size_t size = 0;
  bool make(std::string_view word, std::string_view suffix, std::string_view ending) {
    if (word.size() <= suffix.size() || !word.ends_with(suffix)) return false;
    const std::size_t stem = word.size() - suffix.size();
    if (stem + ending.size() > buffer.size()) return false;
    word.copy(buffer.data(), stem);
    ending.copy(buffer.data() + stem, ending.size());
    size = stem + ending.size();
    return true;
  }
  std::string_view view() const { return {buffer.data(), size}; }
};

struct Rule {
  std::string_view suffix, ending;
};
constexpr std::array kNounRules{Rule{"s", ""},      Rule{"ses", "s"},   Rule{"xes", "x"},
                                Rule{"zes", "z"},   Rule{"ches", "ch"}, Rule{"shes", "sh"},
                                Rule{"men", "man"}, Rule{"ies", "y"}};
constexpr std::array kVerbRules{Rule{"s", ""},    Rule{"ies", "y"}, Rule{"es", "e"},
                                Rule{"es", ""},   Rule{"ed", "e"},  Rule{"ed", ""},
                                Rule{"ing", "e"}, Rule{"ing", ""}};
constexpr std::array kAdjectiveRules{Rule{"er", ""}, Rule{"est", ""}, Rule{"er", "e"},
                                     Rule{"est", "e"}};

}  // namespace

const WordNet& WordNet::instance() {
  static const WordNet wordnet;
  return wordnet;
}

WordNet::WordNet() {
  Storage& s = storage();
  using namespace wordnet_data;
  s.words.reserve(kWordCount);
  const char* p = kWordPool;
  for (std::uint32_t i = 0; i < kWordCount; ++i) {
    const std::string_view lemma(p);
    p += lemma.size() + 1;
    const std::uint64_t v = kWordInfo[i];
    WordInfo w;
    w.lemma = lemma;
    w.pos = static_cast<std::uint8_t>(v & 15);
    w.noun_first = static_cast<NounClass>((v >> 4) & 31);
    w.verb_first = static_cast<VerbClass>((v >> 9) & 15);
    w.noun_classes = static_cast<std::uint32_t>((v >> 13) & ((1u << 26) - 1));
    w.verb_classes = static_cast<std::uint16_t>((v >> 39) & ((1u << 15) - 1));
    w.noun_senses = static_cast<std::uint8_t>((v >> 54) & 15);
    w.verb_senses = static_cast<std::uint8_t>((v >> 58) & 15);
    s.words.push_back(w);
  }
  const std::uint32_t size = table_size_for(s.words.size());
  s.slots.assign(size, 0);
  for (std::uint32_t i = 0; i < s.words.size(); ++i) {
    std::uint32_t h = hash_of(s.words[i].lemma) & (size - 1);
    while (s.slots[h] != 0) h = (h + 1) & (size - 1);
    s.slots[h] = i + 1;
  }
  s.exceptions.reserve(kExceptionCount);
  p = kExceptionPool;
  for (std::uint32_t i = 0; i < kExceptionCount; ++i) {
    const std::string_view form(p);
    p += form.size() + 1;
    const std::string_view base(p);
    p += base.size() + 1;
    s.exceptions.push_back({form, base, kExceptionPos[i]});
  }
  const std::uint32_t exc_size = table_size_for(s.exceptions.size());
  s.exception_slots.assign(exc_size, 0);
  for (std::uint32_t i = 0; i < s.exceptions.size(); ++i) {
    std::uint32_t h = hash_of(s.exceptions[i].form) & (exc_size - 1);
    while (s.exception_slots[h] != 0) h = (h + 1) & (exc_size - 1);
    s.exception_slots[h] = i + 1;
  }
  count_ = s.words.size();
  words_ = s.words.data();
  slots_ = s.slots.data();
  mask_ = size - 1;
  exc_slots_ = s.exception_slots.data();
  exc_mask_ = exc_size - 1;
}

const WordInfo* WordNet::find(std::string_view lower) const {
  if (lower.empty()) return nullptr;
  for (std::uint32_t h = hash_of(lower) & mask_; slots_[h] != 0; h = (h + 1) & mask_) {
    const WordInfo& w = words_[slots_[h] - 1];
    if (w.lemma == lower) return &w;
  }
  return nullptr;
}

const WordInfo* WordNet::lemma(std::string_view lower, WordPos pos) const {
  const auto bit = static_cast<std::uint8_t>(pos);
  // Irregular forms first ("went" -> "go", "data" -> "datum").
  const Exception* exceptions = exceptions_begin();
  for (std::uint32_t h = hash_of(lower) & exc_mask_; exc_slots_[h] != 0; h = (h + 1) & exc_mask_) {
    const Exception& e = exceptions[exc_slots_[h] - 1];
    if (e.form != lower || e.pos != bit) continue;
    if (const WordInfo* w = find(e.base); w && w->can_be(pos)) return w;
  }
  if (const WordInfo* w = find(lower); w && w->can_be(pos)) return w;
  std::span<const Rule> rules;
  switch (pos) {
    case WordPos::kNoun:
      rules = kNounRules;
      break;
    case WordPos::kVerb:
      rules = kVerbRules;
      break;
    case WordPos::kAdjective:
      rules = kAdjectiveRules;
      break;
    case WordPos::kAdverb:
      return nullptr;
  }
  Candidate c;
  for (const Rule& r : rules) {
    if (!c.make(lower, r.suffix, r.ending)) continue;
    if (const WordInfo* w = find(c.view()); w && w->can_be(pos)) return w;
  }
  return nullptr;
}

}  // namespace annals::lexicon
