// Hashed features of a word for the event model. Each template has its own
// id mixed into the hash first, so the same string under two templates
// ("said" as the word and as the next word) is two features.
#include "event_features.h"

#include <algorithm>
#include <bit>

#include "wordnet.h"

namespace annals::lexicon {
namespace {

using text::Token;

enum Template : std::uint8_t {
  kBias = 1,
  kWord,
  kLemma,
  kTag,
  kTagForm,
  kLemmaTag,
  kSuffix2,
  kSuffix3,
  kSuffix4,
  kNounFirst,
  kVerbFirst,
  kNounSense,
  kVerbSense,
  kWordPos,
  kDeverbal,
  kPrevWord,
  kPrevTag,
  kNextWord,
  kNextTag,
  kPrev2Tags,
  kPrevTagTag,
  kTagNextTag,
  kGroupBefore,
  kDeterminerBefore,
  kCapitals,
  kRateShare,
  kRateClass,
  kRateShareTag,
  kLemmaPrevTag,
  kSenseCounts,
  kNextTwoTags,
  kNext2Word,
  kLemmaNextWord,
  kComplement,
  kLemmaComplement,
  kLemmaGroup,
};

// FNV-1a over a string (lower-cased), computed once a word: the features
// then mix these with their template and small values.
std::uint64_t string_hash(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (const char c : s)
    h = (h ^ static_cast<std::uint8_t>(c >= 'A' && c <= 'Z' ? c + 32 : c)) * 0x100000001b3ull;
  return h;
}

// One multiply and a shift a value: enough to spread a feature over the
// buckets (the model keeps the low bits, so the high half is folded in).
constexpr std::uint64_t mix(std::uint64_t x) {
  x *= 0x9e3779b97f4a7c15ull;
  return x ^ (x >> 32);
}

class Hasher {
 public:
  explicit Hasher(Template t) : h_(mix(static_cast<std::uint64_t>(t))) {}
  Hasher& byte(std::uint8_t b) { return hash(b); }
  Hasher& hash(std::uint64_t v) {
    h_ = mix(h_ ^ v);
    return *this;
  }
  std::uint64_t value() const { return h_; }

 private:
  std::uint64_t h_;
};

class Sink {
 public:
  explicit Sink(EventFeatures& out) : out_(out) { out_.count = 0; }
  void add(const Hasher& h) {
    if (out_.count < EventFeatures::kMax) out_.hashes[out_.count++] = h.value();
  }

 private:
  EventFeatures& out_;
};

std::uint8_t tag_byte(Tag t) {
  return static_cast<std::uint8_t>(t);
}

// A noun made from a verb: its lemma is also a verb ("attack"), or it is a
// verb with a nominal suffix ("election", "payment", "refusal").
std::uint8_t deverbal(const TaggedWord& t) {
  if (!t.entry || t.tag != Tag::kNoun) return 0;
  if (t.entry->can_be(WordPos::kVerb)) return 1;
  static constexpr std::string_view kSuffixes[] = {"ation", "ition", "tion", "sion", "ment",
                                                   "ance",  "ence",  "al",   "ure",  "ing"};
  const std::string_view lemma = t.entry->lemma;
  std::array<char, 48> stem{};
  for (std::uint8_t k = 0; k < std::size(kSuffixes); ++k) {
    const std::string_view suffix = kSuffixes[k];
    if (lemma.size() <= suffix.size() + 2 || !lemma.ends_with(suffix)) continue;
    const std::size_t n = lemma.size() - suffix.size();
    if (n + 1 > stem.size()) continue;
    std::copy_n(lemma.data(), n, stem.data());
    const WordNet& wn = WordNet::instance();
    const WordInfo* verb = wn.find(std::string_view(stem.data(), n));
    if (!verb || !verb->can_be(WordPos::kVerb)) {
      stem[n] = 'e';  // "produc-tion" -> "produce"
      verb = wn.find(std::string_view(stem.data(), n + 1));
    }
    if (verb && verb->can_be(WordPos::kVerb)) return static_cast<std::uint8_t>(2 + k);
  }
  return 0;
}

// The share of times the word was an event, in bins.
std::uint8_t share_bin(double share) {
  if (share <= 0) return 0;
  if (share < 0.2) return 1;
  if (share < 0.35) return 2;
  if (share < 0.5) return 3;
  if (share < 0.75) return 4;
  if (share < 0.9) return 5;
  return 6;
}

std::uint8_t seen_bin(unsigned seen) {
  return seen < 2 ? 0 : seen < 5 ? 1 : seen < 20 ? 2 : 3;
}

std::string_view word_at(std::string_view base, std::span<const Token> tokens, std::size_t i) {
  return tokens[i].text(base);
}

// The class of the nearest word before `i` that is not an adverb: the
// auxiliary, modal, "to" or determiner that governs it.
std::uint8_t group_before(std::span<const TaggedWord> tags, std::size_t i) {
  for (std::size_t k = i; k > 0 && i - k < 4;) {
    --k;
    if (tags[k].tag == Tag::kAdverb) continue;
    if (tags[k].tag == Tag::kTo) return 1;
    if (tags[k].tag == Tag::kModal) return 2;
    if (tags[k].closed == ClosedClass::kBe) return 3;
    if (tags[k].closed == ClosedClass::kHave) return 4;
    if (tags[k].closed == ClosedClass::kDo) return 5;
    if (tags[k].tag == Tag::kDeterminer) return 6;
    if (tags[k].tag == Tag::kPossessive || tags[k].tag == Tag::kPronoun) return 7;
    if (tags[k].tag == Tag::kPreposition) return 8;
    return 9;
  }
  return 0;
}

// What follows the word, as TimeML's intensional classes read it: "to" and
// a verb ("refused to pay"), "that", a gerund ("began talking"), a verb soon
// after, or none of these.
std::uint8_t complement(std::span<const TaggedWord> tags, std::size_t i) {
  for (std::size_t k = i + 1; k < tags.size() && k - i <= 4; ++k) {
    const TaggedWord& t = tags[k];
    if (t.tag == Tag::kTo) return k + 1 < tags.size() && tags[k + 1].tag == Tag::kVerb ? 1 : 2;
    if (t.closed == ClosedClass::kWh || t.tag == Tag::kConjunction) return 3;
    if (t.tag == Tag::kVerb) return t.form == VerbForm::kGerund ? 4 : 5;
    if (t.tag == Tag::kPunct) return 6;
  }
  return 0;
}

// The word's trained event rate, in bins: how often seen, how often an
// event, its commonest class and how often it had it.
void rate_features(const EventRate* rate, std::uint8_t tag, Sink& sink) {
  const std::uint8_t none = 0xfe;
  if (!rate) {
    sink.add(Hasher(kRateShare).byte(none));
    sink.add(Hasher(kRateShareTag).byte(none).byte(tag));
    return;
  }
  const double share = rate->seen ? static_cast<double>(rate->events) / rate->seen : 0.0;
  sink.add(Hasher(kRateShare).byte(seen_bin(rate->seen)).byte(share_bin(share)));
  sink.add(Hasher(kRateShareTag).byte(share_bin(share)).byte(tag));
  if (rate->events > 0) {
    const double class_share = static_cast<double>(rate->class_events) / rate->events;
    sink.add(Hasher(kRateClass)
                 .hash(string_hash(rate->event_class))
                 .byte(share_bin(class_share))
                 .byte(seen_bin(rate->events)));
  }
}

}  // namespace

bool event_candidate(Tag tag) {
  return tag == Tag::kVerb || tag == Tag::kNoun || tag == Tag::kAdjective ||
         tag == Tag::kAuxiliary || tag == Tag::kProperNoun;
}

std::string_view event_key(std::string_view base, const Token& token, const TaggedWord& tag,
                           std::string& scratch) {
  return tag.lemma.empty() ? text::lowered(token.text(base), scratch) : tag.lemma;
}

void event_features(std::string_view base, std::span<const Token> tokens,
                    std::span<const TaggedWord> tags, std::size_t i, const EventRate* rate,
                    EventFeatures& out) {
  Sink sink(out);
  const TaggedWord& t = tags[i];
  const std::string_view word = word_at(base, tokens, i);
  const std::uint8_t tag = tag_byte(t.tag);
  const std::uint8_t form = static_cast<std::uint8_t>(t.form);
  const std::uint8_t none = 0xfe;
  // The strings, hashed once: the word, its key (lemma, else the word) and
  // the words around it.
  const std::uint64_t word_hash = string_hash(word);
  const std::uint64_t key = t.lemma.empty() ? word_hash : string_hash(t.lemma);
  const std::uint64_t prev_word = i > 0 ? string_hash(word_at(base, tokens, i - 1)) : none;
  const std::uint64_t next_word =
      i + 1 < tokens.size() ? string_hash(word_at(base, tokens, i + 1)) : none;
  const std::uint64_t next2_word =
      i + 2 < tokens.size() ? string_hash(word_at(base, tokens, i + 2)) : none;
  const std::uint8_t prev_tag = i > 0 ? tag_byte(tags[i - 1].tag) : none;
  const std::uint8_t prev2_tag = i > 1 ? tag_byte(tags[i - 2].tag) : none;
  const std::uint8_t next_tag = i + 1 < tags.size() ? tag_byte(tags[i + 1].tag) : none;
  const std::uint8_t next2_tag = i + 2 < tags.size() ? tag_byte(tags[i + 2].tag) : none;
  const std::uint8_t before = group_before(tags, i);
  const std::uint8_t after = complement(tags, i);

  sink.add(Hasher(kBias));
  sink.add(Hasher(kWord).hash(word_hash));
  sink.add(Hasher(kLemma).hash(key));
  sink.add(Hasher(kTag).byte(tag));
  sink.add(Hasher(kTagForm).byte(tag).byte(form));
  sink.add(Hasher(kLemmaTag).hash(key).byte(tag));
  if (word.size() > 3) sink.add(Hasher(kSuffix2).hash(string_hash(word.substr(word.size() - 2))));
  if (word.size() > 4) sink.add(Hasher(kSuffix3).hash(string_hash(word.substr(word.size() - 3))));
  if (word.size() > 5) sink.add(Hasher(kSuffix4).hash(string_hash(word.substr(word.size() - 4))));
  if (const WordInfo* e = t.entry) {
    sink.add(Hasher(kNounFirst).byte(static_cast<std::uint8_t>(e->noun_first)).byte(tag));
    sink.add(Hasher(kVerbFirst).byte(static_cast<std::uint8_t>(e->verb_first)).byte(tag));
    sink.add(Hasher(kWordPos).byte(e->pos).byte(tag));
    const auto bin = [](unsigned n) {
      return static_cast<std::uint8_t>(n == 0 ? 0 : n < 3 ? 1 : n < 8 ? 2 : 3);
    };
    sink.add(Hasher(kSenseCounts).byte(bin(e->noun_senses)).byte(bin(e->verb_senses)).byte(tag));
  } else {
    sink.add(Hasher(kNounFirst).byte(none).byte(tag));  // not in WordNet
  }
  sink.add(Hasher(kDeverbal).byte(deverbal(t)));
  sink.add(Hasher(kPrevWord).hash(prev_word));
  sink.add(Hasher(kNextWord).hash(next_word));
  sink.add(Hasher(kNext2Word).hash(next2_word));
  sink.add(Hasher(kPrevTag).byte(prev_tag));
  sink.add(Hasher(kNextTag).byte(next_tag));
  sink.add(Hasher(kPrev2Tags).byte(prev2_tag).byte(prev_tag));
  sink.add(Hasher(kPrevTagTag).byte(prev_tag).byte(tag));
  sink.add(Hasher(kTagNextTag).byte(tag).byte(next_tag));
  sink.add(Hasher(kNextTwoTags).byte(tag).byte(next_tag).byte(next2_tag));
  sink.add(Hasher(kGroupBefore).byte(before).byte(tag).byte(form));
  const bool determiner =
      (i > 0 && tags[i - 1].tag == Tag::kDeterminer) ||
      (i > 1 && tags[i - 2].tag == Tag::kDeterminer && tags[i - 1].tag == Tag::kAdjective);
  sink.add(Hasher(kDeterminerBefore).byte(determiner).byte(tag));
  const std::uint8_t capitals = tokens[i].all_caps       ? 3
                                : !tokens[i].capitalised ? 0
                                : i == 0                 ? 1
                                                         : 2;
  sink.add(Hasher(kCapitals).byte(capitals).byte(tag));
  sink.add(Hasher(kLemmaNextWord).hash(key).hash(next_word));
  sink.add(Hasher(kComplement).byte(after).byte(tag));
  sink.add(Hasher(kLemmaComplement).hash(key).byte(after));
  sink.add(Hasher(kLemmaGroup).hash(key).byte(before));
  sink.add(Hasher(kLemmaPrevTag).hash(key).byte(prev_tag));
  rate_features(rate, tag, sink);
  if (const WordInfo* e = t.entry) {  // last: a word of many senses may fill the array
    for (std::uint32_t bits = e->noun_classes; bits; bits &= bits - 1)
      sink.add(Hasher(kNounSense).byte(static_cast<std::uint8_t>(std::countr_zero(bits))));
    for (std::uint32_t bits = e->verb_classes; bits; bits &= bits - 1)
      sink.add(Hasher(kVerbSense).byte(static_cast<std::uint8_t>(std::countr_zero(bits))));
  }
}

}  // namespace annals::lexicon
