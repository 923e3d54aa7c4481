#include "furniture.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <unordered_set>

#include "ascii.h"
#include "gazetteer.h"
#include "text_data.h"
#include "tokens.h"

namespace annals::text {
namespace {

std::string_view trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  // Bullets and stray marks around navigation items.
  while (s.size() >= 3 && s.compare(0, 3, "\xE2\x80\xA2") == 0) s = trim(s.substr(3));
  return s;
}

struct FurniturePhrases {
  std::vector<std::string_view> ends, lines, prefixes;
  FurniturePhrases() {
    for (const auto& row : parse_tsv(data::k_furniture)) {
      if (row.size() < 2) continue;
      if (row[1] == "end") ends.push_back(row[0]);
      if (row[1] == "line") lines.push_back(row[0]);
      if (row[1] == "prefix") prefixes.push_back(row[0]);
    }
  }
};

const FurniturePhrases& phrases() {
  static const FurniturePhrases p;
  return p;
}

// "No comments yet..." and "Comments:" match "Comments" / "No comments yet".
bool line_is_phrase(std::string_view line, std::string_view phrase) {
  if (!ascii_istarts_with(line, phrase)) return false;
  std::string_view rest = line.substr(phrase.size());
  while (!rest.empty() &&
         (rest.front() == '.' || rest.front() == ':' || rest.front() == ' ' || rest.front() == '!'))
    rest.remove_prefix(1);
  if (rest.compare(0, 3, "\xE2\x80\xA6") == 0) rest.remove_prefix(3);
  return rest.empty();
}

// "time26 minutes ago", "7m ago", "Updated 56 minutes ago", "2 hrs ago".
bool is_relative_time(std::string_view line) {
  if (line.size() > 48) return false;
  const bool ends_ago = line.size() >= 3 && ascii_istarts_with(line.substr(line.size() - 3), "ago");
  const bool has_digit =
      std::any_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; });
  return (ends_ago && has_digit) || line_is_phrase(line, "just now");
}

// "(AP Photo/Lindsey Wasson)", "Jane Doe/Getty Images", "Photo by ...".
bool is_photo_credit(std::string_view line) {
  if (line.front() == '(' && line.back() == ')' && line.size() < 120) {
    const std::string_view inner = line.substr(1, line.size() - 2);
    for (std::string_view mark :
         {"Photo", "photo", "AP", "AFP", "Reuters", "Getty", "/", "via", "File"}) {
      if (inner.find(mark) != std::string_view::npos) return true;
    }
  }
  if (line.size() < 80) {
    for (std::string_view mark :
         {"Getty Images", "/AFP", "/AP", "/Reuters", "Photo by", "Image by"}) {
      if (line.find(mark) != std::string_view::npos && !is_terminated(line)) return true;
    }
  }
  return false;
}

struct WordCounts {
  int words = 0;
  int lowercase_words = 0;
};

WordCounts count_words(std::string_view line) {
  const std::vector<Token>& tokens = line_tokens(line);
  WordCounts counts;
  for (const Token& t : tokens) {
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) continue;
    ++counts.words;
    if (t.kind == TokenKind::kWord && !t.capitalised) ++counts.lowercase_words;
  }
  return counts;
}

// "POLITICAL PRISONERS VS DEPORTEES: ..." — a section kicker of a teaser.
bool has_caps_kicker(std::string_view line) {
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon > 60) return false;
  // Reused: called for every line of every page.
  thread_local std::vector<Token> tokens;
  tokens.clear();
  tokenize(line, 0, colon, tokens);
  int caps_words = 0;
  for (const Token& t : tokens) {
    if (t.kind != TokenKind::kWord) continue;
    if (!t.all_caps) return false;
    ++caps_words;
  }
  return caps_words >= 2;
}

// Words that start sentences without naming anything.
bool is_function_word(std::string_view lower) {
  static const std::unordered_set<std::string_view> kWords = {
      "the",       "a",       "an",       "in",    "on",      "at",        "but",    "and",
      "or",        "for",     "of",       "to",    "as",      "after",     "before", "this",
      "that",      "these",   "those",    "it",    "its",     "he",        "she",    "they",
      "we",        "i",       "his",      "her",   "their",   "our",       "under",  "with",
      "without",   "from",    "by",       "while", "when",    "if",        "still",  "also",
      "meanwhile", "however", "moreover", "last",  "earlier", "later",     "some",   "many",
      "most",      "neither", "nor",      "both",  "one",     "two",       "there",  "what",
      "why",       "how",     "who",      "which", "citing",  "according", "since",  "during",
      "countries", "lacking"};
  return kWords.count(lower) > 0;
}

// Names a line mentions, for the topic check: gazetteer entries by their
// country or canonical name, other capitalised words as they are.
std::set<std::string> topic_names(std::string_view line) {
  // Reused: called for every line of every page.
  thread_local std::vector<Token> tokens;
  tokens.clear();
  tokenize(line, 0, line.size(), tokens);
  const Gazetteer& gazetteer = Gazetteer::instance();
  std::set<std::string> names;
  std::string key, lower;
  for (std::size_t i = 0; i < tokens.size();) {
    if (!tokens[i].capitalised || tokens[i].kind != TokenKind::kWord) {
      ++i;
      continue;
    }
    std::size_t matched = 0;
    if (const NameEntry* e = gazetteer.longest_match(line, tokens, i, &matched, key)) {
      names.insert(e->country.empty() ? e->canonical : e->country);
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    const std::string_view word = tokens[i].text(line);
    if (!tokens[i].all_caps && !is_function_word(lowered(word, lower))) {
      names.insert(std::string(normalized(word, lower)));
    }
    ++i;
  }
  return names;
}

}  // namespace

bool is_terminated(std::string_view line) {
  line = trim(line);
  if (line.empty()) return false;
  const char last = line.back();
  if (last == '.' || last == '!' || last == '?') return true;
  // A closing quote ends a sentence only after a mark inside it (`."`, `?”`).
  if (last == '"' || last == '\'') return is_terminated(line.substr(0, line.size() - 1));
  if (line.size() >= 3 && (line.compare(line.size() - 3, 3, "\xE2\x80\x9D") == 0 ||
                           line.compare(line.size() - 3, 3, "\xE2\x80\x99") == 0)) {
    return is_terminated(line.substr(0, line.size() - 3));
  }
  // A trailing credit "(... via AP, File)" after a finished sentence.
  if (last == ')') {
    const std::size_t open = line.rfind('(');
    return open != std::string_view::npos && open > 0 && is_terminated(line.substr(0, open));
  }
  return false;
}

LineVerdict judge_line(std::string_view raw, bool in_header) {
  const std::string_view line = trim(raw);
  if (line.empty()) return LineVerdict::kFurniture;
  const FurniturePhrases& p = phrases();
  for (std::string_view phrase : p.ends) {
    if (line_is_phrase(line, phrase)) return LineVerdict::kStoryEnd;
  }
  for (std::string_view phrase : p.lines) {
    if (line_is_phrase(line, phrase)) return LineVerdict::kFurniture;
  }
  for (std::string_view prefix : p.prefixes) {
    if (ascii_istarts_with(line, prefix)) return LineVerdict::kFurniture;
  }
  if (is_relative_time(line) || is_photo_credit(line)) return LineVerdict::kFurniture;
  const WordCounts counts = count_words(line);
  if (counts.words <= 2) return LineVerdict::kFurniture;
  // Names, section labels and sign-offs: short, and every word capitalised.
  if (counts.words <= 6 && counts.lowercase_words == 0) return LineVerdict::kFurniture;
  if (!is_terminated(line)) {
    // Headlines, standfirsts and link teasers have no final period. In the
    // story, a long unterminated line is more likely a cut paragraph; so is
    // a line longer than any headline, wherever it is.
    constexpr std::size_t kLongestHeadline = 1000;
    if ((in_header && line.size() < kLongestHeadline) || counts.words <= 25)
      return LineVerdict::kFurniture;
  }
  return LineVerdict::kStory;
}

std::vector<std::string_view> story_lines(const std::vector<std::string_view>& lines,
                                          std::string_view title) {
  std::vector<std::string_view> kept;
  std::unordered_set<std::string_view> seen;
  // The opening lines' names, computed only when a teaser-like line needs them.
  std::vector<std::string_view> lead;
  std::set<std::string> lead_names;
  bool lead_names_ready = false;
  bool story_started = false;
  for (std::string_view raw : lines) {
    const std::string_view line = trim(raw);
    if (line.empty()) continue;
    if (!title.empty() && line == title) continue;
    if (!seen.insert(line).second) continue;  // repeated headline or caption
    const LineVerdict verdict = judge_line(line, !story_started);
    if (verdict == LineVerdict::kStoryEnd) {
      if (story_started) break;
      continue;
    }
    if (verdict == LineVerdict::kFurniture) continue;
    if (lead.size() >= 3) {
      const bool teaser_like = has_caps_kicker(line) || !is_terminated(line);
      if (teaser_like) {
        if (!lead_names_ready) {
          for (std::string_view l : lead) {
            const std::set<std::string> names = topic_names(l);
            lead_names.insert(names.begin(), names.end());
          }
          lead_names_ready = true;
        }
        const std::set<std::string> names = topic_names(line);
        const bool shares = std::any_of(names.begin(), names.end(), [&](const std::string& n) {
          return lead_names.count(n) > 0;
        });
        if (names.size() >= 2 && !shares) break;  // another story begins
      }
    } else {
      lead.push_back(line);
    }
    story_started = true;
    kept.push_back(line);
  }
  return kept;
}

}  // namespace annals::text
