// WordNet compiled in, morphy's lemmas, and the part-of-speech tagger.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "pos_tagger.h"
#include "tokens.h"
#include "wordnet.h"

using annals::lexicon::NounClass;
using annals::lexicon::Tag;
using annals::lexicon::VerbClass;
using annals::lexicon::VerbForm;
using annals::lexicon::WordNet;
using annals::lexicon::WordPos;

namespace {

std::string lemma_of(std::string_view word, WordPos pos) {
  const auto* w = WordNet::instance().lemma(word, pos);
  return w ? std::string(w->lemma) : std::string("<none>");
}

struct Tagged {
  std::vector<annals::text::Token> tokens;
  std::vector<annals::lexicon::TaggedWord> tags;
  std::string text;
  const annals::lexicon::TaggedWord& at(std::string_view word) const {
    for (std::size_t i = 0; i < tokens.size(); ++i)
      if (tokens[i].text(text) == word) return tags[i];
    FAIL("no token " << word);
    return tags.front();
  }
};

Tagged tag(std::string text) {
  Tagged t;
  t.text = std::move(text);
  annals::text::tokenize(t.text, 0, t.text.size(), t.tokens);
  std::string scratch;
  annals::lexicon::tag_sentence(t.text, t.tokens, t.tags, scratch);
  return t;
}

}  // namespace

TEST_CASE("wordnet: the whole database is compiled in, with parts of speech and sense classes") {
  const WordNet& wn = WordNet::instance();
  CHECK(wn.size() > 60000);
  const auto* earthquake = wn.find("earthquake");
  REQUIRE(earthquake);
  CHECK(earthquake->can_be(WordPos::kNoun));
  CHECK(earthquake->noun_first == NounClass::kEvent);
  const auto* say = wn.find("say");
  REQUIRE(say);
  CHECK(say->can_be(WordPos::kVerb));
  CHECK(say->has(VerbClass::kCommunication));
  CHECK(wn.find("xqzzy") == nullptr);
}

TEST_CASE("wordnet: lemmas undo regular inflection and the exception lists' irregular forms") {
  CHECK(lemma_of("went", WordPos::kVerb) == "go");
  CHECK(lemma_of("sold", WordPos::kVerb) == "sell");
  CHECK(lemma_of("struck", WordPos::kVerb) == "strike");
  CHECK(lemma_of("resigned", WordPos::kVerb) == "resign");
  CHECK(lemma_of("filing", WordPos::kVerb) == "file");
  CHECK(lemma_of("bankruptcies", WordPos::kNoun) == "bankruptcy");
  CHECK(lemma_of("women", WordPos::kNoun) == "woman");
  CHECK(lemma_of("children", WordPos::kNoun) == "child");
  CHECK(lemma_of("elections", WordPos::kNoun) == "election");
  CHECK(lemma_of("the", WordPos::kVerb) == "<none>");
}

TEST_CASE("pos tagger: the same word is a verb or a noun from its neighbours") {
  const Tagged a = tag("The rebels attack the town and the attack kills ten people.");
  CHECK(a.tags[2].tag == Tag::kVerb);  // "attack" after "rebels"
  CHECK(a.tags[2].lemma == "attack");
  CHECK(a.tags[7].tag == Tag::kNoun);  // "the attack"
  CHECK(a.at("kills").tag == Tag::kVerb);
  CHECK(a.at("kills").form == VerbForm::kPresent);
  CHECK(a.at("the").tag == Tag::kDeterminer);
}

TEST_CASE("pos tagger: auxiliaries give participles and gerunds, names stay names") {
  const Tagged p = tag("Smith was arrested on Saturday and has resigned, Reuters is reporting.");
  CHECK(p.at("Smith").tag == Tag::kProperNoun);
  CHECK(p.at("was").tag == Tag::kAuxiliary);
  CHECK(p.at("arrested").tag == Tag::kVerb);
  CHECK(p.at("arrested").form == VerbForm::kParticiple);
  CHECK(p.at("resigned").form == VerbForm::kParticiple);
  CHECK(p.at("reporting").form == VerbForm::kGerund);
  CHECK(p.at("Reuters").tag == Tag::kProperNoun);
  const Tagged f = tag("They will sell the firm.");
  CHECK(f.at("will").tag == Tag::kModal);
  CHECK(f.at("sell").form == VerbForm::kBase);
}
