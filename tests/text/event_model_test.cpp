// The trained event model: it loads, and on sentences written for this test
// finds the events TimeML would tag, with their class, and leaves the
// participants, places and dates alone.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "annals/timeml.h"
#include "event_features.h"
#include "event_model.h"
#include "event_words.h"
#include "text_helpers.h"

using annals::testing::document_of;

namespace {

// The class found for `surface`, or "" when it is not an event word.
std::string class_of(const annals::Document& doc, std::string_view surface) {
  for (const auto& w : annals::text::find_event_words(doc))
    if (doc.body.substr(w.begin, w.end - w.begin) == surface) return w.event_class;
  return "";
}

}  // namespace

TEST_CASE("event model: the compiled model loads with its weights") {
  const auto& model = annals::lexicon::EventModel::instance();
  CHECK(model.buckets() == 65536);
  CHECK(annals::lexicon::event_label_name(annals::lexicon::event_label("I_STATE")) == "I_STATE");
  CHECK(annals::lexicon::event_label("not a class") == 0);
}

TEST_CASE("event model: a model with no weights finds no event") {
  const annals::lexicon::EventModel empty("# nothing trained\n");
  annals::lexicon::EventFeatures features;
  features.count = 1;
  CHECK(empty.predict(features) == 0);
}

TEST_CASE("event model: reporting, aspectual and perception verbs get their class") {
  const auto doc = document_of(
      "Officials began investigating the fire, and witnesses said they saw the explosion.\n");
  CHECK(class_of(doc, "began") == "ASPECTUAL");
  CHECK(class_of(doc, "investigating") == "OCCURRENCE");
  CHECK(class_of(doc, "said") == "REPORTING");
  CHECK(class_of(doc, "saw") == "PERCEPTION");
  CHECK(class_of(doc, "explosion") == "OCCURRENCE");
  CHECK(class_of(doc, "Officials").empty());
  CHECK(class_of(doc, "witnesses").empty());
}

TEST_CASE("event model: event nouns count, participants and dates do not") {
  const auto doc = document_of(
      "The company announced on Tuesday that it would acquire its rival after talks "
      "collapsed.\n");
  CHECK(class_of(doc, "announced") == "REPORTING");
  CHECK(class_of(doc, "acquire") == "OCCURRENCE");
  CHECK(class_of(doc, "collapsed") == "OCCURRENCE");
  CHECK(class_of(doc, "company").empty());
  CHECK(class_of(doc, "rival").empty());
  CHECK(class_of(doc, "Tuesday").empty());
}

TEST_CASE("event model: a verb of wanting is an intensional state") {
  const auto doc = document_of("The minister wants to resign.\n");
  CHECK(class_of(doc, "wants") == "I_STATE");
  CHECK(class_of(doc, "resign") == "OCCURRENCE");
  CHECK(class_of(doc, "minister").empty());
}
