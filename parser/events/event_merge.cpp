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

bool own_date(const EventMention& m) {
  return m.when && !m.dated_by_report;
}

// "the worst flooding in 180 years ... the last floods of such magnitude
// occurred in 1827": a mention dated years before the story is a past
// instance of its kind, not the undated happening the story is about (the
// knowledge base's look-back for open mentions is the same two years).
constexpr Day kBackgroundDays = 730;

bool background_instance(const EventMention& dated, std::optional<Day> story_day) {
  return story_day && dated.when->end + kBackgroundDays < *story_day;
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

bool compatible(const EventMention& a, const EventMention& b, std::optional<Day> story_day) {
  if (a.type != b.type || a.modality != b.modality || a.polarity != b.polarity) return false;
  // "say" is too general: two statements by one speaker are two events.
  if (a.type == "say") return false;
  if (!shares_or_empty(a.agents, b.agents)) return false;
  // Two statements are one only by one speaker: an unnamed "officials
  // confirmed" is not a later "he admitted". A nominal mention ("the
  // confirmation") may leave its speaker unsaid.
  if (speech_act(a.type) && (a.agents.empty() || b.agents.empty())) {
    const EventMention& unnamed = a.agents.empty() ? a : b;
    if ((a.agents.empty() && b.agents.empty()) || !unnamed.nominal) return false;
  }
  // A date borrowed from a report only bounds the happening from above.
  if (own_date(a) && own_date(b) && !a.when->overlaps(*b.when)) return false;
  if (own_date(a) != own_date(b) && background_instance(own_date(a) ? a : b, story_day))
    return false;
  // Without the story's date a dated mention far from an undated one may
  // be a past instance of its kind ("In August 1995, two trains collided,
  // killing 358"): only nearby mentions are taken for one happening.
  if (!story_day && own_date(a) != own_date(b) && !a.sentences.empty() &&
      (b.sentence > a.sentences.back() ? b.sentence - a.sentences.back()
                                       : a.sentences.back() - b.sentence) > 2)
    return false;
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

// The narrower own date wins. A date borrowed from one report of the
// happening says nothing once the document tells of it again: it stays only
// when every mention has that same borrowed date.
void merge_dates(EventMention& into, const EventMention& from) {
  if (own_date(from) && (!own_date(into) || width(*from.when) < width(*into.when))) {
    into.when = from.when;
    into.time_text = from.time_text;
    into.time_reason = from.time_reason;
    into.dated_by_report = false;
  } else if (!own_date(into) && !own_date(from) && into.when != from.when) {
    into.when.reset();
    into.time_text.clear();
    into.time_reason = "no time expression; reported more than once, undated";
    into.dated_by_report = false;
  }
}

void absorb(EventMention& into, std::unordered_set<std::size_t>& into_sentences,
            const EventMention& from) {
  add_unique(into.agents, from.agents);
  add_unique(into.patients, from.patients);
  if (into.place.empty()) into.place = from.place;
  merge_dates(into, from);
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

// One side names the speaker and the other is silent, or both name one.
bool same_speaker(const EventMention& a, const EventMention& b) {
  if (a.agents.empty() && b.agents.empty()) return false;
  return shares_or_empty(a.agents, b.agents);
}

// Drops the mentions folded into others (`folded_into[i]`: the one that
// took mention i over) and re-points parents at what remains.
void drop_folded(std::vector<EventMention>& mentions,
                 const std::vector<std::optional<std::size_t>>& folded_into) {
  std::vector<std::size_t> new_index(mentions.size());
  std::size_t kept = 0;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    if (!folded_into[i]) new_index[i] = kept++;
  }
  if (kept == mentions.size()) {
    // Nothing folded (most passes): every mention keeps its place and its
    // parent; none is moved.
    for (std::size_t i = 0; i < mentions.size(); ++i)
      if (mentions[i].parent && *mentions[i].parent == i) mentions[i].parent.reset();
    return;
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
      if (*m.parent == out.size()) m.parent.reset();  // was nested under what it took over
    }
    out.push_back(std::move(m));
  }
  mentions = std::move(out);
}

// "demanded ..., adding ...", "declared ..., saying ...": a reporting
// participle hung off a speech act goes on with that act's statement, by
// its speaker, whoever the clause finder took for its subject.
bool continues_statement(const EventMention& say, std::size_t act) {
  return say.parent == act && say.trigger.size() > 3 && say.trigger.ends_with("ing");
}

bool statement_noun(const EventMention& m) {
  static const std::unordered_set<std::string> kNouns{"statement", "speech", "remarks", "comments",
                                                      "comment"};
  return kNouns.count(m.trigger) > 0;
}

// "said in a statement", "a statement ..., saying", "said ..., quoting",
// "said ..., told AFP": the words of one saying in one sentence are one
// event, kept by its verb. Different named speakers, and a saying reported
// by another, stay apart.
void fold_words_of_one_saying(std::vector<EventMention>& mentions) {
  std::vector<std::optional<std::size_t>> folded_into(mentions.size());
  auto keeper_rank = [](const EventMention& m) {
    return statement_noun(m) ? 2 : m.trigger.ends_with("ing") ? 1 : 0;
  };
  for (std::size_t r = 0; r < mentions.size(); ++r) {
    const EventMention& word = mentions[r];
    if (word.type != "say" || folded_into[r]) continue;
    for (std::size_t k = 0; k < mentions.size(); ++k) {
      const EventMention& verb = mentions[k];
      if (k == r || folded_into[k] || verb.type != "say" || verb.sentence != word.sentence)
        continue;
      if (keeper_rank(verb) > keeper_rank(word) ||
          (keeper_rank(verb) == keeper_rank(word) && k > r))
        continue;
      if (verb.modality != word.modality || verb.polarity != word.polarity) continue;
      const bool continued = word.parent == k && word.trigger.ends_with("ing");
      const bool nested = word.parent == k || verb.parent == r;
      const bool one_speaker = same_speaker(word, verb) ||
                               (word.agents.empty() && verb.agents.empty() && statement_noun(word));
      if (!continued && (nested || !one_speaker)) continue;
      EventMention& into = mentions[k];
      if (!continued) add_unique(into.agents, word.agents);  // a participle's subject is the verb's
      if (!into.when && word.when) {
        into.when = word.when;
        into.time_text = word.time_text;
        into.time_reason = word.time_reason;
      }
      into.other_triggers.push_back({word.sentence, word.trigger});
      folded_into[r] = k;
      break;
    }
  }
  // A mention folded into one that was itself folded goes on to the last keeper.
  for (std::size_t i = 0; i < folded_into.size(); ++i)
    while (folded_into[i] && folded_into[*folded_into[i]])
      folded_into[i] = folded_into[*folded_into[i]];
  drop_folded(mentions, folded_into);
}

// "South Korea said ... and condemned the North", "Putin thanked Kim, the
// Kremlin's statement said", "demanded ..., adding": a "say" and the speech
// act it reports or goes on with, in one sentence by one speaker, are one
// event of the speech act's type. The say becomes another trigger of the
// speech act; what it reported moves there. A speech act its speaker names
// outright ("said ... and condemned") goes before one the say only reports
// ("said Monday's confirmation was ..."): that one may be another's act.
void fold_reports_into_speech_acts(std::vector<EventMention>& mentions) {
  std::vector<std::optional<std::size_t>> folded_into(mentions.size());
  auto fold = [&](std::size_t r, std::size_t k, bool continued) {
    const EventMention& say = mentions[r];
    EventMention& act = mentions[k];
    if (!act.when && say.when) {
      act.when = say.when;
      act.time_text = say.time_text;
      act.time_reason = "the statement's: " + say.time_reason;
      act.bounds.reset();
    }
    if (!continued) add_unique(act.agents, say.agents);
    act.other_triggers.push_back({say.sentence, say.trigger});
    folded_into[r] = k;
  };
  for (std::size_t r = 0; r < mentions.size(); ++r) {
    const EventMention& say = mentions[r];
    if (say.type != "say" || say.modality != "asserted") continue;
    std::optional<std::size_t> named, other;
    bool continued = false;
    for (std::size_t k = 0; k < mentions.size() && !named; ++k) {
      const EventMention& act = mentions[k];
      if (k == r || folded_into[k] || act.sentence != say.sentence || !speech_act(act.type))
        continue;
      if (act.modality != say.modality || act.polarity != say.polarity) continue;
      if (own_date(say) && own_date(act) && !say.when->overlaps(*act.when)) continue;
      const bool nested = act.parent == r || say.parent == k;
      if (!say.agents.empty() && !act.agents.empty() &&
          std::any_of(act.agents.begin(), act.agents.end(), [&](const std::string& a) {
            return std::find(say.agents.begin(), say.agents.end(), a) != say.agents.end();
          })) {
        named = k;
      } else if (!other && (continues_statement(say, k) || (nested && act.agents.empty()) ||
                            same_speaker(say, act))) {
        other = k;
        continued = continues_statement(say, k);
      }
    }
    if (named) {
      fold(r, *named, false);
    } else if (other) {
      fold(r, *other, continued);
    }
  }
  drop_folded(mentions, folded_into);
}

// A report that tells of exactly one happening, which nothing else dates
// ("Ukraine said on April 24 that it had killed 25 soldiers", "Russia
// confirmed on Saturday that the troops were forced out"), is one event:
// the happening is known only through the statement. A plain "say" gives
// way to what it reports, which takes the statement's date as its own
// (marked: the happening is on or before it) and the speaker as its
// source. A speech act ("confirm", "deny") is the more specific event: it
// keeps a happening that names no actor as another trigger, and stays
// apart from one that does ("Chile confirmed it had sent troops": the
// sending is a happening of its own, told elsewhere too). Reports of two
// or more happenings, of plans or of dated happenings stay apart from them.
void fold_reports_into_content(std::vector<EventMention>& mentions) {
  std::vector<std::size_t> children(mentions.size(), 0);
  std::vector<std::optional<std::size_t>> only_child(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const std::optional<std::size_t>& p = mentions[i].parent;
    if (!p || *p >= mentions.size() || *p == i) continue;
    if (++children[*p] == 1) only_child[*p] = i;
  }
  std::vector<std::optional<std::size_t>> folded_into(mentions.size());
  for (std::size_t r = 0; r < mentions.size(); ++r) {
    EventMention& report = mentions[r];
    const bool plain_say = report.type == "say";
    if (!plain_say && !speech_act(report.type)) continue;
    if (children[r] != 1 || report.modality != "asserted" || folded_into[r]) continue;
    const std::size_t c = *only_child[r];
    EventMention& content = mentions[c];
    if (folded_into[c] || content.type == "say" || speech_act(content.type)) continue;
    if (content.when || content.sentence != report.sentence) continue;
    if (content.modality != report.modality || content.polarity != report.polarity) continue;
    if (!plain_say && !content.agents.empty()) continue;
    if (plain_say) {
      if (report.when) {
        content.when = report.when;
        content.time_text = report.time_text;
        content.time_reason = "reported on the statement's date: " + report.time_reason;
        content.dated_by_report = true;
        content.bounds.reset();
      }
      if (content.claimed_by.empty() && !report.agents.empty())
        content.claimed_by = report.agents.front();
      content.other_triggers.push_back({report.sentence, report.trigger});
      content.parent = report.parent;
      folded_into[r] = c;
    } else {
      report.other_triggers.push_back({content.sentence, content.trigger});
      for (const Quantity& q : content.quantities) report.quantities.push_back(q);
      folded_into[c] = r;
    }
  }
  drop_folded(mentions, folded_into);
}

}  // namespace

std::vector<EventMention> merge_event_mentions(std::vector<EventMention> mentions,
                                               std::optional<Day> story_day) {
  fold_words_of_one_saying(mentions);
  fold_reports_into_speech_acts(mentions);
  fold_reports_into_content(mentions);
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
        if (compatible(merged[j], m, story_day)) {
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
