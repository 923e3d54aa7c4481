#include "clauses.h"

#include <string>
#include <unordered_set>

#include "pos_tagger.h"

namespace annals::text {
namespace {

bool in(std::string_view word, std::initializer_list<std::string_view> list) {
  for (std::string_view w : list) {
    if (word == w) return true;
  }
  return false;
}

bool is_be(std::string_view w) {
  return in(w, {"be", "is", "are", "was", "were", "been", "being", "'s", "get", "got"});
}
bool is_have(std::string_view w) {
  return in(w, {"has", "have", "had", "having", "'ve"});
}
bool is_modal(std::string_view w) {
  return in(w, {"to",      "will",   "would", "could",    "can",      "may",    "might", "must",
                "shall",   "should", "did",   "does",     "do",       "not",    "never", "didn't",
                "doesn't", "don't",  "won't", "wouldn't", "couldn't", "cannot", "'ll"});
}
bool is_determiner(std::string_view w) {
  return in(
      w, {"the",  "a",     "an",    "its", "his",   "her",  "their", "our",  "my", "your", "this",
          "that", "these", "those", "any", "every", "each", "no",    "such", "'s", "whose"});
}
bool is_finite_verb_like(std::string_view w) {
  return is_be(w) || is_have(w) ||
         in(w, {"will",   "would",  "could", "can",    "may",     "might",    "must",
                "shall",  "should", "did",   "does",   "do",      "made",     "took",
                "gave",   "came",   "went",  "got",    "put",     "saw",      "found",
                "became", "began",  "left",  "kept",   "held",    "brought",  "thought",
                "knew",   "ran",    "led",   "remain", "remains", "remained", "needs",
                "wants",  "plans",  "faces", "said",   "says",    "told"}) ||
         (w.size() > 4 && w.substr(w.size() - 2) == "ed");
}
bool is_adverb(std::string_view w) {
  return (w.size() > 3 && w.substr(w.size() - 2) == "ly") ||
         in(w, {"also", "not", "never", "already", "since", "just", "still", "previously",
                "reportedly", "first", "now", "then", "again", "later", "earlier"});
}

// "became the 31st member of", "becomes a full member": joining, said
// with "become". Returns the index of "member", or 0 when absent.
std::size_t membership_noun_after(std::string_view body, const std::vector<Token>& tokens,
                                  std::size_t i, std::string_view lower, std::string& scratch) {
  if (!in(lower, {"become", "became", "becomes", "becoming"})) return 0;
  for (std::size_t k = i + 1; k < tokens.size() && k <= i + 5; ++k) {
    if (tokens[k].kind == TokenKind::kPunct || tokens[k].kind == TokenKind::kOpenQuote ||
        tokens[k].kind == TokenKind::kCloseQuote)
      return 0;
    const std::string_view w = lowered(tokens[k].text(body), scratch);
    if (w == "member" || w == "members") return k;
  }
  return 0;
}

// A photo caption's position note: "Vladimir Putin, left, and Kim Jong Un".
bool caption_position(std::string_view body, const SentenceTokens& sentence, std::size_t i,
                      std::string_view lower) {
  if ((lower != "left" && lower != "right") || i < 2 || i + 1 >= sentence.tokens.size())
    return false;
  const std::string_view before = sentence.tokens[i - 1].text(body);
  const std::string_view after = sentence.tokens[i + 1].text(body);
  return (before == "," || before == "(") && (after == "," || after == ")") &&
         sentence.entity_at[i - 2] >= 0;
}

// "a rocket named "Still Testing"", "a man named Ali": named is called
// here, an indefinite noun before it, not an appointment.
bool called_by_name(std::string_view body, const SentenceTokens& sentence,
                    const std::vector<lexicon::TaggedWord>& tags, std::size_t i,
                    std::string_view lower, std::string& scratch) {
  if (lower != "named" || i == 0 || tags[i - 1].tag != lexicon::Tag::kNoun ||
      sentence.entity_at[i - 1] >= 0)
    return false;
  for (std::size_t k = i - 1; k > 0 && i - k < 6;) {
    --k;
    const std::string_view w = lowered(sentence.tokens[k].text(body), scratch);
    if (w == "a" || w == "an") return true;
    const lexicon::Tag tag = tags[k].tag;
    if (tag != lexicon::Tag::kAdjective && tag != lexicon::Tag::kNumber &&
        tag != lexicon::Tag::kNoun && w != "-")
      return false;
  }
  return false;
}

// "was hit by another revelation", "hit by a scandal": what hit is a
// report, a state or an act, no blow ("hit by a car" and "hit by a missile"
// are blows).
bool hit_by_abstract(std::string_view body, const SentenceTokens& sentence, std::size_t i,
                     std::string& scratch) {
  const auto& tokens = sentence.tokens;
  if (i + 1 >= tokens.size() || lowered(tokens[i + 1].text(body), scratch) != "by") return false;
  for (std::size_t k = i + 2; k < tokens.size() && k <= i + 5; ++k) {
    if (!tokens[k].is_word() || sentence.entity_at[k] >= 0) return false;
    const lexicon::WordInfo* info =
        lexicon::WordNet::instance().find(lowered(tokens[k].text(body), scratch));
    if (!info || !info->can_be(lexicon::WordPos::kNoun)) continue;  // "another", "a"
    using lexicon::NounClass;
    const NounClass c = info->noun_first;
    if (c == NounClass::kArtifact || c == NounClass::kObject || c == NounClass::kPerson ||
        c == NounClass::kGroup || c == NounClass::kAnimal)
      return false;
    return c == NounClass::kCommunication || c == NounClass::kCognition || c == NounClass::kAct ||
           c == NounClass::kState || c == NounClass::kAttribute || c == NounClass::kPossession ||
           c == NounClass::kFeeling;
  }
  return false;
}

// Verb + object idioms that name no happening of the verb's type: "paid a
// visit" (the visit is the event), "sent a clear signal", "delivered value",
// "dropped their weapons", "hit the bank with sanctions".
bool idiom_object(std::string_view body, const SentenceTokens& sentence, const TriggerEntry& entry,
                  std::size_t i, std::string& scratch) {
  static const std::unordered_set<std::string_view> kPaid{"visit", "visits", "tribute", "homage",
                                                          "respects"};
  static const std::unordered_set<std::string_view> kSent{
      "signal", "signals", "message", "messages", "letter", "letters", "warning", "condolences"};
  static const std::unordered_set<std::string_view> kDelivered{
      "value", "quality", "results", "returns", "growth", "what", "verdict", "speech", "blow"};
  const std::unordered_set<std::string_view>* objects = nullptr;
  if (entry.type == "pay") objects = &kPaid;
  if (entry.type == "deploy") objects = &kSent;
  if (entry.type == "supply") objects = &kDelivered;
  const auto& tokens = sentence.tokens;
  // "provided that both resigned", "provided \"the ministers resigned\"": a
  // condition, no supply.
  if (entry.type == "supply" && i + 1 < tokens.size() &&
      lowered(tokens[i].text(body), scratch).starts_with("provid") &&
      (tokens[i + 1].kind == TokenKind::kOpenQuote || tokens[i + 1].text(body) == "\"" ||
       lowered(tokens[i + 1].text(body), scratch) == "that"))
    return true;
  if (objects) {
    for (std::size_t k = i + 1; k < tokens.size() && k <= i + 5; ++k) {
      if (!tokens[k].is_word() && tokens[k].kind != TokenKind::kOpenQuote) return false;
      const std::string_view w = lowered(tokens[k].text(body), scratch);
      if (objects->count(w)) return true;
    }
    return false;
  }
  if (entry.type == "fall" && i + 1 < tokens.size()) {
    // "dropped their weapons", "dropped the charges": a transitive drop.
    const std::string_view next = lowered(tokens[i + 1].text(body), scratch);
    return in(next, {"their", "its", "his", "her", "the", "our", "charges", "plans"});
  }
  if (entry.type == "strike") {
    for (std::size_t k = i + 1; k + 1 < tokens.size() && k <= i + 6; ++k) {
      if (lowered(tokens[k].text(body), scratch) != "with") continue;
      const std::string_view what = lowered(tokens[k + 1].text(body), scratch);
      return in(what, {"sanctions", "tariffs", "fines", "charges", "new", "a"});
    }
    if (hit_by_abstract(body, sentence, i, scratch)) return true;
  }
  // "established that the communities were affected": found out, not founded.
  if (entry.type == "found" && i + 1 < tokens.size() &&
      lowered(tokens[i + 1].text(body), scratch) == "that")
    return true;
  // "said in a press release": the document, not a release.
  if (entry.type == "release" && i > 0 &&
      in(lowered(tokens[i - 1].text(body), scratch), {"press", "news"}))
    return true;
  // "inflation hits all of us", "the crisis hit exporters": what hit is a
  // state or a process, no blow.
  if (entry.type == "strike" && i > 0 &&
      lowered(tokens[i].text(body), scratch).starts_with("hit") && tokens[i - 1].is_word() &&
      !tokens[i - 1].capitalised && sentence.entity_at[i - 1] < 0) {
    const lexicon::WordInfo* info =
        lexicon::WordNet::instance().find(lowered(tokens[i - 1].text(body), scratch));
    using lexicon::NounClass;
    if (info && info->can_be(lexicon::WordPos::kNoun) &&
        (info->noun_first == NounClass::kState || info->noun_first == NounClass::kProcess ||
         info->noun_first == NounClass::kAttribute || info->noun_first == NounClass::kCognition ||
         info->noun_first == NounClass::kPossession))
      return true;
  }
  // "hit eight aces", "hit a record high": a score or a level reached, no blow.
  if (entry.type == "strike" && lowered(tokens[i].text(body), scratch).starts_with("hit")) {
    for (std::size_t k = i + 1; k < tokens.size() && k <= i + 4; ++k) {
      const std::string_view w = lowered(tokens[k].text(body), scratch);
      if (in(w, {"aces", "ace", "winners", "winner", "shots", "homer", "homers", "forehand",
                 "backhand", "sixes", "boundaries", "record", "high", "low", "highs", "lows",
                 "peak", "milestone", "jackpot"}))
        return true;
      if (!tokens[k].is_word() && tokens[k].kind != TokenKind::kNumber) break;
    }
  }
  // "the jury returned a verdict": a court's decision, not a return.
  if (entry.type == "return" && i + 2 < tokens.size() &&
      in(lowered(tokens[i + 2].text(body), scratch), {"verdict", "verdicts"}))
    return true;
  // "in return for a top post": a trade, not a return.
  if (entry.type == "return" && i > 0 && i + 1 < tokens.size() &&
      lowered(tokens[i - 1].text(body), scratch) == "in" &&
      lowered(tokens[i + 1].text(body), scratch) == "for")
    return true;
  return false;
}

// Sports pages: "claimed his first title" is a win, "had fallen to
// Djokovic" and "was denied an eighth crown" are losses.
const TriggerEntry* sports_reading(std::string_view body, const SentenceTokens& sentence,
                                   const TriggerEntry& entry, std::size_t i, std::string_view lower,
                                   std::string& scratch) {
  const TriggerLexicon& lexicon = TriggerLexicon::instance();
  const auto& tokens = sentence.tokens;
  const auto prize_follows = [&] {
    for (std::size_t k = i + 1; k < tokens.size() && k <= i + 7; ++k) {
      if (!tokens[k].is_word()) return false;
      const std::string_view w = lowered(tokens[k].text(body), scratch);
      if (in(w, {"title", "titles", "crown", "trophy", "medal", "championship", "cup", "victory",
                 "gold"}))
        return true;
    }
    return false;
  };
  if (entry.type == "say" && lower.starts_with("claim") && prize_follows())
    return lexicon.find("won");
  if (entry.type == "deny" && i > 0 &&
      in(lowered(tokens[i - 1].text(body), scratch), {"was", "were", "been"}) && prize_follows())
    return lexicon.find("lost");
  if (entry.type == "fall" && i + 2 < tokens.size() &&
      lowered(tokens[i + 1].text(body), scratch) == "to" && sentence.entity_at[i + 2] >= 0 &&
      sentence.entities[sentence.entity_at[i + 2]].kind == "person")
    return lexicon.find("lost");
  return &entry;
}

// A number word or a word of quantity before a plural noun: "two trains",
// "several support groups".
bool is_count_word(std::string_view w) {
  return in(w, {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
                "many", "dozens", "hundreds"});
}

// "a rising star", "the ruling party": after an article, an -ing word that
// WordNet also lists as an adjective describes the noun after it. A gerund
// compound ("a signing ceremony") has no such adjective.
bool attributive_participle(std::string_view word, const std::vector<lexicon::TaggedWord>& tags,
                            std::size_t at, bool after_name_or_of) {
  if (at == 0 || (tags[at - 1].tag != lexicon::Tag::kDeterminer && !after_name_or_of)) return false;
  thread_local std::string buffer;  // reused: no allocation per word
  const lexicon::WordInfo* info = lexicon::WordNet::instance().find(lowered(word, buffer));
  return info && info->can_be(lexicon::WordPos::kAdjective);
}

// A noun trigger that modifies the noun after it names a kind of thing,
// not a happening: "investment properties", "launch site", "arrest
// warrant", "growth strategy", "merger deal" (the deal is the event).
// A gerund takes an object ("obtaining mortgages"), and a base form after a
// name can be a bare infinitive ("help North Korea launch satellites").
bool modifies_next_noun(std::string_view body, const std::vector<lexicon::TaggedWord>& tags,
                        const SentenceTokens& sentence, const TriggerToken& t) {
  const std::size_t last = t.last;
  if (last >= tags.size() || !sentence.tokens[last].is_word() || sentence.entity_at[last] >= 0)
    return false;
  if (sentence.tokens[last].capitalised) return false;
  // "his two support groups", "their official funding reports": after a
  // number, an adjective or a possessive, the word is a noun's modifier,
  // and so is a next word WordNet has as a noun, whatever its tag.
  thread_local std::string buffer;
  bool modifier_slot = false;
  if (t.token > 0) {
    const lexicon::Tag before = tags[t.token - 1].tag;
    const std::string_view prev = lowered(sentence.tokens[t.token - 1].text(body), buffer);
    modifier_slot = before == lexicon::Tag::kNumber || before == lexicon::Tag::kAdjective ||
                    sentence.tokens[t.token - 1].kind == TokenKind::kNumber ||
                    is_count_word(prev) ||
                    in(prev, {"his", "her", "its", "their", "our", "my", "your"});
  }
  if (tags[last].tag != lexicon::Tag::kNoun) {
    // Only a word the tagger took for a verb ("support groups"), not "as" or "to".
    if (!modifier_slot || tags[last].tag != lexicon::Tag::kVerb) return false;
    const lexicon::WordInfo* next =
        lexicon::WordNet::instance().find(lowered(sentence.tokens[last].text(body), buffer));
    if (!next || !next->can_be(lexicon::WordPos::kNoun)) return false;
  }
  const std::string_view word = sentence.tokens[t.token].text(body);
  // "the Namdapha flying squirrel", "species of flying squirrels": an -ing
  // word WordNet has as an adjective, after a name or "of", describes.
  const bool after_name_or_of =
      t.token > 0 && (sentence.entity_at[t.token - 1] >= 0 ||
                      lowered(sentence.tokens[t.token - 1].text(body), buffer) == "of");
  if (word.size() > 4 && word.substr(word.size() - 3) == "ing" &&
      !attributive_participle(word, tags, t.token, after_name_or_of) && !modifier_slot)
    return false;
  // ("the European arrest warrant": an adjective name is no subject.)
  if ((t.entry->forms & kBase) && t.token > 0 && sentence.entity_at[t.token - 1] >= 0 &&
      !sentence.entities[sentence.entity_at[t.token - 1]].adjective)
    return false;
  return true;
}

// "a gradually tightening left turn", "his left leg": "left" as a side; "the
// storm left thousands without power", "left 12 people dead": what a
// happening left behind, no one leaving.
bool left_as_adjective_or_result(std::string_view body,
                                 const std::vector<lexicon::TaggedWord>& tags,
                                 const SentenceTokens& sentence, std::size_t i) {
  thread_local std::string buffer;
  const std::vector<Token>& tokens = sentence.tokens;
  if (lowered(tokens[i].text(body), buffer) != "left" || i + 1 >= tokens.size()) return false;
  // "the six-year term left by the late president", "damage left behind".
  if (i > 0 && tags[i - 1].tag == lexicon::Tag::kNoun && sentence.entity_at[i - 1] < 0) {
    const std::string_view after = lowered(tokens[i + 1].text(body), buffer);
    if (after == "by" || after == "behind") return true;
  }
  const lexicon::WordInfo* next =
      lexicon::WordNet::instance().find(lowered(tokens[i + 1].text(body), buffer));
  if (i > 0 && sentence.entity_at[i + 1] < 0 && tokens[i + 1].is_word() && next &&
      next->can_be(lexicon::WordPos::kNoun) && tags[i + 1].tag != lexicon::Tag::kDeterminer) {
    const lexicon::Tag before = tags[i - 1].tag;
    const std::string_view prev = lowered(tokens[i - 1].text(body), buffer);
    if (before == lexicon::Tag::kAdjective || prev.ends_with("ing") || prev == "his" ||
        prev == "her" || prev == "its" || prev == "their" || prev == "our" || prev == "my")
      return true;
  }
  static const std::unordered_set<std::string_view> kLeftBehind{
      "thousands", "millions", "hundreds",   "dozens",    "people", "residents",
      "families",  "homes",    "households", "customers", "many",   "others",
      "scores",    "children", "villagers",  "passengers"};
  static const std::unordered_set<std::string_view> kLeftIn{
      "without", "homeless", "dead", "stranded", "injured", "wounded", "destitute", "trapped"};
  bool object = false;
  for (std::size_t k = i + 1; k < tokens.size() && k < i + 6; ++k) {
    const std::string_view w = lowered(tokens[k].text(body), buffer);
    if (tokens[k].kind == TokenKind::kNumber || kLeftBehind.count(w) || w == "more" ||
        w == "than" || w == "at" || w == "least" || w == "about" || w == "some") {
      object = object || tokens[k].kind == TokenKind::kNumber || kLeftBehind.count(w) > 0;
      continue;
    }
    return object && kLeftIn.count(w) > 0;
  }
  return false;
}

// "Ukraine's partially occupied region": the "'s" of a name owns; after a
// pronoun ("it's done") it is "is".
bool possessive_not_is(std::string_view body, const std::vector<Token>& tokens, std::size_t p) {
  if (tokens[p].kind != TokenKind::kPossessive || p == 0) return false;
  thread_local std::string buffer;
  const std::string_view owner = lowered(tokens[p - 1].text(body), buffer);
  return !(owner == "it" || owner == "he" || owner == "she" || owner == "that" ||
           owner == "there" || owner == "what" || owner == "who");
}

bool guilty_follows(std::string_view body, const std::vector<Token>& tokens, std::size_t i,
                    std::string& scratch) {
  for (std::size_t k = i + 1; k < tokens.size() && k <= i + 8; ++k) {
    const std::string_view w = lowered(tokens[k].text(body), scratch);
    if (w == "guilty") return true;
    if (w == "." || w == ";" || w == "that") return false;
  }
  return false;
}

// "Merritt, arrested without incident, is believed": a participle of a
// done-to act set off after a name that is no apposition itself ("the
// minister, Peter Mwangi, resigned" is a finite verb after one).
bool set_off_participle(std::string_view body, const SentenceTokens& sentence,
                        std::string_view type, std::size_t name_token, std::string& scratch) {
  const EntitySpan& name = sentence.entities[sentence.entity_at[name_token]];
  if (name.adjective) return false;
  if (type == "resign" || type == "die" || type == "leave" || type == "return" || type == "say" ||
      type == "rise" || type == "fall")
    return false;
  return name.first == 0 || lowered(sentence.tokens[name.first - 1].text(body), scratch) != ",";
}

// "the quarter ended Sept. 30", "the three months that ended June 30": a
// reporting period's bounds, not a happening.
bool period_ending(std::string_view body, const std::vector<Token>& tokens, std::size_t i) {
  thread_local std::string buffer;
  if (!lowered(tokens[i].text(body), buffer).starts_with("end") || i == 0) return false;
  std::size_t p = i - 1;
  if (p > 0 && lowered(tokens[p].text(body), buffer) == "that") --p;
  static const std::unordered_set<std::string_view> kPeriods{
      "quarter", "period", "year", "months", "weeks", "half", "season", "fiscal", "term"};
  return kPeriods.count(lowered(tokens[p].text(body), buffer)) > 0;
}

// "rose 7% in after-hours trading", "in early trading": the market's
// session, a time frame for what moved in it.
bool trading_session(std::string_view body, const std::vector<Token>& tokens, std::size_t i) {
  thread_local std::string buffer;
  if (lowered(tokens[i].text(body), buffer) != "trading") return false;
  for (std::size_t k = i; k > 0 && i - k < 4;) {
    --k;
    if (lowered(tokens[k].text(body), buffer) == "in") return true;
  }
  return false;
}

}  // namespace

bool is_preposition(std::string_view w) {
  return in(
      w, {"in",      "at",      "on",      "to",        "from",      "with",    "for",    "during",
          "against", "into",    "near",    "over",      "by",        "of",      "about",  "under",
          "after",   "before",  "between", "among",     "toward",    "towards", "across", "through",
          "inside",  "outside", "via",     "alongside", "including", "like",    "than",   "amid",
          "despite", "since",   "until",   "within"});
}

bool is_auxiliary_word(std::string_view w) {
  return is_be(w) || is_have(w) || is_modal(w);
}

bool is_pronoun(std::string_view w) {
  return in(w, {"it", "they", "he", "she", "we", "its", "their", "his", "her"});
}

std::vector<TriggerToken> find_triggers(std::string_view body, const SentenceTokens& sentence,
                                        const std::vector<bool>& in_timex,
                                        const std::vector<lexicon::TaggedWord>& tags) {
  const TriggerLexicon& lexicon = TriggerLexicon::instance();
  const auto& tokens = sentence.tokens;
  std::vector<TriggerToken> found;
  std::string lower, prev_buffer, next_buffer, scratch;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].is_word() || in_timex[i] || sentence.entity_at[i] >= 0) continue;
    const std::string_view w = lowered(tokens[i].text(body), lower);
    const std::string_view next =
        i + 1 < tokens.size() ? lowered(tokens[i + 1].text(body), next_buffer) : "";
    const TriggerEntry* entry = lexicon.find(w, next);
    std::size_t member = 0;
    if (!entry && (member = membership_noun_after(body, tokens, i, w, scratch)) != 0)
      entry = lexicon.find("joined");
    if (!entry || caption_position(body, sentence, i, w) ||
        called_by_name(body, sentence, tags, i, w, scratch) ||
        idiom_object(body, sentence, *entry, i, scratch))
      continue;
    entry = sports_reading(body, sentence, *entry, i, w, scratch);
    // "concluded their two-day meeting": the meeting ended ("concluded that"
    // is a judgement).
    if (entry->type == "assess" && w.starts_with("conclud") && next != "that" &&
        lexicon.find("ended") != nullptr)
      entry = lexicon.find("ended");
    // "a jury found Muhammad guilty of murder": a conviction.
    if ((w == "found" || w == "finds" || w == "find") && guilty_follows(body, tokens, i, scratch))
      if (const TriggerEntry* convict = lexicon.find("convicted")) entry = convict;
    // "will take over from dos Santos": a succession, not a takeover.
    if (entry->type == "acquire" && !entry->particle.empty() && i + 2 < tokens.size() &&
        lowered(tokens[i + 2].text(body), scratch) == "from")
      entry = lexicon.find("replace");
    TriggerToken trigger;
    trigger.token = i;
    trigger.last = member != 0 ? member + 1 : i + 1;
    trigger.entry = entry;
    if (!entry->particle.empty()) {
      if (next != entry->particle) continue;
      trigger.last = i + 2;
    }
    // The nearest word before, skipping adverbs ("has officially acknowledged").
    std::size_t p = i;
    std::string_view prev;
    std::size_t skipped = 0;
    while (p > 0) {
      --p;
      prev = lowered(tokens[p].text(body), prev_buffer);
      if (tokens[p].is_word() && is_adverb(prev) && skipped < 3) {
        ++skipped;
        continue;
      }
      break;
    }
    const bool has_prev = i > 0;
    const bool prev_entity = has_prev && sentence.entity_at[p] >= 0 &&
                             !sentence.entities[sentence.entity_at[p]].adjective;
    const std::uint8_t forms = entry->forms;
    if ((forms & (kPast | kParticiple)) && left_as_adjective_or_result(body, tags, sentence, i))
      continue;
    if ((forms & kParticiple) && has_prev && is_have(prev)) {
      trigger.verb = trigger.perfect = true;
    } else if ((forms & kParticiple) && has_prev && is_be(prev) &&
               !possessive_not_is(body, tokens, p)) {
      trigger.verb = trigger.passive = true;
    } else if ((forms & kBase) && has_prev && is_modal(prev)) {
      trigger.verb = trigger.base = true;
    } else if (forms & kNoun) {
      const bool can_be_verb = (forms & (kPast | kPresent)) != 0;
      if (can_be_verb && has_prev && (prev_entity || is_pronoun(prev)) && !is_determiner(prev) &&
          tokens[p].kind != TokenKind::kPossessive) {
        trigger.verb = true;
        trigger.present = (forms & kPresent) != 0;
        trigger.past = (forms & kPast) != 0;
      }
      if (!trigger.verb && modifies_next_noun(body, tags, sentence, trigger)) continue;
      if (!trigger.verb && trading_session(body, tokens, i)) continue;
    } else if (forms & kPast) {
      trigger.verb = true;
      trigger.past = true;
      // "... by", and "Merritt, arrested without incident, is": a participle
      // set off after a name tells what was done to it.
      if ((forms & kParticiple) &&
          ((i + 1 < tokens.size() && lowered(tokens[i + 1].text(body), scratch) == "by") ||
           (has_prev && prev == "," && p > 0 && sentence.entity_at[p - 1] >= 0 &&
            set_off_participle(body, sentence, entry->type, p - 1, scratch)))) {
        trigger.passive = true;
        trigger.past = false;
      }
      // "the killed or wounded", "the number of killed": adjectival participles.
      if (has_prev && (is_determiner(prev) || (is_preposition(prev) && prev != "by"))) continue;
      // "Ukraine's partially occupied Donetsk region": after a possessive,
      // a participle describes the name or noun after it.
      if (has_prev && tokens[p].kind == TokenKind::kPossessive && i + 1 < tokens.size() &&
          tokens[i + 1].is_word())
        continue;
      if (period_ending(body, tokens, i)) continue;
    } else if (forms & kPresent) {
      if (has_prev && (is_preposition(prev) || is_determiner(prev))) continue;
      // "two trains collided", "21 coaches": after a number, a plural noun.
      if (has_prev && (tokens[p].kind == TokenKind::kNumber || is_count_word(prev))) continue;
      // "State media reports said ...": a plural noun before the verb.
      if (i + 1 < tokens.size() && is_finite_verb_like(lowered(tokens[i + 1].text(body), scratch)))
        continue;
      // "polling stations", "some states", "creeping signs": a plural noun,
      // unless a name or pronoun is its subject ("Japan warns").
      if (tags[i].tag == lexicon::Tag::kNoun && !(has_prev && (prev_entity || is_pronoun(prev))) &&
          !(i + 1 < tokens.size() && is_determiner(lowered(tokens[i + 1].text(body), scratch))))
        continue;
      // "signs of inflation": a verb is not followed by "of".
      if (i + 1 < tokens.size() && lowered(tokens[i + 1].text(body), scratch) == "of") continue;
      trigger.verb = true;
      trigger.present = true;
    } else {
      continue;  // a bare base form without to/modal: most often not a verb here
    }
    // "15 homes are directly threatened": in danger, no one's threat ("was
    // threatened with arrest" is one).
    if (entry->type == "warn" && trigger.passive &&
        lowered(tokens[i].text(body), scratch).starts_with("threaten") && next != "with")
      continue;
    found.push_back(trigger);
  }
  return found;
}

Clauses segment_clauses(std::string_view body, const SentenceTokens& sentence,
                        const std::vector<TriggerToken>& triggers,
                        const std::vector<bool>& in_timex) {
  const auto& tokens = sentence.tokens;
  const std::size_t n = tokens.size();
  std::vector<char> boundary(n + 1, 0);  // the kind of segment starting here, 0 = none
  std::vector<bool> is_trigger_verb(n, false);
  for (const TriggerToken& t : triggers) {
    if (t.verb) is_trigger_verb[t.token] = true;
  }
  std::string lower, scratch;
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kOpenQuote) boundary[i] = 'q';
    if (t.kind == TokenKind::kCloseQuote) boundary[i + 1] = 'p';
    if (!t.is_word() && t.kind != TokenKind::kOpenQuote && t.kind != TokenKind::kCloseQuote) {
      const std::string_view mark = t.text(body);
      if (mark == ";" || mark == ":" || mark == "\xE2\x80\x94" || mark == "(" || mark == ")")
        boundary[i] = 'p';
      continue;
    }
    const std::string_view w = lowered(t.text(body), lower);
    if (!in_timex[i]) {
      if (w == "that") boundary[i] = 'c';
      if (in(w, {"which", "who", "whose", "whom", "where"})) boundary[i] = 'r';
      if (in(w, {"while", "although", "though", "because", "whereas", "unless", "after", "before",
                 "when", "if", "since"})) {
        boundary[i] = 'a';
      }
      // "and as U.S. President Donald Trump ... met": a second adverbial clause.
      if (w == "as" && i > 0 &&
          (tokens[i - 1].text(body) == "," ||
           lowered(tokens[i - 1].text(body), scratch) == "and")) {
        boundary[i] = 'a';
      }
      // "the treaty he signed": a pronoun subject right before a verb opens a clause.
      if (is_pronoun(w) && !in(w, {"its", "their", "his", "her"}) && i + 1 < n &&
          is_trigger_verb[i + 1] && i > 0 && tokens[i - 1].is_word()) {
        boundary[i] = 'r';
      }
    }
    if ((w == "and" || w == "but" || w == "or") && !in_timex[i]) {
      // "and said", "and has also condemned": coordination of verbs.
      for (std::size_t k = i + 1; k < n && k <= i + 3; ++k) {
        if (is_trigger_verb[k]) {
          boundary[i] = 'k';
          break;
        }
        const std::string_view next = lowered(tokens[k].text(body), lower);
        if (!is_adverb(next) && !is_have(next) && !is_be(next)) break;
      }
    }
  }
  // A reporting verb's complement starts at its first argument after the
  // time words that belong to the verb ("said on Monday North Korea ...").
  for (const TriggerToken& t : triggers) {
    if (!t.verb || !t.entry->reporting) continue;
    for (std::size_t k = t.last; k < n; ++k) {
      if (boundary[k]) break;
      const std::string_view w = lowered(tokens[k].text(body), lower);
      if (in_timex[k] || tokens[k].kind == TokenKind::kPossessive ||
          in(w,
             {"on", "in", "at", "for", "the", "first", "time", "late", "early", "earlier", "also",
              "last", "this", "week", "today", "yesterday", "on", "publicly", "officially"}) ||
          (tokens[k].is_word() && is_adverb(w))) {
        continue;
      }
      if (!tokens[k].is_word() && tokens[k].kind != TokenKind::kNumber) break;
      // A clause follows (it has a finite verb) rather than a noun phrase object.
      bool clausal = false;
      std::string next;
      for (std::size_t m = k; m < n && m < k + 9 && !boundary[m] && !clausal; ++m) {
        next = std::string(lowered(tokens[m].text(body), lower));
        // A name is no verb ("the United Kingdom").
        clausal = sentence.entity_at[m] < 0 && is_finite_verb_like(next);
        for (const TriggerToken& other : triggers) {
          if (other.token == m && other.verb && !other.base) clausal = true;
        }
      }
      if (clausal) boundary[k] = 'c';
      break;
    }
  }
  Clauses clauses;
  clauses.segment_of.assign(n, 0);
  clauses.begin.push_back(0);
  clauses.coordinated.push_back(false);
  clauses.kind.push_back('s');
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && boundary[i]) {
      clauses.end.push_back(i);
      clauses.begin.push_back(i);
      clauses.coordinated.push_back(boundary[i] == 'k');
      clauses.kind.push_back(boundary[i]);
    }
    clauses.segment_of[i] = clauses.begin.size() - 1;
  }
  clauses.end.push_back(n);
  return clauses;
}

}  // namespace annals::text
