#include "diagnostics.h"

#include <algorithm>

namespace annals::query {

Diagnostic make_diagnostic(std::string_view source, const std::string& file, std::size_t offset,
                           std::string message, std::string hint) {
  offset = std::min(offset, source.size());
  Diagnostic d;
  d.pos.file = file;
  std::size_t line_begin = 0;
  std::uint32_t line = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (source[i] == '\n') {
      ++line;
      line_begin = i + 1;
    }
  }
  std::size_t line_end = source.find('\n', line_begin);
  if (line_end == std::string_view::npos) line_end = source.size();
  std::uint32_t column = 1;
  for (std::size_t i = line_begin; i < offset; ++i)
    if ((static_cast<unsigned char>(source[i]) & 0xC0) != 0x80) ++column;  // UTF-8 lead bytes
  d.pos.line = line;
  d.pos.column = column;
  std::string text(source.substr(line_begin, std::min<std::size_t>(line_end - line_begin, 300)));
  std::replace(text.begin(), text.end(), '\0', ' ');
  if (!text.empty() && text.back() == '\r') text.pop_back();
  d.source_line = std::move(text);
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}

std::string Diagnostic::render() const {
  std::string out = pos.file + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column) +
                    ": error: " + message + "\n";
  if (!source_line.empty()) {
    out += "  " + source_line + "\n  ";
    std::uint32_t col = 1;
    for (std::size_t i = 0; i < source_line.size() && col < pos.column; ++i) {
      const unsigned char c = static_cast<unsigned char>(source_line[i]);
      if ((c & 0xC0) == 0x80) continue;
      out += c == '\t' ? '\t' : ' ';
      ++col;
    }
    out += "^\n";
  }
  if (!hint.empty()) out += "  hint: " + hint + "\n";
  return out;
}

// Optimal string alignment: insertions, deletions, substitutions and
// transpositions of neighbours ("agnet" is one step from "agent").
std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t w = b.size() + 1;
  std::vector<std::size_t> d((a.size() + 1) * w);
  for (std::size_t i = 0; i <= a.size(); ++i) d[i * w] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t best = std::min({d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1,
                                   d[(i - 1) * w + j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        best = std::min(best, d[(i - 2) * w + j - 2] + 1);
      d[i * w + j] = best;
    }
  return d[a.size() * w + b.size()];
}

std::string closest_name(std::string_view wanted, const std::vector<std::string>& candidates) {
  const std::size_t limit = std::max<std::size_t>(1, (wanted.size() + 1) / 3);
  std::string best;
  std::size_t best_distance = limit + 1;
  for (const std::string& c : candidates) {
    const std::size_t d = edit_distance(wanted, c);
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

}  // namespace annals::query
