#include "timex_context.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "ascii.h"

namespace annals::timex_detail {
namespace {

constexpr std::size_t kWindowBefore = 120;  // bytes looked at before the expression
constexpr std::size_t kWindowAfter = 80;

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'';
}
bool is_clause_end(char c) {
  return c == '.' || c == ';' || c == '!' || c == '?' || c == '\n';
}
using text::ascii_iequals;

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

template <std::size_t N>
bool in_list(std::string_view word, const std::array<std::string_view, N>& list) {
  return std::any_of(list.begin(), list.end(),
                     [word](std::string_view w) { return ascii_iequals(word, w); });
}

constexpr std::array<std::string_view, 14> kTimeZones{
    "ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "MT"};

// text[i] ends a clause. The dots of "p.m." do not unless a capital follows
// ("at 8 p.m. on Tuesday" vs "at 8 p.m. Police said"). Other abbreviations
// ("U.S.", "Mr.") keep ending the walk: going past them mostly reaches the
// verb of another clause.
bool ends_clause_at(std::string_view text, std::size_t i) {
  if (!is_clause_end(text[i])) return false;
  if (text[i] != '.') return true;
  const auto letter_at = [&](std::size_t k) { return k < text.size() && is_letter(text[k]); };
  const bool first_dot = i >= 1 && i + 2 < text.size() && letter_at(i - 1) &&
                         (text[i - 1] == 'a' || text[i - 1] == 'p') &&
                         (i < 2 || !letter_at(i - 2)) && text[i + 1] == 'm' && text[i + 2] == '.';
  if (first_dot) return false;
  const bool last_dot = i >= 3 && text[i - 1] == 'm' && text[i - 2] == '.' &&
                        (text[i - 3] == 'a' || text[i - 3] == 'p') && (i < 4 || !letter_at(i - 4));
  if (!last_dot) return true;
  std::size_t next = i + 1;
  while (next < text.size() && text[next] == ' ') ++next;
  if (next >= text.size()) return true;
  // "10 a.m. ET on Thursday": a time zone goes on with the clock.
  std::size_t zone_end = next;
  while (zone_end < text.size() && text[zone_end] >= 'A' && text[zone_end] <= 'Z') ++zone_end;
  if (in_list(text.substr(next, zone_end - next), kTimeZones) &&
      (zone_end == text.size() || !is_letter(text[zone_end])))
    return false;
  return text[next] >= 'A' && text[next] <= 'Z';
}

// "plan" counts only as a verb ("plan to"): the noun ("a cooperation plan
// Friday") says nothing about tense.
constexpr std::array<std::string_view, 16> kFutureWords{
    "will",     "'ll",     "shall",   "tomorrow", "next",  "upcoming", "planned", "scheduled",
    "expected", "expects", "intends", "going",    "won't", "would",    "soon",    "due"};
constexpr std::array<std::string_view, 3> kPlanWords{"plan", "plans", "planning"};
constexpr std::array<std::string_view, 3> kModals{"may", "might", "should"};
// Present-tense verbs of scheduled happenings: in running news text "travels
// to Israel on Wednesday", "the two leaders meet Monday" and "the law takes
// effect in April" are ahead. Not after an article or possessive ("his
// visits", "a return"), and a base form not after "to", a negation or a modal
// ("for Sun to meet demand", "did not meet").
constexpr std::array<std::string_view, 29> kScheduleVerbs{
    "begins",  "starts",   "opens",     "meets",  "travels",  "visits", "arrives", "leaves",
    "heads",   "goes",     "plays",     "faces",  "resumes",  "hosts",  "takes",   "expires",
    "kicks",   "convenes", "testifies", "holds",  "reopens",  "debuts", "ends",    "votes",
    "decides", "unveils",  "returns",   "closes", "concludes"};
constexpr std::array<std::string_view, 10> kScheduleBaseVerbs{
    "begin", "meet", "travel", "arrive", "go", "play", "resume", "hold", "return", "convene"};
constexpr std::array<std::string_view, 20> kNonFiniteLead{
    "to",  "not",      "never",  "did",   "didn't", "does",  "doesn't", "do",     "don't", "could",
    "can", "couldn't", "cannot", "can't", "may",    "might", "must",    "should", "would", "will"};
// Common irregular past forms; regular ones are caught by "-ed".
constexpr std::array<std::string_view, 54> kPastWords{
    "said",   "was",   "were",   "had",     "did",    "ago",     "told",   "began",   "met",
    "fought", "took",  "sent",   "came",    "last",   "became",  "bought", "brought", "chose",
    "fell",   "felt",  "found",  "gave",    "got",    "grew",    "held",   "kept",    "knew",
    "led",    "left",  "lost",   "made",    "paid",   "rose",    "saw",    "sold",    "spent",
    "spoke",  "stood", "struck", "thought", "won",    "wrote",   "went",   "fled",    "drew",
    "threw",  "flew",  "broke",  "built",   "caught", "earlier", "ran",    "sought",  "swept"};
// Auxiliaries that make a following "-ed" word a passive or progressive
// participle whose tense is carried by the auxiliary itself.
constexpr std::array<std::string_view, 6> kParticipleAux{"be", "been", "being", "is", "are", "am"};
// Words before an "-ed" adjective ("a still unspecified date").
constexpr std::array<std::string_view, 8> kAdjectiveLead{"a",     "an",    "the",   "its",
                                                         "their", "still", "newly", "his"};

// Verbs whose "to"-complement lies ahead of them ("agreed to buy the line in
// February", "decided to admit them in March"): the complement's time is
// future even when the verb itself is past.
constexpr std::array<std::string_view, 13> kProspectiveStems{
    "agree", "decide", "vote", "promise", "pledge",   "vow",    "intend",
    "hope",  "want",   "aim",  "seek",    "threaten", "propose"};

constexpr std::array<std::string_view, 6> kComplementPrepositions{"in", "on",     "by",
                                                                  "at", "during", "within"};

constexpr std::array<std::string_view, 9> kNounPhraseStarts{"the", "a",     "an", "his", "her",
                                                            "its", "their", "of", "this"};
constexpr std::array<std::string_view, 9> kClauseOpeners{
    "and", "but", "while", "when", "after", "because", "although", "whereas", "that"};

enum class Cue { kNone, kPast, kFuture };

// The word that ends right before `pos` (spaces skipped), or "".
std::string_view word_before(std::string_view text, std::size_t pos, std::size_t limit) {
  while (pos > limit && text[pos - 1] == ' ') --pos;
  std::size_t begin = pos;
  while (begin > limit && is_word_char(text[begin - 1])) --begin;
  return text.substr(begin, pos - begin);
}

// The word that starts right after `pos` (spaces skipped), or "".
std::string_view word_after(std::string_view text, std::size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  std::size_t end = pos;
  while (end < text.size() && is_word_char(text[end])) ++end;
  return text.substr(pos, end - pos);
}

// Past forms that are words of tense themselves rather than participles.
bool is_past_auxiliary(std::string_view word) {
  return ascii_iequals(word, "was") || ascii_iequals(word, "were") || ascii_iequals(word, "had") ||
         ascii_iequals(word, "did") || ascii_iequals(word, "ago") || ascii_iequals(word, "last") ||
         ascii_iequals(word, "earlier");
}

// "agreed", "decides", "voting", "sought": an inflection of a prospective verb.
bool is_prospective_verb(std::string_view word) {
  if (ascii_iequals(word, "sought")) return true;
  for (std::string_view stem : kProspectiveStems) {
    // The stem without a final "e" takes the endings: agre-ed, decid-ing.
    const std::string_view base = stem.back() == 'e' ? stem.substr(0, stem.size() - 1) : stem;
    if (word.size() < base.size() || !ascii_iequals(word.substr(0, base.size()), base)) continue;
    const std::string_view rest = word.substr(base.size());
    if (ascii_iequals(rest, "") || ascii_iequals(rest, "e") || ascii_iequals(rest, "s") ||
        ascii_iequals(rest, "es") || ascii_iequals(rest, "ed") || ascii_iequals(rest, "d") ||
        ascii_iequals(rest, "ing"))
      return true;
  }
  return false;
}

// `word` starts at `at` in text; `limit` bounds the look-back.
// Whether `span` holds an "-ing" verb form ("saying"; "during" is a preposition).
bool has_participle(std::string_view span) {
  std::size_t i = 0;
  while (i < span.size()) {
    while (i < span.size() && !is_word_char(span[i])) ++i;
    const std::size_t start = i;
    while (i < span.size() && is_word_char(span[i])) ++i;
    const std::string_view word = span.substr(start, i - start);
    if (word.size() > 4 && word.substr(word.size() - 3) == "ing" && !ascii_iequals(word, "during"))
      return true;
  }
  return false;
}

// `complement_end`: where the expression begins when `word` is left of it
// and the expression may sit in a "to"-complement, else npos.
Cue cue_of(std::string_view text, std::string_view word, std::size_t at, std::size_t limit,
           std::size_t complement_end) {
  // "next to the embassy" is a place.
  if (ascii_iequals(word, "next") && ascii_iequals(word_after(text, at + word.size()), "to"))
    return Cue::kNone;
  if (in_list(word, kFutureWords)) return Cue::kFuture;
  // "may resume Friday", "should rule on Friday": a modal before a verb
  // looks ahead, and with "have" back ("may have died on Friday"). "could"
  // and "must" are left out: news uses them of the past as often ("could be
  // located Wednesday", "had ruled that he must be returned").
  if (word[0] >= 'a' && word[0] <= 'z' && in_list(word, kModals))
    return ascii_iequals(word_after(text, at + word.size()), "have") ? Cue::kPast : Cue::kFuture;
  if (word[0] >= 'a' && word[0] <= 'z') {
    const bool base = in_list(word, kScheduleBaseVerbs);
    if (base || in_list(word, kScheduleVerbs)) {
      const std::string_view before = word_before(text, at, limit);
      if (!in_list(before, kAdjectiveLead) && !(base && in_list(before, kNonFiniteLead)))
        return Cue::kFuture;
    }
  }
  if (in_list(word, kPlanWords))
    return ascii_iequals(word_after(text, at + word.size()), "to") ? Cue::kFuture : Cue::kNone;
  // Lower-case "-ed" verbs are past ("United", "Ted" are names).
  const bool past_form =
      in_list(word, kPastWords) ||
      (word.size() > 4 && word[0] >= 'a' && word[0] <= 'z' && word.substr(word.size() - 2) == "ed");
  if (past_form) {
    // After an auxiliary the participle's tense is the auxiliary's ("will be
    // named", "would be paid"), an adverb between ("will be formally installed").
    std::string_view before = word_before(text, at, limit);
    if (before.size() > 4 && before[0] >= 'a' && before[0] <= 'z' &&
        before.substr(before.size() - 2) == "ly")
      before = word_before(text, static_cast<std::size_t>(before.data() - text.data()), limit);
    if (!is_past_auxiliary(word) &&
        (in_list(before, kParticipleAux) || in_list(before, kAdjectiveLead)))
      return Cue::kNone;
    return Cue::kPast;
  }
  // "set for Tuesday", "scheduled for May": future.
  if (ascii_iequals(word, "for")) {
    const std::string_view prev = word_before(text, at, limit);
    if (ascii_iequals(prev, "set") || ascii_iequals(prev, "scheduled") ||
        ascii_iequals(prev, "slated") || ascii_iequals(prev, "planned"))
      return Cue::kFuture;
  }
  // "is to", "are to", "set to", "agreed to": future.
  if (ascii_iequals(word, "to")) {
    const std::string_view prev = word_before(text, at, limit);
    // The expression inside the complement, no other verb form between
    // ("agreed to buy it in March", not "sought to soften them, saying on Friday").
    if (complement_end != std::string_view::npos && is_prospective_verb(prev) &&
        !has_participle(text.substr(at, complement_end - at)))
      return Cue::kFuture;
    if (ascii_iequals(prev, "is") || ascii_iequals(prev, "are") || ascii_iequals(prev, "set") ||
        ascii_iequals(prev, "due") || ascii_iequals(prev, "likely"))
      return Cue::kFuture;
  }
  return Cue::kNone;
}

bool is_reporting_verb(std::string_view word) {
  return ascii_iequals(word, "said") || ascii_iequals(word, "says") ||
         ascii_iequals(word, "told") || ascii_iequals(word, "added") ||
         ascii_iequals(word, "reported");
}

// "Abortion and Reproductive Rights": a capital after "and" continues a name.
bool starts_name(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

Tense tense_of(Cue cue) {
  return cue == Cue::kFuture ? Tense::kFuture : Tense::kPast;
}

// "the talks, which began on Monday, would continue": inside a relative
// clause (a "which"/"who" since the last comma) the clause ends at the next
// comma, and the main verb beyond it says nothing of the expression.
bool in_relative_clause(std::string_view text, std::size_t begin, std::size_t limit) {
  std::size_t i = begin;
  while (i > limit) {
    const char c = text[i - 1];
    if (c == ',' || ends_clause_at(text, i - 1)) return false;
    if (!is_word_char(c)) {
      --i;
      continue;
    }
    std::size_t word_begin = i;
    while (word_begin > limit && is_word_char(text[word_begin - 1])) --word_begin;
    const std::string_view word = text.substr(word_begin, i - word_begin);
    if (ascii_iequals(word, "which") || ascii_iequals(word, "who")) return true;
    i = word_begin;
  }
  return false;
}

// "On Monday, the ministry said ...", "In a statement Monday, ...": an
// expression in a fronted adverbial (the sentence opens with it, or with a
// preposition or participle before it, no comma between) belongs to the
// clause after the comma, whose reporting verb is then its own verb, not an
// attribution.
bool in_fronted_adverbial(std::string_view text, std::size_t begin, std::size_t limit) {
  static constexpr std::array<std::string_view, 15> kOpeners{
      "on",   "in",    "at",   "by",      "since", "during", "from",      "early",
      "late", "until", "over", "through", "after", "before", "throughout"};
  std::size_t i = begin;
  while (i > limit && !ends_clause_at(text, i - 1)) {
    if (text[i - 1] == ',') return false;
    --i;
  }
  if (i == limit && limit > 0) return false;  // the sentence start is out of sight
  while (i < begin && !is_word_char(text[i])) ++i;
  if (i == begin) return true;
  std::size_t word_end = i;
  while (word_end < begin && is_word_char(text[word_end])) ++word_end;
  const std::string_view first = text.substr(i, word_end - i);
  // "Speaking to reporters on Monday, ...": a participle's phrase fronts too.
  const bool participle = first.size() > 5 && first.substr(first.size() - 3) == "ing";
  return participle || in_list(first, kOpeners);
}

// Whether text[begin] opens its sentence (quotes and spaces aside).
bool opens_sentence(std::string_view text, std::size_t begin) {
  std::size_t i = begin;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '"' || text[i - 1] == '`')) --i;
  return i == 0 || ends_clause_at(text, i - 1);
}

Tense walk_clause(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace

Tense clause_tense(std::string_view text, std::size_t begin, std::size_t end) {
  // A deadline or earliest date ("until Tuesday", "as early as Tuesday")
  // points ahead whatever the verb's tense; "not until", "Up until" and a
  // sentence-initial "Until" look back.
  const std::string_view just_before = word_before(text, begin, 0);
  const std::size_t just_before_at = static_cast<std::size_t>(just_before.data() - text.data());
  const std::string_view two_before = word_before(text, just_before_at, 0);
  if (ascii_iequals(just_before, "ended")) return Tense::kEnded;
  // "on patrol since March": the start of a stretch that reaches the present.
  if (ascii_iequals(just_before, "since")) return Tense::kPast;
  // A past verb of lasting ("lasted until Tuesday", "went on until late
  // Tuesday") tells how long something went on: no deadline there.
  static constexpr std::array<std::string_view, 9> kLastedVerbs = {
      "lasted",    "continued", "remained", "stayed", "waited",
      "persisted", "lingered",  "on",       "dragged"};
  const bool deadline = (just_before == "until" || just_before == "till") &&
                        !ascii_iequals(two_before, "up") && !ascii_iequals(two_before, "not") &&
                        !in_list(two_before, kLastedVerbs);
  if (deadline || (ascii_iequals(just_before, "as") &&
                   (ascii_iequals(two_before, "early") || ascii_iequals(two_before, "soon"))))
    return Tense::kFuture;
  // A possessive ("Wednesday's ruling") names something that already
  // happened, unless it opens the sentence and its verb looks ahead
  // ("Friday's game will be played").
  if (end + 1 < text.size() && text[end] == '\'' && (text[end + 1] == 's' || text[end + 1] == 'S'))
    return opens_sentence(text, begin) && walk_clause(text, begin, end) == Tense::kFuture
               ? Tense::kFuture
               : Tense::kPast;
  return walk_clause(text, begin, end);
}

namespace {

// The tense of the nearest verb cue around text[begin, end), walking words
// outward on both sides, nearest first, to the clause's ends.
Tense walk_clause(std::string_view text, std::size_t begin, std::size_t end) {
  // A prospective verb's complement owns the expression only when a
  // preposition ties it there ("agreed to buy it in March"); a bare weekday
  // ("voted to support it Friday") is the news verb's own adverb.
  const std::string_view just_before = word_before(text, begin, 0);
  const std::size_t complement_end =
      in_list(just_before, kComplementPrepositions) ? begin : std::string_view::npos;

  // Walk words outward from the expression, nearest first on each side,
  // stopping at clause ends.
  std::size_t left = begin, right = end;
  const std::size_t left_limit = begin > kWindowBefore ? begin - kWindowBefore : 0;
  const std::size_t right_limit = std::min(text.size(), end + kWindowAfter);
  bool left_open = true, right_open = true;
  const bool relative_clause = in_relative_clause(text, begin, left_limit);
  constexpr int kCommaPause = 2;
  int right_pause = 0;
  while (left_open || right_open) {
    if (left_open) {
      while (left > left_limit && !is_word_char(text[left - 1]) && !ends_clause_at(text, left - 1))
        --left;
      if (left <= left_limit || ends_clause_at(text, left - 1)) {
        left_open = false;
      } else {
        std::size_t word_begin = left;
        while (word_begin > left_limit && is_word_char(text[word_begin - 1])) --word_begin;
        const std::string_view word = text.substr(word_begin, left - word_begin);
        left = word_begin;
        const Cue cue = cue_of(text, word, word_begin, left_limit, complement_end);
        if (cue != Cue::kNone) return tense_of(cue);
      }
    }
    if (right_open && right_pause > 0) {
      --right_pause;
    } else if (right_open) {
      bool crossed_comma = false;
      while (right < right_limit && !is_word_char(text[right]) && !ends_clause_at(text, right) &&
             !(relative_clause && text[right] == ',')) {
        crossed_comma |= text[right] == ',';
        ++right;
      }
      // "The law, passed in November, takes effect": a verb past a comma
      // is farther than one before the expression two words away.
      if (crossed_comma && left_open) {
        right_pause = kCommaPause;
        continue;
      }
      if (right >= right_limit || ends_clause_at(text, right) ||
          (relative_clause && text[right] == ',')) {
        right_open = false;
      } else {
        std::size_t word_end = right;
        while (word_end < right_limit && is_word_char(text[word_end])) ++word_end;
        const std::string_view word = text.substr(right, word_end - right);
        // "on Saturday and were planning to drive": a coordinated or
        // subordinate clause after the expression has a verb of its own.
        const bool joins_names = (ascii_iequals(word, "and") || ascii_iequals(word, "but")) &&
                                 starts_name(word_after(text, word_end));
        // "a week after the anniversary", "because of the strike": a
        // preposition before a noun phrase, not a clause.
        const bool preposition = (ascii_iequals(word, "after") || ascii_iequals(word, "because")) &&
                                 in_list(word_after(text, word_end), kNounPhraseStarts);
        if (in_list(word, kClauseOpeners) && !joins_names && !preposition) {
          right_open = false;
          continue;
        }
        // "..., officials said": an attribution after a comma is not the
        // clause's own verb.
        const bool attribution =
            is_reporting_verb(word) &&
            text.substr(end, right - end).find(',') != std::string_view::npos &&
            !in_fronted_adverbial(text, begin, left_limit);
        const Cue cue =
            attribution ? Cue::kNone : cue_of(text, word, right, begin, std::string_view::npos);
        right = word_end;
        if (cue != Cue::kNone) return tense_of(cue);
      }
    }
  }
  return Tense::kUnknown;
}

}  // namespace
}  // namespace annals::timex_detail
