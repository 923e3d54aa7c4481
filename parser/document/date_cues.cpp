#include "date_cues.h"

#include <cctype>
#include <string>

namespace annals::text {
namespace {

bool is_alnum_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || u >= 0x80;
}

// Lower case (ASCII), runs of spaces as one, trailing separators dropped.
std::string normalise(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == ':' || out.back() == '-' ||
                          out.back() == '|' || out.back() == ',' || out.back() == '.'))
    out.pop_back();
  return out;
}

}  // namespace

bool is_date_label(std::string_view word) {
  const std::string lower = normalise(word);
  if (lower.empty()) return false;
  for (const DateLabel& label : kDateLabels) {
    std::string_view phrase = label.phrase;
    while (!phrase.empty()) {
      const std::size_t space = phrase.find(' ');
      if (phrase.substr(0, space) == lower) return true;
      if (space == std::string_view::npos) break;
      phrase.remove_prefix(space + 1);
    }
  }
  return false;
}

namespace {

const DateLabel* find_label_before(std::string_view prefix) {
  const std::string text = normalise(prefix);
  for (const DateLabel& label : kDateLabels) {
    const std::string_view p = label.phrase;
    if (text.size() < p.size() || text.compare(text.size() - p.size(), p.size(), p) != 0) continue;
    const std::size_t at = text.size() - p.size();
    if (at > 0 && is_alnum_byte(text[at - 1])) continue;
    return &label;
  }
  return nullptr;
}

}  // namespace

DateCue label_before(std::string_view prefix) {
  const DateLabel* label = find_label_before(prefix);
  return label ? label->cue : DateCue::kNone;
}

bool day_first_label_before(std::string_view prefix) {
  const DateLabel* label = find_label_before(prefix);
  return label && label->day_first;
}

bool ends_with_agency(std::string_view text) {
  for (std::string_view agency : kAgencies) {
    if (text.size() < agency.size() ||
        text.compare(text.size() - agency.size(), agency.size(), agency) != 0)
      continue;
    const std::size_t at = text.size() - agency.size();
    if (at == 0 || !is_alnum_byte(text[at - 1])) return true;
  }
  return false;
}

}  // namespace annals::text
