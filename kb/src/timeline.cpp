// Entity timelines and the SemEval-2015 Task 4 export.
#include "annals/timeline.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace annals::kb {
namespace {

// Lower-cased words, punctuation dropped, a leading "the" dropped.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80 || c == '&') {
      word += static_cast<char>(std::tolower(u));
    } else if (c == '.' || c == '\'') {
      // "U.S." and "Macy's" stay one word.
    } else {
      flush();
    }
  }
  flush();
  if (words.size() > 1 && words.front() == "the") words.erase(words.begin());
  // "Dreamliners", "A380s": a plural names the same thing.
  for (std::string& w : words)
    if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
  return words;
}

bool contains_run(const std::vector<std::string>& hay, const std::vector<std::string>& needle,
                  std::size_t* at) {
  if (needle.empty() || needle.size() > hay.size()) return false;
  for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    if (std::equal(needle.begin(), needle.end(), hay.begin() + static_cast<std::ptrdiff_t>(i))) {
      if (at) *at = i;
      return true;
    }
  }
  return false;
}

std::string underscored(std::string_view trigger) {
  std::string out(trigger);
  std::replace(out.begin(), out.end(), ' ', '_');
  return out;
}

std::string mention_id(const std::string& doc, std::uint32_t sentence, std::string_view trigger) {
  return doc + "-" + std::to_string(sentence) + "-" + underscored(trigger);
}

}  // namespace

bool names_entity(std::string_view name, std::string_view target) {
  const std::vector<std::string> n = words_of(name), t = words_of(target);
  if (n.empty() || t.empty()) return false;
  if (n == t) return true;
  if (n.size() == 1 && t.size() > 1) {
    std::string initials;
    for (const std::string& w : t) initials += w[0];
    if (n[0] == initials) return true;
  }
  if (contains_run(n, t, nullptr)) return true;
  std::size_t at = 0;
  return contains_run(t, n, &at) && at + n.size() == t.size();
}

bool involves(const EventRecord& event, std::string_view target) {
  auto any = [&](const std::vector<std::string>& names) {
    return std::any_of(names.begin(), names.end(),
                       [&](const std::string& name) { return names_entity(name, target); });
  };
  return any(event.agents) || any(event.patients);
}

std::string semeval_anchor(const std::optional<DateInterval>& when) {
  if (!when) return "XXXX-XX-XX";
  const std::string start = format_day(when->start), end = format_day(when->end);
  if (when->granularity == Granularity::kDay) return start;
  if (start.substr(0, 7) == end.substr(0, 7) && when->granularity <= Granularity::kMonth)
    return start.substr(0, 7) + "-XX";
  if (start.substr(0, 4) == end.substr(0, 4)) return start.substr(0, 4) + "-XX-XX";
  return "XXXX-XX-XX";
}

std::vector<TimelineEntry> entity_timeline(std::span<const EventRecord> events,
                                           std::string_view entity) {
  std::vector<TimelineEntry> entries;
  for (const EventRecord& e : events) {
    if (!involves(e, entity)) continue;
    TimelineEntry entry;
    entry.event = &e;
    entry.anchor = semeval_anchor(e.when);
    std::set<std::string> seen;
    auto add = [&](std::string id) {
      if (seen.insert(id).second) entry.mentions.push_back(std::move(id));
    };
    for (const MentionRecord& m : e.mentions) {
      add(mention_id(m.doc, m.sentence_index, m.trigger));
      for (const TriggerRef& t : m.other_triggers)
        add(mention_id(m.doc, t.sentence_index, t.trigger));
    }
    if (!entry.mentions.empty()) entries.push_back(std::move(entry));
  }
  // Positions: one per distinct anchor, in date order; unanchored events stay at 0.
  std::map<std::pair<Day, Day>, std::set<std::string>> order;
  for (const TimelineEntry& entry : entries) {
    if (entry.anchor == "XXXX-XX-XX") continue;
    order[{entry.event->when->start, entry.event->when->end}].insert(entry.anchor);
  }
  std::map<std::string, std::uint32_t> position;
  std::uint32_t next = 1;
  for (const auto& [span, anchors] : order)
    for (const std::string& a : anchors)
      if (!position.count(a)) position[a] = next++;
  for (TimelineEntry& entry : entries)
    entry.position = entry.anchor == "XXXX-XX-XX" ? 0 : position[entry.anchor];
  std::stable_sort(
      entries.begin(), entries.end(),
      [](const TimelineEntry& a, const TimelineEntry& b) { return a.position < b.position; });
  return entries;
}

Status write_semeval(std::span<const EventRecord> events, std::string_view entity,
                     std::ostream& out) {
  out << entity << '\n';
  for (const TimelineEntry& entry : entity_timeline(events, entity)) {
    out << entry.position << '\t' << entry.anchor;
    for (const std::string& m : entry.mentions) out << '\t' << m;
    out << '\n';
  }
  if (!out) return Status::IoError("write failed");
  return Status::Ok();
}

std::string semeval_file_name(std::string_view entity) {
  std::string out;
  for (char c : entity) {
    if (c == ' ')
      out += '_';
    else if (c == '&')
      out += "_and_";
    else
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out + ".txt";
}

}  // namespace annals::kb
