#include "near_names.h"

#include <algorithm>
#include <cctype>

namespace annals::cli {
namespace {

std::string folded(const std::string& s) {
  std::string out = s;
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1] ? 1 : 0)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace

std::vector<std::string> near_names(const std::string& wanted,
                                    const std::vector<std::string>& candidates, std::size_t limit) {
  const std::string w = folded(wanted);
  if (w.empty()) return {};
  // A typo is a few edits; a third of the word keeps short names strict.
  const std::size_t allowed = std::max<std::size_t>(1, w.size() / 3);
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const std::string& c : candidates) {
    const std::string f = folded(c);
    if (f == w) continue;
    std::size_t score = edit_distance(w, f);
    const bool contains = w.size() >= 3 && (f.find(w) != std::string::npos ||
                                            (f.size() >= 3 && w.find(f) != std::string::npos));
    if (score > allowed && !contains) continue;
    if (contains) score = std::min(score, allowed);
    scored.emplace_back(score, c);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  for (const auto& [score, name] : scored) {
    if (out.size() == limit) break;
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  }
  return out;
}

std::string did_you_mean(const std::vector<std::string>& suggestions) {
  if (suggestions.empty()) return "";
  std::string out = " (did you mean ";
  for (std::size_t i = 0; i < suggestions.size(); ++i) {
    if (i) out += i + 1 == suggestions.size() ? " or " : ", ";
    out += "\"" + suggestions[i] + "\"";
  }
  return out + "?)";
}

}  // namespace annals::cli
