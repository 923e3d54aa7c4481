#include "quantities.h"

#include <cctype>
#include <charconv>
#include <string>

namespace annals::text {
namespace {

bool is_approximation(std::string_view lower) {
  return lower == "about" || lower == "around" || lower == "some" || lower == "nearly" ||
         lower == "almost" || lower == "approximately" || lower == "roughly" ||
         lower == "estimated" || lower == "over" || lower == "than" || lower == "least" ||
         lower == "up";
}

double scale_word(std::string_view lower) {
  if (lower == "thousand") return 1e3;
  if (lower == "million") return 1e6;
  if (lower == "billion") return 1e9;
  if (lower == "hundred") return 1e2;
  return 0;
}

// Parses "14,000", "3.5" (commas dropped); false when not a number.
bool parse_number(std::string_view text, double& value) {
  std::string digits;
  for (char c : text) {
    if (c != ',') digits += c;
  }
  if (digits.empty()) return false;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return ec == std::errc() && ptr == digits.data() + digits.size();
}

// "10,000-12,000" -> (10000, 12000); "12-thousand" -> (12000, 12000).
bool parse_figure(std::string_view text, double& low, double& high) {
  const std::size_t dash = text.find('-');
  if (dash == std::string_view::npos) {
    if (!parse_number(text, low)) return false;
    high = low;
    return true;
  }
  const std::string_view left = text.substr(0, dash);
  const std::string_view right = text.substr(dash + 1);
  if (!parse_number(left, low)) return false;
  std::string lower(right);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (double scale = scale_word(lower); scale > 0) {
    low *= scale;
    high = low;
    return true;
  }
  return parse_number(right, high);
}

}  // namespace

std::vector<Quantity> find_quantities(std::string_view body, const SentenceTokens& sentence,
                                      const std::vector<bool>& in_timex, std::size_t first,
                                      std::size_t last) {
  std::vector<Quantity> found;
  const auto& tokens = sentence.tokens;
  std::string scratch;
  for (std::size_t i = first; i < last && i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kNumber || in_timex[i]) continue;
    Quantity q;
    if (!parse_figure(tokens[i].text(body), q.low, q.high)) continue;
    std::size_t j = i + 1;
    if (j < tokens.size()) {
      if (double scale = scale_word(lowered(tokens[j].text(body), scratch)); scale > 0) {
        q.low *= scale;
        q.high *= scale;
        ++j;
      }
    }
    // Up to three modifiers, then the counted noun: "North Korean soldiers".
    std::size_t noun = tokens.size();
    for (std::size_t k = j; k < tokens.size() && k < j + 4; ++k) {
      const Token& t = tokens[k];
      if (!t.is_word()) break;
      const std::string_view word = t.text(body);
      const std::string_view lower = lowered(word, scratch);
      if (lower == "of" || lower == "the" || lower == "a" || lower == "an" || lower == "to" ||
          lower == "in" || lower == "on" || lower == "at" || lower == "and" || lower == "or" ||
          lower == "by" || lower == "per" || lower == "for" || lower == "from" || lower == "with" ||
          lower == "says" || lower == "was" || lower == "is") {
        break;
      }
      const bool entity = sentence.entity_at[k] >= 0;
      if (!entity && !t.capitalised && word.size() > 2 && word.back() == 's') {
        noun = k;
        break;
      }
      if (!entity && t.all_caps && word.size() > 2 && word.back() == 's') {
        noun = k;
        break;
      }
      if (!entity && t.capitalised) break;
    }
    if (noun == tokens.size()) continue;
    q.what = std::string(lowered(tokens[noun].text(body), scratch));
    std::size_t text_begin = i;
    while (text_begin > first &&
           is_approximation(lowered(tokens[text_begin - 1].text(body), scratch))) {
      --text_begin;
    }
    if (text_begin > first && lowered(tokens[text_begin - 1].text(body), scratch) == "an" &&
        text_begin < i) {
      --text_begin;
    }
    q.text = std::string(
        body.substr(tokens[text_begin].begin, tokens[noun].end - tokens[text_begin].begin));
    found.push_back(std::move(q));
    i = noun;
  }
  return found;
}

}  // namespace annals::text
