#include "timex_scan.h"

#include <array>

#include "timex_triggers.h"
#include "timex_words.h"

namespace annals::timex_detail {
namespace {

constexpr std::size_t kMaxTriggerWord = 16;

// Expressions start after space or opening punctuation, never inside a
// token such as "$2025", "2,000" or "No.1".
constexpr auto kOpensToken = [] {
  std::array<bool, 256> opens{};
  for (unsigned char c : std::string_view(" \n\t\r(\"[`{")) opens[c] = true;
  return opens;
}();

bool opens_token(char c) {
  return kOpensToken[static_cast<unsigned char>(c)];
}

// The letters of the word at lowered[i], or empty when longer than any
// trigger word.
std::string_view word_at(std::string_view lowered, std::size_t i) {
  std::size_t j = i;
  while (j < lowered.size() && lowered[j] >= 'a' && lowered[j] <= 'z') ++j;
  if (j - i > kMaxTriggerWord) return {};
  return lowered.substr(i, j - i);
}

// Does a weak word, or the number just read, have a time word or another
// number within three words after `j`? Weak words ("the first", "twenty-
// four") do not use up the look-ahead.
bool time_word_follows(std::string_view lowered, std::size_t j) {
  constexpr int kLookahead = 3;
  for (int k = 0; k < kLookahead && j < lowered.size();) {
    while (j < lowered.size() && (lowered[j] == ' ' || lowered[j] == '-' || lowered[j] == '\n'))
      ++j;
    if (j >= lowered.size()) break;
    if (is_digit(lowered[j]) || lowered[j] == '\'') return true;
    const std::string_view word = word_at(lowered, j);
    if (word.empty()) return false;
    const Trigger next = trigger_of(word);
    if (next == Trigger::kStrong || next == Trigger::kFollower) return true;
    if (next != Trigger::kWeak) ++k;
    j += word.size();
  }
  return false;
}

// A number starts an expression only as a year, inside a date, clock time or
// compound ("1990s", "5th", "10:30", "5/12", "24-hour"), or before a time
// word or a.m./p.m. ("45 days", "10 a.m."): "45 banks" and "1,200" never do.
bool number_could_start(std::string_view lowered, std::size_t i) {
  std::size_t j = i;
  while (j < lowered.size() && is_digit(lowered[j])) ++j;
  if (j - i == 4 || j == lowered.size()) return j - i == 4;
  const char next = lowered[j];
  if ((next >= 'a' && next <= 'z') || next == ':' || next == '-' || next == '/' || next == '\'')
    return true;
  // "12.03.2013": a dotted date.
  if (next == '.' && j + 8 <= lowered.size() && is_digit(lowered[j + 1]) &&
      is_digit(lowered[j + 2]) && lowered[j + 3] == '.' && is_digit(lowered[j + 4]) &&
      is_digit(lowered[j + 7]))
    return true;
  // "7.30pm", "10.15 am": a decimal point only in a British clock.
  if (next == '.' && j + 3 < lowered.size() && is_digit(lowered[j + 1]) &&
      is_digit(lowered[j + 2])) {
    std::size_t k = j + 3;
    if (lowered[k] == ' ') ++k;
    return k + 1 < lowered.size() && (lowered[k] == 'a' || lowered[k] == 'p') &&
           (lowered[k + 1] == 'm' || lowered[k + 1] == '.');
  }
  if (next != ' ') return false;
  std::size_t k = j;
  while (k < lowered.size() && lowered[k] == ' ') ++k;
  if (k + 1 < lowered.size() && (lowered[k] == 'a' || lowered[k] == 'p') &&
      (lowered[k + 1] == '.' || lowered[k + 1] == 'm'))
    return true;
  return time_word_follows(lowered, j);
}

// Scraped and tokenised text loses the space after a full stop
// ("fell.Recently", "curtains .Recently"): a capital right after a full
// stop starts a token too, unless a capital precedes the stop ("U.S.Army").
bool starts_run_on_sentence(std::string_view text, std::size_t i) {
  if (i < 2 || text[i - 1] != '.' || text[i] < 'A' || text[i] > 'Z') return false;
  const char before = text[i - 2];
  return (before >= 'a' && before <= 'z') || before == ' ' || is_digit(before) || before == ')' ||
         before == '"';
}

}  // namespace

std::size_t next_token_start(std::string_view text, std::size_t i) {
  if (i == 0 || i >= text.size() || opens_token(text[i - 1])) return i;
  for (; i < text.size(); ++i) {
    if (opens_token(text[i])) return i + 1;
    if (starts_run_on_sentence(text, i)) return i;
  }
  return i + 1;
}

// The fast pre-check: only a number, an apostrophe ('90s), a time word, or a
// common word followed within three words by a time word or a number can
// start an expression.
bool could_start(std::string_view lowered, std::size_t i) {
  const char c = lowered[i];
  if (c == '\'') return true;
  if (is_digit(c)) return number_could_start(lowered, i);
  const std::string_view word = word_at(lowered, i);
  const Trigger first = word.empty() ? Trigger::kNone : trigger_of(word);
  // "hour-long", "decade-long": a unit that is no trigger alone starts these.
  if (first == Trigger::kFollower) return lowered.substr(i + word.size(), 5) == "-long";
  if (first != Trigger::kWeak) return first == Trigger::kStrong;
  // Articles are the commonest weak words; every expression they begin
  // continues with a time word or a number at once ("the third quarter",
  // "a few days", "the near future"), so only the next word is looked at.
  if (word == "the" || word == "a" || word == "an") {
    std::size_t j = i + word.size();
    while (j < lowered.size() && (lowered[j] == ' ' || lowered[j] == '\n')) ++j;
    if (j >= lowered.size()) return false;
    if (is_digit(lowered[j]) || lowered[j] == '\'') return true;
    const std::string_view next = word_at(lowered, j);
    const Trigger kind = next.empty() ? Trigger::kNone : trigger_of(next);
    if (kind == Trigger::kWeak) return time_word_follows(lowered, j);
    return kind != Trigger::kNone;
  }
  return time_word_follows(lowered, i + word.size());
}

}  // namespace annals::timex_detail
