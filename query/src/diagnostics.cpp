#include "diagnostics.h"

#include <algorithm>

namespace annals::query {

namespace {

// A line up to kWholeLine code points is shown whole; a longer one as
// kWindowSide code points on each side of the error.
constexpr std::size_t kWholeLine = 160;
constexpr std::size_t kWindowSide = 70;

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::uint32_t code_points(std::string_view s) {
  std::uint32_t n = 0;
  for (char c : s) n += is_continuation(c) ? 0 : 1;
  return n;
}

// The byte position `count` code points before `from`, not before `floor`.
std::size_t step_back(std::string_view s, std::size_t floor, std::size_t from, std::size_t count) {
  std::size_t at = from;
  for (std::size_t seen = 0; at > floor && seen < count;) {
    --at;
    if (!is_continuation(s[at])) ++seen;
  }
  while (at > floor && is_continuation(s[at])) --at;
  return at;
}

// The byte position `count` code points after `from`, not past `ceiling`.
std::size_t step_forward(std::string_view s, std::size_t from, std::size_t ceiling,
                         std::size_t count) {
  std::size_t at = from;
  for (std::size_t seen = 0; at < ceiling && seen < count; ++seen) {
    ++at;
    while (at < ceiling && is_continuation(s[at])) ++at;
  }
  return at;
}

}  // namespace

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
  if (line_end > line_begin && source[line_end - 1] == '\r') --line_end;
  // A long line is shown as a window around the error, so the caret stays
  // under it at any column.
  const bool whole = code_points(source.substr(line_begin, line_end - line_begin)) <= kWholeLine;
  const std::size_t window_begin =
      whole ? line_begin : step_back(source, line_begin, offset, kWindowSide);
  const std::size_t window_end =
      whole ? line_end : step_forward(source, offset, line_end, kWindowSide);
  const bool cut_before = window_begin > line_begin, cut_after = window_end < line_end;
  std::string text(source.substr(window_begin, window_end - window_begin));
  std::replace(text.begin(), text.end(), '\0', ' ');
  d.source_line = (cut_before ? "..." : "") + text + (cut_after ? "..." : "");
  d.caret_column =
      (cut_before ? 3 : 0) + code_points(source.substr(window_begin, offset - window_begin)) + 1;
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}

std::string Diagnostic::render() const {
  std::string out = pos.file + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column) +
                    ": error: " + message + "\n";
  if (!source_line.empty()) {
    out += "  " + source_line + "\n  ";
    const std::uint32_t caret = caret_column ? caret_column : pos.column;
    std::uint32_t col = 1;
    for (std::size_t i = 0; i < source_line.size() && col < caret; ++i) {
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
