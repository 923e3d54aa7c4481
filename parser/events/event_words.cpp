// Which tagged words are events. A word the training set saw at least
// twice as this part of speech is an event when it was one often enough; a
// word seen once or never falls back to its part of speech and WordNet
// sense classes.
#include "event_words.h"

#include "ascii.h"
#include "event_lemmas.h"
#include "pos_tagger.h"
#include "tokens.h"

namespace annals::text {
namespace {

using lexicon::ClosedClass;
using lexicon::NounClass;
using lexicon::Tag;
using lexicon::TaggedWord;
using lexicon::VerbForm;

// Chosen on held-out development data (rates trained on TimeBank, scored on
// AQUAINT; see scripts/eval-events.sh), never on platinum: a word seen at
// least twice is an event when TimeML tagged it at least 35% of the time
// (TimeML tags more than it leaves: recall is worth more than precision
// there); its trained class is trusted when at least 3 examples and 75% of
// its events had it; otherwise the commonest class, OCCURRENCE, is right
// more often than a rare or split lemma's majority.
constexpr unsigned kMinSeen = 2;
constexpr double kEventShare = 0.35;
constexpr unsigned kMinClassEvidence = 3;
constexpr double kClassShare = 0.75;
constexpr std::string_view kDefaultClass = "OCCURRENCE";

std::string_view trusted_class(const lexicon::EventRate& rate) {
  const bool trusted =
      rate.class_events >= kMinClassEvidence && rate.class_events >= kClassShare * rate.events;
  return trusted ? rate.event_class : kDefaultClass;
}

// Whether a word the training never saw (or saw once) is an event.
bool unseen_event(const TaggedWord& t) {
  if (!t.entry) return false;
  if (t.tag == Tag::kVerb) return true;
  if (t.tag != Tag::kNoun) return false;
  const NounClass first = t.entry->noun_first;
  return first == NounClass::kEvent || first == NounClass::kAct ||
         first == NounClass::kPhenomenon || first == NounClass::kProcess;
}

bool candidate_tag(Tag tag) {
  return tag == Tag::kVerb || tag == Tag::kNoun || tag == Tag::kAdjective ||
         tag == Tag::kAuxiliary || tag == Tag::kProperNoun;
}

// Tense, aspect, polarity and modality from the words before a verb.
void verb_group(std::string_view body, const std::vector<Token>& tokens,
                const std::vector<TaggedWord>& tags, std::size_t i, EventWord& e,
                std::string& scratch) {
  const TaggedWord& t = tags[i];
  e.tense = "NONE";
  e.aspect = "NONE";
  if (t.tag == Tag::kVerb) {
    if (t.form == VerbForm::kPast) e.tense = "PAST";
    if (t.form == VerbForm::kPresent) e.tense = "PRESENT";
  }
  for (std::size_t k = i; k > 0 && i - k < 5;) {
    --k;
    const Tag tag = tags[k].tag;
    if (tag != Tag::kAuxiliary && tag != Tag::kModal && tag != Tag::kAdverb && tag != Tag::kTo)
      break;
    const std::string_view w = lowered(tokens[k].text(body), scratch);
    if (w == "not" || w == "never" || w == "n't" || w.ends_with("n't")) e.negated = true;
    if (tag == Tag::kModal) {
      if (w == "will" || w == "'ll" || w == "shall") {
        e.tense = "FUTURE";
      } else {
        e.modality = std::string(w);
      }
    }
    if (tags[k].closed == ClosedClass::kHave && (t.form == VerbForm::kParticiple)) {
      e.aspect = "PERFECTIVE";
      e.tense = w == "had" ? "PAST" : w == "have" || w == "has" ? "PRESENT" : e.tense;
    }
    if (tags[k].closed == ClosedClass::kBe && t.form == VerbForm::kGerund) {
      e.aspect = "PROGRESSIVE";
      e.tense = w == "was" || w == "were"              ? "PAST"
                : w == "is" || w == "are" || w == "am" ? "PRESENT"
                                                       : e.tense;
    }
  }
}

}  // namespace

std::vector<EventWord> find_event_words(const Document& doc) {
  std::vector<EventWord> out;
  std::vector<Token> tokens;
  std::vector<TaggedWord> tags;
  std::string scratch, key_scratch;
  const std::string_view body = doc.body;
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    tokens.clear();
    tokenize(body, doc.sentences[s].begin, doc.sentences[s].end, tokens);
    lexicon::tag_sentence(body, tokens, tags, scratch);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const TaggedWord& t = tags[i];
      if (!tokens[i].is_word() || !candidate_tag(t.tag)) continue;
      const std::string_view key =
          t.lemma.empty() ? lowered(tokens[i].text(body), key_scratch) : t.lemma;
      const lexicon::EventRate* rate = lexicon::event_rate(key, lexicon::event_pos(t.tag));
      bool event = false;
      std::string_view event_class;
      if (rate && rate->seen >= kMinSeen) {
        event = rate->events >= kEventShare * rate->seen;
        event_class = trusted_class(*rate);
      } else if (t.tag != Tag::kAuxiliary && t.tag != Tag::kProperNoun) {
        event = rate ? rate->events > 0 || unseen_event(t) : unseen_event(t);
        event_class = kDefaultClass;
      }
      if (!event) continue;
      EventWord e;
      e.sentence = s;
      e.begin = tokens[i].begin;
      e.end = tokens[i].end;
      e.lemma = std::string(key);
      e.event_class = std::string(event_class.empty() ? "OCCURRENCE" : event_class);
      e.pos = std::string(lexicon::tag_name(t.tag));
      verb_group(body, tokens, tags, i, e, scratch);
      out.push_back(std::move(e));
    }
  }
  return out;
}

}  // namespace annals::text
