// Dating an undated document by the same-day events it shares with stored
// dated documents: only events it could merge with (same type family, a
// shared named agent, documents that share the story; see can_join_across).
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "merge.h"
#include "store_impl.h"

namespace annals::kb {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A mention the news convention dates on the publication day: "today",
// "on Monday"-less present-day reporting, or the tagger said so.
bool same_day_mention(const EventMention& m) {
  if (m.when) return false;  // already dated by something in the text
  static const std::set<std::string> kToday = {"today",          "tonight",      "this morning",
                                               "this afternoon", "this evening", "now"};
  std::string text = lower(m.time_text);
  if (kToday.count(text)) return true;
  std::string reason = lower(m.time_reason);
  return text.empty() && (reason.find("document date") != std::string::npos ||
                          reason.find("same day") != std::string::npos ||
                          reason.find("same-day") != std::string::npos);
}

}  // namespace

Result<std::optional<InferredDate>> RocksStore::infer_document_date(
    const Extraction& undated) const {
  constexpr std::size_t kMaxRefs = 2000;  // latest events per actor looked at
  struct Vote {
    int mentions = 0;
    std::set<std::string> docs;
    std::set<std::string> shared;  // "confirm(North Korea)"
  };
  std::map<Day, Vote> votes;
  const std::vector<std::string> story = story_of(undated);
  for (const EventMention& m : undated.events) {
    if (!same_day_mention(m) || m.agents.empty()) continue;
    std::string family(type_family(m.type));
    std::set<std::uint64_t> seen;
    for (const std::string& agent : m.agents) {
      std::string prefix = keys::entity_role_prefix(agent, keys::kAgent);
      std::vector<std::uint64_t> numbers;
      Status s =
          scan_range(kCfRolesByEntity, prefix, keys::prefix_successor(prefix), true,
                     [&](std::string_view k, std::string_view) {
                       if (auto ref = keys::read_dated_ref(k); ref && ref->start != keys::kOpenDay)
                         numbers.push_back(ref->event);
                       return numbers.size() < kMaxRefs;
                     });
      if (!s.ok()) return s;
      for (std::uint64_t n : numbers) {
        if (!seen.insert(n).second) continue;
        auto ev = load_event(n);
        if (!ev) return ev.status();
        if (!*ev) continue;
        const EventRecord& r = (*ev)->record;
        if (type_family(r.type) != family || !r.when || r.when->granularity != Granularity::kDay)
          continue;
        if (shared_story((*ev)->tally, story) < kSharedStoryEntities) continue;
        // Only events some document reported on the day they happened:
        // their mentions published that day are one key range.
        std::vector<std::string> same_day_docs;
        std::string lo = keys::event_mention_prefix(n), hi = lo;
        keys::append_day(lo, r.when->start);
        keys::append_day(hi, r.when->start + 1);
        s = scan_range(kCfMentions, lo, hi, false, [&](std::string_view k, std::string_view) {
          if (auto id = keys::decode_event_mention_key(k)) same_day_docs.push_back(id->doc);
          return true;
        });
        if (!s.ok()) return s;
        if (same_day_docs.empty()) continue;
        Vote& v = votes[r.when->start];
        ++v.mentions;
        v.docs.insert(same_day_docs.begin(), same_day_docs.end());
        v.shared.insert(m.type + "(" + agent + ")");
      }
    }
  }
  if (votes.empty()) return std::optional<InferredDate>();
  auto best = std::max_element(votes.begin(), votes.end(), [](const auto& a, const auto& b) {
    return a.second.mentions < b.second.mentions;
  });
  std::string evidence = "shares ";
  bool first = true;
  for (const std::string& s : best->second.shared) {
    evidence += (first ? "" : ", ") + s;
    first = false;
  }
  evidence += " with ";
  first = true;
  for (const std::string& d : best->second.docs) {
    evidence += (first ? "" : ", ") + d;
    first = false;
  }
  evidence += ": " + format_day(best->first);
  if (votes.size() > 1)
    evidence += " (" + std::to_string(votes.size() - 1) + " other dates had less support)";
  return std::optional<InferredDate>(InferredDate{best->first, evidence});
}

}  // namespace annals::kb
