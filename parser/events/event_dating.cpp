// Dating event mentions: a time expression attached by syntax wins; else the
// verb's tense and aspect place the event against the document date; a
// nominal event takes the time of the verb that governs it.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "annals/event_time.h"
#include "clause_cues.h"
#include "event_dating.h"
#include "time_prepositions.h"
#include "tokens.h"

namespace annals {
namespace {

using text::Token;

// How far (in tokens) a time expression may sit from the event it dates.
constexpr std::size_t kMaxTimexDistance = 20;
constexpr bool kNounsTakeTheirVerbsTime = true;
constexpr bool kDefiniteNounsOnTheStoryDay = true;
constexpr bool kPastOutsideTheLead = true;
// Tokens from a comma to the saying that attributes what precedes it:
// ", the country's interior ministry said".
constexpr std::size_t kAttributionReach = 6;
// The story's lead: its first sentences report the news of the day.
constexpr std::size_t kLeadSentences = 6;
// The opening sentence states the story's news.
constexpr std::size_t kOpeningSentence = 0;

// A happening still going on after `day`, begun as `begin` says; `why`
// ends with the day.
EventTime lasting_past(TimeBound begin, Day day, const std::string& why) {
  EventTime e;
  e.begin = begin;
  e.end = TimeBound{};
  e.end->after = day;
  e.reason = why + format_day(day);
  return e;
}

struct SiteView {
  std::size_t sentence = 0;
  std::size_t token = 0;  // index into the sentence's tokens
  std::string tense, aspect;
  bool verb = true;
};

struct SentenceView {
  std::vector<Token> tokens;
  std::vector<std::size_t> sites;                             // indices, in token order
  std::vector<std::pair<std::size_t, const Timex*>> timexes;  // first token, timex
  std::vector<std::size_t> timex_last;                        // one past the last token
};

bool ends_with(std::string_view w, std::string_view suffix) {
  return w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

bool irregular_past(std::string_view w) {
  static constexpr std::array<std::string_view, 40> kPast{
      "said", "told",  "met",   "went",   "made", "took",  "gave",    "came",    "found",  "left",
      "held", "began", "won",   "lost",   "saw",  "knew",  "thought", "brought", "kept",   "fell",
      "ran",  "sent",  "spent", "struck", "shot", "built", "fought",  "sold",    "bought", "led",
      "rose", "wrote", "spoke", "broke",  "flew", "drove", "chose",   "became",  "felt",   "stood"};
  return std::find(kPast.begin(), kPast.end(), w) != kPast.end();
}

// Tense and aspect read from the words before a verb, for mentions that do
// not carry them (the ingest pipeline's triggers).
void read_verb_form(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                    SiteView& v) {
  std::string buffer, prev_buffer;
  const std::string_view w = text::lowered(tokens[i].text(text), buffer);
  std::string_view aux;
  for (std::size_t k = i; k > 0 && i - k < 3;) {
    --k;
    std::string_view p = text::lowered(tokens[k].text(text), prev_buffer);
    if (p == "not" || p == "n't" || p == "also" || p == "already" || p == "just") continue;
    aux = p;
    break;
  }
  std::string aux_s(aux);
  auto in = [&](std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), aux_s) != words.end();
  };
  if (v.tense.empty()) {
    if (in({"will", "'ll", "shall"}))
      v.tense = "FUTURE";
    else if (in({"to"}))
      v.tense = "INFINITIVE";
    else if (in({"has", "have", "'ve"}))
      v.tense = "PRESENT", v.aspect = "PERFECTIVE";
    else if (in({"had", "'d"}))
      v.tense = "PAST", v.aspect = "PERFECTIVE";
    else if (in({"is", "are", "am", "'s", "'re"}) && ends_with(w, "ing"))
      v.tense = "PRESENT", v.aspect = "PROGRESSIVE";
    else if (in({"was", "were"}) && ends_with(w, "ing"))
      v.tense = "PAST", v.aspect = "PROGRESSIVE";
    else if (in({"would", "could", "may", "might", "should", "must", "can"}))
      v.tense = "NONE";
    else if (ends_with(w, "ed") || irregular_past(w))
      v.tense = "PAST";
    else if (ends_with(w, "ing"))
      v.tense = "PRESPART";
    else
      v.tense = "PRESENT";
  }
  if (v.aspect.empty()) v.aspect = "NONE";
}

// Happenings that last days or more (states and processes), whose dates
// the annotators give as a begin and an end: a small hand-written list.
bool lasting_lemma(std::string_view w) {
  static constexpr std::array<std::string_view, 73> kLasting{
      "crisis",    "war",        "embargo",       "search",       "buildup",    "build-up",
      "operation", "campaign",   "negotiation",   "negotiations", "talks",      "dispute",
      "disputes",  "occupation", "investigation", "inquiry",      "blockade",   "sanctions",
      "siege",     "standoff",   "conflict",      "fighting",     "recession",  "boom",
      "slump",     "shortage",   "unrest",        "presence",     "tension",    "tensions",
      "program",   "programme",  "process",       "trial",        "deployment", "quarantine",
      "ban",       "alliance",   "custody",       "detention",    "captivity",  "exile",
      "reign",     "tenure",     "growth",        "decline",      "inflation",  "effort",
      "efforts",   "mission",    "patrol",        "protect",      "stay",       "live",
      "occupy",    "rise",       "fall",          "increase",     "grow",       "drop",
      "negotiate", "believe",    "hope",          "withdraw",     "want",       "fear",
      "surge",     "threat",     "rain",          "storm",        "flood",      "drought",
      "work"};
  return std::find(kLasting.begin(), kLasting.end(), w) != kLasting.end();
}

class Dater {
 public:
  Dater(const DatingInput& in, std::span<const DatingSite> sites,
        std::span<const std::vector<Token>> sentence_tokens)
      : in_(in), sites_(sites), sentence_tokens_(sentence_tokens) {}

  std::vector<EventTime> run() {
    index();
    std::vector<EventTime> out(sites_.size());
    std::vector<bool> done(sites_.size(), false);
    dated_by_own_timex_.assign(sites_.size(), false);
    // Verbs first: nominal events may take their governing verb's time.
    for (int pass = 0; pass < 2; ++pass) {
      for (std::size_t i = 0; i < sites_.size(); ++i) {
        if (views_[i].verb != (pass == 0)) continue;
        out[i] = date_one(i, out, done);
        dated_by_own_timex_[i] = out[i].reason.starts_with("time expression");
        done[i] = true;
        if (pass == 0) follow_reference_time(i, out[i]);
      }
    }
    return out;
  }

 private:
  void index() {
    sentences_.resize(in_.sentences.size());
    const bool tokenised = sentence_tokens_.size() == in_.sentences.size();
    for (std::size_t s = 0; s < in_.sentences.size(); ++s) {
      if (tokenised)
        sentences_[s].tokens = sentence_tokens_[s];
      else
        text::tokenize(in_.text, in_.sentences[s].begin, in_.sentences[s].end,
                       sentences_[s].tokens);
    }
    for (const Timex& t : in_.timexes) {
      const std::size_t s = sentence_of(t.begin);
      if (s >= sentences_.size()) continue;
      const auto& toks = sentences_[s].tokens;
      std::size_t first = toks.size(), last = 0;
      for (std::size_t k = 0; k < toks.size(); ++k) {
        if (toks[k].end > t.begin && toks[k].begin < t.end) {
          first = std::min(first, k);
          last = k + 1;
        }
      }
      if (last == 0) continue;
      sentences_[s].timexes.emplace_back(first, &t);
      sentences_[s].timex_last.push_back(last);
    }
    views_.resize(sites_.size());
    for (std::size_t i = 0; i < sites_.size(); ++i) {
      const DatingSite& site = sites_[i];
      SiteView& v = views_[i];
      v.sentence = sentence_of(site.begin);
      v.tense = site.tense;
      v.aspect = site.aspect;
      v.verb = site.pos.empty() || site.pos == "VERB";
      if (v.sentence >= sentences_.size()) continue;
      const auto& toks = sentences_[v.sentence].tokens;
      v.token = toks.size();
      for (std::size_t k = 0; k < toks.size(); ++k) {
        if (toks[k].end > site.begin) {
          v.token = k;
          break;
        }
      }
      if (v.token < toks.size() && v.verb) read_verb_form(in_.text, toks, v.token, v);
      if (v.token < toks.size() && v.verb && (v.tense == "PAST" || v.tense == "PASTPART") &&
          modal_passive(toks, v.token))
        v.tense = "NONE";
      if (v.tense.empty()) v.tense = "NONE";
      if (v.aspect.empty()) v.aspect = "NONE";
      sentences_[v.sentence].sites.push_back(i);
    }
    for (SentenceView& sv : sentences_) {
      std::sort(sv.sites.begin(), sv.sites.end(),
                [&](std::size_t a, std::size_t b) { return views_[a].token < views_[b].token; });
    }
  }

  // "would be turned over", "could be sent", "to be written": a passive
  // under a modal or an infinitive is as open as they are, whatever the
  // participle's form says.
  bool modal_passive(const std::vector<Token>& toks, std::size_t i) const {
    if (i < 2) return false;
    std::string buffer;
    if (text::lowered(toks[i - 1].text(in_.text), buffer) != "be") return false;
    std::size_t k = i - 2;
    if (text::lowered(toks[k].text(in_.text), buffer) == "not" && k > 0) --k;
    static constexpr std::array<std::string_view, 9> kModals{
        "would", "will", "could", "might", "may", "should", "must", "can", "to"};
    const std::string_view m = text::lowered(toks[k].text(in_.text), buffer);
    return std::find(kModals.begin(), kModals.end(), m) != kModals.end();
  }

  std::size_t sentence_of(std::size_t offset) const {
    const auto it = std::upper_bound(in_.sentences.begin(), in_.sentences.end(), offset,
                                     [](std::size_t o, const Sentence& s) { return o < s.begin; });
    if (it == in_.sentences.begin()) return in_.sentences.size();
    const std::size_t s = static_cast<std::size_t>(it - in_.sentences.begin()) - 1;
    return offset < in_.sentences[s].end ? s : in_.sentences.size();
  }

  // Site i's sentence as tokens; none when the site lies outside every
  // sentence.
  SentenceTokens tokens_of(std::size_t i) const {
    static const std::vector<Token> kNone;
    const std::size_t s = views_[i].sentence;
    return {in_.text, s < sentences_.size() ? sentences_[s].tokens : kNone};
  }

  // The first tokens of the other events of site i's sentence.
  std::vector<std::size_t> other_event_tokens(std::size_t i) const {
    std::vector<std::size_t> out;
    if (views_[i].sentence >= sentences_.size()) return out;
    for (std::size_t j : sentences_[views_[i].sentence].sites)
      if (j != i) out.push_back(views_[j].token);
    return out;
  }

  bool in_condition_clause(std::size_t i) const {
    return opens_condition_clause(tokens_of(i), views_[i].token, other_event_tokens(i));
  }

  // "I want a referendum", "I hope so": a speaker's own present attitude,
  // quoted, is a stance taken on the day, not a state the story reports.
  bool first_person_stance(std::size_t i) const {
    const SiteView& v = views_[i];
    return v.verb && v.tense == "PRESENT" && first_person_subject(tokens_of(i), v.token);
  }

  // Another event between tokens a and b keeps a time expression from
  // site `self`: any verb, and for a reporting verb any event at all.
  bool blocking_site_between(const SentenceView& sv, std::size_t self, std::size_t a,
                             std::size_t b) const {
    for (std::size_t j : sv.sites) {
      if (j == self) continue;
      // A reporting verb takes no time expression across any other event: in
      // "told oil companies of a cutback in September" it dates the cutback.
      if (!views_[j].verb && sites_[self].event_class != "REPORTING") continue;
      if (views_[j].token > a && views_[j].token < b) return true;
    }
    return false;
  }

  // "after a coup d'etat last year, appeared confident": an expression
  // right after a nominal event (or its preposition) is that event's. So is
  // one right after a saying ("said Thursday that Saddam was", "said today
  // its troops would join"): it dates the report, and the reported clause
  // after it is dated on its own.
  bool follows_another_event(const SentenceView& sv, std::size_t self, std::size_t first) const {
    std::size_t k = first;
    std::string buffer;
    if (k > 0) {
      const std::string_view w = text::lowered(sv.tokens[k - 1].text(in_.text), buffer);
      if (w == "in" || w == "on" || w == "of" || w == "at") --k;
    }
    if (k == 0) return false;
    for (std::size_t j : sv.sites) {
      if (j != self && !views_[j].verb && views_[j].token == k - 1) return true;
    }
    // A saying, possibly through one adverb ("said repeatedly Friday").
    if (k > 1 && ends_with(text::lowered(sv.tokens[k - 1].text(in_.text), buffer), "ly")) --k;
    for (std::size_t j : sv.sites) {
      if (j != self && saying(j) && views_[j].token == k - 1) return true;
    }
    return false;
  }

  // "kidnapped at 10 p.m. Wednesday, police said", "Keating, who lost his
  // 1996 campaign, welcomed the result": an expression inside what a
  // saying after a comma reports, or inside a relative clause between
  // commas, belongs to that clause and dates nothing past its comma.
  bool closes_another_clause(const SentenceView& sv, std::size_t self, std::size_t first,
                             std::size_t last) const {
    std::string buffer;
    auto word = [&](std::size_t k) {
      return std::string(text::lowered(sv.tokens[k].text(in_.text), buffer));
    };
    std::optional<std::size_t> comma;
    for (std::size_t k = last; k < views_[self].token; ++k)
      if (word(k) == ",") comma = k;
    if (!comma) return false;
    const bool verb_before = std::any_of(sv.sites.begin(), sv.sites.end(), [&](std::size_t j) {
      return j != self && views_[j].verb && views_[j].token < first;
    });
    if (!verb_before) return false;
    // ", police said": the saying and its subject alone follow the comma;
    // ", but he told" opens a clause of its own.
    if (saying(self)) {
      for (std::size_t k = *comma + 1; k < views_[self].token; ++k) {
        const std::string w = word(k);
        if (w == "but" || w == "and" || w == "while" || w == "as") return false;
      }
      return views_[self].token - *comma <= kAttributionReach;
    }
    // A relative clause opened by ", who" or ", which" before the expression.
    for (std::size_t k = first; k-- > 1;) {
      const std::string w = word(k);
      if (w == "who" || w == "which") return word(k - 1) == ",";
      if (w == ",") return false;
    }
    return false;
  }

  // The time expression syntax attaches to site i: the nearest in its
  // sentence with no other verb between them.
  const Timex* attached_timex(std::size_t i) const {
    const SiteView& v = views_[i];
    const SentenceView& sv = sentences_[v.sentence];
    const Timex* best = nullptr;
    std::size_t best_distance = 0;
    for (std::size_t x = 0; x < sv.timexes.size(); ++x) {
      const auto [first, t] = sv.timexes[x];
      const std::size_t last = sv.timex_last[x];
      if (t->type != TimexType::kDate && t->type != TimexType::kTime) continue;
      const std::size_t distance = first > v.token ? first - v.token : v.token + 1 - last;
      if (distance > kMaxTimexDistance) continue;
      if (first > v.token ? blocking_site_between(sv, i, v.token, first)
                          : blocking_site_between(sv, i, last - 1, v.token))
        continue;
      if (first < v.token && follows_another_event(sv, i, first)) continue;
      if (first < v.token && closes_another_clause(sv, i, first, last)) continue;
      if (!best || distance < best_distance) {
        best = t;
        best_distance = distance;
      }
    }
    return best;
  }

  bool future_like(const SiteView& v, const DatingSite& site) const {
    return v.tense == "FUTURE" || v.tense == "INFINITIVE" || (v.tense == "NONE" && v.verb) ||
           !site.modality.empty();
  }

  // Verbs of figures that change or hold over a period, in the past.
  bool measure_change(const DatingSite& site, const SiteView& v) const {
    if (v.tense != "PAST") return false;
    static constexpr std::array<std::string_view, 18> kChanges{
        "added",   "rose",      "fell",      "declined", "dropped", "gained",
        "grew",    "remained",  "created",   "lost",     "climbed", "jumped",
        "slipped", "increased", "decreased", "averaged", "edged",   "shrank"};
    std::string w(in_.text.substr(site.begin, site.end - site.begin));
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return std::find(kChanges.begin(), kChanges.end(), w) != kChanges.end();
  }

  EventTime from_timex(const Timex& t, const SiteView& v, const DatingSite& site) const {
    EventTime out;
    const std::optional<Day> dct = in_.document_date;
    const std::string text(in_.text.substr(t.begin, t.end - t.begin));
    if (t.value == "PRESENT_REF" && dct && v.verb && v.aspect == "PROGRESSIVE" &&
        v.tense == "PRESENT") {
      // "are now investigating": under way from the story's day on.
      out.begin.on = dct;
      out.end = TimeBound{};
      out.end->after = dct;
    } else if (t.value == "PRESENT_REF" && v.verb && v.tense == "PRESENT" && v.aspect == "NONE") {
      // "Iraq now controls ...": a present state holds before and after
      // the story's day; its tense dates it, not "now".
      return out;
    } else if (t.value == "PRESENT_REF" && dct) {
      out.begin.on = dct;
    } else if (t.value == "PAST_REF" && dct) {
      out.begin.before = dct;
    } else if (t.value == "FUTURE_REF" && dct) {
      out.begin.after = dct;
    } else if (t.interval && t.interval->granularity == Granularity::kDay && dct &&
               future_like(v, site) && t.interval->start < *dct) {
      // "said on Tuesday that it would retaliate": the day is the saying's.
      out.begin.after = t.interval->start;
      out.reason = "modal or future verb after the time expression \"" + text + "\" (" + t.value +
                   "): after it";
      return out;
    } else if (t.interval && t.interval->granularity == Granularity::kDay) {
      out.begin.on = t.interval->start;
    } else if (t.interval && t.interval->granularity == Granularity::kMonth && dct &&
               t.interval->end < *dct && v.verb && measure_change(site, v)) {
      // "added 92,000 jobs in January", "unemployment declined last month":
      // a change a month's figures measure went on the whole month.
      out.begin.on = t.interval->start;
      out.end = TimeBound{};
      out.end->on = t.interval->end;
    } else if (t.interval && dct && t.interval->contains(*dct)) {
      // "this year": the part of it before or after the story, by tense.
      // A week is its working days (after its Sunday, before its Saturday).
      const bool week = t.interval->granularity == Granularity::kWeek;
      if (future_like(v, site)) {
        out.begin.after = dct;
        out.begin.before = week ? t.interval->end - 1 : t.interval->end;
      } else {
        out.begin.after = week ? t.interval->start - 1 : t.interval->start;
        out.begin.before = dct;
      }
    } else if (t.interval) {
      out.begin.within = t.interval;
    } else {
      return out;
    }
    out.reason = "time expression \"" + text + "\" (" + t.value + ")";
    return out;
  }

  EventTime from_tense(std::size_t i) const {
    const SiteView& v = views_[i];
    const DatingSite& site = sites_[i];
    EventTime out;
    const std::optional<Day> dct = in_.document_date;
    if (!dct) {
      out.reason = "no time expression and no document date: open";
      return out;
    }
    const std::string date = format_day(*dct);
    const std::string& cls = site.event_class;
    if (lasting(i)) {
      out.end = TimeBound{};
      if (future_like(v, site)) {
        out.begin.after = dct;
        out.end->after = dct;
        out.reason = "a lasting happening still to come: begins and ends after " + date;
      } else if (v.verb && v.tense == "PAST" && v.aspect == "NONE") {
        out.begin.before = dct;
        out.end->before = dct;
        out.reason = "a lasting happening told in the past: begins and ends before " + date;
      } else if (!v.verb && reported_movement(i)) {
        // "figures show a sharp rise", "after a short, sharp drop": a
        // movement the figures report is over when they report it.
        out.begin.before = dct;
        out.end->before = dct;
        out.reason = "a rise or fall that figures report: begins and ends before " + date;
      } else {
        out.begin.before = dct;
        out.end->after = dct;
        out.reason = "a lasting happening: began before and lasts past " + date;
      }
      return out;
    }
    if (v.verb && future_like(v, site) && after_cannot(tokens_of(i), v.token)) {
      // "they can't ignore the letters", "his words cannot distract": a
      // denied ability is a stand taken now, not a happening to come as
      // other modals are.
      out.begin.on = dct;
      out.reason = "'cannot' states a present inability: the document date " + date;
      return out;
    }
    const bool happening = cls == "OCCURRENCE" || cls == "STATE" || cls == "I_ACTION" ||
                           cls == "PERCEPTION" || cls == "ASPECTUAL" || cls.empty();
    if (v.tense == "FUTURE" && happening && cls != "I_ACTION") {
      out.begin.after = dct;
      out.end = TimeBound{};
      out.end->after = dct;
      out.reason = "future tense: begins and ends after the document date " + date;
    } else if (future_like(v, site)) {
      out.begin.after = dct;
      out.reason = "future or modal verb form: after the document date " + date;
    } else if (v.tense == "PRESENT" && v.aspect == "NONE" && v.verb && in_condition_clause(i)) {
      // "if they boost production", "until it retreats": the present of a
      // condition or a limit is the future's, a time still to come.
      out.begin.after = dct;
      out.reason = "present tense of a condition or limit: after the document date " + date;
    } else if (v.tense == "PRESENT" && v.aspect == "NONE" && happening && cls != "PERCEPTION" &&
               cls != "ASPECTUAL" && v.verb) {
      // "insists", "controls", "refuses": a habit or stand in the simple
      // present holds around the story's day; a perception or a phase verb
      // ("sees", "begins") is the day's own news and stays on it (below).
      out.begin.before = dct;
      out.end = TimeBound{};
      out.end->after = dct;
      out.reason = "simple present of a happening: holds before and after " + date;
    } else if (v.tense == "PRESENT" && v.aspect == "PERFECTIVE" &&
               (cls == "I_ACTION" || cls == "ASPECTUAL" || cls == "REPORTING" ||
                v.sentence == kOpeningSentence)) {
      // The news perfect: "has agreed", "has begun", "has announced" is the
      // story's news, told on its day; so is any present perfect of the
      // story's opening sentence ("The city has allocated funds to ..."),
      // which states what the story reports.
      out.begin.on = dct;
      out.reason = "present perfect of an act or report: the news of the document date " + date;
    } else if (v.aspect == "PERFECTIVE" || v.aspect == "PERFECTIVE_PROGRESSIVE") {
      out.begin.before = dct;
      out.reason = "perfect: before the document date " + date;
    } else if (v.tense == "PRESENT" && v.aspect == "PROGRESSIVE" && v.verb &&
               v.sentence == kOpeningSentence) {
      // "Officials are warning residents that ...": the progressive of the
      // opening sentence is the news it reports, the story's day.
      out.begin.on = dct;
      out.reason = "present progressive of the opening sentence: the document date " + date;
    } else if (v.tense == "PRESENT" && (v.aspect == "PROGRESSIVE" || cls == "STATE")) {
      out.begin.before = dct;
      out.end = TimeBound{};
      out.end->after = dct;
      out.reason = "present state or progressive: began before and lasts past " + date;
    } else if (v.tense == "PASTPART" && v.verb && (cls == "STATE" || cls == "I_STATE")) {
      // "foreigners trapped in Iraq", "terrorists suspected of": a state the
      // participle names holds on the story's day, having begun before.
      out.begin.before = dct;
      out.end = TimeBound{};
      out.end->after = dct;
      out.reason = "a state named by a participle: began before and lasts past " + date;
    } else if (v.tense == "PASTPART" && v.verb) {
      // "the force dispatched to Saudi Arabia": the participle tells of
      // something done before the story.
      out.begin.before = dct;
      out.reason = "a participle of a deed: before the document date " + date;
    } else if (v.tense == "PAST" && v.aspect == "NONE" && v.verb && !saying(i) &&
               in_relative_clause(i)) {
      // "the Russian who gave his name to", "Howes, 37 years old when he was
      // kidnapped": a relative clause tells background, not the day's news.
      out.begin.before = dct;
      out.reason = "past tense in a relative clause: before the document date " + date;
    } else if (kPastOutsideTheLead && v.tense == "PAST" && v.verb &&
               (cls == "OCCURRENCE" || cls.empty()) && v.sentence > kLeadSentences && !showing(i)) {
      out.begin.before = dct;
      out.reason = "no time expression; past happening told after the lead: before " + date;
    } else {
      out.begin.on = dct;
      out.reason = "no time expression; " + v.tense + " tense: the document date " + date;
    }
    return out;
  }

  // "a sharp rise", "a short, sharp drop": a movement of figures named
  // with an indefinite article, one completed change.
  bool reported_movement(std::size_t i) const {
    static constexpr std::array<std::string_view, 8> kMovements{
        "rise", "fall", "drop", "increase", "decline", "jump", "surge", "plunge"};
    const std::string word = word_of(i);
    if (std::find(kMovements.begin(), kMovements.end(), word) == kMovements.end()) return false;
    constexpr std::size_t kReach = 5;  // tokens: "a short , sharp drop"
    const SiteView& v = views_[i];
    const auto& toks = sentences_[v.sentence].tokens;
    std::string buffer;
    for (std::size_t back = 1; back <= kReach && back <= v.token; ++back) {
      const std::string_view w = text::lowered(toks[v.token - back].text(in_.text), buffer);
      if (w == "a" || w == "an") return true;
      if (w == "the" || w == "of" || w == "in" || w == "to" || w == "for") return false;
    }
    return false;
  }

  // "The figures showed", "the analysis revealed": what a report shows it
  // states when it is published, as a saying does, on the story's day.
  bool showing(std::size_t i) const {
    static constexpr std::array<std::string_view, 4> kShowing{"showed", "shown", "revealed",
                                                              "indicated"};
    std::string w(in_.text.substr(sites_[i].begin, sites_[i].end - sites_[i].begin));
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return std::find(kShowing.begin(), kShowing.end(), w) != kShowing.end();
  }

  // A verb opening a relative or temporal clause: "who", "which", "when"
  // or "where" a few words before it, with no comma or other event between.
  bool in_relative_clause(std::size_t i) const {
    constexpr std::size_t kReach = 4;  // tokens: "which the king later"
    const SiteView& v = views_[i];
    if (v.sentence >= sentences_.size()) return false;
    const SentenceView& sv = sentences_[v.sentence];
    std::string buffer;
    for (std::size_t k = v.token; k > 0 && v.token - k < kReach;) {
      --k;
      const std::string_view w = text::lowered(sv.tokens[k].text(in_.text), buffer);
      if (w == "who" || w == "which" || w == "when" || w == "where" || w == "whom") return true;
      if (w == "," || w == ";" || w == "that") return false;
      for (std::size_t j : sv.sites)
        if (j != i && views_[j].token == k) return false;
    }
    return false;
  }

  bool definite(std::size_t i) const {
    const SiteView& v = views_[i];
    if (v.sentence >= sentences_.size() || v.token == 0) return false;
    std::string buffer;
    return text::lowered(sentences_[v.sentence].tokens[v.token - 1].text(in_.text), buffer) ==
           "the";
  }

  bool lasting(std::size_t i) const {
    const SiteView& v = views_[i];
    if (v.sentence >= sentences_.size() || v.token >= sentences_[v.sentence].tokens.size())
      return false;
    if (first_person_stance(i)) return false;
    if (!sites_[i].lemma.empty()) return lasting_lemma(sites_[i].lemma);
    std::string buffer;
    const std::string_view w =
        text::lowered(sentences_[v.sentence].tokens[v.token].text(in_.text), buffer);
    // "hopes", "believes": the third person's "-s" is not part of the word.
    if (v.verb && v.tense == "PRESENT" && ends_with(w, "s") &&
        lasting_lemma(w.substr(0, w.size() - 1)))
      return true;
    return lasting_lemma(w);
  }

  // The trigger's word, lowered, without a plural "s": "invasions" and
  // "invasion" name the same kind of happening.
  std::string word_of(std::size_t i) const {
    std::string out(in_.text.substr(sites_[i].begin, sites_[i].end - sites_[i].begin));
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (out.size() > 3 && out.back() == 's') out.pop_back();
    return out;
  }

  // An earlier mention of the same word that a time expression of its own
  // dated ("the invasion of Kuwait on Aug. 2" ... "since Iraq's invasion").
  std::optional<std::size_t> dated_earlier_mention(std::size_t i,
                                                   const std::vector<bool>& done) const {
    const std::string word = word_of(i);
    std::optional<std::size_t> best;
    for (std::size_t j = 0; j < sites_.size(); ++j) {
      if (j == i || !done[j] || sites_[j].begin >= sites_[i].begin) continue;
      if (!dated_by_own_timex_[j] || word_of(j) != word) continue;
      if (!best || sites_[j].begin > sites_[*best].begin) best = j;
    }
    return best;
  }

  // The nearest already dated verb of the sentence, for a nominal event.
  std::optional<std::size_t> governing_verb(std::size_t i, const std::vector<bool>& done) const {
    const SiteView& v = views_[i];
    const SentenceView& sv = sentences_[v.sentence];
    std::optional<std::size_t> best;
    std::size_t best_distance = 0;
    for (std::size_t j : sv.sites) {
      if (j == i || !views_[j].verb || !done[j]) continue;
      const std::size_t d =
          views_[j].token > v.token ? views_[j].token - v.token : v.token - views_[j].token;
      if (!best || d < best_distance) {
        best = j;
        best_distance = d;
      }
    }
    return best;
  }

  // A reporting verb: by its TimeML class, or by its word when the site has
  // no class (the ingest pipeline's triggers).
  bool saying(std::size_t i) const {
    if (!sites_[i].event_class.empty()) return sites_[i].event_class == "REPORTING";
    static constexpr std::array<std::string_view, 10> kSaid{
        "said",  "says",   "told",     "reported", "announced",
        "added", "stated", "declared", "quoted",   "wrote"};
    std::string w(in_.text.substr(sites_[i].begin, sites_[i].end - sites_[i].begin));
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return std::find(kSaid.begin(), kSaid.end(), w) != kSaid.end();
  }

  // The narrative's reference time: the last day, or month or year, a past
  // verb was dated by an expression of its own ("In June last year, the
  // leaders fell out, and Pol Pot was arrested"); the next sentences' past
  // verbs stay there. A past perfect looks back from it and does not move
  // it ("the treaty he had rejected in August 1988"), nor does a relative
  // clause's background ("Keating, who lost his 1996 campaign, welcomed").
  struct Reference {
    TimeBound when;
    std::size_t sentence = 0;
  };
  static constexpr std::size_t kReferenceReach = 1;  // sentences

  void follow_reference_time(std::size_t i, const EventTime& t) {
    const SiteView& v = views_[i];
    if ((t.begin.on || t.begin.within) && !t.end && t.reason.starts_with("time expression") &&
        v.tense == "PAST" && v.aspect == "NONE" && !in_relative_clause(i)) {
      reference_ = Reference{t.begin, v.sentence};
    }
  }

  std::optional<EventTime> from_reference(std::size_t i) const {
    const SiteView& v = views_[i];
    if (!reference_ || v.tense != "PAST" || v.aspect != "NONE" || !v.verb) return std::nullopt;
    // The sayings a story quotes are its own day's news, not the narrative's.
    if (saying(i)) return std::nullopt;
    if (v.sentence < reference_->sentence || v.sentence - reference_->sentence > kReferenceReach)
      return std::nullopt;
    if (in_.document_date && reference_->when.on == in_.document_date) return std::nullopt;
    EventTime e;
    e.begin = reference_->when;
    e.reason =
        "no time expression; past tense in the narrative's reference time " + event_time_label(e);
    return e;
  }

  // "He sold the house to five buyers and said he would double his money",
  // "heard the plan but did not tell the police": past verbs joined by
  // "and", "but" or "or" share their subject and their time.
  std::optional<EventTime> coordinated_with_past(std::size_t i, const std::vector<EventTime>& out,
                                                 const std::vector<bool>& done) const {
    const SiteView& v = views_[i];
    if (!v.verb || v.tense != "PAST" || v.aspect != "NONE") return std::nullopt;
    const SentenceView& sv = sentences_[v.sentence];
    std::optional<std::size_t> previous;
    for (std::size_t j : sv.sites)
      if (j != i && views_[j].token < v.token) previous = j;
    if (!previous || !done[*previous] || !views_[*previous].verb) return std::nullopt;
    const SiteView& p = views_[*previous];
    if (p.tense != "PAST" || p.aspect != "NONE") return std::nullopt;
    std::string buffer;
    bool joined = false;
    for (std::size_t k = p.token + 1; k < v.token; ++k) {
      const std::string_view w = text::lowered(sv.tokens[k].text(in_.text), buffer);
      if (w == "," || w == ";" || w == "that" || w == "who" || w == "which") return std::nullopt;
      if (w == "and" || w == "but" || w == "or") {
        joined = true;
      } else if (joined && w != "then" && w != "also" && w != "later" && w != "did" && w != "not" &&
                 w != "n't") {
        joined = false;  // a subject of its own: another clause
      }
    }
    if (!joined || !out[*previous].begin.known()) return std::nullopt;
    EventTime e = out[*previous];
    e.reason = "a past verb joined to the one before: " + e.reason;
    return e;
  }

  EventTime date_one(std::size_t i, const std::vector<EventTime>& out,
                     const std::vector<bool>& done) const {
    const SiteView& v = views_[i];
    if (v.sentence >= sentences_.size()) return from_tense(i);
    const Timex* t = attached_timex(i);
    // "a solution to the crisis now at hand": "now" finds a lasting
    // happening under way; it does not make it a day's.
    if (t && t->value == "PRESENT_REF" && lasting(i)) t = nullptr;
    // "now" is the story's present: a perfect ("have now backed out"), a
    // participle ("troops now camped") or a modal or infinitive ("now in
    // force might be extended") keeps its own tense's date; a future told
    // with "now" ("now we're going to go back") is the story's day's.
    if (t && t->value == "PRESENT_REF" && v.verb && v.tense != "FUTURE" &&
        (v.aspect == "PERFECTIVE" || v.tense == "PASTPART" || future_like(v, sites_[i])))
      t = nullptr;
    if (t) {
      if (auto bounded = bounded_by_preposition(preposition_before(in_.text, t->begin), *t,
                                                in_.document_date)) {
        return *bounded;
      }
      EventTime e = from_timex(*t, v, sites_[i]);
      if (e.begin.within && !e.end && lasting(i)) return lasting_within(e);
      if (e.begin.known()) return e;
    }
    if (!v.verb && kNounsTakeTheirVerbsTime) {
      if (lasting(i)) return lasting_nominal(i, out, done);
      if (const auto j = dated_earlier_mention(i, done)) {
        EventTime e = out[*j];
        e.reason = "the same happening named earlier: " + e.reason;
        return e;
      }
      if (kDefiniteNounsOnTheStoryDay && definite(i) && in_.document_date) {
        EventTime e;
        e.begin.on = in_.document_date;
        e.reason = "definite nominal event with no time of its own: the story's day " +
                   format_day(*in_.document_date);
        return e;
      }
      if (const auto j = governing_verb(i, done)) {
        EventTime e = out[*j];
        e.reason = "nominal event, dated with its verb: " + e.reason;
        return e;
      }
    }
    if (auto e = coordinated_with_past(i, out, done)) return *e;
    if (auto e = from_reference(i)) return *e;
    if (auto e = continued_in_present(i)) return *e;
    if (auto e = from_governing_verb(i, out, done)) return *e;
    return from_tense(i);
  }

  // "his 1996 campaign", "talks in August 1988": a lasting happening told
  // within a month or a year past began and ended inside it.
  EventTime lasting_within(const EventTime& e) const {
    const DateInterval& span = *e.begin.within;
    if (!in_.document_date || span.end >= *in_.document_date ||
        (span.granularity != Granularity::kMonth && span.granularity != Granularity::kYear))
      return e;
    EventTime out;
    out.begin.after = span.start;
    out.end = TimeBound{};
    out.end->before = span.end;
    out.reason = "a lasting happening within a past " +
                 std::string(span.granularity == Granularity::kMonth ? "month" : "year") + ": " +
                 e.reason;
    return out;
  }

  // A lasting happening named by a noun: under way around the story's day,
  // unless the verb it hangs on is still to come ("a shooting war could
  // produce", "would press for a trial"): then it begins and ends later.
  EventTime lasting_nominal(std::size_t i, const std::vector<EventTime>& out,
                            const std::vector<bool>& done) const {
    const auto j = governing_verb(i, done);
    if (auto e = begun_by_dated_verb(i, j, out)) return *e;
    if (auto e = begun_as_named_earlier(i, out, done)) return *e;
    if (!j || !future_like(views_[*j], sites_[*j]) || !in_.document_date ||
        definite_description(tokens_of(i), views_[i].token))
      return from_tense(i);
    TimeBound begins;
    begins.after = in_.document_date;
    return lasting_past(begins, *in_.document_date,
                        "a lasting happening under a verb still to come: begins and ends after ");
  }

  // Verbs that set a lasting happening going: "ordered an embargo",
  // "launched a campaign", "imposed sanctions", "began talks".
  bool starts_a_happening(std::size_t j) const {
    static constexpr std::array<std::string_view, 12> kStems{
        "order", "impos",  "launch",   "began", "begin",   "start",
        "open",  "declar", "introduc", "set",   "announc", "proclaim"};
    std::string w(in_.text.substr(sites_[j].begin, sites_[j].end - sites_[j].begin));
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return std::any_of(kStems.begin(), kStems.end(),
                       [&](std::string_view stem) { return w.starts_with(stem); });
  }

  // "The Security Council on Aug. 6 ordered an embargo": what a past verb
  // dated by its own expression set going began that day and, nothing
  // saying it ended, lasts past the story's day.
  std::optional<EventTime> begun_by_dated_verb(std::size_t i, std::optional<std::size_t> j,
                                               const std::vector<EventTime>& out) const {
    if (!j || !in_.document_date || !dated_by_own_timex_[*j]) return std::nullopt;
    const SiteView& g = views_[*j];
    if (g.tense != "PAST" || g.aspect != "NONE" || !starts_a_happening(*j)) return std::nullopt;
    const EventTime& gt = out[*j];
    if (!gt.begin.on || gt.end || *gt.begin.on >= *in_.document_date) return std::nullopt;
    if (views_[i].token < g.token) return std::nullopt;  // its object follows it
    return lasting_past(gt.begin, *in_.document_date,
                        "a lasting happening a dated verb set going: begins then, lasts past ");
  }

  // "the embargo" again, after the sentence that dated its start.
  std::optional<EventTime> begun_as_named_earlier(std::size_t i, const std::vector<EventTime>& out,
                                                  const std::vector<bool>& done) const {
    const std::string word = word_of(i);
    std::optional<std::size_t> best;
    for (std::size_t j = 0; j < sites_.size(); ++j) {
      if (!done[j] || views_[j].verb || sites_[j].begin >= sites_[i].begin) continue;
      if (word_of(j) != word || !out[j].reason.starts_with("a lasting happening a dated verb"))
        continue;
      if (!best || sites_[j].begin > sites_[*best].begin) best = j;
    }
    if (!best) return std::nullopt;
    EventTime e = out[*best];
    e.reason = "the same lasting happening named earlier: " + e.reason;
    return e;
  }

  // "the storm continues to maintain its grip", "we continue to pray": an
  // infinitive that a present "continue" governs is going on around the
  // story's day, begun before it and lasting past it.
  std::optional<EventTime> continued_in_present(std::size_t i) const {
    const SiteView& v = views_[i];
    if (!v.verb || v.tense != "INFINITIVE" || !in_.document_date ||
        !under_present_continue(tokens_of(i), v.token))
      return std::nullopt;
    TimeBound began;
    began.before = in_.document_date;
    return lasting_past(began, *in_.document_date,
                        "an infinitive a present 'continue' governs: began before and lasts past ");
  }

  // Verbs whose infinitive is a deed still to come: "promised to put",
  // "agreed to allow", "invited John Paul to come".
  bool commits_to_later(std::size_t j) const {
    static constexpr std::array<std::string_view, 24> kStems{
        "promis", "agre", "vow",   "pledg", "plan",   "decid",  "threat", "offer",
        "expect", "want", "hope",  "seek",  "sought", "prepar", "propos", "urg",
        "call",   "aim",  "invit", "ask",   "order",  "allow",  "permit", "authoriz"};
    std::string w(in_.text.substr(sites_[j].begin, sites_[j].end - sites_[j].begin));
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return std::any_of(kStems.begin(), kStems.end(),
                       [&](std::string_view stem) { return w.starts_with(stem); });
  }

  // "she failed to report", "they asked her to help", "trying today to
  // locate": an infinitive that completes a verb told in the past happened,
  // if at all, when that verb did.
  std::optional<EventTime> from_governing_verb(std::size_t i, const std::vector<EventTime>& out,
                                               const std::vector<bool>& done) const {
    constexpr std::size_t kMaxGap = 4;  // tokens: "asked her to help"
    const SiteView& v = views_[i];
    if (!v.verb || v.tense != "INFINITIVE" || !sites_[i].modality.empty()) return std::nullopt;
    const SentenceView& sv = sentences_[v.sentence];
    std::optional<std::size_t> governor;
    for (std::size_t j : sv.sites) {
      if (j == i || !views_[j].verb || views_[j].token >= v.token) continue;
      if (v.token - views_[j].token <= kMaxGap) governor = j;
    }
    if (!governor || !done[*governor]) return std::nullopt;
    const SiteView& g = views_[*governor];
    const bool told_in_past = (g.tense == "PAST" || g.tense == "PRESPART") && g.aspect == "NONE";
    if (!told_in_past || !sites_[*governor].modality.empty()) return std::nullopt;
    if (commits_to_later(*governor)) return std::nullopt;
    const EventTime& gt = out[*governor];
    if (!gt.begin.known() || (gt.begin.after && !gt.begin.before)) return std::nullopt;
    EventTime e = gt;
    e.reason = "an infinitive completing a verb told in the past: " + gt.reason;
    return e;
  }

  std::optional<Reference> reference_;
  std::vector<bool> dated_by_own_timex_;
  const DatingInput& in_;
  std::span<const DatingSite> sites_;
  std::span<const std::vector<Token>> sentence_tokens_;  // the caller's, or none
  std::vector<SentenceView> sentences_;
  std::vector<SiteView> views_;
};

}  // namespace

std::vector<EventTime> date_event_sites(const DatingInput& input,
                                        std::span<const DatingSite> sites) {
  return Dater(input, sites, {}).run();
}

std::vector<EventTime> date_event_sites(const DatingInput& input, std::span<const DatingSite> sites,
                                        std::span<const std::vector<Token>> sentence_tokens) {
  return Dater(input, sites, sentence_tokens).run();
}

}  // namespace annals
