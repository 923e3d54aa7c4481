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

// Words of a sentence as written (case kept), split at spaces and punctuation.
std::vector<std::string> raw_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80 || c == '&') {
      word += c;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

bool has_letter_and_digit(std::string_view w) {
  return std::any_of(w.begin(), w.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
         std::any_of(w.begin(), w.end(),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

bool is_capitalised(std::string_view w) {
  return !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
}

// Heads that name a kind of organisation rather than one of them.
bool generic_head(std::string_view w) {
  static const std::set<std::string_view> heads{
      "Airlines", "Airways", "Motors",  "Exchange",  "Corps", "Inc",     "Group", "Bank",
      "Company",  "Index",   "Average", "Composite", "Store", "Markets", "Force", "Reserve"};
  return heads.count(w) > 0;
}

bool all_capitals(std::string_view w) {
  return w.size() >= 3 &&
         std::none_of(w.begin(), w.end(),
                      [](char c) { return std::islower(static_cast<unsigned char>(c)); }) &&
         std::any_of(w.begin(), w.end(),
                     [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
}

// Shorter names the target goes by in running text: without a trailing
// singular common noun ("iTunes store" -> "iTunes", "FTSE 100 index" ->
// "FTSE 100"; a plural such as "creditors" names a different group), and an
// all-capitals head before a number or a common word ("NIKKEI 225" ->
// "NIKKEI", "NASDAQ Composite" -> "NASDAQ").
std::vector<std::vector<std::string>> short_names(const std::vector<std::string>& t) {
  std::vector<std::vector<std::string>> out;
  if (t.size() >= 2) {
    const std::string& last = t.back();
    if (!is_capitalised(last) && !has_letter_and_digit(last) && last.back() != 's' &&
        std::isalpha(static_cast<unsigned char>(last[0])))
      out.emplace_back(t.begin(), t.end() - 1);
    if (all_capitals(t.front())) out.push_back({t.front()});
  }
  return out;
}

// The name without its legal form ("Apple Inc." -> "Apple", "Boeing Co."
// -> "Boeing"), which is how stories name a company after the first time;
// empty when the name has none.
std::vector<std::string> without_legal_form(const std::vector<std::string>& t) {
  static const std::set<std::string> forms{
      "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited",
      "plc", "llc",          "ag",   "sa",          "nv", "gmbh",    "spa", "bv"};
  if (t.size() < 2) return {};
  std::string last;
  for (char c : t.back()) last += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!forms.count(last)) return {};
  return {t.begin(), t.end() - 1};
}

}  // namespace

bool sentence_names_entity(std::string_view sentence, std::string_view target) {
  const std::vector<std::string> s = raw_words(sentence), t = raw_words(target);
  if (s.empty() || t.empty()) return false;
  std::vector<std::string> s_lower = words_of(sentence), t_lower = words_of(target);
  if (contains_run(s_lower, t_lower, nullptr)) return true;
  for (const std::vector<std::string>& name : short_names(t))
    if (contains_run(s, name, nullptr)) return true;
  // "Apple" for "Apple Inc.", but not inside another name ("Apple Corps").
  if (const std::vector<std::string> company = without_legal_form(t); !company.empty()) {
    for (std::size_t i = 0; i + company.size() <= s.size(); ++i) {
      if (!std::equal(company.begin(), company.end(), s.begin() + static_cast<std::ptrdiff_t>(i)))
        continue;
      const std::size_t next = i + company.size();
      if (next == s.size() || !is_capitalised(s[next]) ||
          without_legal_form({company.back(), s[next]}).size() == 1)
        return true;
    }
  }
  // A distinctive tail of the name, as written: "A380", "Jobs", "Federal Reserve".
  for (std::size_t from = 1; from < t.size(); ++from) {
    const std::vector<std::string> tail(t.begin() + static_cast<std::ptrdiff_t>(from), t.end());
    const bool distinctive =
        tail.size() >= 2 ? is_capitalised(tail.front()) || has_letter_and_digit(tail.front())
                         : has_letter_and_digit(tail.front()) ||
                               (t.size() == 2 && is_capitalised(t[0]) &&
                                is_capitalised(tail.front()) && !generic_head(tail.front()));
    if (distinctive && contains_run(s, tail, nullptr)) return true;
  }
  // Initials, written in capitals: "GM", "UAW".
  if (t.size() >= 2) {
    std::string initials;
    for (const std::string& w : t)
      initials += static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
    if (std::find(s.begin(), s.end(), initials) != s.end()) return true;
  }
  return false;
}

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
  if (contains_run(t, n, &at) && at + n.size() == t.size()) return true;
  if (const std::vector<std::string> company = without_legal_form(raw_words(target));
      !company.empty()) {
    std::vector<std::string> lower;
    for (const std::string& w : company) lower.push_back(words_of(w).empty() ? w : words_of(w)[0]);
    if (n == lower) return true;
  }
  for (const std::vector<std::string>& short_name : short_names(raw_words(target))) {
    std::vector<std::string> lower;
    for (const std::string& w : short_name)
      lower.push_back(words_of(w).empty() ? w : words_of(w)[0]);
    if (n == lower) return true;
  }
  return false;
}

namespace {

// Whether `c` ends a clause inside a sentence.
bool clause_mark(char c) {
  return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"';
}

bool word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// Speech acts that report a message ("said", "confirmed", "warned"): what
// they say about an entity is not something the entity takes part in.
// Announcing and praising keep their object ("unveiled iPhone 4").
bool reports_a_message(std::string_view type) {
  static const std::set<std::string_view> types{"say",  "report",  "assess", "confirm", "deny",
                                                "warn", "promise", "demand", "accuse",  "condemn"};
  return types.count(type) > 0;
}

// Whether a mention's sentence is its document's headline (spacing aside).
bool in_headline(const MentionRecord& m, const Headlines& headlines) {
  auto it = headlines.find(m.doc);
  if (it == headlines.end()) return false;
  auto squeezed = [](std::string_view text) {
    std::string out;
    for (char c : text)
      if (!std::isspace(static_cast<unsigned char>(c))) out += c;
    return out;
  };
  const std::string title = squeezed(it->second);
  return !title.empty() && squeezed(m.sentence) == title;
}

}  // namespace

std::string_view clause_of(std::string_view sentence, std::string_view trigger) {
  std::size_t at = trigger.empty() ? std::string_view::npos : sentence.find(trigger);
  while (at != std::string_view::npos) {
    const std::size_t end = at + trigger.size();
    if ((at == 0 || !word_char(sentence[at - 1])) &&
        (end >= sentence.size() || !word_char(sentence[end])))
      break;
    at = sentence.find(trigger, at + 1);
  }
  if (at == std::string_view::npos) return sentence;
  std::size_t from = at;
  while (from > 0 && !clause_mark(sentence[from - 1])) --from;
  std::size_t to = at + trigger.size();
  while (to < sentence.size() && !clause_mark(sentence[to])) ++to;
  return sentence.substr(from, to - from);
}

namespace {

// Whether an agent or patient of the mention names `target`.
bool role_names(const MentionRecord& m, std::string_view target) {
  auto any = [&](const std::vector<std::string>& names) {
    return std::any_of(names.begin(), names.end(),
                       [&](const std::string& name) { return names_entity(name, target); });
  };
  return any(m.agents) || any(m.patients);
}

bool event_roles_name(const EventRecord& e, std::string_view target) {
  auto any = [&](const std::vector<std::string>& names) {
    return std::any_of(names.begin(), names.end(),
                       [&](const std::string& name) { return names_entity(name, target); });
  };
  return any(e.agents) || any(e.patients);
}

// The date of a headline mention's words in the story: the headline's own
// time expression ("Developers Conference 2005") names rather than dates
// them, so they are dated as undated words of the first body sentence
// among them.
std::optional<DateInterval> body_time(const MentionRecord& headline, const StoryDays& days) {
  MentionRecord body = headline;
  body.time_text.clear();
  body.time_reason = "no time expression; open (before the document date)";
  body.when.reset();
  body.sentence_index = UINT32_MAX;
  for (const TriggerRef& t : headline.other_triggers)
    if (t.sentence_index != headline.sentence_index)
      body.sentence_index = std::min(body.sentence_index, t.sentence_index);
  return story_time(body, days);
}

// The text of a document's sentence, as some stored mention quotes it.
std::optional<std::string_view> sentence_of(
    const std::map<std::pair<std::string_view, std::uint32_t>, std::string_view>& sentences,
    std::string_view doc, std::uint32_t index) {
  auto it = sentences.find({doc, index});
  if (it == sentences.end()) return std::nullopt;
  return it->second;
}

}  // namespace

bool mention_involves(const MentionRecord& m, std::string_view type, std::string_view target) {
  if (role_names(m, target)) return true;
  // Named in the sentence is not enough: "Jobs said the iPhone 4 ..." is
  // Jobs's saying, and "Apple, which makes the iPod, sued ..." is Apple's
  // suit. The target has to be in the trigger's own clause.
  if (reports_a_message(type)) return false;
  return sentence_names_entity(clause_of(m.sentence, m.trigger), target);
}

bool involves(const EventRecord& event, std::string_view target) {
  auto any = [&](const std::vector<std::string>& names) {
    return std::any_of(names.begin(), names.end(),
                       [&](const std::string& name) { return names_entity(name, target); });
  };
  if (any(event.agents) || any(event.patients)) return true;
  return std::any_of(event.mentions.begin(), event.mentions.end(), [&](const MentionRecord& m) {
    return sentence_names_entity(m.sentence, target);
  });
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
                                           std::string_view entity, const Headlines& headlines) {
  // One line per event and anchor: each mention is anchored by its own date
  // (a merged event can hold mentions whose dates disagree), so mentions of
  // one event share a line only when they share an anchor.
  struct Line {
    TimelineEntry entry;
    DateInterval span;
    std::set<std::string> seen;
  };
  std::vector<Line> lines;
  const StoryDays days = story_days(events);
  std::map<std::pair<std::string_view, std::uint32_t>, std::string_view> sentences;
  for (const EventRecord& e : events)
    for (const MentionRecord& m : e.mentions)
      sentences.try_emplace({m.doc, m.sentence_index}, m.sentence);
  for (const EventRecord& e : events) {
    if (!involves(e, entity)) continue;
    const std::size_t first_line = lines.size();
    auto line_for = [&](const std::optional<DateInterval>& when) -> Line& {
      const std::string anchor = semeval_anchor(when);
      for (std::size_t i = first_line; i < lines.size(); ++i)
        if (lines[i].entry.anchor == anchor) return lines[i];
      Line line;
      line.entry.event = &e;
      line.entry.anchor = anchor;
      if (when) line.span = *when;
      lines.push_back(std::move(line));
      return lines.back();
    };
    for (const MentionRecord& m : e.mentions) {
      if (!mention_involves(m, e.type, entity)) continue;
      // The story's own words of a headline mention are still cited.
      const bool headline = in_headline(m, headlines);
      if (headline &&
          std::none_of(m.other_triggers.begin(), m.other_triggers.end(),
                       [&](const TriggerRef& t) { return t.sentence_index != m.sentence_index; }))
        continue;
      const std::optional<DateInterval> when =
          headline && !m.time_text.empty() ? body_time(m, days) : story_time(m, days);
      Line& line = line_for(when);
      auto add = [&](std::string id) {
        if (line.seen.insert(id).second) line.entry.mentions.push_back(std::move(id));
      };
      if (!headline) add(mention_id(m.doc, m.sentence_index, m.trigger));
      // Named only in the clause, the target takes part in another word for
      // the event when that word's own clause names it too: "He announced
      // podcasting with iTunes ... He also announced Intel Macs" is not
      // the iTunes store's second announcement.
      // A sentence no stored mention quotes cannot be read: its word is not cited.
      const bool by_role = role_names(m, entity) || event_roles_name(e, entity);
      for (const TriggerRef& t : m.other_triggers) {
        if (headline && t.sentence_index == m.sentence_index) continue;
        if (!by_role) {
          auto text = t.sentence_index == m.sentence_index
                          ? std::optional<std::string_view>(m.sentence)
                          : sentence_of(sentences, m.doc, t.sentence_index);
          if (!text || !sentence_names_entity(clause_of(*text, t.trigger), entity)) continue;
        }
        add(mention_id(m.doc, t.sentence_index, t.trigger));
      }
    }
  }
  // Positions: one per distinct anchor, in date order; unanchored lines stay at 0.
  std::map<std::pair<Day, Day>, std::set<std::string>> order;
  // A line whose every word was left out (a headline's, another clause's) is no line.
  std::erase_if(lines, [](const Line& line) { return line.entry.mentions.empty(); });
  for (const Line& line : lines) {
    if (line.entry.anchor == "XXXX-XX-XX") continue;
    order[{line.span.start, line.span.end}].insert(line.entry.anchor);
  }
  std::map<std::string, std::uint32_t> position;
  std::uint32_t next = 1;
  for (const auto& [span, anchors] : order)
    for (const std::string& a : anchors)
      if (!position.count(a)) position[a] = next++;
  std::vector<TimelineEntry> entries;
  for (Line& line : lines) {
    line.entry.position = line.entry.anchor == "XXXX-XX-XX" ? 0 : position[line.entry.anchor];
    entries.push_back(std::move(line.entry));
  }
  std::stable_sort(
      entries.begin(), entries.end(),
      [](const TimelineEntry& a, const TimelineEntry& b) { return a.position < b.position; });
  return entries;
}

Status write_semeval(std::span<const EventRecord> events, std::string_view entity,
                     std::ostream& out, const Headlines& headlines) {
  out << entity << '\n';
  for (const TimelineEntry& entry : entity_timeline(events, entity, headlines)) {
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
