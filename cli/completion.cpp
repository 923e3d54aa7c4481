#include "completion.h"

#include <algorithm>
#include <cctype>

namespace annals::cli {
namespace {

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
         (static_cast<unsigned char>(c) & 0x80);
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (prefix.size() > text.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  }
  return true;
}

// Where the open string the cursor is in starts (its quote), or npos.
std::size_t open_string_start(std::string_view text) {
  std::size_t start = std::string_view::npos;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (start != std::string_view::npos && text[i] == '\\') {
      ++i;
    } else if (text[i] == '"') {
      start = start == std::string_view::npos ? i : std::string_view::npos;
    } else if (start == std::string_view::npos && text[i] == '%') {
      break;  // a comment: nothing to complete
    }
  }
  return start;
}

void sort_unique(std::vector<std::string>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

Completion complete_word(std::string_view before, const CompletionSources& sources) {
  Completion completion;
  if (const std::size_t quote = open_string_start(before); quote != std::string_view::npos) {
    completion.replace_from = quote;
    const std::string_view typed = before.substr(quote + 1);
    for (const auto& name : sources.entities)
      if (starts_with_ignoring_case(name, typed)) completion.candidates.push_back('"' + name + '"');
    sort_unique(completion.candidates);
    return completion;
  }
  std::size_t start = before.size();
  while (start > 0 && is_word_char(before[start - 1])) --start;
  const std::string_view word = before.substr(start);

  const std::size_t first = before.find_first_not_of(" \t");
  if (start > 0 && before[start - 1] == '.' && first == start - 1) {
    completion.replace_from = start - 1;
    for (const auto& name : sources.commands)
      if (name.starts_with(word)) completion.candidates.push_back('.' + name + ' ');
    sort_unique(completion.candidates);
    return completion;
  }
  completion.replace_from = start;
  // A variable (upper case) or a number is nothing to complete.
  if (!word.empty() && !std::islower(static_cast<unsigned char>(word[0]))) return completion;
  for (const auto& relation : sources.relations) {
    const std::string_view name = std::string_view(relation).substr(0, relation.find('/'));
    if (name.starts_with(word)) completion.candidates.push_back(std::string(name) + '(');
  }
  sort_unique(completion.candidates);
  return completion;
}

std::string completion_replacement(std::string_view before, const Completion& completion) {
  if (completion.candidates.empty()) return "";
  std::string common = completion.candidates.front();
  for (const auto& candidate : completion.candidates) {
    std::size_t n = 0;
    while (n < common.size() && n < candidate.size() && common[n] == candidate[n]) ++n;
    common.resize(n);
  }
  const std::string_view typed = before.substr(completion.replace_from);
  // Entity names match regardless of case, so the typed word is replaced.
  if (common.size() <= typed.size() || !starts_with_ignoring_case(common, typed)) return "";
  return common;
}

}  // namespace annals::cli
