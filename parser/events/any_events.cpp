// Typed event mentions (the trigger lexicon, with roles and dates) joined
// with the event words of any domain (event_words.h).
#include <algorithm>

#include "annals/events.h"
#include "event_words.h"

namespace annals {

Extraction extract_any_events(const Document& doc) {
  Extraction out = extract_event_mentions(doc);
  std::vector<EventMention> typed = std::move(out.events);
  std::sort(typed.begin(), typed.end(),
            [](const EventMention& a, const EventMention& b) { return a.begin < b.begin; });
  std::vector<EventMention> all;
  std::size_t next_typed = 0;
  for (const text::EventWord& w : text::find_event_words(doc)) {
    while (next_typed < typed.size() && typed[next_typed].end <= w.begin) ++next_typed;
    EventMention e;
    if (next_typed < typed.size() && typed[next_typed].begin < w.end) {
      e = typed[next_typed];
      e.event_class = w.event_class;  // TimeML's class, trained: "report" may be an OCCURRENCE
    } else {
      e.type = w.lemma;
      e.trigger = doc.body.substr(w.begin, w.end - w.begin);
      e.begin = w.begin;
      e.end = w.end;
      e.event_class = w.event_class;
      e.sentence = w.sentence;
      e.sentences.push_back(w.sentence);
      if (w.negated) e.polarity = "negative";
      if (w.tense == "FUTURE") e.modality = "planned";
      if (!w.modality.empty()) e.modality = "possible";
    }
    e.lemma = w.lemma;
    e.tense = w.tense;
    e.aspect = w.aspect;
    all.push_back(std::move(e));
  }
  // A typed trigger no event word sits on is left out: the trained rates
  // say TimeML does not count that word as an event here ("according to").
  std::stable_sort(all.begin(), all.end(),
                   [](const EventMention& a, const EventMention& b) { return a.begin < b.begin; });
  out.events = std::move(all);
  return out;
}

}  // namespace annals
