// One event per happening per document: same-type mentions with compatible
// dates and actors become one event that keeps all their sentences.
#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_set>

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

void absorb(EventMention& into, std::unordered_set<std::size_t>& into_sentences,
            const EventMention& from) {
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
  // Filled on the first merge: most events (every "say") never get one.
  if (into_sentences.empty()) into_sentences.insert(into.sentences.begin(), into.sentences.end());
  for (std::size_t s : from.sentences) {
    if (into_sentences.insert(s).second) into.sentences.push_back(s);
  }
}

// Cuts every loop of parents where the sequential walk (each event in order,
// cut its parent when following parents leads back to it) would: at the
// loop's lowest-numbered event. Parents form a functional graph, so loops
// are disjoint and one colouring pass finds them all, however deep the
// chains of reports are.
void cut_parent_loops(std::vector<EventMention>& merged) {
  enum : unsigned char { kUnseen, kOnPath, kDone };
  std::vector<unsigned char> state(merged.size(), kUnseen);
  std::vector<std::size_t> path;
  for (std::size_t start = 0; start < merged.size(); ++start) {
    path.clear();
    std::optional<std::size_t> at = start;
    while (at && state[*at] == kUnseen) {
      state[*at] = kOnPath;
      path.push_back(*at);
      at = merged[*at].parent;
    }
    if (at && state[*at] == kOnPath) {
      // The loop is the tail of the path from *at on.
      const auto loop = std::find(path.begin(), path.end(), *at);
      merged[*std::min_element(loop, path.end())].parent.reset();
    }
    for (std::size_t j : path) state[j] = kDone;
  }
}

// Speech acts more specific than "say": a statement that condemns, thanks
// or confirms is one event of that type, not a saying beside it.
bool speech_act(const std::string& type) {
  static const std::unordered_set<std::string> kActs{
      "condemn", "criticize", "thank",    "praise",   "confirm", "deny",        "demand",
      "warn",    "urge",      "announce", "accuse",   "welcome", "express",     "hail",
      "vow",     "pledge",    "promise",  "threaten", "reject",  "acknowledge", "admit",
      "claim",   "insist",    "call",     "appeal",   "protest", "apologize"};
  return kActs.count(type) > 0;
}

// One side names the speaker and the other is silent, or both name one.
bool same_speaker(const EventMention& a, const EventMention& b) {
  if (a.agents.empty() && b.agents.empty()) return false;
  return shares_or_empty(a.agents, b.agents);
}

// "South Korea said ... and condemned the North", "Putin thanked Kim, the
// Kremlin's statement said": a "say" and the speech act it reports, in one
// sentence by one speaker, are one event of the speech act's type. The say
// becomes another trigger of the speech act; what it reported moves there.
void fold_reports_into_speech_acts(std::vector<EventMention>& mentions) {
  std::vector<std::optional<std::size_t>> folded_into(mentions.size());
  for (std::size_t r = 0; r < mentions.size(); ++r) {
    const EventMention& say = mentions[r];
    if (say.type != "say" || say.modality != "asserted") continue;
    for (std::size_t k = 0; k < mentions.size(); ++k) {
      EventMention& act = mentions[k];
      if (k == r || folded_into[k] || act.sentence != say.sentence || !speech_act(act.type))
        continue;
      if (act.modality != say.modality || act.polarity != say.polarity) continue;
      const bool nested = act.parent == r || say.parent == k;
      if (!same_speaker(say, act) && !(nested && act.agents.empty())) continue;
      if (say.when && act.when && !say.when->overlaps(*act.when)) continue;
      if (!act.when && say.when) {
        act.when = say.when;
        act.time_text = say.time_text;
        act.time_reason = "the statement's: " + say.time_reason;
      }
      add_unique(act.agents, say.agents);
      act.other_triggers.push_back({say.sentence, say.trigger});
      folded_into[r] = k;
      break;
    }
  }
  // Drop the folded "say"s; re-point parents.
  std::vector<std::size_t> new_index(mentions.size());
  std::size_t kept = 0;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    if (!folded_into[i]) new_index[i] = kept++;
  }
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    if (folded_into[i]) new_index[i] = new_index[*folded_into[i]];
  }
  std::vector<EventMention> out;
  out.reserve(kept);
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    if (folded_into[i]) continue;
    EventMention m = std::move(mentions[i]);
    if (m.parent) {
      m.parent = new_index[*m.parent];
      if (*m.parent == out.size()) m.parent.reset();  // was nested under its own say
    }
    out.push_back(std::move(m));
  }
  mentions = std::move(out);
}

}  // namespace

std::vector<EventMention> merge_event_mentions(std::vector<EventMention> mentions) {
  fold_reports_into_speech_acts(mentions);
  std::vector<EventMention> merged;
  std::vector<std::size_t> target(mentions.size(), 0);
  std::vector<std::optional<std::size_t>> old_parent;  // per merged event, in old indices
  // Only events of the same type, modality and polarity can be compatible:
  // each mention looks at those (in merged order, so it joins the same first
  // one as a scan of all would), not at every event of the document; a
  // document repeating one statement thousands of times stays linear.
  using Kind = std::tuple<std::string, std::string, std::string>;
  std::map<Kind, std::vector<std::size_t>> by_kind;
  std::vector<std::unordered_set<std::size_t>> sentences_of;  // per merged event, see absorb
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    EventMention& m = mentions[i];
    if (m.sentences.empty()) m.sentences.push_back(m.sentence);
    std::vector<std::size_t>* same_kind = nullptr;
    std::optional<std::size_t> into;
    if (m.type != "say") {  // never compatible: keep them out of the buckets
      same_kind = &by_kind[Kind{m.type, m.modality, m.polarity}];
      for (std::size_t j : *same_kind) {
        if (compatible(merged[j], m)) {
          into = j;
          break;
        }
      }
    }
    if (into) {
      absorb(merged[*into], sentences_of[*into], m);
      target[i] = *into;
    } else {
      old_parent.push_back(m.parent);
      target[i] = merged.size();
      if (same_kind) same_kind->push_back(merged.size());
      sentences_of.emplace_back();
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
  cut_parent_loops(merged);
  return merged;
}

}  // namespace annals
