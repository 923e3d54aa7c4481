#include "truecase.h"

#include <vector>

#include "closed_class.h"
#include "gazetteer.h"
#include "tokens.h"
#include "wordnet.h"

namespace annals::text {
namespace {

constexpr std::size_t kMinLetters = 20;
constexpr double kMaxLowerShare = 0.05;
constexpr std::size_t kAcronymLetters = 4;

bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
char to_lower(char c) {
  return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}
char to_upper(char c) {
  return is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c;
}

bool is_calendar_word(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "january",   "february",  "march",   "april",    "may",      "june",   "july",
      "august",    "september", "october", "november", "december", "monday", "tuesday",
      "wednesday", "thursday",  "friday",  "saturday", "sunday"};
  for (std::string_view w : kWords)
    if (lower == w) return true;
  return false;
}

// A word of the language rather than a name.
bool is_common_word(std::string_view lower) {
  if (lexicon::closed_class(lower) != lexicon::ClosedClass::kNone) return true;
  const lexicon::WordNet& wn = lexicon::WordNet::instance();
  if (wn.find(lower)) return true;
  for (lexicon::WordPos pos : {lexicon::WordPos::kVerb, lexicon::WordPos::kNoun,
                               lexicon::WordPos::kAdjective, lexicon::WordPos::kAdverb})
    if (wn.lemma(lower, pos)) return true;
  return false;
}

void capitalise(std::string& text, const Token& t) {
  for (std::size_t i = t.begin; i < t.end; ++i)
    text[i] = i == t.begin ? to_upper(text[i]) : to_lower(text[i]);
}

void upper(std::string& text, const Token& t) {
  for (std::size_t i = t.begin; i < t.end; ++i) text[i] = to_upper(text[i]);
}

// "U.S.", "G7": an abbreviation keeps its capitals.
bool is_abbreviation(std::string_view word) {
  for (char c : word)
    if (c == '.' || (c >= '0' && c <= '9')) return true;
  return false;
}

void lower(std::string& text, const Token& t) {
  for (std::size_t i = t.begin; i < t.end; ++i) text[i] = to_lower(text[i]);
}

// A name the tables spell with capitals inside ("NATO", "U.N."): kept.
bool spelled_in_capitals(std::string_view canonical) {
  std::size_t upper = 0;
  for (char c : canonical) upper += is_upper(c) ? 1 : 0;
  return upper >= 2 && upper * 2 >= canonical.size();
}

}  // namespace

bool is_shouted(std::string_view text) {
  std::size_t upper = 0, lower_letters = 0;
  for (char c : text) {
    upper += is_upper(c) ? 1 : 0;
    lower_letters += is_lower(c) ? 1 : 0;
  }
  const std::size_t letters = upper + lower_letters;
  return letters >= kMinLetters &&
         static_cast<double>(lower_letters) < kMaxLowerShare * static_cast<double>(letters);
}

void truecase_shouted(std::string& text) {
  std::vector<Token> tokens;
  tokenize(text, 0, text.size(), tokens);
  const Gazetteer& names = Gazetteer::instance();
  // Names are looked up in their capitalised spelling, as the tables write them.
  for (const Token& t : tokens)
    if (t.is_word()) capitalise(text, t);
  std::string buffer, scratch;
  bool sentence_start = true;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const bool line_start = t.begin == 0 || text[t.begin - 1] == '\n';
    if (!t.is_word()) {
      const std::string_view p = t.text(text);
      if (p == "." || p == "!" || p == "?" || p == "-" || p == ":") sentence_start = true;
      continue;
    }
    const bool first = sentence_start || line_start;
    sentence_start = false;
    std::size_t length = 0;
    if (const NameEntry* name = names.longest_match(text, tokens, i, &length, buffer)) {
      const bool keep_capitals = spelled_in_capitals(name->canonical);
      for (std::size_t k = i; k < i + length; ++k)
        if (tokens[k].is_word() && (keep_capitals || is_abbreviation(tokens[k].text(text))))
          upper(text, tokens[k]);
      i += length - 1;
      continue;
    }
    if (std::size_t title = names.title_at(text, tokens, i, buffer)) {
      i += title - 1;
      continue;
    }
    if (is_abbreviation(t.text(text))) {
      upper(text, t);
      continue;
    }
    const std::string_view low = lowered(t.text(text), scratch);
    if (is_calendar_word(low) || low == "i") continue;
    if (is_common_word(low)) {
      lower(text, t);
      if (first) text[t.begin] = to_upper(text[t.begin]);
    } else if (t.end - t.begin <= kAcronymLetters) {
      upper(text, t);  // "BBC", "AFP": a short unknown word is an acronym
    }
  }
}

}  // namespace annals::text
