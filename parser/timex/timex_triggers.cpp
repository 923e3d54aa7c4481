#include "timex_triggers.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace annals::timex_detail {
namespace {

// Every word a grammar alternative (or a modifier) can begin with. Sorted.
constexpr auto kTriggers = [] {
  auto words = std::to_array<std::string_view>({
      "a",          "about",    "almost",     "an",        "annually",     "approximately",
      "apr",        "april",    "armistice",  "around",    "at",           "aug",
      "august",     "autumn",   "bastille",   "beginning", "boxing",       "christmas",
      "coming",     "current",  "currently",  "daily",     "dec",          "december",
      "decades",    "each",     "earlier",    "early",     "easter",       "eight",
      "eighteen",   "eighth",   "eleven",     "eleventh",  "end",          "every",
      "fall",       "feb",      "february",   "few",       "fifteen",      "fifth",
      "fifty",      "final",    "first",      "fiscal",    "five",         "following",
      "former",     "forty",    "four",       "fourteen",  "fourth",       "fri",
      "friday",     "future",   "good",       "halloween", "hourly",       "independence",
      "its",        "jan",      "january",    "jul",       "july",         "jun",
      "june",       "labor",    "last",       "late",      "lately",       "later",
      "latest",     "less",     "mar",        "march",     "martin",       "many",
      "may",        "memorial", "middle",     "mid",       "midday",       "midnight",
      "mon",        "monday",   "monthly",    "months",    "more",         "nearly",
      "new",        "next",     "night",      "nightly",   "nine",         "nineteen",
      "nineteenth", "ninety",   "ninth",      "noon",      "nov",          "november",
      "now",        "nowadays", "oct",        "october",   "one",          "over",
      "overnight",  "past",     "presidents", "previous",  "prior",        "quarterly",
      "recent",     "recently", "right",      "roughly",   "same",         "sat",
      "saturday",   "second",   "sept",       "september", "seven",        "seventeen",
      "seventh",    "seventy",  "several",    "sixteen",   "six",          "sixth",
      "sixty",      "some",     "soon",       "spring",    "start",        "summer",
      "sun",        "sunday",   "ten",        "tenth",     "thanksgiving", "that",
      "the",        "these",    "third",      "thirteen",  "thirty",       "this",
  });
  std::sort(words.begin(), words.end());
  return words;
}();

constexpr auto kMoreTriggers = std::to_array<std::string_view>(
    {"financial", "weekends", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
     "saturdays", "sundays", "ash", "palm", "maundy", "holy", "ascension", "pentecost", "whit",
     "thu", "thur", "thurs", "thursday", "today", "tomorrow", "tonight", "tue", "tues", "tuesday",
     "twelfth", "twelve", "twenty", "two", "under", "up", "upcoming", "valentine", "veterans",
     "victory", "wed", "wednesday", "weekly", "weeks", "winter", "year", "yearly", "years",
     "yesterday", "sep", "three", "fourteenth", "twentieth", "eighteenth", "eighty", "centuries",
     "couple", "quarter", "half", "election", "day", "black", "cyber", "once", "twice", "fy",
     "days", "hours", "minutes", "st", "juneteenth", "hogmanay", "whitsun", "mardi",
     // closed "-long" compounds
     "daylong", "dayslong", "weeklong", "weekslong", "monthlong", "monthslong", "yearlong",
     "yearslong", "hourlong", "hourslong", "decadelong", "decadeslong",
     // closed "mid" compounds
     "midweek", "midmonth", "midyear", "middecade", "midmorning", "midafternoon", "midevening",
     // frequencies
     "biweekly", "fortnightly", "bimonthly", "semiannual", "semiannually", "biannual", "biannually",
     // "Q1 2013", "H1 2013"
     "q", "h"});

// Units and other words that make a following-word check succeed.
// "o" is the start of "o'clock".
constexpr auto kUnitTriggers = std::to_array<std::string_view>(
    {"while",       "time",        "minute",    "minutes",  "hour",      "hours",     "day",
     "days",        "week",        "weekend",   "weekends", "fortnight", "month",     "month's",
     "decade",      "decades",     "century",   "period",   "seconds",   "quarters",  "ninety",
     "yesterday's", "evening",     "morning",   "near",     "twenties",  "thirties",  "forties",
     "fifties",     "sixties",     "seventies", "eighties", "nineties",  "afternoon", "week's",
     "additional",  "full",        "short",     "trading",  "business",  "working",   "date",
     "times",       "consecutive", "straight",  "o"});

// Common words that start an expression only when a time word follows
// ("the third quarter", "a year ago", "more than six months").
constexpr auto kWeak = [] {
  auto words = std::to_array<std::string_view>(
      {"pre", "post", "financial", "corresponding", "comparable", "about", "around", "almost",
       "ash", "palm", "maundy", "holy", "ascension", "whit", "another", "a", "an", "the", "this",
       "that", "its", "at", "up", "over", "under", "more", "less", "some", "many", "few", "several",
       "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
       "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
       "first", "second", "third", "fourth", "final", "last", "next", "previous", "coming",
       "latest", "following", "prior", "same", "early", "late", "earlier", "later", "mid", "middle",
       "end", "beginning", "start", "each", "every", "nearly", "right", "these", "new", "good",
       "independence", "labor", "memorial", "victory", "veterans", "armistice", "bastille",
       "boxing", "martin", "presidents", "valentine",
       // holidays named with a common word first
       "saint", "earth", "flag", "canada", "australia", "inauguration", "groundhog", "bonfire",
       "remembrance", "columbus", "mother", "father", "trinity", "mothering", "shrove", "pancake",
       "patriots"});
  std::sort(words.begin(), words.end());
  return words;
}();

// The table is open-addressed and built once. The hash reads three letters
// and the length: most words looked up are no trigger, and a full pass over
// each (FNV) cost more than the rare extra probe.
constexpr std::size_t kTableSize = 1024;  // a power of two, > 3x the words

std::uint32_t hash_word(std::string_view word) {
  const auto at = [&](std::size_t i) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(word[i]));
  };
  const std::size_t n = word.size();
  return at(0) * 0x9E37u ^ at(n - 1) * 0x45D9u ^ at(n / 2) * 0x1B87u ^
         static_cast<std::uint32_t>(n) * 0x2F1u;
}

struct TriggerTable {
  std::array<std::string_view, kTableSize> words{};
  std::array<Trigger, kTableSize> kinds{};

  void insert(std::string_view word, Trigger kind) {
    if (word.empty()) return;
    std::size_t slot = hash_word(word) & (kTableSize - 1);
    while (!words[slot].empty() && words[slot] != word) slot = (slot + 1) & (kTableSize - 1);
    if (words[slot].empty() || kind == Trigger::kWeak) kinds[slot] = kind;
    words[slot] = word;
  }

  TriggerTable() {
    for (std::string_view w : kTriggers) insert(w, Trigger::kStrong);
    for (std::string_view w : kMoreTriggers) insert(w, Trigger::kStrong);
    for (std::string_view w : kUnitTriggers) insert(w, Trigger::kFollower);
    for (std::string_view w : kWeak) insert(w, Trigger::kWeak);
  }

  Trigger find(std::string_view word) const {
    std::size_t slot = hash_word(word) & (kTableSize - 1);
    while (!words[slot].empty()) {
      if (same_word(words[slot], word)) return kinds[slot];
      slot = (slot + 1) & (kTableSize - 1);
    }
    return Trigger::kNone;
  }

  // The words are short: a plain loop beats a call to memcmp.
  static bool same_word(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (a[i] != b[i]) return false;
    return true;
  }
};

const TriggerTable kTable;

}  // namespace

Trigger trigger_of(std::string_view word) {
  return kTable.find(word);
}

}  // namespace annals::timex_detail
