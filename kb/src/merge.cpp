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

bool dates_compatible(const EventState& event, const StoredMention& m) {
  const std::optional<DateInterval>& ev = event.record.when;
  if (m.when && ev) {
    if (m.when->overlaps(*ev)) return true;
    // A finer date that disagrees by a little can still be the same
    // happening when it agrees with one of the event's own mention dates.
    if (m.when->end < ev->start - kJoinSlackDays || m.when->start > ev->end + kJoinSlackDays)
      return false;
    for (const auto& [date, count] : event.tally.dates) {
      DateInterval x{std::get<0>(date), std::get<1>(date),
                     static_cast<Granularity>(std::get<2>(date))};
      if (x.granularity <= Granularity::kMonth && x.overlaps(*m.when)) return true;
    }
    return false;
  }
  // Either way round, an open happening is at most kOpenLookbackDays before
  // its report: "the last floods of such magnitude occurred in 1827" is a
  // past instance, not the undated flood the story is about.
  if (m.when) {
    const std::optional<Day>& reported = event.record.reported;
    return !reported ||
           (m.when->start <= *reported && m.when->end >= *reported - kOpenLookbackDays);
  }
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

namespace {

bool is_statement(std::string_view type) {
  return type == "say";
}

bool same_speakers(const std::vector<std::string>& event_agents,
                   const std::vector<std::string>& mention_agents) {
  if (mention_agents.empty()) return false;
  std::vector<std::string> named(mention_agents);
  std::sort(named.begin(), named.end());
  named.erase(std::unique(named.begin(), named.end()), named.end());
  return named == event_agents;  // derive_record keeps agents sorted, each once
}

}  // namespace

bool can_join_within(const EventState& event, const StoredMention& m) {
  const EventRecord& ev = event.record;
  // The parser kept the statements of one document apart: two sayings in
  // one story are two things said.
  if (is_statement(m.type)) return false;
  if (ev.polarity != m.polarity) return false;
  if (type_family(ev.type) != type_family(m.type)) return false;
  if (!ev.agents.empty() && !m.agents.empty() && !has_common(ev.agents, m.agents)) return false;
  // An undated story's open mention says nothing of when: joined to a dated
  // one ("In August 1995, two trains collided, killing 358") it would take
  // that past instance's date. The parser kept them apart; so does the store.
  if (!m.published && ev.when.has_value() != m.when.has_value()) return false;
  return dates_compatible(event, m);
}

std::optional<std::uint8_t> span_class(const DateInterval& when) {
  const Day span = when.end - when.start;
  for (std::size_t c = 0; c < kSpanClassLimits.size(); ++c)
    if (span >= 0 && span <= kSpanClassLimits[c]) return static_cast<std::uint8_t>(c);
  return std::nullopt;
}

std::optional<DateInterval> evidence_interval(const EventTally& tally) {
  std::optional<DateInterval> hull;
  for (const auto& [key, count] : tally.dates) {
    DateInterval x{std::get<0>(key), std::get<1>(key), static_cast<Granularity>(std::get<2>(key))};
    if (!span_class(x)) continue;
    if (!hull) {
      hull = x;
    } else {
      hull->start = std::min(hull->start, x.start);
      hull->end = std::max(hull->end, x.end);
    }
  }
  if (hull && !span_class(*hull)) return std::nullopt;
  return hull;
}

std::vector<std::string> story_of(const Extraction& extraction) {
  std::map<std::string, std::size_t> counts;
  for (const EntityMention& e : extraction.entities)
    if (!e.name.empty()) ++counts[e.name];
  for (const EventMention& m : extraction.events) {
    for (const std::string& a : m.agents) ++counts[a];
    for (const std::string& p : m.patients) ++counts[p];
  }
  std::vector<std::pair<std::size_t, std::string>> ranked;
  for (const auto& [name, n] : counts) ranked.emplace_back(n, name);
  // Most named first; equal counts in name order, so the story is a function
  // of the text alone.
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  if (ranked.size() > kStoryEntities) ranked.resize(kStoryEntities);
  std::vector<std::string> story;
  for (auto& [n, name] : ranked) story.push_back(std::move(name));
  std::sort(story.begin(), story.end());
  return story;
}

std::size_t shared_story(const EventTally& tally, const std::vector<std::string>& story) {
  std::size_t n = 0;
  for (const std::string& e : story) n += tally.story.count(e);
  return n;
}

std::vector<std::string> participants(const std::vector<std::string>& agents,
                                      const std::vector<std::string>& patients) {
  std::vector<std::string> named(agents);
  named.insert(named.end(), patients.begin(), patients.end());
  std::sort(named.begin(), named.end());
  named.erase(std::unique(named.begin(), named.end()), named.end());
  return named;
}

bool can_join_across(const EventState& event, const StoredMention& m) {
  const EventRecord& ev = event.record;
  if (ev.polarity != m.polarity) return false;
  if (type_family(ev.type) != type_family(m.type)) return false;
  if (!m.when || !span_class(*m.when)) return false;
  if (!has_common(participants(ev.agents, ev.patients), participants(m.agents, m.patients)))
    return false;
  if (!ev.agents.empty() && !m.agents.empty() && !has_common(ev.agents, m.agents)) return false;
  // Different speakers make different statements: a saying joins only one
  // by the very same named speakers.
  if (is_statement(m.type) && !same_speakers(ev.agents, m.agents)) return false;
  bool overlaps = false;
  for (const auto& [key, count] : event.tally.dates) {
    DateInterval x{std::get<0>(key), std::get<1>(key), static_cast<Granularity>(std::get<2>(key))};
    if (span_class(x) && x.overlaps(*m.when)) {
      overlaps = true;
      break;
    }
  }
  return overlaps && shared_story(event.tally, m.story) >= kSharedStoryEntities;
}

JoinKind join_kind(const EventState& event, const StoredMention& m, bool event_has_document) {
  if (is_statement(m.type)) {
    if (event_has_document || !can_join_across(event, m)) return JoinKind::kNone;
    return JoinKind::kJoin;  // the best such event only: no bridging
  }
  if (can_join_across(event, m)) return JoinKind::kStrong;
  if (event_has_document && can_join_within(event, m)) return JoinKind::kJoin;
  return JoinKind::kNone;
}

int join_score(const EventState& event, const StoredMention& m) {
  const EventRecord& ev = event.record;
  int score = 4 * count_common(ev.agents, m.agents) + count_common(ev.patients, m.patients);
  if (ev.when && m.when && *ev.when == *m.when) score += 2;
  if (ev.type == m.type) score += 1;
  return score;
}

namespace {

DateInterval interval_of(const std::tuple<Day, Day, int>& key) {
  return {std::get<0>(key), std::get<1>(key), static_cast<Granularity>(std::get<2>(key))};
}

// The date most mentions agree with: a candidate interval is supported by
// every mention whose own date contains it; ties go to the narrower one,
// then to the earlier one (the tally's order).
void settle_date(const EventTally& tally, EventRecord& out) {
  if (tally.dates.empty()) return;
  std::optional<DateInterval> best;
  std::uint64_t best_support = 0;
  for (const auto& [key, count] : tally.dates) {
    DateInterval candidate = interval_of(key);
    std::uint64_t support = 0;
    for (const auto& [other, n] : tally.dates)
      if (contains(interval_of(other), candidate)) support += n;
    if (!best || support > best_support ||
        (support == best_support && candidate.end - candidate.start < best->end - best->start)) {
      best = candidate;
      best_support = support;
    }
  }
  out.when = best;
  for (const auto& [key, count] : tally.dates)
    if (!contains(interval_of(key), *best)) out.conflicting_dates.push_back(interval_of(key));
}

// The most frequent value; ties go to `preferred` (the earliest report's),
// then to the first in byte order.
std::string most_common(const NameCounts& counts, const std::string& preferred = "") {
  std::string best;
  std::uint32_t best_count = 0;
  for (const auto& [value, count] : counts)
    if (count > best_count) {
      best = value;
      best_count = count;
    }
  auto it = counts.find(preferred);
  if (it != counts.end() && it->second == best_count) return preferred;
  return best;
}

std::vector<std::string> names_of(const NameCounts& counts) {
  std::vector<std::string> out;
  out.reserve(counts.size());
  for (const auto& [name, count] : counts) out.push_back(name);
  return out;
}

std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

void bump(NameCounts& counts, const std::string& value) {
  if (!value.empty()) ++counts[value];
}

void drop(NameCounts& counts, const std::string& value) {
  auto it = counts.find(value);
  if (it == counts.end()) return;
  if (--it->second == 0) counts.erase(it);
}

// Each distinct name once, in the order first named (a mention names few
// actors: a look back costs less than a set).
template <typename Visit>
void for_each_once(const std::vector<std::string>& names, Visit visit) {
  for (auto it = names.begin(); it != names.end(); ++it)
    if (std::find(names.begin(), it, *it) == it) visit(*it);
}

std::tuple<Day, Day, int> date_key(const DateInterval& d) {
  return {d.start, d.end, static_cast<int>(d.granularity)};
}

}  // namespace

MentionOrder order_of(const StoredMention& m) {
  return MentionOrder{m.published.value_or(INT32_MAX), m.doc, m.index};
}

void EventTally::set_first(const StoredMention& m) {
  first = order_of(m);
  first_type = m.type;
  first_trigger = m.trigger;
}

void EventTally::add(const StoredMention& m) {
  if (mentions == 0 || order_of(m) < first) set_first(m);
  ++mentions;
  bump(types, m.type);
  bump(places, m.place);
  bump(polarities, m.polarity);
  bump(modalities, m.modality);
  // A mention naming an actor twice counts once.
  for_each_once(m.agents, [&](const std::string& a) { bump(agents, a); });
  for_each_once(m.patients, [&](const std::string& p) { bump(patients, p); });
  bump(claimed_by, m.claimed_by);
  // The story comes sorted: each name goes in after the one before it, and
  // a new event's counts take one allocation.
  if (story.empty()) story.reserve(m.story.size());
  auto at = story.begin();
  for (const std::string& e : m.story) {
    if (e.empty()) continue;
    at = story.try_emplace(at, e, 0);
    ++at->second;
    ++at;
  }
  if (m.when) ++dates[date_key(*m.when)];
  if (m.after) ++afters[*m.after];
  if (m.before) ++befores[*m.before];
}

void EventTally::remove(const StoredMention& m) {
  if (mentions > 0) --mentions;
  drop(types, m.type);
  drop(places, m.place);
  drop(polarities, m.polarity);
  drop(modalities, m.modality);
  for_each_once(m.agents, [&](const std::string& a) { drop(agents, a); });
  for_each_once(m.patients, [&](const std::string& p) { drop(patients, p); });
  drop(claimed_by, m.claimed_by);
  for (const std::string& e : m.story) drop(story, e);
  if (m.when) {
    auto it = dates.find(date_key(*m.when));
    if (it != dates.end() && --it->second == 0) dates.erase(it);
  }
  auto drop_day = [](DayCounts& counts, std::optional<Day> day) {
    if (!day) return;
    auto it = counts.find(*day);
    if (it != counts.end() && --it->second == 0) counts.erase(it);
  };
  drop_day(afters, m.after);
  drop_day(befores, m.before);
}

EventTally tally_of(const std::vector<StoredMention>& mentions) {
  EventTally t;
  for (const StoredMention& m : mentions) t.add(m);
  return t;
}

EventRecord derive_record(std::uint64_t number, const EventTally& tally) {
  EventRecord ev;
  ev.id = keys::event_id(number);
  ev.type = most_common(tally.types, tally.first_type);
  ev.place = most_common(tally.places);
  ev.polarity = most_common(tally.polarities);
  if (ev.polarity.empty()) ev.polarity = "positive";
  ev.agents = names_of(tally.agents);
  ev.patients = names_of(tally.patients);
  ev.claimed_by = names_of(tally.claimed_by);
  ev.modality = tally.modalities.count("asserted")  ? "asserted"
                : tally.modalities.count("planned") ? "planned"
                                                    : "possible";
  if (tally.first.published != INT32_MAX) ev.reported = tally.first.published;
  settle_date(tally, ev);
  if (!ev.when) {
    // The tightest bounds any mention gives; a contradiction (after >= before) keeps neither.
    std::optional<Day> after, before;
    if (!tally.afters.empty()) after = tally.afters.rbegin()->first;
    if (!tally.befores.empty()) before = tally.befores.begin()->first;
    if (!(after && before && *after + 1 >= *before)) {
      ev.after = after;
      ev.before = before;
    }
  }

  const std::string& trigger = tally.first_trigger.empty() ? ev.type : tally.first_trigger;
  ev.summary = ev.agents.empty() ? trigger : join_names(ev.agents) + " " + trigger;
  if (!ev.patients.empty()) ev.summary += " " + join_names(ev.patients);
  if (!ev.place.empty()) ev.summary += " in " + ev.place;
  return ev;
}

void attach_mentions(EventRecord& ev, const std::vector<StoredMention>& mentions) {
  ev.mentions.clear();
  ev.quantities.clear();
  for (const StoredMention& m : mentions) {
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
}

}  // namespace annals::kb
