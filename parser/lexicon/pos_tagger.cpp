// The part-of-speech rules, left to right: closed-class words are what they
// are; an open-class word is read as each part of speech WordNet allows and
// the reading is chosen from the tag before it, the word after it and the
// word's suffix.
#include "pos_tagger.h"

#include <unordered_map>

#include "ascii.h"

namespace annals::lexicon {
namespace {

bool ends_with(std::string_view w, std::string_view suffix) {
  return w.ends_with(suffix);
}

struct Readings {
  const WordInfo* noun = nullptr;
  const WordInfo* verb = nullptr;
  const WordInfo* adjective = nullptr;
  const WordInfo* adverb = nullptr;
};

Readings readings_of(std::string_view w) {
  const WordNet& wn = WordNet::instance();
  Readings r;
  r.noun = wn.lemma(w, WordPos::kNoun);
  r.verb = wn.lemma(w, WordPos::kVerb);
  r.adjective = wn.lemma(w, WordPos::kAdjective);
  r.adverb = wn.find(w);
  if (r.adverb && !r.adverb->can_be(WordPos::kAdverb)) r.adverb = nullptr;
  return r;
}

// readings_of, remembered for the words this thread read lately: news
// repeats its words, and a word's readings are four WordNet look-ups (the
// answers point into the WordNet, which never changes).
Readings remembered_readings_of(std::string_view w) {
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  constexpr std::size_t kWords = 1 << 16;  // bounded: cleared when full
  thread_local std::unordered_map<std::string, Readings, Hash, std::equal_to<>> memo;
  if (auto it = memo.find(w); it != memo.end()) return it->second;
  const Readings r = readings_of(w);
  if (memo.size() >= kWords) memo.clear();
  memo.emplace(std::string(w), r);
  return r;
}

// The form of a verb reading from the word's shape: "confirms", "confirmed"
// (past or participle: resolved by the caller from context), "confirming".
VerbForm verb_form(std::string_view w, const WordInfo& verb) {
  if (w == verb.lemma) return VerbForm::kBase;
  if (ends_with(w, "ing")) return VerbForm::kGerund;
  if (ends_with(w, "s") && !ends_with(w, "ss")) return VerbForm::kPresent;
  return VerbForm::kPast;  // "-ed" or an irregular past ("went", "sold")
}

Tag closed_tag(ClosedClass c) {
  switch (c) {
    case ClosedClass::kDeterminer:
      return Tag::kDeterminer;
    case ClosedClass::kPronoun:
      return Tag::kPronoun;
    case ClosedClass::kPreposition:
      return Tag::kPreposition;
    case ClosedClass::kConjunction:
    case ClosedClass::kWh:
      return Tag::kConjunction;
    case ClosedClass::kModal:
      return Tag::kModal;
    case ClosedClass::kBe:
    case ClosedClass::kHave:
    case ClosedClass::kDo:
      return Tag::kAuxiliary;
    case ClosedClass::kAdverb:
      return Tag::kAdverb;
    case ClosedClass::kNone:
      break;
  }
  return Tag::kOther;
}

bool nominal_context(Tag prev) {
  return prev == Tag::kDeterminer || prev == Tag::kAdjective || prev == Tag::kPossessive ||
         prev == Tag::kNumber || prev == Tag::kPreposition;
}

// Whether a verb comes next, past adverbs and "not": "has (not yet) said".
bool verb_follows(std::string_view base, std::span<const text::Token> tokens, std::size_t from,
                  std::string& scratch) {
  for (std::size_t k = from; k < tokens.size() && k < from + 3; ++k) {
    if (!tokens[k].is_word()) return false;
    const std::string_view w = text::lowered(tokens[k].text(base), scratch);
    const ClosedClass c = closed_class(w);
    if (c == ClosedClass::kAdverb) continue;
    if (c == ClosedClass::kBe || c == ClosedClass::kHave || c == ClosedClass::kDo) return true;
    if (c != ClosedClass::kNone) return false;
    return WordNet::instance().lemma(w, WordPos::kVerb) != nullptr;
  }
  return false;
}

// Whether an object or complement starts at token `from`: a determiner, a
// pronoun, a name, a number, a preposition or an open-class word; not an
// auxiliary, a modal, punctuation or the end.
bool object_follows(std::string_view base, std::span<const text::Token> tokens, std::size_t from,
                    std::string& scratch) {
  if (from >= tokens.size()) return false;
  const text::Token& next = tokens[from];
  if (next.kind == text::TokenKind::kNumber) return true;
  if (!next.is_word()) return false;
  const ClosedClass c = closed_class(text::lowered(next.text(base), scratch));
  return c != ClosedClass::kBe && c != ClosedClass::kHave && c != ClosedClass::kDo &&
         c != ClosedClass::kModal && c != ClosedClass::kConjunction && c != ClosedClass::kWh;
}

}  // namespace

std::string_view tag_name(Tag tag) {
  switch (tag) {
    case Tag::kNoun:
      return "NOUN";
    case Tag::kProperNoun:
      return "PROPN";
    case Tag::kVerb:
      return "VERB";
    case Tag::kAuxiliary:
      return "AUX";
    case Tag::kModal:
      return "MODAL";
    case Tag::kAdjective:
      return "ADJ";
    case Tag::kAdverb:
      return "ADV";
    case Tag::kDeterminer:
      return "DET";
    case Tag::kPronoun:
      return "PRON";
    case Tag::kPreposition:
      return "PREP";
    case Tag::kConjunction:
      return "CONJ";
    case Tag::kTo:
      return "TO";
    case Tag::kNumber:
      return "NUM";
    case Tag::kPossessive:
      return "POS";
    case Tag::kPunct:
      return "PUNCT";
    case Tag::kOther:
      return "X";
  }
  return "X";
}

void tag_sentence(std::string_view base, std::span<const text::Token> tokens,
                  std::vector<TaggedWord>& out, std::string& scratch) {
  out.assign(tokens.size(), TaggedWord{});
  // The auxiliary (be/have/do) or modal the next verb depends on, if any
  // since: "has not yet been confirmed".
  ClosedClass pending_aux = ClosedClass::kNone;
  bool first_word = true;
  std::string next_scratch;  // the word after, lower-cased
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const text::Token& tok = tokens[i];
    TaggedWord& t = out[i];
    const Tag prev = i > 0 ? out[i - 1].tag : Tag::kPunct;
    switch (tok.kind) {
      case text::TokenKind::kNumber:
        t.tag = Tag::kNumber;
        first_word = false;
        continue;
      case text::TokenKind::kPossessive:
        t.tag = Tag::kPossessive;
        continue;
      case text::TokenKind::kPunct:
      case text::TokenKind::kOpenQuote:
      case text::TokenKind::kCloseQuote:
        t.tag = Tag::kPunct;
        if (tok.text(base) != ",") pending_aux = ClosedClass::kNone;
        first_word = first_word || tok.text(base) == "." || tok.kind == text::TokenKind::kOpenQuote;
        continue;
      case text::TokenKind::kWord:
        break;
    }
    const std::string_view w = text::lowered(tok.text(base), scratch);
    const bool sentence_start = first_word;
    first_word = false;
    t.closed = closed_class(w);
    if (t.closed != ClosedClass::kNone) {
      t.tag = closed_tag(t.closed);
      if (w == "to") {
        // "to" before a verb's base form is the infinitive marker.
        t.tag = Tag::kPreposition;
        if (i + 1 < tokens.size() && tokens[i + 1].is_word()) {
          const std::string_view next = text::lowered(tokens[i + 1].text(base), next_scratch);
          const WordInfo* v = WordNet::instance().find(next);
          if (v && v->can_be(WordPos::kVerb) && closed_class(next) == ClosedClass::kNone &&
              !(v->can_be(WordPos::kNoun) && v->noun_senses > 2 * v->verb_senses))
            t.tag = Tag::kTo;
        }
      }
      // "had a plan", "did the work": have and do with no verb after them are
      // main verbs.
      if ((t.closed == ClosedClass::kHave || t.closed == ClosedClass::kDo) &&
          !verb_follows(base, tokens, i + 1, next_scratch)) {
        const WordInfo* v = WordNet::instance().lemma(w, WordPos::kVerb);
        t.tag = Tag::kVerb;
        t.entry = v;
        t.lemma = v ? v->lemma : std::string_view();
        t.form = v ? verb_form(w, *v) : VerbForm::kNone;
        pending_aux = ClosedClass::kNone;
        continue;
      }
      if (t.tag == Tag::kAuxiliary || t.tag == Tag::kModal || t.tag == Tag::kTo)
        pending_aux = t.tag == Tag::kTo ? ClosedClass::kModal : t.closed;
      else if (t.tag != Tag::kAdverb)
        pending_aux = ClosedClass::kNone;
      continue;
    }
    const Readings r = remembered_readings_of(w);
    // A capitalised word inside the sentence, or one WordNet lacks, is a name.
    // At a sentence's start, a bare singular noun before an auxiliary is a
    // name too ("Smith was arrested"): a common noun there takes a determiner.
    bool bare_subject = false;
    if (sentence_start && tok.capitalised && r.noun && !r.verb && !r.adjective &&
        r.noun->lemma == w && i + 1 < tokens.size() && tokens[i + 1].is_word()) {
      const ClosedClass next = closed_class(text::lowered(tokens[i + 1].text(base), next_scratch));
      bare_subject =
          next == ClosedClass::kBe || next == ClosedClass::kHave || next == ClosedClass::kModal;
    }
    if (tok.capitalised && !tok.all_caps &&
        (!sentence_start || bare_subject || (!r.noun && !r.verb && !r.adjective))) {
      t.tag = Tag::kProperNoun;
      pending_aux = ClosedClass::kNone;
      continue;
    }
    // A verb reading fits the auxiliary before it: "will open", "has opened",
    // "was opened", "is opening"; not "was open".
    bool after_aux = false;
    if (r.verb && pending_aux != ClosedClass::kNone) {
      const VerbForm f = verb_form(w, *r.verb);
      after_aux = pending_aux == ClosedClass::kBe ? f == VerbForm::kGerund || f == VerbForm::kPast
                  : pending_aux == ClosedClass::kHave ? f == VerbForm::kPast || f == VerbForm::kBase
                                                      : f == VerbForm::kBase;
    }
    const bool ing_or_ed = ends_with(w, "ing") || ends_with(w, "ed");
    Tag choice = Tag::kOther;
    if (r.verb && after_aux) {
      choice = Tag::kVerb;
    } else if (r.verb && prev == Tag::kPronoun && (i < 2 || out[i - 2].tag != Tag::kPreposition)) {
      choice = Tag::kVerb;
    } else if (nominal_context(prev) && (r.noun || r.adjective)) {
      // "the attack", "a new deal"; "the rising prices": an adjective reading.
      const bool adjective_next = i + 1 < tokens.size() && tokens[i + 1].is_word() && r.adjective;
      choice = r.noun && !(adjective_next && !r.noun) ? Tag::kNoun : Tag::kAdjective;
      if (r.adjective && !r.noun) choice = Tag::kAdjective;
      if (r.adjective && r.noun && i + 1 < tokens.size() && tokens[i + 1].is_word()) {
        const std::string_view next = text::lowered(tokens[i + 1].text(base), next_scratch);
        const WordInfo* n = WordNet::instance().lemma(next, WordPos::kNoun);
        if (n && closed_class(next) == ClosedClass::kNone && !ing_or_ed && r.adjective->lemma == w)
          choice = Tag::kAdjective;
      }
    } else if (r.verb && (prev == Tag::kNoun || prev == Tag::kProperNoun) &&
               (verb_form(w, *r.verb) == VerbForm::kPresent ||
                verb_form(w, *r.verb) == VerbForm::kPast)) {
      // "the council voted", "Russia denies the claim"; but "Cuban exiles
      // are", "the doctors' union": a plural noun before a verb or the end.
      choice = Tag::kVerb;
      if (r.noun && verb_form(w, *r.verb) == VerbForm::kPresent && r.noun->lemma != w &&
          !object_follows(base, tokens, i + 1, next_scratch))
        choice = Tag::kNoun;
    } else if (r.verb && (prev == Tag::kNoun || prev == Tag::kProperNoun) && w == r.verb->lemma &&
               i + 1 < tokens.size() && tokens[i + 1].is_word()) {
      // "the rebels attack the town": a base form before its object.
      const ClosedClass next = closed_class(text::lowered(tokens[i + 1].text(base), next_scratch));
      choice = next == ClosedClass::kDeterminer || next == ClosedClass::kPronoun ? Tag::kVerb
               : r.noun                                                          ? Tag::kNoun
                                                                                 : Tag::kVerb;
    } else if (r.verb && !r.noun && !r.adjective) {
      choice = Tag::kVerb;
    } else if (r.noun && !r.verb && !r.adjective) {
      choice = Tag::kNoun;
    } else if (r.adjective && !r.verb && !r.noun) {
      choice = Tag::kAdjective;
    } else if (r.verb && ing_or_ed && w != r.verb->lemma) {
      choice = Tag::kVerb;
    } else if (r.noun && r.verb) {
      choice = r.noun->noun_senses >= r.verb->verb_senses ? Tag::kNoun : Tag::kVerb;
    } else if (r.noun) {
      choice = Tag::kNoun;
    } else if (r.adjective) {
      choice = Tag::kAdjective;
    } else if (r.adverb || ends_with(w, "ly")) {
      choice = Tag::kAdverb;
    } else {
      choice = tok.capitalised ? Tag::kProperNoun : Tag::kNoun;
    }
    if (choice == Tag::kNoun && r.adverb && ends_with(w, "ly") && !r.noun) choice = Tag::kAdverb;
    t.tag = choice;
    switch (choice) {
      case Tag::kVerb:
        t.entry = r.verb;
        t.form = verb_form(w, *r.verb);
        if (t.form == VerbForm::kPast &&
            (pending_aux == ClosedClass::kHave || pending_aux == ClosedClass::kBe))
          t.form = VerbForm::kParticiple;
        if (t.form == VerbForm::kBase && pending_aux == ClosedClass::kNone)
          t.form = VerbForm::kPresent;
        break;
      case Tag::kNoun:
        t.entry = r.noun;
        break;
      case Tag::kAdjective:
        t.entry = r.adjective;
        break;
      case Tag::kAdverb:
        t.entry = r.adverb;
        break;
      default:
        break;
    }
    if (t.entry) t.lemma = t.entry->lemma;
    if (choice != Tag::kAdverb) pending_aux = ClosedClass::kNone;
  }
}

}  // namespace annals::lexicon
