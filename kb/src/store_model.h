// What the store keeps per event mention: everything needed to re-merge an
// event from its remaining mentions when a document is removed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "annals/date.h"
#include "annals/events.h"
#include "annals/kb.h"

namespace annals::kb {

struct StoredMention {
  std::string doc;
  std::uint32_t index = 0;       // position in the document's extraction
  std::optional<Day> published;  // the document's date (transaction time)
  std::string type;
  std::string trigger;
  std::vector<std::string> agents;
  std::vector<std::string> patients;
  std::string place;
  std::optional<DateInterval> when;
  std::string time_text;
  std::string time_reason;
  std::string modality = "asserted";
  std::string polarity = "positive";
  std::string claimed_by;
  std::vector<Quantity> quantities;
  std::uint32_t sentence_index = 0;
  std::string sentence;
  std::vector<TriggerRef> other_triggers;
};

// An event as stored: its mentions are the truth, `record` is derived.
struct EventState {
  std::uint64_t number = 0;
  std::vector<StoredMention> mentions;
  EventRecord record;
};

}  // namespace annals::kb
