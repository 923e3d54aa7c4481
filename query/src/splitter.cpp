#include "splitter.h"

#include <cctype>

namespace annals::query {

namespace {
bool ends_statement(std::string_view s, std::size_t dot) {
  if (dot + 1 >= s.size()) return true;
  const char next = s[dot + 1];
  return next == '%' || std::isspace(static_cast<unsigned char>(next));
}
}  // namespace

SplitResult split_statements(std::string_view s) {
  SplitResult out;
  std::size_t i = 0;
  bool in_statement = false;
  bool line_start = true;  // only blanks since the last newline
  std::size_t begin = 0;
  int depth = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == '\0') {
      out.error = SplitError{i, "NUL byte in query text"};
      return out;
    }
    if (c == '\n') {
      line_start = true;
      ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r') {
      ++i;
      continue;
    }
    if (c == '%') {
      while (i < s.size() && s[i] != '\n') {
        if (s[i] == '\0') {
          out.error = SplitError{i, "NUL byte in query text"};
          return out;
        }
        ++i;
      }
      continue;
    }
    if (!in_statement && line_start && c == '.' && i + 1 < s.size() &&
        std::isalpha(static_cast<unsigned char>(s[i + 1]))) {
      std::size_t end = s.find('\n', i);
      if (end == std::string_view::npos) end = s.size();
      const auto nul = s.substr(i, end - i).find('\0');
      if (nul != std::string_view::npos) {
        out.error = SplitError{i + nul, "NUL byte in query text"};
        return out;
      }
      out.chunks.push_back({Chunk::Kind::kDirective, i, end, false});
      i = end;
      continue;
    }
    line_start = false;
    if (!in_statement) {
      in_statement = true;
      begin = i;
      depth = 0;
    }
    if (c == '"') {
      const std::size_t quote = i++;
      while (i < s.size() && s[i] != '"' && s[i] != '\n') {
        if (s[i] == '\0') {
          out.error = SplitError{i, "NUL byte in query text"};
          return out;
        }
        i += (s[i] == '\\' && i + 1 < s.size()) ? 2 : 1;
      }
      if (i >= s.size() || s[i] != '"') {
        out.error = SplitError{quote, "unterminated string"};
        return out;
      }
      ++i;
      continue;
    }
    if (c == '(' || c == '{') {
      if (++depth > kMaxNesting) {
        out.error = SplitError{i, "nesting deeper than " + std::to_string(kMaxNesting) +
                                      " levels of parentheses or braces"};
        return out;
      }
    } else if (c == ')' || c == '}') {
      --depth;
    } else if (i - begin > kMaxStatementBytes) {
      out.error = SplitError{
          begin, "statement longer than " + std::to_string(kMaxStatementBytes / 1000) + " kB"};
      return out;
    } else if (c == '.' && ends_statement(s, i)) {
      out.chunks.push_back({Chunk::Kind::kStatement, begin, i + 1, false});
      in_statement = false;
    }
    ++i;
  }
  if (in_statement) {
    std::size_t end = s.size();
    while (end > begin && std::isspace(static_cast<unsigned char>(s[end - 1]))) --end;
    out.chunks.push_back({Chunk::Kind::kStatement, begin, end, true});
  }
  return out;
}

}  // namespace annals::query
