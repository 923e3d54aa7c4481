#include "merge.h"

#include <algorithm>
#include <array>
#include <map>

#include "keys.h"

namespace annals::kb {
namespace {

// Event types that report the same happening in other words. The first
// member names the family.
const std::array<std::vector<std::string_view>, 7> kFamilies = {{
    {"confirm", "acknowledge", "admit", "recognize", "concede", "verify"},
    {"deploy", "send", "dispatch", "station"},
    {"kill", "slay"},
    {"meet", "hold talks"},
    {"sign", "conclude", "ink"},
    {"thank", "praise"},
    {"attack", "strike", "raid", "shell"},
}};

bool has_common(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const std::string& x : a)
    if (std::find(b.begin(), b.end(), x) != b.end()) return true;
  return false;
}

int count_common(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  int n = 0;
  for (const std::string& x : a) n += std::find(b.begin(), b.end(), x) != b.end() ? 1 : 0;
  return n;
}

bool contains(const DateInterval& outer, const DateInterval& inner) {
  return outer.start <= inner.start && inner.end <= outer.end;
}

void add_unique(std::vector<std::string>& to, const std::string& value) {
  if (!value.empty() && std::find(to.begin(), to.end(), value) == to.end()) to.push_back(value);
}

bool dates_compatible(const EventState& event, const StoredMention& m) {
  const std::optional<DateInterval>& ev = event.record.when;
  if (m.when && ev) {
    if (m.when->overlaps(*ev)) return true;
    // A finer date that disagrees by a little can still be the same
    // happening when it agrees with one of the event's own mention dates.
    if (m.when->end < ev->start - kJoinSlackDays || m.when->start > ev->end + kJoinSlackDays)
      return false;
    for (const StoredMention& x : event.mentions)
      if (x.when && x.when->granularity <= Granularity::kMonth && x.when->overlaps(*m.when))
        return true;
    return false;
  }
  if (m.when) return !event.record.reported || m.when->start <= *event.record.reported;
  if (ev) {
    if (!m.published) return false;
    return ev->start <= *m.published && ev->end >= *m.published - kOpenLookbackDays;
  }
  return true;  // both open
}

}  // namespace

std::string_view type_family(std::string_view type) {
  for (const auto& family : kFamilies)
    if (std::find(family.begin(), family.end(), type) != family.end()) return family.front();
  return type;
}

std::vector<std::string> family_members(std::string_view type) {
  for (const auto& family : kFamilies)
    if (std::find(family.begin(), family.end(), type) != family.end())
      return {family.begin(), family.end()};
  return {std::string(type)};
}

bool can_join(const EventState& event, const StoredMention& m) {
  const EventRecord& ev = event.record;
  if (ev.polarity != m.polarity) return false;
  if (type_family(ev.type) != type_family(m.type)) return false;
  if (!ev.agents.empty() && !m.agents.empty() && !has_common(ev.agents, m.agents)) return false;
  return dates_compatible(event, m);
}

int join_score(const EventState& event, const StoredMention& m) {
  const EventRecord& ev = event.record;
  int score = 4 * count_common(ev.agents, m.agents) + count_common(ev.patients, m.patients);
  if (ev.when && m.when && *ev.when == *m.when) score += 2;
  if (ev.type == m.type) score += 1;
  return score;
}

namespace {

// The date most mentions agree with: a candidate interval is supported by
// every mention whose own date contains it; ties go to the narrower one,
// then to the earlier-reported mention.
void settle_date(const std::vector<StoredMention>& mentions, EventRecord& out) {
  std::vector<DateInterval> distinct;
  for (const StoredMention& m : mentions)
    if (m.when && std::find(distinct.begin(), distinct.end(), *m.when) == distinct.end())
      distinct.push_back(*m.when);
  if (distinct.empty()) return;
  std::size_t best = 0;
  int best_support = -1;
  for (std::size_t i = 0; i < distinct.size(); ++i) {
    int support = 0;
    for (const StoredMention& m : mentions)
      if (m.when && contains(*m.when, distinct[i])) ++support;
    Day span = distinct[i].end - distinct[i].start;
    Day best_span = distinct[best].end - distinct[best].start;
    if (support > best_support || (support == best_support && span < best_span)) {
      best = i;
      best_support = support;
    }
  }
  out.when = distinct[best];
  for (const DateInterval& d : distinct)
    if (!contains(d, distinct[best])) out.conflicting_dates.push_back(d);
}

std::string most_common(const std::vector<std::string>& values) {
  std::map<std::string, int> counts;
  std::string best;
  int best_count = 0;
  for (const std::string& v : values) {
    if (v.empty()) continue;
    int c = ++counts[v];
    if (c > best_count) {
      best = v;
      best_count = c;
    }
  }
  return best;
}

std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

}  // namespace

EventRecord derive_event(std::uint64_t number, const std::vector<StoredMention>& mentions) {
  EventRecord ev;
  ev.id = keys::event_id(number);
  std::vector<std::string> types, places, polarities;
  bool asserted = false, planned = false;
  for (const StoredMention& m : mentions) {
    types.push_back(m.type);
    places.push_back(m.place);
    polarities.push_back(m.polarity);
    for (const std::string& a : m.agents) add_unique(ev.agents, a);
    for (const std::string& p : m.patients) add_unique(ev.patients, p);
    add_unique(ev.claimed_by, m.claimed_by);
    asserted |= m.modality == "asserted";
    planned |= m.modality == "planned";
    if (m.published && (!ev.reported || *m.published < *ev.reported)) ev.reported = m.published;
    for (const Quantity& q : m.quantities) {
      QuantityRecord r{q.what, q.low, q.high, q.text, m.doc};
      bool seen = std::any_of(ev.quantities.begin(), ev.quantities.end(), [&](const auto& x) {
        return x.what == r.what && x.low == r.low && x.high == r.high && x.doc == r.doc;
      });
      if (!seen) ev.quantities.push_back(std::move(r));
    }
    ev.mentions.push_back(MentionRecord{m.doc, m.sentence_index, m.sentence, m.trigger, m.time_text,
                                        m.time_reason, m.when, m.other_triggers, m.published,
                                        m.agents, m.patients});
  }
  ev.type = most_common(types);
  ev.place = most_common(places);
  ev.polarity = most_common(polarities);
  if (ev.polarity.empty()) ev.polarity = "positive";
  ev.modality = asserted ? "asserted" : planned ? "planned" : "possible";
  settle_date(mentions, ev);

  const std::string& trigger =
      mentions.front().trigger.empty() ? ev.type : mentions.front().trigger;
  ev.summary = ev.agents.empty() ? trigger : join_names(ev.agents) + " " + trigger;
  if (!ev.patients.empty()) ev.summary += " " + join_names(ev.patients);
  if (!ev.place.empty()) ev.summary += " in " + ev.place;
  return ev;
}

}  // namespace annals::kb
