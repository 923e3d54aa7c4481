// Which tagged words are events, and of which class: the trained event
// model (lexicon/event_model.h) weighs each candidate word's features.
#include "event_words.h"

#include "ascii.h"
#include "event_features.h"
#include "event_lemmas.h"
#include "event_model.h"
#include "pos_tagger.h"
#include "tokens.h"

namespace annals::text {
namespace {

using lexicon::ClosedClass;
using lexicon::Tag;
using lexicon::TaggedWord;
using lexicon::VerbForm;

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
  lexicon::EventFeatures features;
  const lexicon::EventModel& model = lexicon::EventModel::instance();
  const std::string_view body = doc.body;
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    tokens.clear();
    tokenize(body, doc.sentences[s].begin, doc.sentences[s].end, tokens);
    lexicon::tag_sentence(body, tokens, tags, scratch);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const TaggedWord& t = tags[i];
      if (!tokens[i].is_word() || !lexicon::event_candidate(t.tag)) continue;
      const std::string_view key = lexicon::event_key(body, tokens[i], t, key_scratch);
      lexicon::event_features(body, tokens, tags, i,
                              lexicon::event_rate(key, lexicon::event_pos(t.tag)), features);
      const int label = model.predict(features);
      if (label == 0) continue;
      EventWord e;
      e.sentence = s;
      e.begin = tokens[i].begin;
      e.end = tokens[i].end;
      e.lemma = std::string(key);
      e.event_class = std::string(lexicon::event_label_name(label));
      e.pos = std::string(lexicon::tag_name(t.tag));
      verb_group(body, tokens, tags, i, e, scratch);
      out.push_back(std::move(e));
    }
  }
  return out;
}

}  // namespace annals::text
