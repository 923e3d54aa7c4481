// One event per happening per document: same-type mentions with compatible
// dates and actors become one event that keeps all their sentences.
#include <algorithm>

#include "annals/events.h"

namespace annals {
namespace {

bool shares_or_empty(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return true;
  return std::any_of(a.begin(), a.end(), [&](const std::string& x) {
    return std::find(b.begin(), b.end(), x) != b.end();
  });
}

bool compatible(const EventMention& a, const EventMention& b) {
  if (a.type != b.type || a.modality != b.modality || a.polarity != b.polarity) return false;
  // "say" is too general: two statements by one speaker are two events.
  if (a.type == "say") return false;
  if (!shares_or_empty(a.agents, b.agents)) return false;
  if (a.when && b.when && !a.when->overlaps(*b.when)) return false;
  return true;
}

void add_unique(std::vector<std::string>& into, const std::vector<std::string>& from) {
  for (const std::string& x : from) {
    if (std::find(into.begin(), into.end(), x) == into.end()) into.push_back(x);
  }
}

std::int64_t width(const DateInterval& d) {
  return static_cast<std::int64_t>(d.end) - d.start;
}

void absorb(EventMention& into, const EventMention& from) {
  add_unique(into.agents, from.agents);
  add_unique(into.patients, from.patients);
  if (into.place.empty()) into.place = from.place;
  if (from.when && (!into.when || width(*from.when) < width(*into.when))) {
    into.when = from.when;
    into.time_text = from.time_text;
    into.time_reason = from.time_reason;
  }
  for (const Quantity& q : from.quantities) {
    const bool known = std::any_of(into.quantities.begin(), into.quantities.end(),
                                   [&](const Quantity& k) { return k.text == q.text; });
    if (!known) into.quantities.push_back(q);
  }
  into.other_triggers.push_back({from.sentence, from.trigger});
  into.other_triggers.insert(into.other_triggers.end(), from.other_triggers.begin(),
                             from.other_triggers.end());
  for (std::size_t s : from.sentences) {
    if (std::find(into.sentences.begin(), into.sentences.end(), s) == into.sentences.end()) {
      into.sentences.push_back(s);
    }
  }
}

}  // namespace

std::vector<EventMention> merge_event_mentions(std::vector<EventMention> mentions) {
  std::vector<EventMention> merged;
  std::vector<std::size_t> target(mentions.size(), 0);
  std::vector<std::optional<std::size_t>> old_parent;  // per merged event, in old indices
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    EventMention& m = mentions[i];
    if (m.sentences.empty()) m.sentences.push_back(m.sentence);
    std::optional<std::size_t> into;
    for (std::size_t j = 0; j < merged.size(); ++j) {
      if (compatible(merged[j], m)) {
        into = j;
        break;
      }
    }
    if (into) {
      absorb(merged[*into], m);
      target[i] = *into;
    } else {
      old_parent.push_back(m.parent);
      target[i] = merged.size();
      merged.push_back(std::move(m));
    }
  }
  for (std::size_t j = 0; j < merged.size(); ++j) {
    merged[j].parent.reset();
    if (old_parent[j] && *old_parent[j] < target.size() && target[*old_parent[j]] != j) {
      merged[j].parent = target[*old_parent[j]];
    }
  }
  // Merging can close a loop of parents: cut it where it closes.
  for (std::size_t j = 0; j < merged.size(); ++j) {
    std::size_t steps = 0;
    for (auto p = merged[j].parent; p && steps <= merged.size(); p = merged[*p].parent, ++steps) {
      if (*p == j) {
        merged[j].parent.reset();
        break;
      }
    }
  }
  return merged;
}

}  // namespace annals
