#include "statement_scan.h"

#include <algorithm>
#include <cctype>

namespace annals::cli {
namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Tracks whether the text so far ends inside a statement.
class StatementTracker {
 public:
  // Feeds one line (without its newline).
  void feed_line(std::string_view line) {
    for (std::size_t i = 0; i < line.size(); ++i) {
      const char c = line[i];
      if (in_string_) {
        if (c == '\\') {
          ++i;
        } else if (c == '"') {
          in_string_ = false;
        }
        continue;
      }
      if (c == '%') break;  // comment to the end of the line
      if (is_blank(c)) continue;
      if (c == '"') {
        in_string_ = true;
        open_ = true;
      } else if (c == '.' && open_) {
        // A final dot is followed by a blank, a comment or the end; "3.5"
        // and "2025-04" dates never put a blank right after the dot.
        const bool at_end = i + 1 == line.size() || is_blank(line[i + 1]) || line[i + 1] == '%';
        if (at_end) open_ = false;
      } else {
        open_ = true;
      }
    }
  }
  bool open() const { return open_ || in_string_; }

 private:
  bool open_ = false;
  bool in_string_ = false;
};

bool is_directive_line(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && is_blank(line[i])) ++i;
  return i + 1 < line.size() && line[i] == '.' &&
         std::isalpha(static_cast<unsigned char>(line[i + 1]));
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

// Splits `text` into words, keeping "quoted words" together (quotes removed).
// Records where each word starts in `text`.
std::vector<std::string> split_words(std::string_view text, std::vector<std::size_t>* starts) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_blank(text[i])) ++i;
    if (i == text.size()) break;
    if (starts) starts->push_back(i);
    std::string word;
    if (text[i] == '"') {
      ++i;
      while (i < text.size() && text[i] != '"') {
        if (text[i] == '\\' && i + 1 < text.size()) ++i;
        word += text[i++];
      }
      if (i < text.size()) ++i;  // closing quote
    } else {
      while (i < text.size() && !is_blank(text[i])) word += text[i++];
    }
    words.push_back(std::move(word));
  }
  return words;
}

}  // namespace

std::vector<SourceChunk> split_directives(std::string_view source) {
  std::vector<SourceChunk> chunks;
  StatementTracker tracker;
  std::size_t program_start = 0;
  std::uint32_t program_line = 1;
  std::uint32_t line_number = 1;
  std::size_t pos = 0;
  auto flush_program = [&](std::size_t end) {
    const std::string_view text = source.substr(program_start, end - program_start);
    if (!trim(text).empty()) chunks.push_back({SourceChunk::Kind::kProgram, text, program_line});
  };
  while (pos < source.size()) {
    std::size_t end = source.find('\n', pos);
    if (end == std::string_view::npos) end = source.size();
    const std::string_view line = source.substr(pos, end - pos);
    if (!tracker.open() && is_directive_line(line)) {
      flush_program(pos);
      chunks.push_back({SourceChunk::Kind::kDirective, trim(line), line_number});
      program_start = std::min(end + 1, source.size());
      program_line = line_number + 1;
    } else {
      tracker.feed_line(line);
    }
    pos = end + 1;
    ++line_number;
  }
  flush_program(source.size());
  return chunks;
}

bool statement_open(std::string_view text) {
  StatementTracker tracker;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(pos, end - pos);
    if (tracker.open() || !is_directive_line(line)) tracker.feed_line(line);
    pos = end + 1;
  }
  return tracker.open();
}

std::string DirectiveLine::rest_after(std::size_t n_args) const {
  std::vector<std::size_t> starts;
  split_words(rest, &starts);
  if (n_args >= starts.size()) return "";
  return std::string(trim(std::string_view(rest).substr(starts[n_args])));
}

DirectiveLine parse_directive_line(std::string_view line) {
  DirectiveLine directive;
  line = trim(line);
  if (!line.empty() && line.front() == '.') line.remove_prefix(1);
  std::size_t name_end = 0;
  while (name_end < line.size() && !is_blank(line[name_end])) ++name_end;
  directive.name = std::string(line.substr(0, name_end));
  directive.rest = std::string(trim(line.substr(name_end)));
  directive.args = split_words(directive.rest, nullptr);
  return directive;
}

}  // namespace annals::cli
