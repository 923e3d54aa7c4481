#include "timex_filters.h"

#include "ascii.h"
#include "timex_names.h"
#include "timex_pairs.h"
#include "timex_words.h"

namespace annals::timex_detail {
namespace {

using text::ascii_iequals;

// "may" or "march" in lower case as a word of `span`: the verbs ("this may
// be", "they march"), not the months.
bool has_lowercase_month_verb(std::string_view span) {
  for (std::string_view verb : {std::string_view("may"), std::string_view("march")}) {
    for (std::size_t at = span.find(verb); at != std::string_view::npos;
         at = span.find(verb, at + 1)) {
      if ((at == 0 || !is_alnum(span[at - 1])) && starts_with_word(span, at, verb)) return true;
    }
  }
  return false;
}

// "about a quarter of its dealers", "three quarters, of the vote": a share
// of something owned or counted; "two quarters of losses" is still a span.
bool is_fraction_quarter(std::string_view text, std::size_t end, const TimexParse& p) {
  if (p.kind != Kind::kDuration || p.unit != Unit::kQuarter) return false;
  std::size_t at = end;
  while (at < text.size() && text[at] == ' ') ++at;
  if (at < text.size() && text[at] == ',') ++at;
  const std::string_view of = word_after(text, at);
  if (!ascii_iequals(of, "of")) return false;
  const std::string_view next = word_after(text, text_end(text, of));
  static constexpr std::string_view kDeterminers[] = {"its", "the",   "their", "his",  "her", "our",
                                                      "all", "these", "those", "this", "that"};
  for (std::string_view w : kDeterminers)
    if (ascii_iequals(next, w)) return true;
  return false;
}

// "a second-half goal", "a first-half penalty": a half of a match.
bool is_match_half(std::string_view text, std::size_t end, const TimexParse& p) {
  // With its year named ("the second half of 2012") a half is the year's.
  if (p.kind != Kind::kPartOfYear || p.unit != Unit::kHalf || p.year != 0) return false;
  static constexpr std::string_view kMatchNouns[] = {
      "goal",   "goals",     "penalty",   "penalties",  "try",      "tries",      "touchdown",
      "header", "equaliser", "equalizer", "substitute", "red",      "yellow",     "strike",
      "winner", "brace",     "comeback",  "fightback",  "stoppage", "injury-time"};
  const std::string_view next = word_after(text, end);
  for (std::string_view w : kMatchNouns)
    if (ascii_iequals(next, w)) return true;
  return false;
}

}  // namespace

// Matches that look like dates but are not: "1998%", "1998-99" scores, the
// verbs "may" and "march" in lower case.
bool rejected_by_context(std::string_view text, std::size_t begin, std::size_t end,
                         const TimexParse& p) {
  if (p.month != 0 && has_lowercase_month_verb(text.substr(begin, end - begin))) return true;
  // "Now, he says, ...": opening a sentence and set off by a comma, "now" is
  // a discourse marker, not a time.
  if (p.kind == Kind::kRef && end - begin == 3 && text[begin] == 'N' && end < text.size() &&
      text[end] == ',') {
    std::size_t k = begin;
    while (k > 0 &&
           (text[k - 1] == ' ' || text[k - 1] == '"' || text[k - 1] == '`' || text[k - 1] == '\n'))
      --k;
    if (k == 0 || text[k - 1] == '.' || text[k - 1] == '!' || text[k - 1] == '?') return true;
  }
  // "USA Today", "VOA Today": a title after an acronym, not the day.
  if (p.kind == Kind::kDeictic && end - begin == 5 && text[begin] == 'T') {
    const std::string_view before = word_before(text, begin);
    bool acronym = before.size() >= 2;
    for (char c : before) acronym &= c >= 'A' && c <= 'Z';
    if (acronym) return true;
  }
  // "358,000 a month", "four flights a week": a rate, not a duration.
  if (p.kind == Kind::kDuration && p.count == 1 && (text[begin] == 'a' || text[begin] == 'A')) {
    std::size_t k = begin;
    while (k > 0 && text[k - 1] == ' ') --k;
    if (k > 0 && k < begin && is_digit(text[k - 1])) return true;
  }
  // "year-end" is a time only as the object of a preposition ("by year-end",
  // "since year end"), not as an adjective ("year-end results").
  if (p.kind == Kind::kDuration && p.mod == Mod::kEnd && p.unit == Unit::kYear &&
      (text[begin] == 'y' || text[begin] == 'Y')) {
    static constexpr std::string_view kPrepositions[] = {
        "by",     "at",   "since",  "before",  "after", "until", "till", "through",
        "around", "near", "toward", "towards", "from",  "to",    "of",   "for"};
    const std::string_view before = word_before(text, begin);
    bool after_preposition = false;
    for (std::string_view w : kPrepositions) after_preposition |= ascii_iequals(before, w);
    if (!after_preposition) return true;
  }
  if (is_in_name(text, begin, end, p)) return true;
  if (is_fraction_quarter(text, end, p)) return true;
  if (is_match_half(text, end, p)) return true;
  // Bare "days", "hours", "minutes" are a span only after "within", "for"
  // or "in" ("within hours"); "the days before the vote" is not one.
  if (p.kind == Kind::kDuration && p.bare_plural &&
      (p.unit == Unit::kDay || p.unit == Unit::kHour || p.unit == Unit::kMinute)) {
    if (p.mod != Mod::kNone) return true;  // "the early hours of Thursday"
    const std::string_view before = word_before(text, begin);
    if (!ascii_iequals(before, "within") && !ascii_iequals(before, "for") &&
        !ascii_iequals(before, "in"))
      return true;
  }
  if (end >= text.size()) return false;
  const char next = text[end];
  if (next == '%') return true;
  // "1998-99" (a score, a season) is no year; "2003-2011" is two.
  if (p.kind == Kind::kCalendar && p.month == 0 && next == '-' && end + 1 < text.size() &&
      is_digit(text[end + 1]) && !is_later_year_after(text, end))
    return true;
  return false;
}

// "last" after a modal or "to" is the verb ("will last", "to last two weeks"),
// and so is a "last" between a relative pronoun and a count ("drills which
// last two months"; the adjective reads "the last two months").
bool is_verb_last(std::string_view text, std::size_t at) {
  if (!starts_with_word(text, at, "last") && !starts_with_word(text, at, "Last")) return false;
  static constexpr std::string_view kModals[] = {"will",  "would", "to",     "could", "may",
                                                 "might", "can",   "should", "must",  "did"};
  const std::string_view before = word_before(text, at);
  for (std::string_view w : kModals)
    if (ascii_iequals(before, w)) return true;
  const std::string_view next = word_after(text, at + 4);
  // The adjective never precedes these: "last a fortnight", "last for years".
  static constexpr std::string_view kVerbObjects[] = {"a",     "an",      "for",  "about",
                                                      "until", "through", "into", "longer"};
  for (std::string_view w : kVerbObjects)
    if (ascii_iequals(next, w)) return true;
  if (!ascii_iequals(before, "which") && !ascii_iequals(before, "that")) return false;
  static constexpr std::string_view kCounts[] = {"two", "three", "four",   "five",
                                                 "six", "ten",   "several"};
  if (!next.empty() && is_digit(next[0])) return true;
  for (std::string_view w : kCounts)
    if (ascii_iequals(next, w)) return true;
  return false;
}

// "over" before a count means "more than" after a word that measures a
// stretch ("lasted over a week", "just over an hour", "for over a decade");
// elsewhere it is "during" ("to be used over three years").
bool over_means_during(std::string_view text, std::size_t at) {
  if (!starts_with_word(text, at, "over") && !starts_with_word(text, at, "Over")) return false;
  static constexpr std::string_view kMeasuring[] = {
      "just",  "last",   "lasts", "lasted", "lasting", "for",   "in",   "of",    "after",
      "than",  "took",   "take",  "takes",  "taking",  "spent", "ago",  "about", "well",
      "since", "within", "some",  "only",   "by",      "at",    "from", "to",    "slightly"};
  const std::string_view before = word_before(text, at);
  if (before.empty()) return false;  // "Over two years, ..." opens the sentence: unclear
  for (std::string_view w : kMeasuring)
    if (ascii_iequals(before, w)) return false;
  return true;
}

// "$1 billion a year", "3% a month": an amount per period, which TimeML
// tags as a SET.
bool is_amount_rate(std::string_view text, std::size_t begin, const TimexParse& p) {
  if (p.kind != Kind::kDuration || p.count != 1 || text[begin] != 'a') return false;
  if (begin >= 2 && text[begin - 1] == ' ' && text[begin - 2] == '%') return true;
  static constexpr std::string_view kAmounts[] = {"million", "billion", "trillion", "thousand",
                                                  "percent", "cents",   "dollars",  "euros",
                                                  "pounds",  "yen",     "barrels",  "tons"};
  const std::string_view before = word_before(text, begin);
  for (std::string_view w : kAmounts)
    if (before == w) return true;
  return false;
}

bool is_some_day(std::string_view text, std::size_t begin, const TimexParse& p) {
  if (p.kind != Kind::kDuration || p.count != 1 || p.unit != Unit::kDay || p.mod != Mod::kNone ||
      !ascii_iequals(text.substr(begin, 8), "one day "))
    return false;
  static constexpr std::string_view kSubjectsAndModals[] = {
      "will", "would", "could", "might", "may", "can", "should", "must",
      "he",   "she",   "they",  "we",    "i",   "you", "it"};
  const std::string_view before = word_before(text, begin);
  for (std::string_view w : kSubjectsAndModals)
    if (ascii_iequals(before, w)) return true;
  return false;
}

// A modifier word left outside the expression ("about Wednesday", "almost
// daily": only counts take it in) still gives the expression its mod.
Mod modifier_before(std::string_view text, std::size_t begin) {
  const std::string_view word = word_before(text, begin);
  if (word.empty()) return Mod::kNone;
  auto is = [&](std::string_view w) { return ascii_iequals(word, w); };
  if (is("about") || is("around") || is("approximately") || is("roughly")) return Mod::kApprox;
  if (is("almost") || is("nearly")) return Mod::kLessThan;
  return Mod::kNone;
}

}  // namespace annals::timex_detail
