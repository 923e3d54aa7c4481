// How often each lemma, read as a part of speech, is a TimeML event and of
// which class: a table trained on TBAQ (TimeBank and AQUAINT, never the
// TempEval-3 platinum test set) by `annals-train-event-lemmas`
// (eval/train_event_lemmas.cpp; `cmake --build BUILD --target
// train-event-lemmas` rewrites parser/data/event_lemmas.tsv, which is
// committed) and compiled in. $ANNALS_EVENT_LEMMAS, when set, names a table
// file to read instead (held-out measurement, scripts/eval-events.sh).
#pragma once

#include <cstdint>
#include <string_view>

#include "pos_tagger.h"

namespace annals::lexicon {

// The parts of speech the table counts apart.
enum class EventPos : std::uint8_t { kNoun = 0, kVerb = 1, kAdjective = 2, kOther = 3 };
EventPos event_pos(Tag tag);
char event_pos_letter(EventPos pos);  // n v a o

struct EventRate {
  std::uint16_t events = 0;        // times tagged as an EVENT
  std::uint16_t seen = 0;          // times seen
  std::string_view event_class;    // the commonest class when an event ("OCCURRENCE", ...)
  std::uint16_t class_events = 0;  // times of that class
};

// The rate of `lemma` (a WordNet lemma, else the lower-cased word) as `pos`;
// nullptr when the training set never saw it so.
const EventRate* event_rate(std::string_view lemma, EventPos pos);

}  // namespace annals::lexicon
