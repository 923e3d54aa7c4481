// The story's reference day for mentions without a time of their own.
#include <algorithm>

#include "annals/timeline.h"

namespace annals::kb {
namespace {

// How long before its page a story's news may have happened: a weekly's
// report of last week's keynote is still that keynote's story.
constexpr Day kStoryLagDays = 31;

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// Whether a mention with no time expression of its own is told as a past
// happening, a saying or a happening in the news' simple present ("Jobs
// leaves a wife and four children"), and so takes the time the story is
// at, rather than a plan, a lasting state, or something still to come.
bool told_as_past(const MentionRecord& m) {
  if (!m.time_text.empty()) return false;
  const std::string_view reason = m.time_reason;
  if (!contains(reason, "no time expression")) return false;
  for (std::string_view not_past :
       {"future", "modal", "after the document date", "still to come", "lasts past",
        "relative clause", "time expression \"", "a state since", "reported by a"})
    if (contains(reason, not_past)) return false;
  return contains(reason, "reporting verb, document date") ||
         contains(reason, "reporting verb, the story's date") ||
         contains(reason, "open (before the document date)");
}

// A saying the lead dated to the story's day ("On Wednesday, Apple ...
// Jobs said"): that day is where the story is from its sentence on.
bool dated_by_the_lead(const MentionRecord& m) {
  return m.time_text.empty() && contains(m.time_reason, "the story's date");
}

}  // namespace

StoryDays story_days(std::span<const EventRecord> events) {
  StoryDays days;
  for (const EventRecord& e : events)
    for (const MentionRecord& m : e.mentions) {
      if (!m.when || (m.time_text.empty() && !dated_by_the_lead(m))) continue;
      // A time still to come is what the story looks forward to, not where it is.
      if (m.published && m.when->start > *m.published) continue;
      // A day long before the page's ("born on February 24, 1955") is the
      // story's background, not the day it is at.
      if (m.published && m.when->end + kStoryLagDays < *m.published) continue;
      days[m.doc].push_back({m.sentence_index, *m.when});
    }
  for (auto& [doc, list] : days)
    std::stable_sort(list.begin(), list.end(), [](const StatedTime& a, const StatedTime& b) {
      return a.sentence < b.sentence;
    });
  return days;
}

std::optional<DateInterval> story_time(const MentionRecord& m, const StoryDays& days) {
  if (!told_as_past(m)) return m.when;
  auto it = days.find(m.doc);
  // With no day stated before it, an open mention stays open: giving it the
  // document's date cost more precision on trial data than it gained.
  if (it == days.end()) return m.when;
  // The latest day stated before its sentence: a story told without dates
  // stays on the day it last named ("On Friday, Apple announced ... Jobs
  // also said ..."). A time in its own sentence that the text did not give
  // it belongs to another clause ("said that sales rose in 1985"), and a
  // coarser time ("last year") dates its clause, not the story.
  std::optional<DateInterval> reference;
  for (const StatedTime& t : it->second) {
    if (t.sentence >= m.sentence_index) break;
    if (t.when.granularity == Granularity::kDay) reference = t.when;
  }
  return reference ? reference : m.when;
}

}  // namespace annals::kb
