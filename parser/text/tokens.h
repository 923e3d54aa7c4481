// Word tokens of a sentence, as byte ranges of the document body: no copies.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace annals::text {

enum class TokenKind : std::uint8_t {
  kWord,
  kNumber,
  kPossessive,
  kPunct,
  kOpenQuote,
  kCloseQuote
};

struct Token {
  std::size_t begin = 0;  // byte offsets into the tokenised text's base
  std::size_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool capitalised = false;  // first letter upper case (ASCII) or a non-ASCII letter
  bool all_caps = false;

  std::string_view text(std::string_view base) const { return base.substr(begin, end - begin); }
  bool is_word() const { return kind == TokenKind::kWord; }
};

// Appends the tokens of text[begin, end) to `out`. Possessive "'s"/"’s" is
// its own token; "U.S.", "10,000-12,000", "Jong-un" and "hadn't" are one.
void tokenize(std::string_view text, std::size_t begin, std::size_t end, std::vector<Token>& out);

// The tokens of a whole line (offsets into `line`), from a one-line cache of
// the calling thread, checked against the line's bytes: a page's furniture
// checks, title and header count the words of the same lines several times.
// The reference is valid until the thread's next call.
const std::vector<Token>& line_tokens(std::string_view line);

// The token text normalised for lookups: curly apostrophes become ASCII.
// Returns `token` itself when nothing changes, else a view of `buffer`
// (reused to avoid allocations).
std::string_view normalized(std::string_view token, std::string& buffer);
// Lower-cased normalised text.
std::string_view lowered(std::string_view token, std::string& buffer);

}  // namespace annals::text
