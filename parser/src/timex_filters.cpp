#include "timex_filters.h"

#include <algorithm>

#include "ascii.h"
#include "timex_words.h"

namespace annals::timex_detail {
namespace {

using text::ascii_iequals;

// A time word inside a title: newspapers ("The Sunday Times", "The Mail on
// Sunday", "Fox News Sunday") and capitalised seasons mid-sentence ("the
// Winter Olympics", "the Arab Spring"), which English writes in lower case.
bool is_name_part(std::string_view text, std::size_t begin, std::size_t end, const TimexParse& p) {
  if (p.kind == Kind::kWeekday && p.direction == Direction::kNone && p.part_of_day == 0) {
    static constexpr std::string_view kTitlesAfter[] = {"Times",  "Telegraph", "Express", "Mirror",
                                                        "Herald", "Post",      "Tribune", "Star"};
    const std::string_view after = word_after(text, end);
    for (std::string_view w : kTitlesAfter)
      if (after == w) return true;
    const std::string_view before = word_before(text, begin);
    if (before == "News") return true;
    if (before == "on") {
      const std::string_view title =
          word_before(text, static_cast<std::size_t>(before.data() - text.data()));
      if (title == "Mail" || title == "Independent" || title == "Observer") return true;
    }
  }
  if (p.kind == Kind::kRelative && p.unit == Unit::kSeason && p.direction == Direction::kNone) {
    std::size_t word = begin;  // the season word itself, after "the"
    if (ascii_iequals(text.substr(begin, 4), "the ")) word += 4;
    if (word < end && text[word] >= 'A' && text[word] <= 'Z') {
      std::size_t k = word;
      while (k > 0 && text[k - 1] == ' ') --k;
      const bool sentence_start = k == 0 || text[k - 1] == '.' || text[k - 1] == '\n' ||
                                  text[k - 1] == '"' || text[k - 1] == '!' || text[k - 1] == '?';
      if (!sentence_start || word > begin) return true;
    }
  }
  return false;
}

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

// "Orion 1980", "Russell 2000", "Copyright 1998": a capitalised word that
// is neither a calendar word nor a sentence-opening preposition ("Since
// 1985", "In 1988") makes the year part of a name. An event's year still
// dates it ("the Developers Conference 2010", "Expo 2010").
bool is_name_with_year(std::string_view before) {
  if (before.size() < 2 || before[0] < 'A' || before[0] > 'Z') return false;
  if (std::all_of(before.begin(), before.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return false;  // "AD 1066", datelines in capitals
  static constexpr std::string_view kEvents[] = {
      "Conference", "Summit", "Games", "Olympics", "Cup",  "Championship", "Championships",
      "Expo",       "Fair",   "Forum", "Festival", "Show", "Congress",     "Election"};
  for (std::string_view w : kEvents)
    if (before == w) return false;
  static constexpr std::string_view kNotNames[] = {
      "in",       "since",   "for",        "that",      "by",        "until",    "till",
      "before",   "after",   "from",       "of",        "the",       "this",     "through",
      "during",   "and",     "or",         "but",       "as",        "at",       "on",
      "to",       "between", "around",     "about",     "circa",     "mid",      "early",
      "late",     "fiscal",  "year",       "spring",    "summer",    "fall",     "autumn",
      "winter",   "january", "february",   "march",     "april",     "may",      "june",
      "july",     "august",  "september",  "october",   "november",  "december", "jan",
      "feb",      "mar",     "apr",        "jun",       "jul",       "aug",      "sep",
      "sept",     "oct",     "nov",        "dec",       "monday",    "tuesday",  "wednesday",
      "thursday", "friday",  "saturday",   "sunday",    "christmas", "easter",   "until",
      "unlike",   "like",    "than",       "when",      "while",     "if",       "because",
      "with",     "without", "into",       "over",      "under",     "against",  "toward",
      "towards",  "within",  "throughout", "beginning", "starting",  "ending",   "ended",
      "every",    "each",    "only",       "not",       "all",       "even",     "also",
      "again",    "then",    "so",         "yet",       "still"};
  for (std::string_view w : kNotNames)
    if (ascii_iequals(before, w)) return false;
  return true;
}

// "Local 1520", "Flight 2013", "Windows 2000", "iLife '11": a bare year after
// a word that numbers things names a union local, a flight or a product.
bool is_numbered_name(std::string_view text, std::size_t begin, const TimexParse& p) {
  if (p.kind != Kind::kCalendar || p.year == 0 || p.month != 0 || p.fiscal) return false;
  // "iLife '11", "Office '97": a product's version after its name.
  if (text[begin] == '\'') {
    const std::string_view name = word_before(text, begin);
    return std::any_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  }
  if (!is_digit(text[begin])) return false;
  static constexpr std::string_view kNumbering[] = {
      "Local",   "Flight",  "Room",     "Route", "Highway",  "Interstate", "Resolution",
      "Chapter", "Section", "Article",  "Rule",  "Model",    "Windows",    "Office",
      "Suite",   "Gate",    "Platform", "Bus",   "Precinct", "Unit",       "No"};
  const std::string_view before = word_before(text, begin);
  for (std::string_view w : kNumbering)
    if (before == w) return true;
  // "No. 1998"
  if (begin >= 4 && text.substr(begin - 4, 4) == "No. ") return true;
  return is_name_with_year(before);
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

// "the Communist Party daily Granma", "the weekly Der Spiegel": a paper
// named right after it is the noun "daily", not a frequency.
bool is_newspaper_noun(std::string_view text, std::size_t begin, std::size_t end,
                       const TimexParse& p) {
  if (p.kind != Kind::kSet) return false;
  const std::string_view word = text.substr(begin, end - begin);
  if (word != "daily" && word != "weekly") return false;
  const std::string_view next = word_after(text, end);
  if (next.empty() || next[0] < 'A' || next[0] > 'Z') return false;
  const std::string_view before = word_before(text, begin);
  return ascii_iequals(before, "the") || ascii_iequals(before, "a") ||
         (!before.empty() && before[0] >= 'A' && before[0] <= 'Z');
}

// "the annual March for Life", "the ``March of the Mothers'' ": a march
// named after its cause ("the March of 1990" stays a month).
bool is_march_noun(std::string_view text, std::size_t begin, std::size_t end, const TimexParse& p) {
  if (p.kind != Kind::kCalendar || p.month != 3 || p.day != 0 || p.year != 0) return false;
  if (text.substr(begin, end - begin) != "March") return false;
  const std::string_view before = word_before(text, begin);
  const bool quoted = begin > 0 && (text[begin - 1] == '"' || text[begin - 1] == '`');
  if (!quoted && !ascii_iequals(before, "the") && !ascii_iequals(before, "a") &&
      !ascii_iequals(before, "annual"))
    return false;
  const std::string_view next = word_after(text, end);
  if (next == "for" || next == "on" || next == "against" || next == "to") return true;
  if (next != "of") return false;
  const std::string_view object = word_after(text, text_end(text, next));
  return !object.empty() && !is_digit(object[0]);
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
  if (is_name_part(text, begin, end, p)) return true;
  if (is_numbered_name(text, begin, p)) return true;
  if (is_fraction_quarter(text, end, p)) return true;
  if (is_newspaper_noun(text, begin, end, p)) return true;
  if (is_march_noun(text, begin, end, p)) return true;
  // "High Noon", "high noon comes today": the film and the idiom.
  if (p.kind == Kind::kClock && ascii_iequals(text.substr(begin, end - begin), "noon") &&
      ascii_iequals(word_before(text, begin), "high"))
    return true;
  // ABC's "This Week": a programme's title in quotes, capitalised as one.
  if (p.kind == Kind::kRelative && text.substr(begin, end - begin) == "This Week" && begin > 0 &&
      (text[begin - 1] == '"' || text[begin - 1] == '`'))
    return true;
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
  if (p.kind == Kind::kCalendar && p.month == 0 && next == '-' && end + 1 < text.size() &&
      is_digit(text[end + 1]))
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
