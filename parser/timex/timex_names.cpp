#include "timex_names.h"

#include <algorithm>
#include <iterator>

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
  // "Radio 4's Today programme", "NBC's Today show", "The Tonight Show".
  if (p.kind == Kind::kDeictic && text[begin] == 'T') {
    const std::string_view after = word_after(text, end);
    if (after == "programme" || after == "program" || after == "show" || after == "Show")
      return true;
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

// Names of events that their year dates: "Expo 2010", "the London 2012 Olympics".
bool is_event_word(std::string_view word) {
  static constexpr std::string_view kEvents[] = {
      "Conference", "Summit", "Games", "Olympics", "Cup",  "Championship", "Championships",
      "Expo",       "Fair",   "Forum", "Festival", "Show", "Congress",     "Election"};
  return std::find(std::begin(kEvents), std::end(kEvents), word) != std::end(kEvents);
}

// "1600 Pennsylvania Avenue", "2000 Main St.": a house number ("in 2008
// Main Street suffered" keeps its year).
bool is_house_number(std::string_view text, std::size_t begin, std::size_t end) {
  static constexpr std::string_view kYearLeads[] = {"in",     "since", "by",     "until",
                                                    "before", "after", "during", "of"};
  const std::string_view before = word_before(text, begin);
  for (std::string_view w : kYearLeads)
    if (ascii_iequals(before, w)) return false;
  static constexpr std::string_view kStreets[] = {
      "Avenue", "Ave",   "Street", "St",  "Road",  "Rd",     "Boulevard", "Blvd",
      "Lane",   "Drive", "Place",  "Way", "Court", "Square", "Parkway"};
  std::size_t at = end;
  for (int words = 0; words < 3; ++words) {
    const std::string_view next = word_after(text, at);
    if (next.empty() || next[0] < 'A' || next[0] > 'Z') return false;
    if (words > 0 &&
        std::find(std::begin(kStreets), std::end(kStreets), next) != std::end(kStreets))
      return true;
    at = text_end(text, next);
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
  if (is_event_word(before)) return false;
  static constexpr std::string_view kNotNames[] = {
      "in",       "since",      "for",       "that",     "by",        "until",    "till",
      "before",   "after",      "from",      "of",       "the",       "this",     "through",
      "during",   "and",        "or",        "but",      "as",        "at",       "on",
      "to",       "between",    "around",    "about",    "circa",     "mid",      "early",
      "late",     "fiscal",     "year",      "spring",   "summer",    "fall",     "autumn",
      "winter",   "january",    "february",  "march",    "april",     "may",      "june",
      "july",     "august",     "september", "october",  "november",  "december", "jan",
      "feb",      "mar",        "apr",       "jun",      "jul",       "aug",      "sep",
      "sept",     "oct",        "nov",       "dec",      "monday",    "tuesday",  "wednesday",
      "thursday", "friday",     "saturday",  "sunday",   "christmas", "easter",   "unlike",
      "like",     "than",       "when",      "while",    "if",        "because",  "with",
      "without",  "into",       "over",      "under",    "against",   "toward",   "towards",
      "within",   "throughout", "beginning", "starting", "ending",    "ended",    "every",
      "each",     "only",       "not",       "all",      "even",      "also",     "again",
      "then",     "so",         "yet",       "still"};
  for (std::string_view w : kNotNames)
    if (ascii_iequals(before, w)) return false;
  return true;
}

// "Local 1520", "Flight 2013", "Windows 2000", "iLife '11": a bare year after
// a word that numbers things names a union local, a flight or a product.
bool is_numbered_name(std::string_view text, std::size_t begin, std::size_t end,
                      const TimexParse& p) {
  if (p.kind != Kind::kCalendar || p.year == 0 || p.month != 0 || p.fiscal) return false;
  // "iLife '11", "Office '97": a product's version after its name.
  if (text[begin] == '\'') {
    const std::string_view name = word_before(text, begin);
    return std::any_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  }
  if (!is_digit(text[begin])) return false;
  if (is_house_number(text, begin, end)) return true;
  if (is_event_word(word_after(text, end))) return false;
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

bool is_in_name(std::string_view text, std::size_t begin, std::size_t end, const TimexParse& p) {
  if (is_name_part(text, begin, end, p)) return true;
  if (is_numbered_name(text, begin, end, p)) return true;
  if (is_newspaper_noun(text, begin, end, p)) return true;
  if (is_march_noun(text, begin, end, p)) return true;
  // "High Noon", "high noon comes today": the film and the idiom.
  if (p.kind == Kind::kClock && ascii_iequals(text.substr(begin, end - begin), "noon") &&
      ascii_iequals(word_before(text, begin), "high"))
    return true;
  // ABC's "This Week": a programme's title in quotes, capitalised as one.
  return p.kind == Kind::kRelative && text.substr(begin, end - begin) == "This Week" && begin > 0 &&
         (text[begin - 1] == '"' || text[begin - 1] == '`');
}

}  // namespace annals::timex_detail
