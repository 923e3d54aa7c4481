// Event words of any domain, with TimeML class, lemma, tense and aspect.
#include <catch2/catch.hpp>

#include <string>

#include "annals/events.h"
#include "annals/timeml.h"
#include "event_words.h"
#include "text_helpers.h"

using annals::testing::document_of;

namespace {

const annals::text::EventWord* find(const std::vector<annals::text::EventWord>& words,
                                    const annals::Document& doc, std::string_view surface) {
  for (const auto& w : words)
    if (doc.body.substr(w.begin, w.end - w.begin) == surface) return &w;
  return nullptr;
}

}  // namespace

TEST_CASE("event words: verbs and event nouns of any domain, with lemma and class") {
  const auto doc = document_of(
      "The bank filed for bankruptcy on Monday after an explosion struck the region, the "
      "minister said.\n");
  const auto words = annals::text::find_event_words(doc);
  const auto* filed = find(words, doc, "filed");
  REQUIRE(filed);
  CHECK(filed->lemma == "file");
  CHECK(filed->tense == "PAST");
  const auto* struck = find(words, doc, "struck");
  REQUIRE(struck);
  CHECK(struck->lemma == "strike");
  const auto* explosion = find(words, doc, "explosion");
  REQUIRE(explosion);
  CHECK(explosion->event_class == "OCCURRENCE");
  const auto* said = find(words, doc, "said");
  REQUIRE(said);
  CHECK(said->event_class == "REPORTING");
  CHECK(find(words, doc, "bank") == nullptr);
  CHECK(find(words, doc, "region") == nullptr);
  CHECK(find(words, doc, "Monday") == nullptr);
}

TEST_CASE("event words: tense, aspect, negation and modality come from the verb group") {
  const auto doc = document_of("The miners have not resigned, and the union would strike.\n");
  const auto words = annals::text::find_event_words(doc);
  const auto* resigned = find(words, doc, "resigned");
  REQUIRE(resigned);
  CHECK(resigned->aspect == "PERFECTIVE");
  CHECK(resigned->tense == "PRESENT");
  CHECK(resigned->negated);
  const auto* strike = find(words, doc, "strike");
  REQUIRE(strike);
  CHECK(strike->modality == "would");
}

TEST_CASE("any events: a typed trigger keeps its type, other events are typed by lemma") {
  const auto doc = document_of("Russia confirmed on Monday that the company resigned from it.\n");
  const auto found = annals::extract_any_events(doc);
  bool confirm = false, resign = false;
  for (const auto& e : found.events) {
    confirm |= e.type == "confirm" && e.event_class == "REPORTING";
    resign |= e.type == "resign" && e.lemma == "resign";
  }
  CHECK(confirm);
  CHECK(resign);
}
