#include "sentences.h"

#include <array>
#include <cctype>

namespace annals::text {
namespace {

// Words that end in a period without ending the sentence when a capitalised
// word follows. Lower-cased, without the period.
constexpr std::array<std::string_view, 52> kAbbreviations = {
    "mr",   "mrs",  "ms",  "dr",  "prof", "gen", "sen", "rep",    "gov", "lt",   "col",
    "maj",  "capt", "sgt", "adm", "cmdr", "st",  "jr",  "sr",     "inc", "corp", "co",
    "ltd",  "no",   "nos", "jan", "feb",  "mar", "apr", "jun",    "jul", "aug",  "sep",
    "sept", "oct",  "nov", "dec", "vs",   "v",   "fig", "approx", "est", "dept", "univ",
    "ave",  "blvd", "mt",  "ft",  "pres", "rev", "hon", "gens"};

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

bool is_closing_quote(std::string_view s, std::size_t i, std::size_t* length) {
  if (s[i] == '"' || s[i] == '\'' || s[i] == ')') {
    *length = 1;
    return true;
  }
  if (s.compare(i, 3, "\xE2\x80\x9D") == 0 || s.compare(i, 3, "\xE2\x80\x99") == 0) {
    *length = 3;
    return true;
  }
  return false;
}

bool starts_sentence(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (std::isupper(c) || std::isdigit(c) || c == '"' || c == '\'' || c == '(' || c >= 0xC3)
    return true;
  return s.compare(i, 3, "\xE2\x80\x9C") == 0 || s.compare(i, 3, "\xE2\x80\x98") == 0;
}

// The word before the period at `dot` (letters, periods and hyphens).
std::string_view word_before(std::string_view s, std::size_t line_begin, std::size_t dot) {
  std::size_t b = dot;
  while (b > line_begin && !is_space(s[b - 1]) && s[b - 1] != '(' && s[b - 1] != '"') --b;
  return s.substr(b, dot - b);
}

bool is_abbreviation(std::string_view word) {
  if (word.empty()) return false;
  // Initials and dotted abbreviations: "J", "U.S", "D.P.R.K".
  if (word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]))) return true;
  if (word.find('.') != std::string_view::npos) return true;
  // Party-state tags: "D-Ga", "R-Texas".
  if (word.size() >= 3 && (word[0] == 'D' || word[0] == 'R' || word[0] == 'I') && word[1] == '-')
    return true;
  std::array<char, 8> lower{};
  if (word.size() > lower.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    lower[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
  }
  const std::string_view key(lower.data(), word.size());
  for (std::string_view a : kAbbreviations) {
    if (key == a) return true;
  }
  return false;
}

// "crashed just after 9:00 a.m. Federal officials have confirmed": after
// "a.m." or "p.m." a capitalised word other than a day, a month or a time
// zone ("at 9 a.m. Monday", "3 p.m. EST") starts the next sentence.
bool clock_time_ends_sentence(std::string_view body, std::size_t line_begin, std::size_t dot,
                              std::size_t next, std::size_t end) {
  const std::string_view before = word_before(body, line_begin, dot);
  if (before != "a.m" && before != "p.m" && before != "A.M" && before != "P.M") return false;
  std::size_t stop = next;
  while (stop < end && std::isalpha(static_cast<unsigned char>(body[stop]))) ++stop;
  const std::string_view word = body.substr(next, stop - next);
  static constexpr std::string_view kStaysInSentence[] = {
      "Monday",   "Tuesday",  "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
      "February", "March",    "April",     "May",      "June",   "July",     "August", "September",
      "October",  "November", "December",  "Jan",      "Feb",    "Aug",      "Sept",   "Sep",
      "Oct",      "Nov",      "Dec",       "GMT",      "UTC",    "EST",      "EDT",    "CST",
      "CDT",      "MST",      "MDT",       "PST",      "PDT",    "ET",       "PT",     "BST",
      "CET",      "IST",      "JST",       "local"};
  for (std::string_view w : kStaysInSentence)
    if (word == w) return false;
  return !word.empty();
}

// Real sentences stay far below this; a longer run (a scraped table, a page
// without punctuation) is cut into pieces so that per-sentence analysis, which
// compares words within a sentence, stays linear in the document's size.
constexpr std::size_t kMaxSentenceBytes = 1500;

// Appends [begin, end) as one sentence, or as several when it is too long:
// cut after the last space before the limit, else at a UTF-8
// character boundary.
void push_sentence(std::string_view body, std::size_t begin, std::size_t end,
                   std::vector<Sentence>& out) {
  while (end - begin > kMaxSentenceBytes) {
    const std::size_t limit = begin + kMaxSentenceBytes;
    std::size_t cut = limit;
    while (cut > begin + kMaxSentenceBytes / 2 && !is_space(body[cut - 1])) --cut;
    if (cut == begin + kMaxSentenceBytes / 2) {
      cut = limit;
      while (cut > begin + 1 && (static_cast<unsigned char>(body[cut]) & 0xC0) == 0x80) --cut;
    }
    std::size_t stop = cut;
    while (stop > begin && is_space(body[stop - 1])) --stop;
    if (stop > begin) out.push_back({begin, stop});
    begin = cut;
    while (begin < end && is_space(body[begin])) ++begin;
  }
  if (end > begin) out.push_back({begin, end});
}

void split_line(std::string_view body, std::size_t begin, std::size_t end,
                std::vector<Sentence>& out) {
  while (begin < end && is_space(body[begin])) ++begin;
  std::size_t start = begin;
  std::size_t i = begin;
  while (i < end) {
    const char c = body[i];
    if (c != '.' && c != '!' && c != '?') {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < end && (body[j] == '.' || body[j] == '!' || body[j] == '?')) ++j;
    std::size_t qlen = 0;
    while (j < end && is_closing_quote(body, j, &qlen)) j += qlen;
    if (j >= end) break;
    if (!is_space(body[j])) {
      i = j;
      continue;
    }
    std::size_t next = j;
    while (next < end && is_space(body[next])) ++next;
    const bool single_period = c == '.' && j - i == 1;
    if (!starts_sentence(body, next) ||
        (single_period && is_abbreviation(word_before(body, start, i)) &&
         !clock_time_ends_sentence(body, start, i, next, end))) {
      i = j;
      continue;
    }
    push_sentence(body, start, j, out);
    start = next;
    i = next;
  }
  std::size_t stop = end;
  while (stop > start && is_space(body[stop - 1])) --stop;
  if (stop > start) push_sentence(body, start, stop, out);
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view body) {
  std::vector<Sentence> sentences;
  std::size_t line_begin = 0;
  while (line_begin < body.size()) {
    std::size_t line_end = body.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = body.size();
    split_line(body, line_begin, line_end, sentences);
    line_begin = line_end + 1;
  }
  return sentences;
}

}  // namespace annals::text
