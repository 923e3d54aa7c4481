// Cuts program text into statements and dot-directive lines without parsing
// it, so one bad statement gets a precise position and the grammar never sees
// NUL bytes, unterminated strings or runaway nesting.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annals::query {

struct Chunk {
  enum class Kind { kStatement, kDirective };
  Kind kind = Kind::kStatement;
  std::size_t begin = 0;        // byte offsets into the source
  std::size_t end = 0;          // statement: just past its '.'; directive: end of line
  bool missing_period = false;  // the last statement of the text had no '.'
};

struct SplitError {
  std::size_t offset = 0;
  std::string message;
};

inline constexpr int kMaxNesting = 64;
inline constexpr std::size_t kMaxStatementBytes = 100'000;

struct SplitResult {
  std::vector<Chunk> chunks;
  std::optional<SplitError> error;  // chunks before it are valid
};
SplitResult split_statements(std::string_view source);

}  // namespace annals::query
