// Event mentions from a parsed document: triggers, roles from shallow
// clause structure, time from the tagger or the news convention, nesting
// under reporting verbs, modality, polarity, attribution and quantities.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "annals/event_category.h"
#include "annals/events.h"
#include "annals/timex.h"
#include "clauses.h"
#include "discourse.h"
#include "entities.h"
#include "event_dating.h"
#include "gazetteer.h"
#include "quantities.h"
#include "truecase.h"

namespace annals {
namespace {

using text::Clauses;
using text::EntitySpan;
using text::SentenceTokens;
using text::Token;
using text::TokenKind;
using text::TriggerToken;

struct TimexSpan {
  const Timex* timex = nullptr;
  std::size_t first = 0;  // tokens [first, last)
  std::size_t last = 0;
};

// The opening sentences of a story (headline and lead of a news page).
constexpr std::size_t kLeadSentences = 3;

// What is remembered across sentences for pronouns.
struct Discourse {
  std::string last_person;
  // How often each organisation was named: "the company" is the story's
  // most named one ("Qualcomm ... Thomson Reuters ... the company said").
  std::unordered_map<std::string, int> organisation_mentions;
  std::string main_organisation;
  // Countries the story has named so far, as countries, capitals or peoples.
  std::unordered_set<std::string> countries_named;
  std::string last_model;  // for "the aircraft", "the device": "A380", "iPhone 4"
  // Each lower-case word of an organisation named so far: the latest such
  // organisation ("observatory" -> "Syrian Observatory for Human Rights").
  std::unordered_map<std::string, std::string> organisation_by_word;
  text::DiscourseMemory memory;  // the two sentences before, for pronouns
  bool in_quote = false;         // a quotation opened in the last sentence goes on
};

class SentenceExtractor {
 public:
  SentenceExtractor(const Document& doc, const SentenceTokens& st, std::size_t sentence_index,
                    const std::vector<TimexSpan>& timexes, const std::vector<bool>& in_timex,
                    Discourse& discourse, std::optional<Day> story_date)
      : story_date_(story_date),
        doc_(doc),
        body_(doc.body),
        st_(st),
        index_(sentence_index),
        timexes_(timexes),
        in_timex_(in_timex),
        discourse_(discourse) {}

  void run(std::vector<EventMention>& events) {
    events_ = &events;
    dateline_end_ = 0;
    for (const EntitySpan& span : st_.entities) {
      if (span.kind == "country" && !span.adjective) discourse_.countries_named.insert(span.name);
      if ((span.adjective || span.capital) && !span.country.empty())
        discourse_.countries_named.insert(span.country);
    }
    lexicon::tag_sentence(body_, st_.tokens, tags_, scratch_);
    triggers_ = text::find_triggers(body_, st_, in_timex_, tags_);
    trigger_verb_at_.assign(st_.tokens.size(), false);
    for (const TriggerToken& t : triggers_) {
      if (t.verb) trigger_verb_at_[t.token] = true;
    }
    clauses_ = text::segment_clauses(body_, st_, triggers_, in_timex_);
    dateline_end_ = find_dateline_end();
    anchored_by_clause_.assign(triggers_.size(), false);
    collect_mentions();
    find_subject();
    const std::size_t base = events.size();
    base_ = base;
    std::vector<std::optional<std::size_t>> parent(triggers_.size());
    for (std::size_t k = 0; k < triggers_.size(); ++k) {
      events.push_back(build(k, events, base));
      parent[k] = find_parent(k);
    }
    const std::string source = according_to();
    for (std::size_t k = 0; k < triggers_.size(); ++k) {
      EventMention& e = events[base + k];
      if (!source.empty() && !triggers_[k].entry->reporting) e.claimed_by = source;
      if (parent[k]) {
        const EventMention& p = events[base + *parent[k]];
        e.parent = base + *parent[k];
        if (e.claimed_by.empty() && !p.agents.empty()) e.claimed_by = p.agents.front();
      }
      date(e, triggers_[k], parent[k] ? &events[base + *parent[k]] : nullptr);
      // "tomorrow's election", "talks on June 19": dated after the story,
      // so not yet happened.
      if (e.when && doc_.date && e.when->start > *doc_.date && e.modality == "asserted")
        e.modality = "planned";
    }
    for (const EntitySpan& span : st_.entities) {
      if (span.kind == "person") discourse_.last_person = span.name;
      // (A shouted kicker line, "WELLS FARGO PLUNGES:", is no organisation.)
      if (is_named_organisation(span) && !st_.tokens[span.first].all_caps) {
        const int n = ++discourse_.organisation_mentions[span.name];
        if (discourse_.main_organisation.empty() ||
            n >= discourse_.organisation_mentions[discourse_.main_organisation])
          discourse_.main_organisation = span.name;
      }
      if (is_named_organisation(span)) remember_organisation(span.name);
      if (is_model(span)) discourse_.last_model = span.name;
    }
    discourse_.memory.push({std::move(mentions_), std::move(subject_), unnamed_subject_});
    drop_unanchored_nouns(events, base);
  }

 private:
  std::string_view word(std::size_t i) const {
    return text::lowered(st_.tokens[i].text(body_), scratch_);
  }
  std::size_t seg_begin(std::size_t token) const {
    const std::size_t begin = clauses_.begin[clauses_.segment_of[token]];
    return token >= dateline_end_ ? std::max(begin, dateline_end_) : begin;
  }

  // "Sandpoint, Idaho -- Coldwater Creek Inc. filed": the dateline's place
  // before a dash opening the sentence is where the story was filed from,
  // outside every clause. The first token after the dash, else 0.
  std::size_t find_dateline_end() const {
    const std::size_t limit = std::min<std::size_t>(st_.tokens.size(), 12);
    for (std::size_t k = 1; k < limit; ++k) {
      const Token& t = st_.tokens[k];
      const std::string_view text = t.text(body_);
      if (text == "--" || text == "\u2014" || text == "\u2013") return k + 1;
      if (text == "-" && k + 1 < limit && st_.tokens[k + 1].text(body_) == "-") return k + 2;
      const bool allowed = (t.is_word() && t.capitalised) || text == "," || text == "." ||
                           text == "(" || text == ")" || text == "/";
      if (!allowed) return 0;
    }
    return 0;
  }
  std::size_t seg_end(std::size_t token) const { return clauses_.end[clauses_.segment_of[token]]; }

  // Canonical names an entity contributes as an actor: capitals and
  // adjectives stand for their country, state organs add their country.
  void add_actor(const EntitySpan& span, bool metonymy, std::vector<std::string>& out) const {
    auto push = [&](const std::string& name) {
      if (!name.empty() && std::find(out.begin(), out.end(), name) == out.end())
        out.push_back(name);
    };
    if (span.adjective || (span.capital && metonymy)) {
      push(span.country);
      return;
    }
    push(span.name);
    // "Congress" speaks for the United States only in a story that names
    // the country ("a Congress source" in an Indian story does not).
    if (!span.country.empty() && (span.kind == "org" || span.owned) &&
        (span.owned || discourse_.countries_named.count(span.country) > 0))
      push(span.country);
  }

  static bool is_compass_word(std::string_view w) {
    static const std::unordered_set<std::string_view> kWords{
        "north",     "south",        "east",         "west",         "northern",    "southern",
        "eastern",   "western",      "central",      "northeast",    "northwest",   "southeast",
        "southwest", "northeastern", "northwestern", "southeastern", "southwestern"};
    return kWords.count(w) > 0;
  }

  bool preceded_by_preposition(const EntitySpan& span) const {
    if (span.first == 0) return false;
    const std::string_view prev = word(span.first - 1);
    // "after Russia confirmed": a subordinator, not a preposition, when it opens the clause.
    if (seg_begin(span.first) == span.first - 1 &&
        clauses_.kind[clauses_.segment_of[span.first]] == 'a') {
      return false;
    }
    return prev != "of" && text::is_preposition(prev);
  }

  // "in south-eastern France", "across the region's south", "in parts of
  // Mozambique": a preposition opens the entity's noun phrase, past its
  // modifiers and at most one noun-of step. Such a name is inside a phrase
  // of the subject ("the death toll from flooding in France has risen"),
  // not the subject itself.
  bool in_prepositional_phrase(const EntitySpan& span) const {
    if (preceded_by_preposition(span)) return true;
    const std::size_t begin = seg_begin(span.first);
    // "of Information and Culture", "of Information, Publicity and
    // Broadcasting Services": a name joined to the one before is where it is.
    if (span.first >= 2 && span.first - 1 > begin &&
        (word(span.first - 1) == "and" || (word(span.first - 1) == "," && !span.adjective &&
                                           (span.kind == "org" || span.kind == "unknown")))) {
      if (const int e = st_.entity_at[span.first - 2]; e >= 0 && &st_.entities[e] != &span)
        return in_prepositional_phrase(st_.entities[e]);
    }
    bool crossed_of = false;
    for (std::size_t k = span.first; k > begin && span.first - k < 5;) {
      --k;
      if (st_.entity_at[k] >= 0 || is_trigger_verb_at(k) || !st_.tokens[k].is_word()) return false;
      const std::string_view w = word(k);
      if (w == "of") {
        // "the Minister of Information": a portfolio after a title.
        if (k > 0 && text::Gazetteer::instance().is_title(st_.tokens[k - 1].text(body_)))
          return true;
        if (crossed_of) return false;
        crossed_of = true;
        continue;
      }
      const lexicon::Tag tag = tags_[k].tag;
      if (tag == lexicon::Tag::kDeterminer || tag == lexicon::Tag::kAdjective ||
          tag == lexicon::Tag::kNumber || (crossed_of && tag == lexicon::Tag::kNoun) ||
          is_compass_word(w) ||  // "in south Louisiana", "from central Iowa"
          (w.find('-') != std::string_view::npos && !st_.tokens[k].capitalised))
        continue;
      if (!text::is_preposition(w)) return false;
      // "after the Kremlin confirmed": a subordinator opening the clause.
      return !(k == begin && clauses_.kind[clauses_.segment_of[k]] == 'a');
    }
    return false;
  }

  // "according to X" attributes the sentence's events to X.
  std::string according_to() const {
    for (std::size_t k = 0; k + 2 < st_.tokens.size(); ++k) {
      if (word(k) != "according" || word(k + 1) != "to") continue;
      for (std::size_t m = k + 2; m < st_.tokens.size() && m < k + 6; ++m) {
        if (const int e = st_.entity_at[m]; e >= 0) {
          std::vector<std::string> names;
          add_actor(st_.entities[e], true, names);
          return names.empty() ? std::string() : names.front();
        }
      }
    }
    return {};
  }

  // A nominalisation with no actor and no time of its own ("drone attacks",
  // "the deal is expected to close in May": the time is the verb's) names a
  // kind of happening, or refers back to one, more often than it reports one.
  bool unanchored_noun(std::size_t k, const TriggerToken& t, const EventMention& e) const {
    if (t.verb || !e.agents.empty() || anchored_by_clause_[k]) return false;
    // "the Chile earthquake": the place a disaster hit anchors it.
    if (is_natural_hazard(e.type) && (!e.patients.empty() || !e.place.empty())) return false;
    // "..., killing 150 people": an -ing adjunct goes on with its clause's
    // happening, whose actor (an earthquake has none) it shares.
    if (participle_adjunct(t) && !t.entry->reporting) return false;
    if (!e.when) return true;
    if (t.last >= st_.tokens.size()) return false;
    const std::string_view next = word(t.last);
    return next == "is" || next == "was" || next == "are" || next == "were" || next == "will" ||
           next == "would" || next == "has" || next == "had" || next == "could" || next == "may";
  }

  // Drops unanchored nominalisations; events nested under one lose their parent.
  void drop_unanchored_nouns(std::vector<EventMention>& events, std::size_t base) const {
    std::vector<std::optional<std::size_t>> moved_to(triggers_.size());
    std::size_t kept = base;
    for (std::size_t k = 0; k < triggers_.size(); ++k) {
      if (unanchored_noun(k, triggers_[k], events[base + k])) continue;
      moved_to[k] = kept;
      if (kept != base + k) events[kept] = std::move(events[base + k]);
      ++kept;
    }
    events.resize(kept);
    for (std::size_t j = base; j < kept; ++j) {
      if (events[j].parent) events[j].parent = moved_to[*events[j].parent - base];
    }
  }

  // An organisation's name, or a name of several words not known as a
  // person or place ("Observatory for Human Rights").
  static bool is_named_organisation(const EntitySpan& span) {
    return span.kind == "org" ||
           (span.kind == "unknown" && span.name.find(' ') != std::string::npos);
  }

  static bool is_organisation(const EntitySpan& span) {
    return !span.adjective && !span.capital && (span.kind == "org" || span.kind == "unknown");
  }

  // A product model: a name with a number in it ("A380", "Boeing 787", "iPhone 4").
  static bool is_model(const EntitySpan& span) {
    return !span.adjective && span.kind != "person" && span.kind != "country" &&
           std::any_of(span.name.begin(), span.name.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  }

  // "the aircraft", "the new device": a definite description of a product
  // model ending at token `head`.
  bool model_description(std::size_t head, std::size_t begin) const {
    static const std::unordered_set<std::string_view> heads{
        "aircraft", "plane",   "airliner", "jet",   "superjumbo", "jumbo", "airplane", "device",
        "phone",    "handset", "player",   "model", "vehicle",    "car",   "tablet",   "computer"};
    if (!heads.count(word(head))) return false;
    for (std::size_t k = head; k > begin && head - k < 4;) {
      --k;
      if (word(k) == "the") return true;
      if (!st_.tokens[k].is_word()) return false;
    }
    return false;
  }

  // "the company", "the European planemaker": a definite description of an
  // organisation ending at token `head`, read as a pronoun.
  bool organisation_description(std::size_t head, std::size_t begin) const {
    static const std::unordered_set<std::string_view> heads{
        "company",      "firm",     "group",      "carrier",  "airline", "manufacturer",
        "planemaker",   "maker",    "automaker",  "carmaker", "giant",   "corporation",
        "conglomerate", "retailer", "bank",       "exchange", "union",   "airliner",
        "rival",        "supplier", "contractor", "producer", "lender",  "automobile-maker"};
    if (!heads.count(word(head))) return false;
    for (std::size_t k = head; k > begin && head - k < 4;) {
      --k;
      const std::string_view w = word(k);
      if (w == "the") return true;
      if (!st_.tokens[k].is_word()) return false;
    }
    return false;
  }

  // "the observatory" after "the Syrian Observatory for Human Rights": a
  // definite description by a word of an organisation's name.
  bool named_description(std::size_t head, std::size_t begin) const {
    return head > begin && word(head - 1) == "the" && !named_organisation(head).empty();
  }

  void remember_organisation(const std::string& name) {
    for (std::size_t at = 0; at < name.size();) {
      std::size_t end = name.find(' ', at);
      if (end == std::string::npos) end = name.size();
      std::string key = name.substr(at, end - at);
      for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (key.size() >= 4) discourse_.organisation_by_word[key] = name;
      at = end + 1;
    }
  }

  // The latest organisation named so far with the word at `head` in its name.
  std::string named_organisation(std::size_t head) const {
    const std::string_view w = st_.tokens[head].text(body_);
    if (w.size() < 4 || !st_.tokens[head].is_word() || st_.tokens[head].capitalised) return {};
    const auto has_word = [&](const std::string& name) {
      for (std::size_t at = 0; at < name.size();) {
        std::size_t end = name.find(' ', at);
        if (end == std::string::npos) end = name.size();
        if (end - at == w.size()) {
          bool same = true;
          for (std::size_t i = 0; i < w.size() && same; ++i)
            same = std::tolower(static_cast<unsigned char>(name[at + i])) ==
                   std::tolower(static_cast<unsigned char>(w[i]));
          if (same) return true;
        }
        at = end + 1;
      }
      return false;
    };
    for (std::size_t e = st_.entities.size(); e > 0; --e) {
      const EntitySpan& span = st_.entities[e - 1];
      if (is_named_organisation(span) && span.last <= head && has_word(span.name)) return span.name;
    }
    const auto it = discourse_.organisation_by_word.find(std::string(word(head)));
    return it == discourse_.organisation_by_word.end() ? std::string() : it->second;
  }

  bool inverted_speech(const TriggerToken& t) const {
    if (!t.verb || !t.entry->reporting || t.token == 0) return false;
    const Token& prev = st_.tokens[t.token - 1];
    return prev.kind == TokenKind::kCloseQuote || prev.text(body_) == ",";
  }

  bool is_trigger_verb_at(std::size_t i) const {
    return i < trigger_verb_at_.size() && trigger_verb_at_[i];
  }

  bool finite_verb(std::size_t i) const {
    return tags_[i].tag == lexicon::Tag::kVerb && (tags_[i].form == lexicon::VerbForm::kPresent ||
                                                   tags_[i].form == lexicon::VerbForm::kPast);
  }

  // A finite verb of saying or thinking ("say", "believe"), which opens the
  // clause it reports. Only those: a noun mis-tagged as a verb ("IST Ltd
  // shares closed") must not cut a subject off, and after a determiner or
  // adjective ("mobile calls") the word is a noun.
  bool clause_taking_verb(std::size_t i) const {
    const lexicon::TaggedWord& t = tags_[i];
    if (!finite_verb(i) || !t.entry) return false;
    if (t.entry->verb_first != lexicon::VerbClass::kCommunication &&
        t.entry->verb_first != lexicon::VerbClass::kCognition)
      return false;
    if (i > 0 && (tags_[i - 1].tag == lexicon::Tag::kDeterminer ||
                  tags_[i - 1].tag == lexicon::Tag::kAdjective))
      return false;
    // What it reports opens right after it: "say the toll", "believe that",
    // "fear they", "say Russia".
    if (i + 1 >= st_.tokens.size()) return false;
    const lexicon::Tag next = tags_[i + 1].tag;
    return next == lexicon::Tag::kDeterminer || next == lexicon::Tag::kPronoun ||
           next == lexicon::Tag::kConjunction || st_.entity_at[i + 1] >= 0;
  }

  // Whether the noun trigger `t` sits in a verb's subject: a verb follows
  // it in its clause before any comma, quote or other noun phrase's verb.
  bool in_subject_phrase(const TriggerToken& t) const {
    const std::size_t end = seg_end(t.token);
    for (std::size_t k = t.last; k < end && k < st_.tokens.size(); ++k) {
      const Token& token = st_.tokens[k];
      if (token.kind != TokenKind::kWord && token.kind != TokenKind::kNumber &&
          token.kind != TokenKind::kPossessive)
        return false;
      const lexicon::Tag tag = tags_[k].tag;
      if (is_trigger_verb_at(k) || finite_verb(k) || tag == lexicon::Tag::kAuxiliary ||
          tag == lexicon::Tag::kModal)
        return true;
      // "than" in "in more than 180 years" stays inside the noun phrase.
      if ((tag == lexicon::Tag::kConjunction && word(k) != "than") ||
          tag == lexicon::Tag::kPronoun || tag == lexicon::Tag::kTo)
        return false;
    }
    return false;
  }

  // The subject: entities walking left from the trigger within its clause.
  // The "(" that the ")" at `close` closes, within a few tokens, else kNowhere.
  std::size_t opening_bracket(std::size_t close) const {
    for (std::size_t k = close; k > 0 && close - k < 8;) {
      --k;
      if (st_.tokens[k].text(body_) == "(") return k;
      if (st_.tokens[k].text(body_) == ")") return kNowhere;
    }
    return kNowhere;
  }

  std::vector<const EntitySpan*> left_group(std::size_t trigger, std::string* pronoun,
                                            std::size_t* pronoun_at = nullptr) const {
    std::vector<const EntitySpan*> found;
    std::size_t begin = seg_begin(trigger);
    // "The Ministry of Internal Affairs (MIA) warned": a bracketed acronym
    // between the subject and its verb is no boundary.
    for (const std::size_t close : {begin, begin - 1}) {
      if (close >= trigger || trigger - close > 2 || st_.tokens[close].text(body_) != ")") continue;
      if (const std::size_t open = opening_bracket(close); open != kNowhere && open > 0)
        begin = std::min(begin, seg_begin(open - 1));
      break;
    }
    std::size_t k = trigger;
    while (k > begin && trigger - k < 24) {
      --k;
      if (in_timex_[k]) continue;
      if (st_.tokens[k].text(body_) == ")") {
        if (const std::size_t open = opening_bracket(k); open != kNowhere && open >= begin) {
          k = open;
          continue;
        }
      }
      if (const int e = st_.entity_at[k]; e >= 0) {
        const EntitySpan& span = st_.entities[e];
        k = std::max(span.first, begin);
        // "The Dane completed the victory", "the Argentine said": a people's
        // name as the whole subject stands for a person named before.
        if (found.empty() && pronoun && span.adjective && span.first > 0 &&
            word(span.first - 1) == "the" && span.last < st_.tokens.size() &&
            (span.last == trigger || tags_[span.last].tag == lexicon::Tag::kAuxiliary ||
             tags_[span.last].tag == lexicon::Tag::kAdverb ||
             tags_[span.last].tag == lexicon::Tag::kModal)) {
          *pronoun = "he";
          if (pronoun_at) *pronoun_at = span.first;
          break;
        }
        if (!in_prepositional_phrase(span) && !modifies_noun(span)) found.push_back(&span);
        continue;
      }
      const Token& t = st_.tokens[k];
      if (t.kind == TokenKind::kOpenQuote || t.kind == TokenKind::kCloseQuote) break;
      const std::string_view w = word(k);
      if (w == "," && !found.empty()) break;
      // "In the city of Aleppo, a government raid killed": the phrase before
      // the comma says where, the subject is after it.
      if (w == "," && fronted_phrase(begin, k)) break;
      // "French authorities say the toll has risen": a finite verb on the
      // way opens the clause the trigger's subject is in.
      if (is_trigger_verb_at(k) || clause_taking_verb(k)) break;
      if (found.empty() && text::is_pronoun(w) && pronoun) {
        *pronoun = std::string(w);
        if (pronoun_at) *pronoun_at = k;
        break;
      }
      if (found.empty() && pronoun &&
          (organisation_description(k, begin) || named_description(k, begin))) {
        *pronoun = "the company";
        if (pronoun_at) *pronoun_at = k;
        break;
      }
      if (found.empty() && pronoun && model_description(k, begin)) {
        *pronoun = "the model";
        if (pronoun_at) *pronoun_at = k;
        break;
      }
    }
    std::reverse(found.begin(), found.end());
    return found;
  }

  // A verb that judges or reports another's act among tokens [first, before).
  bool judging_verb_from(std::size_t first, std::size_t before) const {
    static const std::unordered_set<std::string_view> kJudging{
        "accuse", "condemn", "deny", "report", "confirm", "thank", "demand", "ask", "warn"};
    return std::any_of(triggers_.begin(), triggers_.end(), [&](const TriggerToken& o) {
      return o.verb && o.token >= first && o.token < before && kJudging.count(o.entry->type);
    });
  }

  // "a former Illinois judge", "Chicago investment properties", "an Aleppo
  // activist": a place naming what kind of thing the noun after it is, not
  // an actor. Countries stay (their adjectives stand for them: "US firm").
  bool modifies_noun(const EntitySpan& span) const {
    if (names_employer(span)) return true;
    // "Rite Aid shareholders would receive $9": a company's holders or
    // staff act for themselves, not as the company.
    if (span.last < st_.tokens.size() && !span.adjective) {
      static const std::unordered_set<std::string_view> kStakeholders{
          "shareholders", "stockholders", "investors",   "employees", "workers",
          "customers",    "creditors",    "bondholders", "fans",      "supporters"};
      if (kStakeholders.count(word(span.last))) return true;
    }
    if ((span.kind != "place" && span.kind != "unknown") || span.adjective ||
        span.last >= st_.tokens.size())
      return false;
    const Token& next = st_.tokens[span.last];
    if (!next.is_word() || next.capitalised || st_.entity_at[span.last] >= 0 ||
        is_trigger_verb_at(span.last))
      return false;
    const std::string_view w = word(span.last);
    static const std::unordered_set<std::string_view> kFunction{
        "and",  "or",    "but",   "is",    "was",  "are",   "were",   "has",  "have", "had",
        "will", "would", "could", "can",   "may",  "might", "should", "must", "said", "says",
        "also", "not",   "who",   "which", "that", "the",   "a",      "an",   "to",   "as"};
    // "Schleswig-Holstein police", "Kyiv authorities": the place's institutions act for it.
    static const std::unordered_set<std::string_view> kInstitutions{
        "police",      "government", "authorities", "officials", "troops",
        "forces",      "army",       "military",    "ministry",  "court",
        "prosecutors", "council",    "legislature", "officers"};
    if (kFunction.count(w) || kInstitutions.count(w) || text::is_preposition(w)) return false;
    return tags_[span.last].tag == lexicon::Tag::kNoun && !w.ends_with("s");
  }

  // "Rite Aid CEO John Standley": a name right before a person's
  // capitalised title says whom the person works for; the person acts.
  bool names_employer(const EntitySpan& span) const {
    // A country before a title ("Russian Foreign Minister") acts with its minister.
    if (span.kind == "country" || span.kind == "place" || span.adjective) return false;
    // "Union Information and Broadcasting Minister Anurag Thakur": the
    // portfolio may join two names with "and".
    std::size_t k = span.last;
    while (k < st_.tokens.size() && k < span.last + 5 && st_.tokens[k].is_word()) {
      const int e = st_.entity_at[k];
      if (e >= 0 && k > span.last && st_.tokens[k - 1].text(body_) == "and" &&
          st_.entities[e].kind != "person") {
        k = st_.entities[e].last;  // the portfolio's second name
        continue;
      }
      if (e >= 0 || !(st_.tokens[k].capitalised || portfolio_and(span, k))) break;
      ++k;
    }
    if (k == span.last || k >= st_.tokens.size() || st_.entity_at[k] < 0) return false;
    const EntitySpan& next = st_.entities[static_cast<std::size_t>(st_.entity_at[k])];
    return next.kind == "person" && next.first == k;
  }

  // "and" inside a portfolio ("Information and Broadcasting Minister"): a
  // capitalised word that is no title follows, and the name before is no
  // person's ("Kim and Foreign Minister Lavrov" are two people).
  bool portfolio_and(const EntitySpan& span, std::size_t k) const {
    if (span.kind == "person" || (word(k) != "and" && word(k) != "&") || k + 1 >= st_.tokens.size())
      return false;
    const Token& next = st_.tokens[k + 1];
    const int e = st_.entity_at[k + 1];
    return next.is_word() && next.capitalised && (e < 0 || st_.entities[e].kind != "person") &&
           !text::Gazetteer::instance().is_title(next.text(body_));
  }

  static bool is_possessive_pronoun(std::string_view w) {
    return w == "its" || w == "their" || w == "his" || w == "her";
  }

  // "his resignation", "their first talks": the possessive pronoun right
  // before the noun (past up to two modifiers), or kNowhere.
  std::size_t possessive_pronoun_before(std::size_t noun) const {
    for (std::size_t k = noun; k > 0 && noun - k < 3;) {
      --k;
      if (is_possessive_pronoun(word(k))) return k;
      if (!st_.tokens[k].is_word() || st_.entity_at[k] >= 0 || is_trigger_verb_at(k) ||
          (tags_[k].tag != lexicon::Tag::kAdjective && tags_[k].tag != lexicon::Tag::kNoun))
        return kNowhere;
    }
    return kNowhere;
  }

  // "its dispatch", "their talks": a possessive pronoun within the noun phrase.
  bool owned_by_pronoun(std::size_t noun) const {
    for (std::size_t k = noun; k > 0 && noun - k < 4;) {
      --k;
      const std::string_view w = word(k);
      if (w == "its" || w == "their" || w == "his" || w == "her") return true;
      if (!st_.tokens[k].is_word() || is_trigger_verb_at(k)) return false;
    }
    return false;
  }

  // Whether tokens [begin, comma) are a fronted prepositional phrase: "In
  // the northern city of Aleppo," "South of Saraqeb,".
  bool fronted_phrase(std::size_t begin, std::size_t comma) const {
    if (comma <= begin) return false;
    // "As a SWAT team responded to the scene, the gunmen opened fire": a
    // subordinate clause opening the sentence has its own subject.
    static const std::unordered_set<std::string_view> kOpeners{
        "as", "when", "while", "after", "before", "once", "because", "although", "though", "since"};
    if (begin == 0 && kOpeners.count(word(begin))) return true;
    for (std::size_t k = begin; k < comma; ++k) {
      if (is_trigger_verb_at(k)) return false;
    }
    if (text::is_preposition(word(begin))) return true;
    // "South of Saraqeb": a compass word and "of" opening the sentence.
    const std::string_view head = st_.tokens[begin].text(body_);
    return (head == "North" || head == "South" || head == "East" || head == "West") &&
           begin + 1 < comma && word(begin + 1) == "of";
  }

  // The first comma of a fronted prepositional phrase opening the clause,
  // or `begin` when there is none.
  std::size_t after_fronted_phrase(std::size_t begin, std::size_t trigger) const {
    for (std::size_t k = begin; k < trigger; ++k) {
      if (st_.tokens[k].text(body_) == ",") return fronted_phrase(begin, k) ? k + 1 : begin;
    }
    return begin;
  }

  // "John Thain, Merrill's chief executive, said", "Amy Chen, who leads the
  // team, said": a verb right after a comma-bounded apposition or relative
  // clause has the name before it as its subject.
  std::vector<const EntitySpan*> appositive_subject(std::size_t trigger) const {
    if (trigger < 3 || word(trigger - 1) != ",") return {};
    for (std::size_t k = trigger - 1; k > 0 && trigger - k < 16;) {
      --k;
      const Token& t = st_.tokens[k];
      if (t.kind == TokenKind::kOpenQuote || t.kind == TokenKind::kCloseQuote) return {};
      if (word(k) != ",") continue;
      // "Britain's minister for Northern Ireland, Brandon Lewis, quit": a
      // person's name alone between the commas names whom the description
      // before it describes.
      if (const int inside = st_.entity_at[k + 1]; inside >= 0) {
        const EntitySpan& named = st_.entities[inside];
        const bool before_is_person = k > 0 && st_.entity_at[k - 1] >= 0 &&
                                      st_.entities[st_.entity_at[k - 1]].kind == "person";
        if (named.kind == "person" && named.first == k + 1 && named.last == trigger - 1 &&
            !before_is_person)
          return {&named};
      }
      if (k == 0 || st_.entity_at[k - 1] < 0) return {};
      const EntitySpan& span = st_.entities[st_.entity_at[k - 1]];
      if (span.adjective || in_prepositional_phrase(span)) return {};
      // "Putin and Kim, in their first encounter, smiled": the whole group.
      std::vector<const EntitySpan*> group = left_group(k, nullptr);
      if (group.empty() || group.back() != &span) return {&span};
      return group;
    }
    return {};
  }

  // The first entity group of the clause that is not inside a prepositional phrase.
  std::vector<const EntitySpan*> clause_subject(std::size_t trigger) const {
    std::vector<const EntitySpan*> found;
    std::size_t first = after_fronted_phrase(seg_begin(trigger), trigger);
    // "French authorities say the toll has risen": a verb's subject follows
    // the finite verb before it.
    if (is_trigger_verb_at(trigger)) {
      for (std::size_t k = first; k < trigger; ++k)
        if (clause_taking_verb(k)) first = k + 1;
    }
    for (std::size_t k = first; k < trigger; ++k) {
      const int e = st_.entity_at[k];
      if (e < 0) {
        if (found.empty()) continue;
        const std::string_view w = word(k);
        const bool connector = w == "," || w == "and" || w == "'s" || w == "of" || w == "left" ||
                               w == "right" || w == "center" || w == "leader" || w == "." ||
                               text::Gazetteer::instance().is_title(st_.tokens[k].text(body_));
        if (!connector) break;
        continue;
      }
      const EntitySpan& span = st_.entities[e];
      if (found.empty() && in_prepositional_phrase(span)) {
        k = span.last - 1;
        continue;
      }
      // "The Dane completed the victory": a people's name as the subject
      // stands for a person, not the country.
      if (found.empty() && span.adjective && span.first > 0 && word(span.first - 1) == "the" &&
          span.last < trigger && (is_trigger_verb_at(span.last) || finite_verb(span.last)))
        return found;
      if (!modifies_noun(span)) found.push_back(&span);
      k = span.last - 1;
    }
    return found;
  }

  // Entities after the trigger in its clause, up to the next verb.
  std::vector<const EntitySpan*> right_group(std::size_t from, std::size_t limit) const {
    std::vector<const EntitySpan*> found;
    const std::size_t end = std::min(seg_end(from > 0 ? from - 1 : 0), from + limit);
    for (std::size_t k = from; k < end && k < st_.tokens.size(); ++k) {
      if (is_trigger_verb_at(k)) break;
      // "he said, and Turkey was not open to it": a new clause.
      if (k > from && (word(k) == "and" || word(k) == "but") && word(k - 1) == ",") break;
      if (const int e = st_.entity_at[k]; e >= 0) {
        // "..., APA reports.": the source of a trailing attribution.
        if (reporting_verb_at(st_.entities[e].last)) break;
        if (!modifies_noun(st_.entities[e]) && !in_role_phrase(st_.entities[e]) &&
            !destination(st_.entities[e]))
          found.push_back(&st_.entities[e]);
        k = st_.entities[e].last - 1;
      }
    }
    return found;
  }

  // "would help North Korea launch satellites", "let Kyiv decide": the name
  // between a causing verb and a bare verb is the bare verb's subject.
  const EntitySpan* helped_agent(std::size_t verb) const {
    static const std::unordered_set<std::string_view> kCausing{
        "help", "helps", "helped", "helping", "let", "lets", "make", "makes", "made"};
    if (verb == 0 || st_.entity_at[verb - 1] < 0) return nullptr;
    const EntitySpan& span = st_.entities[st_.entity_at[verb - 1]];
    if (span.first == 0 || !kCausing.count(word(span.first - 1)) || span.adjective) return nullptr;
    return &span;
  }

  // "delayed his departure to Brazil": where a journey goes is no participant.
  bool destination(const EntitySpan& span) const {
    static const std::unordered_set<std::string_view> kJourneys{"departure", "trip",   "journey",
                                                                "flight",    "travel", "return"};
    return span.first >= 2 && word(span.first - 1) == "to" && kJourneys.count(word(span.first - 2));
  }

  // "announced his resignation as Prime Minister of the United Kingdom": the
  // name in an "as"-phrase's title says which office, it takes no part.
  bool in_role_phrase(const EntitySpan& span) const {
    std::size_t of = span.first;
    if (of > 0 && word(of - 1) == "the") --of;
    if (of < 3 || word(of - 1) != "of") return false;
    for (std::size_t k = of - 1; k > 0 && of - k < 6;) {
      --k;
      if (word(k) == "as") return k + 2 < of;
      if (!st_.tokens[k].is_word() || st_.entity_at[k] >= 0 || is_trigger_verb_at(k)) return false;
    }
    return false;
  }

  // The agent of a passive is the by-phrase's own noun phrase: "seized by
  // gunmen as they drove in Queen Elizabeth National Park" has no named
  // agent; "signed by France and Ghana" has two.
  std::vector<const EntitySpan*> by_phrase(std::size_t from) const {
    std::vector<const EntitySpan*> found = right_group(from, 8);
    std::vector<const EntitySpan*> kept;
    std::size_t k = from;
    // "recruited by his older brother, Tamerlan,": a description, then the
    // name in apposition.
    if (!found.empty() && found.front()->first > from + 1 && found.front()->first - from <= 6 &&
        word(found.front()->first - 1) == ",") {
      bool description = true;
      for (std::size_t d = from; d + 1 < found.front()->first && description; ++d)
        description = st_.tokens[d].is_word() && !st_.tokens[d].capitalised;
      if (description && (found.front()->kind == "person" || found.front()->kind == "unknown"))
        return {found.front()};
    }
    for (const EntitySpan* span : found) {
      for (; k < span->first; ++k) {
        const std::string_view w = word(k);
        const bool joins = w == "the" || w == "a" || w == "an" || w == "and" || w == "," ||
                           w == "its" || w == "their" ||
                           (st_.tokens[k].is_word() && !kept.empty() && w == "of");
        if (!joins && !(st_.tokens[k].is_word() && k + 1 == span->first)) return kept;
      }
      kept.push_back(span);
      k = span->last;
    }
    return kept;
  }

  bool reporting_verb_at(std::size_t i) const {
    return std::any_of(triggers_.begin(), triggers_.end(), [&](const TriggerToken& t) {
      return t.token == i && t.verb && t.entry->reporting;
    });
  }

  // "in the northern state of Schleswig-Holstein", "at the Vostochny
  // cosmodrome": a place the event happened at, not a participant.
  // `floor`: the first token after the trigger; the look-back stops there.
  bool locative(const EntitySpan& span, std::size_t floor) const {
    // A name only guessed to be a person may be a place ("in Yellow Elder Gardens").
    if (span.kind == "person" && !span.guessed) return false;
    static const std::unordered_set<std::string_view> kLocative{
        "in", "at", "near", "outside", "inside", "across", "throughout", "off", "around"};
    // "invested in Tesla", "a stake in Suez": in before a company names what, not where.
    const bool where_kind = span.kind != "org";
    // Back over "the northern city of", a describing adjective ("the
    // Russian Far East") and the places listed before ("in Masaka and
    // Rukungiri districts"), and an owner ("at Russia's Vostochny Cosmodrome").
    for (std::size_t k = span.first; k > floor && span.first - k < 8;) {
      --k;
      const std::string_view w = word(k);
      if (kLocative.count(w)) return where_kind || w != "in";
      if (const int e = st_.entity_at[k]; e >= 0) {
        const EntitySpan& other = st_.entities[e];
        if (!other.adjective && other.kind != "place" && other.kind != "country" &&
            other.kind != "unknown")
          return false;
        k = other.first;
        continue;
      }
      if ((!st_.tokens[k].is_word() && w != "," && st_.tokens[k].kind != TokenKind::kPossessive) ||
          is_trigger_verb_at(k))
        return false;
    }
    return false;
  }

  // "Greek top seed Stefanos Tsitsipas", "former Catalan leader Carles
  // Puigdemont", "US President Donald Trump": a nationality or country
  // before a person's name (no "and", no "'s" between) describes the
  // person; the person is the actor.
  void drop_describing_adjectives(std::vector<const EntitySpan*>& group) const {
    std::vector<const EntitySpan*> kept;
    for (std::size_t g = 0; g < group.size(); ++g) {
      const EntitySpan& span = *group[g];
      bool describes = false;
      if ((span.kind != "person" || span.guessed) && g + 1 < group.size() &&
          group[g + 1]->kind == "person" && !group[g + 1]->guessed &&
          group[g + 1]->first > span.first && group[g + 1]->first - span.last < 4) {
        describes = true;
        for (std::size_t k = span.last; k < group[g + 1]->first; ++k) {
          // "Veolia CEO and Chairman Antoine Frerot": titles joined by "and" still describe.
          const bool title_follows =
              k + 1 < st_.tokens.size() &&
              text::Gazetteer::instance().is_title(st_.tokens[k + 1].text(body_));
          if (!st_.tokens[k].is_word() || ((word(k) == "and" || word(k) == "or") && !title_follows))
            describes = false;
        }
      }
      // "the UK's Labour Party", "Russia's Vladimir Putin": a possessor
      // right before a name says whose; the name is the actor.
      if (g + 1 < group.size() && group[g + 1]->first > span.last &&
          st_.tokens[span.last].kind == TokenKind::kPossessive &&
          (group[g + 1]->kind == "org" || group[g + 1]->kind == "person")) {
        describes = group[g + 1]->first - span.last <= 5;
        for (std::size_t k = span.last + 1; k < group[g + 1]->first; ++k) {
          // "Venezuela's acting President Nicolas Maduro": titles and their modifiers.
          if (!text::Gazetteer::instance().is_title(st_.tokens[k].text(body_)) &&
              word(k) != "leader" && (st_.tokens[k].capitalised || !st_.tokens[k].is_word()))
            describes = false;
        }
      }
      if (!describes) kept.push_back(&span);
    }
    group = std::move(kept);
  }

  // The sentence's names as referents: what a pronoun can stand for. A
  // nationality ("Russian troops") or a plain place is not.
  // Names joined by "and" are also one referent for "they" ("Russia and
  // North Korea ... their deployment").
  void collect_mentions() {
    mentions_.clear();
    // Names inside a quotation are the speaker's words, not what the
    // narrative's pronouns and descriptions refer back to.
    std::vector<bool>& quoted = quoted_;
    quoted.assign(st_.tokens.size(), false);
    bool inside = discourse_.in_quote, opened = false;
    for (std::size_t k = 0; k < st_.tokens.size(); ++k) {
      if (st_.tokens[k].kind == TokenKind::kOpenQuote) inside = opened = true;
      if (st_.tokens[k].kind == TokenKind::kCloseQuote) inside = opened = false;
      quoted[k] = inside;
    }
    discourse_.in_quote = inside && opened;
    text::Referent several;
    const EntitySpan* previous = nullptr;
    bool joined = false;
    const auto close_group = [&] {
      if (joined && several.names.size() > 1) {
        several.kind = "several";
        mentions_.push_back(std::move(several));
      }
      several.names.clear();
      several.oblique = false;
      joined = false;
    };
    close_group();
    for (const EntitySpan& span : st_.entities) {
      if (span.adjective || (span.kind == "place" && !span.capital)) continue;
      std::vector<std::string> names;
      add_actor(span, true, names);
      bool adjacent = previous != nullptr && previous->last < span.first;
      bool has_and = false;
      for (std::size_t k = previous ? previous->last : 0; adjacent && k < span.first; ++k) {
        has_and |= word(k) == "and";
        adjacent = word(k) == "and" || word(k) == ",";
      }
      if (!adjacent) close_group();
      // "between Pyongyang and Moscow": the whole coordination is in the phrase.
      const bool oblique =
          preceded_by_preposition(span) || (adjacent && several.oblique) || quoted[span.first];
      if (several.names.empty()) several.oblique = oblique;
      joined |= has_and;
      several.names.insert(several.names.end(), names.begin(), names.end());
      mentions_.push_back(text::referent_of(span, std::move(names)));
      mentions_.back().oblique = oblique;
      several.token = span.first;
      previous = &span;
    }
    close_group();
  }

  // The main clause's verb: the first verb past a fronted phrase, unless a
  // trailing attribution (", the observatory said.") reports the sentence.
  std::optional<std::size_t> main_verb() const {
    const std::size_t n = st_.tokens.size();
    if (n == 0 || st_.tokens[0].kind == TokenKind::kOpenQuote) return std::nullopt;
    for (auto t = triggers_.rbegin(); t != triggers_.rend(); ++t) {
      if (!t->verb || !t->entry->reporting) continue;
      bool at_end = true;
      for (std::size_t k = t->last; k < n && at_end; ++k) at_end = !st_.tokens[k].is_word();
      // ", the observatory said.": a comma shortly before the speaker.
      bool after_comma = false;
      for (std::size_t k = t->token; k > 0 && t->token - k < 6 && !after_comma;) {
        --k;
        if (is_trigger_verb_at(k) || st_.tokens[k].kind == TokenKind::kCloseQuote) break;
        after_comma = word(k) == ",";
      }
      if (at_end && after_comma && !inverted_speech(*t)) return t->token;
      break;
    }
    for (std::size_t v = after_fronted_phrase(0, n); v < n; ++v) {
      if (st_.tokens[v].kind == TokenKind::kOpenQuote) return std::nullopt;
      if (st_.entity_at[v] >= 0 || in_timex_[v]) continue;
      const lexicon::Tag tag = tags_[v].tag;
      if (tag == lexicon::Tag::kVerb || tag == lexicon::Tag::kAuxiliary ||
          tag == lexicon::Tag::kModal || is_trigger_verb_at(v))
        return v;
    }
    return std::nullopt;
  }

  // Whom the main clause is about, for the pronouns after it: its named
  // subject (a pronoun there resolved from the sentences before), or, when
  // the subject is a noun phrase without a name, which pronoun would
  // continue it ("The 24-year-old ... He": a person not named here).
  void find_subject() {
    subject_.reset();
    subject_pronoun_at_ = kNowhere;
    unnamed_subject_ = text::PronounClass::kNone;
    const std::optional<std::size_t> verb = main_verb();
    if (!verb || *verb == 0) return;
    std::string pronoun;
    std::size_t at = kNowhere;
    std::vector<const EntitySpan*> group = subject_before(*verb, &pronoun, &at);
    drop_describing_adjectives(group);
    // "the New Zealand-based company Rocket Lab": a name followed by more
    // words before the next name describes it.
    std::vector<const EntitySpan*> heads;
    for (std::size_t g = 0; g < group.size(); ++g) {
      bool describes = false;
      // "The Central Military Commission of North Korea's Workers' Party":
      // a name after "of" says whose; the first is the head.
      if (!heads.empty() && heads.back()->last < group[g]->first &&
          word(heads.back()->last) == "of")
        continue;
      if (g + 1 < group.size()) {
        describes = true;
        for (std::size_t k = group[g]->last; k < group[g + 1]->first; ++k) {
          if (word(k) == "and" || word(k) == "," || word(k) == "&" || word(k) == "of")
            describes = false;
        }
      }
      if (!describes) heads.push_back(group[g]);
    }
    if (heads.size() == 1) {
      std::vector<std::string> names;
      add_actor(*heads.front(), true, names);
      subject_ = text::referent_of(*heads.front(), std::move(names));
      return;
    }
    if (heads.size() > 1) {
      text::Referent several;
      several.kind = "several";
      several.token = heads.front()->first;
      for (const EntitySpan* span : heads) add_actor(*span, true, several.names);
      subject_ = several;
      mentions_.push_back(several);
      return;
    }
    if (!pronoun.empty() && at != kNowhere) {
      subject_ = resolve(pronoun, at, true);
      subject_pronoun_at_ = at;
      if (!subject_) unnamed_subject_ = pronoun_kind(pronoun);
      return;
    }
    unnamed_subject_ = unnamed_head_class(*verb);
  }

  static text::PronounClass pronoun_kind(const std::string& pronoun) {
    if (pronoun == "the company") return text::PronounClass::kOrganisation;
    return text::pronoun_class(pronoun);
  }

  // The head noun right before the main verb, when it names no one: which
  // pronoun would refer back to it.
  text::PronounClass unnamed_head_class(std::size_t verb) const {
    static const std::unordered_set<std::string_view> kPersonNouns{
        "man",      "woman",     "boy",     "girl",     "official", "spokesman", "spokeswoman",
        "minister", "president", "leader",  "player",   "judge",    "suspect",   "driver",
        "father",   "mother",    "son",     "daughter", "husband",  "wife",      "champion",
        "seed",     "chairman",  "officer", "victim",   "gunman",   "teenager",  "lawyer"};
    std::size_t k = verb;
    while (k > 0 && st_.tokens[k - 1].is_word() && text::is_pronoun(word(k - 1)) == false &&
           tags_[k - 1].tag == lexicon::Tag::kAdverb)
      --k;
    if (k == 0 || st_.entity_at[k - 1] >= 0) return text::PronounClass::kNone;
    // "The 24-year-old from Sydney": the head is before its prepositional phrase.
    for (std::size_t m = k; m > 0 && k - m < 6;) {
      --m;
      if (st_.entity_at[m] < 0 && text::is_preposition(word(m))) {
        k = m;
        break;
      }
    }
    if (k == 0) return text::PronounClass::kNone;
    const Token& head = st_.tokens[k - 1];
    const std::string_view w = word(k - 1);
    if (st_.entity_at[k - 1] >= 0 || head.capitalised) return text::PronounClass::kNone;
    if (w.ends_with("year-old") || kPersonNouns.count(w)) return text::PronounClass::kPerson;
    if (!head.is_word() || tags_[k - 1].tag != lexicon::Tag::kNoun)
      return text::PronounClass::kNone;
    return w.ends_with("s") && !w.ends_with("ss") ? text::PronounClass::kPlural
                                                  : text::PronounClass::kThing;
  }

  // "Suez rebuffed the offer, and in February it rejected ...": a pronoun
  // opening a clause coordinated with the main one (past its time words).
  bool opens_coordinated_clause(std::size_t at) const {
    for (std::size_t k = at; k > 0 && at - k < 6;) {
      --k;
      const std::string_view w = word(k);
      if (w == "and" || w == "but") return true;
      if (!in_timex_[k] && !text::is_preposition(w) && w != ",") return false;
    }
    return false;
  }

  // What the pronoun (or description) at token `at` stands for; a subject
  // pronoun of the main clause looks only at the sentences before.
  std::optional<text::Referent> resolve(const std::string& pronoun, std::size_t at,
                                        bool sentence_subject = false) {
    if (at == subject_pronoun_at_) return subject_;
    if (pronoun == "the model") {
      if (discourse_.last_model.empty()) return std::nullopt;
      return text::Referent{{discourse_.last_model}, "unknown", at};
    }
    if (pronoun == "the company") {
      if (std::string named = named_organisation(at); !named.empty())
        return remember(text::Referent{{named}, "org", at});
    }
    const text::PronounClass c = pronoun_kind(pronoun);
    if (c == text::PronounClass::kNone) return std::nullopt;
    std::optional<text::Referent> r;
    if (!sentence_subject) {
      if (subject_ && subject_->token < at && opens_coordinated_clause(at) &&
          text::compatible(c, *subject_))
        r = subject_;
      if (!r) r = nearest_in_sentence(at, c);
    }
    if (!r && c == text::PronounClass::kThing && unnamed_thing_between(0, at)) return std::nullopt;
    if (!r) r = discourse_.memory.antecedent(c);
    // A description picks the organisation the story is about over one
    // named in passing nearby ("according to Thomson Reuters").
    // A name only guessed a person's ("Board member Lawrence W. Kellner")
    // is not what "the company" means when the story names a company.
    if (r && c == text::PronounClass::kOrganisation && !r->names.empty() &&
        !discourse_.main_organisation.empty() &&
        ((r->kind == "name" &&
          discourse_.organisation_mentions[discourse_.main_organisation] >= 2) ||
         (discourse_.organisation_mentions.count(r->names.front()) > 0 &&
          discourse_.organisation_mentions[discourse_.main_organisation] >
              discourse_.organisation_mentions[r->names.front()])))
      r = text::Referent{{discourse_.main_organisation}, "org", at};
    // A description names its kind: a company named further back is still
    // "the company".
    if (!r && c == text::PronounClass::kOrganisation && !discourse_.main_organisation.empty())
      r = text::Referent{{discourse_.main_organisation}, "org", at};
    if (!r) return std::nullopt;
    r->token = at;
    return remember(*r);
  }

  // "Police gave no details about the suspects but said they had been
  // detained": the nearest fitting noun phrase before the pronoun, named or
  // not (a plural noun for people, unnamed, gives no actor); "German police
  // said they had arrested": an unnamed speaker's actors as its verb found them.
  std::optional<text::Referent> nearest_in_sentence(std::size_t at, text::PronounClass c) const {
    static const std::unordered_set<std::string_view> kPeople{
        "suspects",  "people",  "officials",  "men",         "women",     "children",
        "fighters",  "rebels",  "troops",     "soldiers",    "police",    "protesters",
        "militants", "gunmen",  "kidnappers", "victims",     "residents", "workers",
        "leaders",   "members", "candidates", "authorities", "officers",  "investigators"};
    std::optional<text::Referent> named = text::latest_before(mentions_, at, c);
    if (c == text::PronounClass::kPlural) {
      for (std::size_t k = at; k > 0 && (!named || k > named->token + 1);) {
        --k;
        if (st_.entity_at[k] >= 0 || !kPeople.count(word(k))) continue;
        // The unnamed speaker of the verb right after it.
        std::size_t verb = k + 1;
        while (verb < at && tags_[verb].tag == lexicon::Tag::kAdverb) ++verb;
        for (std::size_t j = base_; j < events_->size(); ++j) {
          const EventMention& spoken = (*events_)[j];
          if (spoken.trigger_offset == st_.tokens[verb].begin && !spoken.agents.empty())
            return text::Referent{spoken.agents, "several", k};
        }
        return std::nullopt;
      }
    }
    if (c == text::PronounClass::kThing && unnamed_thing_between(named ? named->token + 1 : 0, at))
      return std::nullopt;
    if (named) return named;
    // "The company said it would": the speaker of the saying before it; a
    // person is never "it" ("Landsberg said ... it started to turn").
    if (c == text::PronounClass::kThing || c == text::PronounClass::kPlural) {
      for (std::size_t j = events_->size(); j > base_; --j) {
        const EventMention& spoken = (*events_)[j - 1];
        if (spoken.event_class == "REPORTING" && !spoken.agents.empty() &&
            spoken.trigger_offset < st_.tokens[at].begin) {
          if (c == text::PronounClass::kThing && names_person(spoken.agents)) return std::nullopt;
          return text::Referent{spoken.agents, "several", at};
        }
      }
    }
    return std::nullopt;
  }

  // Whether the sentence's names so far call any of `names` a person.
  bool names_person(const std::vector<std::string>& names) const {
    for (const text::Referent& r : mentions_) {
      if (r.kind != "person" && r.kind != "name") continue;
      for (const std::string& n : r.names)
        if (std::find(names.begin(), names.end(), n) != names.end()) return true;
    }
    return false;
  }

  // "The plane burst into flames when it hit the hangar": an unnamed noun
  // phrase ("the plane", "a storm") in [from, at) is what "it" stands for,
  // so the pronoun names no actor. A description of an organisation ("the
  // company", "the ministry") still points at the name it describes.
  bool unnamed_thing_between(std::size_t from, std::size_t at) const {
    static const std::unordered_set<std::string_view> kOrganisationNouns{
        "company",   "firm",         "group",        "government",     "ministry",  "agency",
        "army",      "military",     "court",        "party",          "bank",      "council",
        "board",     "committee",    "department",   "administration", "police",    "union",
        "club",      "team",         "league",       "country",        "state",     "city",
        "authority", "organisation", "organization", "network",        "newspaper", "commission",
        "coalition", "alliance",     "regime",       "parliament",     "office",    "service",
        "airline",   "carrier",      "maker",        "manufacturer",   "retailer",  "lender",
        "insurer",   "producer",     "operator",     "developer",      "giant",     "side",
        "nation",    "kingdom",      "republic",     "province",       "region"};
    bool quoted = false;
    for (std::size_t k = from; k < at; ++k) {
      const TokenKind kind = st_.tokens[k].kind;
      if (kind == TokenKind::kOpenQuote || kind == TokenKind::kCloseQuote)
        quoted = kind == TokenKind::kOpenQuote;
      // Quoted words and prepositional phrases ("at this point") are not
      // what a later pronoun continues.
      if (quoted || (k > 0 && text::is_preposition(word(k - 1)))) continue;
      const std::string_view w = word(k);
      if (w != "the" && w != "a" && w != "an" && w != "this" && w != "that") continue;
      for (std::size_t h = k + 1; h < at && h <= k + 4; ++h) {
        if (st_.entity_at[h] >= 0 || !st_.tokens[h].is_word()) break;
        if (tags_[h].tag != lexicon::Tag::kNoun) continue;
        // The head is the last noun of the phrase ("the 8-passenger aircraft").
        if (h + 1 < at && tags_[h + 1].tag == lexicon::Tag::kNoun && st_.entity_at[h + 1] < 0)
          continue;
        if (!kOrganisationNouns.count(word(h))) return true;
        break;
      }
    }
    return false;
  }

  // A resolved pronoun is a mention of its referent from here on.
  text::Referent remember(const text::Referent& r) {
    mentions_.push_back(r);
    return r;
  }

  // ", saying ...", ", having fallen to ...": a participle after a comma
  // tells more of the main clause's subject.
  bool participle_adjunct(const TriggerToken& t) const {
    std::size_t k = t.token;
    if (k >= 2 && word(k - 1) == "having")
      --k;
    else if (!word(t.token).ends_with("ing"))
      return false;
    return k >= 2 && word(k - 1) == ",";
  }

  // The subject of the verb at `verb`: after an apposition's closing comma
  // ("Keir Starmer, a Labour Party candidate, will be sworn in"), the name
  // before the apposition; else the names walking left.
  // The main clause's verb is asked for twice (its subject for the
  // discourse, then for its event): the answer is kept.
  std::vector<const EntitySpan*> subject_before(std::size_t verb, std::string* pronoun,
                                                std::size_t* pronoun_at) {
    if (verb != subject_cache_.verb) {
      subject_cache_.verb = verb;
      subject_cache_.pronoun.clear();
      subject_cache_.pronoun_at = kNowhere;
      subject_cache_.group =
          find_subject_before(verb, &subject_cache_.pronoun, &subject_cache_.pronoun_at);
    }
    *pronoun = subject_cache_.pronoun;
    *pronoun_at = subject_cache_.pronoun_at;
    return subject_cache_.group;
  }

  std::vector<const EntitySpan*> find_subject_before(std::size_t verb, std::string* pronoun,
                                                     std::size_t* pronoun_at) const {
    std::size_t k = verb;
    while (k > 0 && st_.tokens[k - 1].is_word() &&
           (text::is_auxiliary_word(word(k - 1)) || tags_[k - 1].tag == lexicon::Tag::kAdverb))
      --k;
    if (k > 0 && k < verb + 1 && word(k - 1) == ",") {
      std::vector<const EntitySpan*> s = appositive_subject(k);
      if (!s.empty()) return s;
    }
    // "Nalbandian, who won in Basel in 2002": a relative clause's subject
    // is the name it hangs on; an unnamed one ("the man who fled") names no one.
    if (k > 0 && (word(k - 1) == "who" || word(k - 1) == "which")) {
      std::size_t a = k - 1;
      if (a > 0 && word(a - 1) == ",") --a;
      if (a > 0 && st_.entity_at[a - 1] >= 0 && !st_.entities[st_.entity_at[a - 1]].adjective)
        return {&st_.entities[st_.entity_at[a - 1]]};
      *pronoun = "who";
      *pronoun_at = k - 1;
      return {};
    }
    return left_group(verb, pronoun, pronoun_at);
  }

  EventMention build(std::size_t k, const std::vector<EventMention>& events, std::size_t base) {
    const TriggerToken& t = triggers_[k];
    EventMention e;
    e.type = t.entry->type;
    e.begin = st_.tokens[t.token].begin;
    e.end = st_.tokens[t.last - 1].end;
    e.trigger = std::string(body_.substr(e.begin, e.end - e.begin));
    e.lemma = t.entry->type;
    if (t.entry->reporting) e.event_class = "REPORTING";
    e.nominal = !t.verb;
    e.sentence = index_;
    e.sentences.push_back(index_);
    e.trigger_offset = st_.tokens[t.token].begin;
    std::string pronoun;
    std::size_t pronoun_at = kNowhere;
    std::vector<const EntitySpan*> subject;
    const EntitySpan* compound_target = nullptr;  // "the Boston Marathon bombing"
    std::vector<const EntitySpan*> by_agent;
    if (t.last < st_.tokens.size() && word(t.last) == "by") by_agent = by_phrase(t.last + 1);
    const bool adjunct = participle_adjunct(t) && !inverted_speech(t);
    if (adjunct) {
      // The main clause's subject, below.
    } else if (inverted_speech(t)) {
      // "Oleg Synegubov, governor of Kharkiv region, said Russian strikes
      // ...": an apposition's closing comma, the name before it speaking.
      subject = appositive_subject(t.token);
      if (subject.empty()) subject = right_group(t.last, 6);
    } else if (t.verb && helped_agent(t.token)) {
      subject.push_back(helped_agent(t.token));
    } else if (t.verb) {
      subject = subject_before(t.token, &pronoun, &pronoun_at);
      if (subject.empty() && pronoun.empty() &&
          !clauses_.coordinated[clauses_.segment_of[t.token]]) {
        subject = clause_subject(t.token);
      }
      if (subject.empty() && pronoun.empty()) subject = appositive_subject(t.token);
    } else {
      // "North Korea's deployment", "support by Russia", else the clause's subject.
      std::size_t p = t.token;
      if (const EntitySpan* helped = helped_agent(t.token)) subject.push_back(helped);
      while (p > 0 && t.token - p < 4 && st_.tokens[p - 1].is_word() && st_.entity_at[p - 1] < 0 &&
             !st_.tokens[p - 1].capitalised)
        --p;
      if (!subject.empty()) {
        // A bare verb read as a noun ("help North Korea launch satellites").
      } else if (p >= 2 && st_.tokens[p - 1].kind == TokenKind::kPossessive &&
                 st_.entity_at[p - 2] >= 0) {
        subject.push_back(&st_.entities[st_.entity_at[p - 2]]);
      } else if (p == t.token && p >= 1 && st_.entity_at[p - 1] >= 0 &&
                 st_.entities[st_.entity_at[p - 1]].adjective) {
        // "the North Korean deployment", "a Russian attack": the nationality
        // right before the noun is whose act it is.
        subject.push_back(&st_.entities[st_.entity_at[p - 1]]);
      } else if (const std::size_t owner = possessive_pronoun_before(t.token);
                 owner != kNowhere && by_agent.empty()) {
        // "his resignation", "their talks": the owner is whose act it is.
        pronoun = std::string(word(owner));
        pronoun_at = owner;
      } else if (t.last < st_.tokens.size() && st_.tokens[t.last].kind == TokenKind::kPossessive) {
        // "following the general election's outcome": a happening that owns
        // another noun is named in passing, not as the subject's act.
      } else if (p == t.token && p >= 1 && st_.entity_at[p - 1] >= 0 &&
                 (is_named_organisation(st_.entities[st_.entity_at[p - 1]]) ||
                  st_.entities[st_.entity_at[p - 1]].kind == "person") &&
                 in_subject_phrase(t)) {
        // "A Human Rights Watch report last week accused": the name
        // compounded with the noun is whose act it is; "the Boston
        // Marathon bombing": an attack's is where or whom it hit, unless
        // the name is a known armed group or organisation.
        const EntitySpan& named = st_.entities[st_.entity_at[p - 1]];
        if (is_violent(e.type) && named.kind != "org" && named.kind != "group")
          compound_target = &named;
        else
          subject.push_back(&named);
      } else if (in_subject_phrase(t)) {
        // "the death toll from the flooding has risen": the noun is inside
        // the noun phrase of a verb's subject; that clause names no actor of it.
      } else if (by_agent.empty()) {
        subject = clause_subject(t.token);
        // "Human Rights Watch accused the army of airstrikes": past a verb
        // that judges or reports another's act, the noun is that verb's
        // object, not the subject's own act, unless the subject's pronoun
        // owns it ("North Korea acknowledged its dispatch of troops"). An
        // announced deal stays the announcers'.
        if (!subject.empty() && judging_verb_from(subject.back()->last, t.token) &&
            !owned_by_pronoun(t.token)) {
          subject.clear();
          anchored_by_clause_[k] = true;  // still a happening of this clause
        }
      }
    }
    std::vector<const EntitySpan*> after =
        inverted_speech(t) ? std::vector<const EntitySpan*>{} : right_group(t.last, 10);
    drop_describing_adjectives(subject);
    drop_describing_adjectives(after);
    drop_describing_adjectives(by_agent);
    // "the state visit of Pope Benedict XVI": the visitor is named after "of".
    if (!t.verb && (e.type == "visit" || e.type == "leave") && t.last < st_.tokens.size() &&
        word(t.last) == "of" && !after.empty() && after.front()->first <= t.last + 2) {
      subject.assign(1, after.front());
      after.erase(after.begin());
    }
    // "its rival bought": a possessive before a verb's subject names
    // whose, not who; the subject itself is unnamed.
    const bool owner_only = t.verb && is_possessive_pronoun(pronoun) && t.token - pronoun_at <= 3;
    std::vector<std::string> resolved;
    if (!pronoun.empty() && !owner_only && pronoun_at != kNowhere) {
      if (auto r = resolve(pronoun, pronoun_at)) resolved = r->names;
    }
    // "decided to delay", "agreed to buy": an infinitive right after its
    // verb has that verb's subject.
    if (t.verb && t.base && t.token >= 2 && word(t.token - 1) == "to" && !t.passive) {
      for (std::size_t j = events.size(); j > base; --j) {
        if (triggers_[j - 1 - base].token == t.token - 2 && triggers_[j - 1 - base].verb &&
            !events[j - 1].agents.empty()) {
          subject.clear();
          resolved = events[j - 1].agents;
          break;
        }
      }
    }
    if (adjunct) {
      bool after_hazard = false;  // "a quake struck, killing 12": no one killed them
      for (std::size_t j = events.size(); j > base && e.agents.empty(); --j) {
        if (!triggers_[j - 1 - base].verb) continue;
        e.agents = events[j - 1].agents;
        after_hazard = is_natural_hazard(events[j - 1].type);
        break;
      }
      if (e.agents.empty() && subject_ && !after_hazard) e.agents = subject_->names;
    }
    if (t.passive) {
      for (const EntitySpan* s : subject) add_actor(*s, false, e.patients);
      // "he was fired": a resolved pronoun as a passive's subject is its patient.
      if (e.patients.empty()) e.patients = resolved;
      for (const EntitySpan* s : by_agent) add_actor(*s, true, e.agents);
    } else {
      for (const EntitySpan* s : by_agent) add_actor(*s, true, e.agents);
      for (const EntitySpan* s : subject) add_actor(*s, t.verb, e.agents);
      if (e.agents.empty()) e.agents = resolved;
      for (std::size_t a = 0; a < after.size(); ++a) {
        const EntitySpan* s = after[a];
        if (std::find(by_agent.begin(), by_agent.end(), s) != by_agent.end()) continue;
        if (locative(*s, t.last)) continue;
        // "Swiss chemicals company Syngenta AG": a people's adjective
        // describing the name after it.
        if (s->adjective && a + 1 < after.size() && describes_next(*s, *after[a + 1])) continue;
        // "confirmed on Twitter": the medium of a statement.
        if (t.entry->reporting && s->first > 0 && word(s->first - 1) == "on") continue;
        add_actor(*s, false, e.patients);
      }
    }
    // A coordinated verb shares the subject of the verb before it; after a
    // relative clause ("candidates who worked hard but lost"), the relative's
    // antecedent, which may be unnamed.
    const std::size_t coordinated_seg = clauses_.segment_of[t.token];
    const bool after_relative = coordinated_seg > 0 && clauses_.kind[coordinated_seg - 1] == 'r' &&
                                clauses_.coordinated[coordinated_seg];
    if (t.verb && e.agents.empty() && after_relative && !t.passive) {
      const std::size_t relative = clauses_.begin[coordinated_seg - 1];
      if (relative > 0 && st_.entity_at[relative - 1] >= 0)
        add_actor(st_.entities[st_.entity_at[relative - 1]], true, e.agents);
    } else if (t.verb && e.agents.empty() && clauses_.coordinated[coordinated_seg]) {
      bool shared = false;
      for (std::size_t j = events.size(); j > base; --j) {
        if (triggers_[j - 1 - base].verb) {
          // "he was fired and founded NeXT": an active verb after a passive
          // one shares its subject, the passive's patient.
          const bool after_passive = triggers_[j - 1 - base].passive && !t.passive;
          e.agents = after_passive ? events[j - 1].patients : events[j - 1].agents;
          shared = true;
          break;
        }
      }
      // "Police shot and killed him": the verb before is no trigger; the
      // subject of the first conjunct's clause is still the shared one.
      const std::size_t seg = clauses_.segment_of[t.token];
      if (!shared && seg > 0 && !t.passive) {
        for (const EntitySpan* s : clause_subject(clauses_.begin[seg] - 1))
          add_actor(*s, true, e.agents);
      }
    }
    for (const EntitySpan* s : after) {
      if (s->first > 0 && (word(s->first - 1) == "in" || word(s->first - 1) == "at") &&
          (s->kind == "place" || s->kind == "unknown" || s->kind == "country") && e.place.empty()) {
        e.place = s->name;
      }
    }
    if (compound_target) add_actor(*compound_target, false, e.patients);
    // "the Manchester Arena attack killed 22": a name compounded with an
    // attack noun is where or whom it hit, not who attacked.
    if (is_violent(e.type)) {
      for (const EntitySpan& span : st_.entities) {
        if (span.adjective || span.kind == "org" || span.kind == "group" ||
            span.last >= st_.tokens.size() || !is_attack_noun(word(span.last)))
          continue;
        const auto at = std::find(e.agents.begin(), e.agents.end(), span.name);
        if (at == e.agents.end()) continue;
        e.agents.erase(at);
        if (std::find(e.patients.begin(), e.patients.end(), span.name) == e.patients.end())
          e.patients.push_back(span.name);
      }
    }
    modality_and_polarity(t, e);
    if (e.type == "approve" && approves_accession(t)) e.type = "ratify";
    if (e.type == "deploy" && t.verb && word(t.token).starts_with("sen") && !sends_forces(t))
      e.type = "send";
    if (e.type == "strike" && t.verb) {
      if (const std::string* hazard = hazard_subject(t)) e.type = *hazard;
    }
    // "Italy's deadliest quake", "the Chile earthquake": a natural hazard has
    // no actor; the places named with it are where it hit.
    if (is_natural_hazard(e.type)) {
      for (std::string& a : e.agents)
        if (names_place(a) &&
            std::find(e.patients.begin(), e.patients.end(), a) == e.patients.end())
          e.patients.push_back(std::move(a));
      e.agents.clear();
    }
    // "the resignation of Norihiko Akagi": after a noun of an act of one's
    // own the "of" names who did it, not to whom; "accepted the resignation
    // of a minister" names no one. "A Japanese minister resigned": only a
    // person resigns or dies, never the country.
    // "a merger of Dow Chemical and DuPont": the merging parties are named after "of".
    const bool own_act =
        personal_act(e.type) || e.type == "leave" || e.type == "return" || e.type == "merge";
    if (own_act && !t.verb && t.last < st_.tokens.size() && word(t.last) == "of") {
      e.agents = std::move(e.patients);
      e.patients.clear();
    }
    if (personal_act(e.type))
      std::erase_if(e.agents, [&](const std::string& a) { return names_place(a); });
    // "Fitzpatrick's arrest", "his conviction": the owner of such a noun is
    // who underwent it; who arrested him is not said.
    if (!t.verb && undergone(e.type) && t.token > 0 &&
        (st_.tokens[t.token - 1].kind == TokenKind::kPossessive ||
         is_possessive_pronoun(word(t.token - 1)))) {
      for (std::string& a : e.agents)
        if (std::find(e.patients.begin(), e.patients.end(), a) == e.patients.end())
          e.patients.push_back(std::move(a));
      e.agents.clear();
    }
    e.quantities =
        text::find_quantities(body_, st_, in_timex_, seg_begin(t.token), seg_end(t.token));
    return e;
  }

  // "sent troops", "sent two warships", "sent Kim": what is sent are people,
  // forces or their equipment (WordNet's person, group and artifact nouns),
  // or a named party. "Rain sent torrents of mud", "sent a letter": plain
  // sending. Unknown words and a missing object keep the deployment.
  bool sends_forces(const TriggerToken& t) const {
    for (std::size_t k = t.last; k < st_.tokens.size() && k < t.last + 5; ++k) {
      if (st_.entity_at[k] >= 0) return true;
      const lexicon::TaggedWord& w = tags_[k];
      if (w.tag == lexicon::Tag::kDeterminer || w.tag == lexicon::Tag::kAdjective ||
          w.tag == lexicon::Tag::kNumber || st_.tokens[k].kind == TokenKind::kNumber ||
          is_possessive_pronoun(word(k)))  // "sending its shares up"
        continue;
      if (w.tag != lexicon::Tag::kNoun || !w.entry) return true;
      using lexicon::NounClass;
      const NounClass c = w.entry->noun_first;
      return c == NounClass::kPerson || c == NounClass::kGroup || c == NounClass::kArtifact;
    }
    return true;
  }

  // The name `next` follows `adjective` within a few words, no "and" or
  // comma between: the adjective tells of it.
  bool describes_next(const EntitySpan& adjective, const EntitySpan& next) const {
    if (next.first <= adjective.last || next.first - adjective.last > 3) return false;
    for (std::size_t k = adjective.last; k < next.first; ++k) {
      const std::string_view w = word(k);
      if (w == "and" || w == "," || w == "or" || !st_.tokens[k].is_word()) return false;
    }
    return true;
  }

  static bool is_attack_noun(std::string_view w) {
    return w == "bombing" || w == "bombings" || w == "attack" || w == "attacks" ||
           w == "shooting" || w == "shootings" || w == "massacre" || w == "blast" ||
           w == "explosion" || w == "killing" || w == "killings" || w == "stabbing";
  }

  static bool is_violent(std::string_view type) {
    return type == "attack" || type == "strike" || type == "kill" || type == "injure" ||
           type == "invade" || type == "capture";
  }

  static bool undergone(std::string_view type) {
    return type == "arrest" || type == "convict" || type == "sentence" || type == "charge" ||
           type == "release" || type == "expel" || type == "appoint" || type == "elect" ||
           type == "inaugurate" || type == "fire";
  }

  static bool personal_act(std::string_view type) { return type == "resign" || type == "die"; }

  // Whether `name` is a country or place named in this sentence.
  bool names_place(const std::string& name) const {
    return std::any_of(st_.entities.begin(), st_.entities.end(), [&](const EntitySpan& span) {
      return (span.kind == "country" || span.kind == "place") &&
             (span.name == name || span.country == name);
    });
  }

  static bool is_disaster(std::string_view type) {
    const auto& categories = event_categories(type);
    return std::find(categories.begin(), categories.end(), "disaster") != categories.end();
  }

  // A disaster no one does: not a crash or a collapse, which can have a
  // responsible party ("Lehman's collapse", "the pilot crashed the plane").
  static bool is_natural_hazard(std::string_view type) {
    return (is_disaster(type) && type != "crash" && type != "collapse") || type == "outbreak";
  }

  // "A powerful earthquake struck", "the storm that hit", "Italy's deadliest
  // quake in nearly three decades struck": a natural hazard striking is the
  // disaster itself, not an attack. The hazard's type, from a disaster noun
  // before the verb in its clause (its subject, past the subject's phrases).
  const std::string* hazard_subject(const TriggerToken& t) const {
    const text::TriggerLexicon& lexicon = text::TriggerLexicon::instance();
    const std::size_t floor = seg_begin(t.token);
    for (std::size_t k = t.token; k > floor && t.token - k < 9;) {
      --k;
      if (is_trigger_verb_at(k) || clause_taking_verb(k)) break;
      const text::TriggerEntry* entry = lexicon.find(word(k));
      if (!entry || !(entry->forms & text::kNoun)) continue;
      if (is_natural_hazard(entry->type)) return &entry->type;
    }
    return nullptr;
  }

  // "approved the treaty", "voted to approve Sweden's application to join":
  // approving an accord or an accession is ratifying it.
  bool approves_accession(const TriggerToken& t) const {
    const text::TriggerLexicon& lexicon = text::TriggerLexicon::instance();
    for (std::size_t k = t.last; k < st_.tokens.size() && k < t.last + 8; ++k) {
      if (st_.tokens[k].kind == TokenKind::kPunct) break;
      const std::string_view w = word(k);
      if (w == "treaty" || w == "accord" || w == "protocol" || w == "pact" || w == "accession" ||
          w == "membership" || w == "convention")
        return true;
      if (const text::TriggerEntry* entry = lexicon.find(w); entry && entry->type == "join")
        return true;
    }
    return false;
  }

  // "its bid to join", "applied to join": an aim, not a happening.
  bool aimed_at(const TriggerToken& t) const {
    if (!t.base || t.token < 2 || word(t.token - 1) != "to") return false;
    // "agreed on Tuesday to acquire": look past the time expression.
    std::size_t k = t.token - 2;
    while (k > 0 && (in_timex_[k] || (in_timex_[k + 1] && text::is_preposition(word(k))))) --k;
    const std::string_view w = word(k);
    if (implicative(k)) return false;
    // "protocols designed to reduce", "paid to free them", "wanted to be
    // awarded": an infinitive names what is aimed at, unless its governor
    // says it came about (below).
    if (tags_[k].tag == lexicon::Tag::kVerb) return true;
    // "paid the gang to release", "urged Kyiv to accept": a verb's object
    // in between; "forced them to leave" still took place.
    if (const std::size_t verb = verb_before_object(k); verb != kNowhere) return !implicative(verb);
    return w == "bid" || w == "bids" || w == "application" || w == "request" || w == "plan" ||
           w == "plans" || w == "attempt" || w == "effort" || w == "efforts" || w == "offer" ||
           w == "proposal" || w == "push" || w == "campaign" || w == "applied" || w == "seeks" ||
           w == "sought" || w == "wants" || w == "hopes" || w == "aims" || w == "intends" ||
           w == "agreed" || w == "agrees" || w == "promised" || w == "pledged" || w == "vowed" ||
           w == "threatened" || w == "offered" || w == "decided";
  }

  // The verb whose object ends at token `last` ("paid the gang", "urged
  // Kyiv", "asked them"), or kNowhere.
  std::size_t verb_before_object(std::size_t last) const {
    std::size_t k = last;
    if (const int e = st_.entity_at[k]; e >= 0) k = st_.entities[e].first;
    for (std::size_t steps = 0; k > 0 && steps < 4; ++steps) {
      const lexicon::Tag tag = tags_[k].tag;
      const bool object_word = st_.entity_at[k] >= 0 || tag == lexicon::Tag::kNoun ||
                               tag == lexicon::Tag::kProperNoun || tag == lexicon::Tag::kPronoun ||
                               tag == lexicon::Tag::kDeterminer ||
                               tag == lexicon::Tag::kAdjective || tag == lexicon::Tag::kNumber;
      if (!object_word) return kNowhere;
      --k;
      if (tags_[k].tag == lexicon::Tag::kVerb) return k;
    }
    return kNowhere;
  }

  // Whether the trigger's sentence is a question: it ends in "?" outside
  // any quotation the trigger is not in.
  bool asked(const TriggerToken& t) const {
    std::size_t k = st_.tokens.size();
    while (k > t.last && st_.tokens[k - 1].kind == TokenKind::kCloseQuote) --k;
    if (k <= t.last || st_.tokens[k - 1].text(body_) != "?") return false;
    // A quotation opening after the trigger holds the question, not the
    // trigger's clause ("He said: 'Why now?'").
    for (std::size_t j = t.last; j + 1 < k; ++j)
      if (st_.tokens[j].kind == TokenKind::kOpenQuote) return false;
    return true;
  }

  // "managed to escape", "began to fall", "was forced to leave", "went on to
  // win", "the first mayor to be convicted": an infinitive its governor
  // asserts took place. The governor at token `k` (the word before "to").
  bool implicative(std::size_t k) const {
    static const std::unordered_set<std::string_view> kImplicative{
        "manage", "begin",  "start",  "continue", "proceed", "force", "compel", "oblige",
        "happen", "get",    "come",   "go",       "serve",   "first", "last",   "only",
        "second", "latest", "refuse", "decline",  "fail",    "prove", "turn",   "tend",
        "seem",   "appear", "resume", "cease",    "stop",    "used"};
    const lexicon::TaggedWord& g = tags_[k];
    if (kImplicative.count(word(k))) return true;
    if (!g.lemma.empty() && kImplicative.count(g.lemma)) return true;
    // "went on to win": the particle after the governor.
    if (word(k) == "on" && k > 0 && tags_[k - 1].lemma == "go") return true;
    return false;
  }

  // "refused to confirm", "was unable to provide", "failed to reach": the
  // happening the verb would name did not take place.
  bool refused(const TriggerToken& t) const {
    if (!t.base || t.token < 2 || word(t.token - 1) != "to") return false;
    static const std::unordered_set<std::string_view> kRefusal{
        "refused", "refuses", "refusing", "refuse", "declined",  "declines", "declining",
        "failed",  "fails",   "failing",  "unable", "reluctant", "unwilling"};
    return kRefusal.count(word(t.token - 2)) > 0;
  }

  // "ruled out any negotiations", "rules out talks": the happening is excluded.
  bool ruled_out(const TriggerToken& t) const {
    for (std::size_t k = t.token; k > seg_begin(t.token) && t.token - k < 5;) {
      --k;
      if (word(k) != "out" || k == 0) continue;
      const std::string_view rule = word(k - 1);
      return rule == "ruled" || rule == "rules" || rule == "ruling" || rule == "rule";
    }
    return false;
  }

  // A condition: "If approved by regulators, the deal ...", "unless it is signed".
  bool conditional(const TriggerToken& t) const {
    const std::string_view opener = word(seg_begin(t.token));
    return opener == "if" || opener == "unless";
  }

  // "The operation will end when the safe zone is established": a present
  // tense in a when/once/until clause after a future is future too.
  bool future_condition(const TriggerToken& t) const {
    if (t.past || t.perfect) return false;
    std::size_t seg = clauses_.segment_of[t.token];
    // Quoted words inside the clause ("when the "safe zone" is established")
    // split it; its opener is before them.
    while (seg > 0 && (clauses_.kind[seg] == 'q' || clauses_.kind[seg] == 'p')) --seg;
    if (seg == 0 || clauses_.kind[seg] != 'a') return false;
    const std::string_view opener = word(clauses_.begin[seg]);
    if (opener != "when" && opener != "once" && opener != "until" && opener != "after" &&
        opener != "before")
      return false;
    if (t.passive && t.token > 0 && word(t.token - 1) != "is" && word(t.token - 1) != "are")
      return false;
    for (std::size_t k = clauses_.begin[seg - 1]; k < clauses_.end[seg - 1]; ++k) {
      if (word(k) == "will" || word(k) == "'ll") return true;
    }
    return false;
  }

  void modality_and_polarity(const TriggerToken& t, EventMention& e) const {
    bool planned = aimed_at(t), possible = conditional(t), negative = refused(t) || ruled_out(t);
    // "hadn't confirmed or denied": a coordinated verb shares the auxiliaries before it.
    const std::size_t seg = clauses_.segment_of[t.token];
    const bool coordinated = clauses_.coordinated[seg] && seg > 0;
    const std::size_t begin = coordinated ? clauses_.begin[seg - 1] : seg_begin(t.token);
    // Under "or" the look-back reaches as far before the first conjunct's verb
    // as before a lone verb ("Neither X nor Y had either confirmed or denied
    // it"); "but" contrasts, so a negation before it is not this verb's ("has
    // not said why, but said he stays").
    const std::string_view coordinator = coordinated ? word(clauses_.begin[seg]) : "";
    const std::size_t negation_floor = coordinator == "but" ? clauses_.begin[seg] : begin;
    std::size_t first_conjunct = t.token;
    if (coordinator == "or") {  // the last verb before "or" (triggers are in text order)
      const auto before_or = std::find_if(triggers_.rbegin(), triggers_.rend(), [&](const auto& o) {
        return o.token < clauses_.begin[seg];
      });
      if (before_or != triggers_.rend() && before_or->token >= begin)
        first_conjunct = before_or->token;
    }
    const std::size_t reach = 8 + (t.token - first_conjunct);
    // "We do not know what started this": a negation before a question word
    // is the knowing's, not this verb's.
    bool crossed_question = false;
    for (std::size_t k = t.token; k > begin && t.token - k < reach;) {
      --k;
      const std::string_view w = word(k);
      // "decided to delay his departure": a delayed or cancelled happening is still to come.
      if (!t.verb && t.token - k <= 3 &&
          (w == "delay" || w == "delayed" || w == "postpone" || w == "postponed" || w == "cancel" ||
           w == "cancelled" || w == "canceled")) {
        planned = true;
      }
      // "X will meet next month, officials said": the auxiliaries of another
      // verb are that verb's (a coordinated verb shares them, above).
      if (!coordinated && is_trigger_verb_at(k)) break;
      // "No one was hurt, police said": the reported words before a
      // trailing attribution are not the saying's.
      if (t.entry->reporting && (w == "," || st_.tokens[k].kind == TokenKind::kCloseQuote)) break;
      if (w == "what" || w == "why" || w == "how" || w == "who" || w == "whether")
        crossed_question = true;
      if (w == "will" || w == "'ll" || w == "shall" || w == "set" || w == "plan" || w == "plans" ||
          w == "planned" || w == "planning" || w == "intends" || w == "intend" || w == "expected" ||
          w == "scheduled" || w == "going" || w == "aims" || w == "poised" || w == "due") {
        planned = true;
      }
      if (w == "would" || w == "could" || w == "may" || w == "might" || w == "likely" ||
          w == "possibly" || w == "potential" || w == "potentially" || w == "can" ||
          w == "proposed" || w == "possible" || w == "speculation") {
        possible = true;
      }
      if (k >= negation_floor && !crossed_question &&
          (w == "not" || w == "never" || w == "no" || w == "neither" || w == "nor" ||
           w == "without" || w == "cannot" || (w.size() > 3 && w.substr(w.size() - 3) == "n't"))) {
        negative = true;
      }
    }
    planned = planned || future_condition(t);
    // "Coach sacked?", "Did the talks fail?": a question asserts nothing.
    possible = possible || asked(t);
    e.modality = planned ? "planned" : possible ? "possible" : "asserted";
    e.polarity = negative ? "negative" : "positive";
  }

  // "..., Interfax news agency said.": a saying after a comma or a closing
  // quote, with its speaker only between, reports the sentence; it is
  // nested under nothing in it.
  bool trailing_attribution(const TriggerToken& t) const {
    if (!t.verb || !t.entry->reporting) return false;
    for (std::size_t j = 0; j < triggers_.size(); ++j)
      if (triggers_[j].token > t.token && triggers_[j].verb) return false;
    for (std::size_t k = t.token; k > 0 && t.token - k < 6;) {
      --k;
      const Token& tok = st_.tokens[k];
      if (tok.kind == TokenKind::kCloseQuote || tok.text(body_) == ",") return k + 1 < t.token;
      // ", and Russia said": a clause of its own, not an attribution.
      const std::string_view w = word(k);
      if (!tok.is_word() || is_trigger_verb_at(k) || w == "and" || w == "but" || w == "while")
        return false;
    }
    return false;
  }

  std::optional<std::size_t> find_parent(std::size_t k) const {
    const TriggerToken& t = triggers_[k];
    if (trailing_attribution(t)) return std::nullopt;
    const std::size_t seg = clauses_.segment_of[t.token];
    // Nested in the nearest reporting verb before it, when a complement
    // clause leads from that verb to this one.
    for (std::size_t j = k; j > 0 && !inverted_speech(t); --j) {
      const TriggerToken& r = triggers_[j - 1];
      if (!r.verb || !r.entry->reporting) continue;
      const std::size_t rseg = clauses_.segment_of[r.token];
      if (rseg >= seg) continue;
      bool complement = false, blocked = false;
      for (std::size_t s = rseg + 1; s <= seg; ++s) {
        const char kind = clauses_.kind[s];
        complement |= kind == 'c';
        blocked |= kind == 'a' || kind == 'k' || kind == 'p';
      }
      if (complement && !blocked) return j - 1;
      break;
    }
    // Trailing attribution: `..., Ukrainian officials have said.`
    for (std::size_t j = k + 1; j < triggers_.size(); ++j) {
      const TriggerToken& r = triggers_[j];
      if (!r.verb || !r.entry->reporting) continue;
      for (std::size_t m = t.last; m < r.token; ++m) {
        const Token& tok = st_.tokens[m];
        if (tok.kind == TokenKind::kCloseQuote || tok.text(body_) == ",") {
          bool later_trigger = false;
          for (std::size_t q = j + 1; q < triggers_.size(); ++q) later_trigger |= triggers_[q].verb;
          if (!later_trigger) return j;
        }
      }
    }
    return std::nullopt;
  }

  // Whether the time expression is another verb's. It belongs to the
  // nearest verb before it in its clause ("will meet next month, officials
  // said": the month is the meeting's; "acknowledged the deployment over the
  // weekend and said"), else to the first verb after it ("On Monday, Seoul said").
  bool closer_verb(const TimexSpan& ts, const TriggerToken& mine) const {
    const std::size_t trigger = mine.token;
    const TriggerToken* before = nullptr;     // nearest before, no comma between
    const TriggerToken* in_clause = nullptr;  // nearest before in the expression's clause
    const TriggerToken* after = nullptr;
    for (const TriggerToken& other : triggers_) {
      if (!other.verb) continue;
      if (other.token < ts.first) {
        bool comma = false;
        for (std::size_t k = other.token + 1; k < ts.first && !comma; ++k) comma = word(k) == ",";
        if (!comma) before = &other;
        if (other.token >= seg_begin(ts.first)) in_clause = &other;
      }
      if (other.token >= ts.last && !after) after = &other;
    }
    const TriggerToken* owner = before ? before : in_clause ? in_clause : after;
    if (!owner || owner->token == trigger) return false;
    // "voted on Tuesday to approve": an infinitive right after its verb's
    // complement shares that verb's time, as before.
    if (mine.base && owner->token < trigger && trigger > 0 && word(trigger - 1) == "to" &&
        !verb_between(owner->token, trigger))
      return false;
    return true;
  }

  // Whether a verb trigger sits strictly between tokens `after` and `before`.
  // "The weather was overcast on Saturday, Landsberg said": a time in the
  // reported words before a trailing attribution is theirs, not the
  // saying's; "On Monday, the ministry said" has no verb before its comma.
  bool inside_reported_words(const TimexSpan& ts, std::size_t reporting) const {
    std::size_t comma = kNowhere;
    for (std::size_t k = ts.last; k < reporting; ++k) {
      const std::string_view w = st_.tokens[k].text(body_);
      if (w == "," || st_.tokens[k].kind == TokenKind::kCloseQuote) comma = k;
    }
    if (comma == kNowhere) return false;
    for (std::size_t k = 0; k < comma; ++k) {
      if (in_timex_[k]) continue;
      const lexicon::Tag tag = tags_[k].tag;
      if (tag == lexicon::Tag::kVerb || tag == lexicon::Tag::kAuxiliary) return true;
    }
    return false;
  }

  bool verb_between(std::size_t after, std::size_t before) const {
    for (const TriggerToken& other : triggers_) {
      if (other.verb && other.token > after && other.token < before) return true;
    }
    return false;
  }

  bool attributive_timex(const TimexSpan& ts) const {
    if (ts.first == 0 || ts.last >= st_.tokens.size()) return false;
    const std::string_view before = word(ts.first - 1);
    if (before != "the" && before != "a" && before != "an" && before != "its" &&
        before != "their" && before != "his" && before != "her")
      return false;
    const Token& after = st_.tokens[ts.last];
    const lexicon::Tag tag = tags_[ts.last].tag;
    return after.is_word() && (st_.entity_at[ts.last] >= 0 || tag == lexicon::Tag::kNoun ||
                               tag == lexicon::Tag::kProperNoun || tag == lexicon::Tag::kAdjective);
  }

  static bool is_weekday_name(std::string_view text) {
    static constexpr std::string_view kDays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                 "Friday", "Saturday", "Sunday"};
    for (std::string_view d : kDays)
      if (text == d) return true;
    return false;
  }

  bool no_verb_between(std::size_t from, std::size_t to) const {
    for (std::size_t k = from; k < to; ++k) {
      const lexicon::Tag tag = tags_[k].tag;
      if (tag == lexicon::Tag::kVerb || tag == lexicon::Tag::kAuxiliary ||
          tag == lexicon::Tag::kModal || word(k) == "that" || word(k) == ",")
        return false;
    }
    return true;
  }

  // `opening_next`: a reporting verb also takes a time opening the clause
  // it reports ("told the United States on Wednesday it would").
  const TimexSpan* closest_timex(std::size_t trigger, bool opening_next = false) const {
    const std::size_t begin = seg_begin(trigger), end = seg_end(trigger);
    const TimexSpan* best = nullptr;
    std::size_t best_distance = 0;
    for (const TimexSpan& ts : timexes_) {
      const bool opens_next =
          opening_next && ts.first >= end && ts.first <= end + 4 && no_verb_between(end, ts.first);
      if ((ts.first < begin || ts.last > end) && !opens_next) continue;
      if (ts.timex->type != TimexType::kDate && ts.timex->type != TimexType::kTime) continue;
      const std::size_t distance = ts.first > trigger ? ts.first - trigger : trigger - ts.last + 1;
      if (!best || distance < best_distance) {
        best = &ts;
        best_distance = distance;
      }
    }
    return best;
  }

  void date(EventMention& e, const TriggerToken& t, const EventMention* parent) const {
    const TimexSpan* ts = nullptr;
    // "Monday's confirmation": the possessor is the time.
    if (!t.verb && t.token >= 2 && st_.tokens[t.token - 1].kind == TokenKind::kPossessive) {
      for (const TimexSpan& candidate : timexes_) {
        if (candidate.last == t.token - 1) ts = &candidate;
      }
    }
    if (!ts) ts = closest_timex(t.token, t.verb && t.entry->reporting);
    // A time expression belongs to the nearest verb: in "voted on Monday to
    // approve Sweden's bid to join" Monday is the vote's, and in "reaffirmed
    // the treaty signed last year" last year is the signing's.
    if (ts &&
        (ts->last < t.token ? verb_between(ts->last, t.token) : verb_between(t.token, ts->first))) {
      ts = nullptr;
    }
    if (ts && t.verb && closer_verb(*ts, t)) ts = nullptr;
    // "found him guilty on counts stemming from the 2013 bombing": a date
    // inside a noun phrase dates that noun, not a verb.
    if (ts && t.verb && attributive_timex(*ts)) ts = nullptr;
    if (ts && t.entry->reporting && ts->last <= t.token && inside_reported_words(*ts, t.token))
      ts = nullptr;
    // "Russia acknowledged the North Korean deployment over the weekend":
    // the time is the acknowledging's; the act acknowledged came before.
    if (ts && !t.verb && judging_verb_from(seg_begin(t.token), t.token)) ts = nullptr;
    if (ts) {
      e.when = ts->timex->interval;
      e.time_text = std::string(body_.substr(ts->timex->begin, ts->timex->end - ts->timex->begin));
      e.time_reason =
          ts->timex->reason.empty() ? "time expression " + ts->timex->value : ts->timex->reason;
      // "Russia told ... on Wednesday it would ...": read with the future in
      // the words it reports, a weekday went forward; a verb in the simple
      // past took place on the one before the story.
      if (t.verb && t.past && doc_.date && e.when && e.when->start > *doc_.date &&
          e.when->end - e.when->start == 0 && is_weekday_name(e.time_text)) {
        e.when->start -= 7;
        e.when->end -= 7;
        e.time_reason +=
            "; a verb in the past: the weekday before the story, " + format_day(e.when->start);
      }
      return;
    }
    if (t.verb && clauses_.coordinated[clauses_.segment_of[t.token]]) {
      // Shares the time of the verb it is coordinated with, if that has one.
      for (std::size_t j = 0; j < triggers_.size(); ++j) {
        if (triggers_[j].token >= t.token) break;
        if (triggers_[j].verb) ts = closest_timex(triggers_[j].token);
      }
      if (ts) {
        e.when = ts->timex->interval;
        e.time_text =
            std::string(body_.substr(ts->timex->begin, ts->timex->end - ts->timex->begin));
        e.time_reason = "shared with the coordinated verb: " + ts->timex->reason;
        return;
      }
    }
    // Only a reporting verb is dated by convention (SPEC): other undated
    // events, even in the lead, stay open rather than guessed.
    const bool same_day_speech = t.verb && t.entry->reporting && (t.past || t.present) &&
                                 !t.perfect && !parent && e.modality == "asserted" &&
                                 e.polarity == "positive";
    if (same_day_speech && story_date_) {
      e.when = day_interval(*story_date_);
      e.time_reason =
          *story_date_ == doc_.date
              ? "no time expression; reporting verb, document date " + format_day(*story_date_)
              : "no time expression; reporting verb, the story's date " + format_day(*story_date_) +
                    " (lead sentence)";
      return;
    }
    if (same_day_speech) {
      e.time_reason = "no time expression; reporting verb, but the document date is unknown";
      return;
    }
    e.time_reason = parent ? "no time expression; reported by a '" + parent->type +
                                 "' event: on or before it, open"
                           : "no time expression; open (before the document date)";
  }

  std::optional<Day> story_date_;
  const Document& doc_;
  std::string_view body_;
  const SentenceTokens& st_;
  std::size_t index_;
  static constexpr std::size_t kNowhere = static_cast<std::size_t>(-1);
  std::vector<EventMention>* events_ = nullptr;  // this sentence's from base_ on, while built
  std::size_t base_ = 0;
  std::vector<bool> quoted_;           // per token: inside a quotation
  std::vector<bool> trigger_verb_at_;  // per token: a verb trigger starts here
  struct SubjectCache {
    std::size_t verb = static_cast<std::size_t>(-1);
    std::vector<const EntitySpan*> group;
    std::string pronoun;
    std::size_t pronoun_at = static_cast<std::size_t>(-1);
  } subject_cache_;
  std::vector<text::Referent> mentions_;   // what pronouns of this sentence can stand for
  std::optional<text::Referent> subject_;  // the main clause's subject, named or resolved
  std::size_t subject_pronoun_at_ = kNowhere;
  text::PronounClass unnamed_subject_ = text::PronounClass::kNone;
  const std::vector<TimexSpan>& timexes_;
  const std::vector<bool>& in_timex_;
  Discourse& discourse_;
  std::vector<lexicon::TaggedWord> tags_;  // parts of speech of the sentence's tokens
  std::vector<TriggerToken> triggers_;
  // Per trigger: a noun whose clause has a subject it does not take (the
  // object of another verb); kept as a happening though it has no agent.
  std::vector<bool> anchored_by_clause_;
  Clauses clauses_;
  std::size_t dateline_end_ = 0;  // first token after a dateline's dash, else 0
  mutable std::string scratch_;
};

// Whether a sentence says nothing but dates ("June 8 , 2010"): a date line
// heading the page tells when it was published, not what the lead is about.
bool date_line_sentence(const Document& doc, const std::vector<Timex>& timexes, std::size_t at) {
  for (const Sentence& s : doc.sentences) {
    if (at < s.begin || at >= s.end) continue;
    for (std::size_t i = s.begin; i < s.end && i < doc.body.size(); ++i) {
      if (!std::isalnum(static_cast<unsigned char>(doc.body[i]))) continue;
      if (std::none_of(timexes.begin(), timexes.end(),
                       [&](const Timex& t) { return t.begin <= i && i < t.end; }))
        return false;
    }
    return true;
  }
  return false;
}

// The day the story is about: a news report published a day or two after the
// fact says so in its lead ("On Wednesday, X announced ..."); statements
// without a date of their own were made that day. A day-precise date in the
// first sentences, up to a week before the document date, unless the lead
// names the document date itself; else the document date.
std::optional<Day> story_date_of(const Document& doc, const std::vector<Timex>& timexes) {
  if (!doc.date) return std::nullopt;
  constexpr Day kMaxLagDays = 7;
  const std::size_t lead_end =
      doc.sentences.empty() ? 0
                            : doc.sentences[std::min(kLeadSentences, doc.sentences.size()) - 1].end;
  // One day ("on Saturday"), not a span of days ("over the weekend").
  std::vector<Day> lead_days;
  for (const Timex& t : timexes) {
    if (t.begin >= lead_end) break;
    if (t.type == TimexType::kDate && t.interval && t.interval->granularity == Granularity::kDay &&
        t.interval->start == t.interval->end && !date_line_sentence(doc, timexes, t.begin))
      lead_days.push_back(t.interval->start);
  }
  // "crashed on Saturday, investigators said Monday" on Monday's page: a
  // lead naming the page's own day tells today's news, of earlier days.
  if (std::find(lead_days.begin(), lead_days.end(), *doc.date) != lead_days.end()) return doc.date;
  for (const Day day : lead_days) {
    if (day < *doc.date && day >= *doc.date - kMaxLagDays) return day;
  }
  return doc.date;
}

// "Putin said in a statement released by the Kremlin": releasing the
// statement is how the saying reached us, not a happening of its own. The
// release becomes another trigger of the sentence's "say".
void fold_statement_releases(const Document& doc, std::vector<EventMention>& mentions) {
  std::vector<bool> drop(mentions.size(), false);
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    EventMention& release = mentions[i];
    if (release.type != "release" || release.trigger_offset == 0) continue;
    std::string_view before = std::string_view(doc.body).substr(0, release.trigger_offset);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (!before.ends_with("statement") && !before.ends_with("communique") &&
        !before.ends_with("report"))
      continue;
    for (std::size_t j = 0; j < mentions.size(); ++j) {
      if (j == i || drop[j] || mentions[j].type != "say" ||
          mentions[j].sentence != release.sentence)
        continue;
      mentions[j].other_triggers.push_back({release.sentence, release.trigger});
      if (mentions[j].claimed_by.empty() && !release.agents.empty())
        mentions[j].claimed_by = release.agents.front();
      drop[i] = true;
      break;
    }
  }
  std::vector<std::size_t> new_index(mentions.size());
  std::vector<EventMention> kept;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    new_index[i] = kept.size();
    if (!drop[i]) kept.push_back(std::move(mentions[i]));
  }
  for (EventMention& m : kept) {
    if (m.parent && drop[*m.parent])
      m.parent.reset();
    else if (m.parent)
      m.parent = new_index[*m.parent];
  }
  mentions = std::move(kept);
}

// Open mentions (no day or interval of their own) get the bounds the text
// gives them: before the story date, after a date, a begin and an end.
void bound_open_mentions(const Document& doc, const std::vector<Timex>& timexes,
                         std::optional<Day> story_date,
                         std::span<const std::vector<Token>> sentence_tokens,
                         std::vector<EventMention>& mentions) {
  std::vector<DatingSite> sites;
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    if (mentions[i].when) continue;
    DatingSite site;
    site.begin = mentions[i].trigger_offset;
    site.end = site.begin + mentions[i].trigger.size();
    if (mentions[i].modality != "asserted") site.modality = mentions[i].modality;
    sites.push_back(site);
    open.push_back(i);
  }
  if (sites.empty()) return;
  const std::vector<EventTime> times =
      date_event_sites({doc.body, doc.sentences, timexes, story_date}, sites, sentence_tokens);
  for (std::size_t k = 0; k < open.size(); ++k) {
    const std::string_view kind = time_kind(times[k]);
    if (kind != "before" && kind != "after" && kind != "between" && kind != "span") continue;
    mentions[open[k]].bounds = times[k];
    mentions[open[k]].time_reason += "; bounds: " + times[k].reason;
  }
}

// A weekday named with a date it does not fall on ("on Monday, April 27"
// when April 27 is a Sunday): which one is meant the text does not say.
std::vector<std::string> weekday_contradictions(const Document& doc,
                                                const std::vector<Timex>& timexes) {
  static constexpr std::string_view kDays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                               "Friday", "Saturday", "Sunday"};
  constexpr std::size_t kLookBack = 12;  // "Monday, " before "April 27"
  std::vector<std::string> warnings;
  for (const Timex& t : timexes) {
    if (!t.interval || t.interval->granularity != Granularity::kDay) continue;
    const std::size_t from = t.begin > kLookBack ? t.begin - kLookBack : 0;
    const std::string_view window = std::string_view(doc.body).substr(from, t.end - from);
    const std::string_view surface = std::string_view(doc.body).substr(t.begin, t.end - t.begin);
    // Only a weekday beside an explicit date: "Monday" alone is resolved by it.
    if (std::none_of(surface.begin(), surface.end(), [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    for (int d = 0; d < 7; ++d) {
      if (window.find(kDays[d]) == std::string_view::npos) continue;
      if (weekday(t.interval->start) == d + 1) break;
      std::size_t s = 0;
      while (s + 1 < doc.sentences.size() && doc.sentences[s + 1].begin <= t.begin) ++s;
      warnings.push_back("sentence " + std::to_string(s + 1) + " (\"" +
                         std::string(doc.sentences[s].text(doc.body)) + "\") names " +
                         std::string(kDays[d]) + " for " + format_day(t.interval->start) + ", a " +
                         std::string(kDays[weekday(t.interval->start) - 1]) +
                         ": left as the tagger read it, " + format_day(t.interval->start));
      break;
    }
  }
  return warnings;
}

}  // namespace

namespace {
Extraction extract_cased_mentions(const Document& doc);
}  // namespace

Extraction extract_events(const Document& doc) {
  Extraction out = extract_event_mentions(doc);
  out.events = merge_event_mentions(std::move(out.events), doc.date);
  return out;
}

Extraction extract_event_mentions(const Document& doc) {
  if (!doc.sentences.empty() && doc.english && text::is_shouted(doc.body)) {
    // A story in capitals is read in the case a reader hears; what it says
    // is quoted from the page as written (offsets are unchanged).
    Document spoken = doc;
    text::truecase_shouted(spoken.body);
    Extraction out = extract_cased_mentions(spoken);
    for (EventMention& m : out.events)
      m.trigger = doc.body.substr(m.trigger_offset, m.trigger.size());
    out.warnings.push_back("the story is written in capitals: read with the case of its words");
    return out;
  }
  return extract_cased_mentions(doc);
}

namespace {

Extraction extract_cased_mentions(const Document& doc) {
  Extraction out;
  if (doc.sentences.empty() || !doc.english) return out;
  TimexOptions options;
  options.document_date = doc.date;
  const std::vector<Timex> timexes = tag_timexes(doc.body, options);
  const std::optional<Day> story_date = story_date_of(doc, timexes);
  text::EntityRecognizer recognizer(doc);
  SentenceTokens st;
  Discourse discourse;
  std::vector<EventMention> mentions;
  std::vector<TimexSpan> spans;
  std::vector<bool> in_timex;
  std::size_t next_timex = 0;
  // Each sentence's tokens, kept for the dating of open mentions below.
  std::vector<std::vector<Token>> sentence_tokens(doc.sentences.size());
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    recognizer.analyse(s, st);
    for (const EntitySpan& span : st.entities) {
      const std::string surface(doc.body.substr(
          st.tokens[span.first].begin, st.tokens[span.last - 1].end - st.tokens[span.first].begin));
      out.entities.push_back(
          {span.name, span.kind == "place" && span.capital ? "place" : span.kind, surface, s});
    }
    // Time expressions of this sentence, as token ranges.
    spans.clear();
    in_timex.assign(st.tokens.size(), false);
    while (next_timex < timexes.size() && timexes[next_timex].begin < sentence.begin) ++next_timex;
    for (std::size_t x = next_timex; x < timexes.size() && timexes[x].begin < sentence.end; ++x) {
      TimexSpan ts{&timexes[x], st.tokens.size(), 0};
      for (std::size_t i = 0; i < st.tokens.size(); ++i) {
        if (st.tokens[i].end > timexes[x].begin && st.tokens[i].begin < timexes[x].end) {
          ts.first = std::min(ts.first, i);
          ts.last = i + 1;
          in_timex[i] = true;
        }
      }
      if (ts.last > 0) spans.push_back(ts);
    }
    SentenceExtractor(doc, st, s, spans, in_timex, discourse, story_date).run(mentions);
    sentence_tokens[s] = std::move(st.tokens);
    st.tokens.clear();
  }
  fold_statement_releases(doc, mentions);
  bound_open_mentions(doc, timexes, story_date, sentence_tokens, mentions);
  out.warnings = weekday_contradictions(doc, timexes);
  out.events = std::move(mentions);  // merged by extract_events
  return out;
}

}  // namespace

}  // namespace annals
