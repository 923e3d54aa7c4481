// Which words are TimeML events, and of which class: a linear model (an
// averaged perceptron over the hashed features of event_features.h) trained
// on TBAQ, never on the TempEval-3 platinum test set, by
// `annals-train-event-model` (eval/train_event_model.cpp; `cmake --build
// BUILD --target train-event-model` rewrites the committed
// parser/data/event_model.tsv) and compiled in. $ANNALS_EVENT_MODEL, when
// set, names a model file to read instead (held-out measurement,
// scripts/eval-events.sh --heldout).
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "event_features.h"

namespace annals::lexicon {

// Label 0 is "not an event"; 1..7 the TimeML classes. A bucket's weights:
// column 0 the event score (an event when the sum is above 0), columns 1..7
// the classes' scores (the best is the event's class).
inline constexpr int kEventLabels = 8;
std::string_view event_label_name(int label);   // "" for 0, "OCCURRENCE", ...
int event_label(std::string_view event_class);  // 0 when not a class name

class EventModel {
 public:
  // The compiled model, or $ANNALS_EVENT_MODEL's.
  static const EventModel& instance();

  // Reads the model format the trainer writes (see the file's header line);
  // an empty model (every weight 0) when the text has no buckets line.
  explicit EventModel(std::string_view text);

  using Scores = std::array<std::int32_t, kEventLabels>;
  void score(const EventFeatures& f, Scores& out) const;
  int predict(const EventFeatures& f) const;  // 0, or the event's class label

  std::size_t buckets() const { return weights_.size() / kEventLabels; }

 private:
  std::vector<std::int16_t> weights_;  // bucket-major, kEventLabels a bucket
  std::uint64_t mask_ = 0;
};

}  // namespace annals::lexicon
