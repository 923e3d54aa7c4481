#include "tokens.h"

#include <cctype>

namespace annals::text {
namespace {

// ASCII classes without the C locale's function calls: this is the hot loop.
bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_ascii_upper(unsigned char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_ascii_lower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Length of a multi-byte punctuation mark at text[i] (quotes, dashes,
// ellipsis, bullets, non-breaking space), else 0.
std::size_t unicode_punct_length(std::string_view text, std::size_t i) {
  const auto b = [&](std::size_t k) {
    return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u;
  };
  if (b(i) == 0xC2 &&
      (b(i + 1) == 0xA0 || b(i + 1) == 0xAB || b(i + 1) == 0xBB || b(i + 1) == 0xB7))
    return 2;
  if (b(i) == 0xE2 && b(i + 1) == 0x80) return 3;  // U+2000..U+203F: quotes, dashes, bullets
  if (b(i) == 0xEF && b(i + 1) == 0xBF && b(i + 2) == 0xBD) return 3;  // U+FFFD
  if (b(i) == 0xE3 && b(i + 1) == 0x80) return 3;                      // CJK punctuation
  if (b(i) == 0xEF && b(i + 1) == 0xBC) return 3;                      // full-width forms
  return 0;
}

bool is_apostrophe_at(std::string_view text, std::size_t i, std::size_t* length) {
  if (text[i] == '\'') {
    *length = 1;
    return true;
  }
  if (text.compare(i, 3, "\xE2\x80\x99") == 0) {
    *length = 3;
    return true;
  }
  return false;
}

bool is_word_byte(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (is_ascii_letter(c) || is_digit(c)) return true;
  return static_cast<unsigned char>(c) >= 0x80 && unicode_punct_length(text, i) == 0;
}

bool is_space_at(std::string_view text, std::size_t i) {
  const char c = text[i];
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
         (static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
          static_cast<unsigned char>(text[i + 1]) == 0xA0);
}

}  // namespace

void tokenize(std::string_view text, std::size_t begin, std::size_t end, std::vector<Token>& out) {
  std::size_t i = begin;
  while (i < end) {
    if (is_space_at(text, i)) {
      i += static_cast<unsigned char>(text[i]) == 0xC2 ? 2 : 1;
      continue;
    }
    Token token;
    token.begin = i;
    std::size_t apostrophe = 0;
    if (is_word_byte(text, i)) {
      const bool number = is_digit(text[i]);
      std::size_t j = i;
      bool has_period = false;
      while (j < end) {
        if (is_word_byte(text, j)) {
          ++j;
          continue;
        }
        const char c = text[j];
        const bool next_word = j + 1 < end && is_word_byte(text, j + 1);
        // "AT&T", "S&P": an ampersand between capitals is inside the name.
        if (c == '&' && next_word && is_ascii_upper(static_cast<unsigned char>(text[j - 1])) &&
            is_ascii_upper(static_cast<unsigned char>(text[j + 1]))) {
          ++j;
          continue;
        }
        if ((c == '-' || c == ',') && next_word &&
            (c == '-' || (number && is_digit(text[j + 1])))) {
          ++j;
          continue;
        }
        if (c == '.' && next_word &&
            ((number && is_digit(text[j + 1])) || (!number && (j - i == 1 || has_period)))) {
          has_period = true;
          ++j;
          continue;
        }
        std::size_t alen = 0;
        if (is_apostrophe_at(text, j, &alen) && j + alen < end && is_word_byte(text, j + alen)) {
          // "'s" ends the word as a possessive; "n't", "'ve", "N'Djamena" stay inside.
          const bool possessive = (text[j + alen] == 's' || text[j + alen] == 'S') &&
                                  (j + alen + 1 >= end || !is_word_byte(text, j + alen + 1));
          if (possessive) {
            apostrophe = alen;
            break;
          }
          j += alen;
          continue;
        }
        break;
      }
      // "U.S." keeps its final period.
      if (has_period && !number && j < end && text[j] == '.') ++j;
      // "Margolis' resignation", "Williams’ company": a name ending in "s"
      // takes the apostrophe alone as its possessive.
      std::size_t bare_apostrophe = 0;
      if (apostrophe == 0 && !number && j < end && j > i + 1 && text[j - 1] == 's' &&
          is_ascii_upper(static_cast<unsigned char>(text[i])) &&
          is_apostrophe_at(text, j, &bare_apostrophe) && j + bare_apostrophe < end &&
          is_word_byte(text, j + bare_apostrophe))
        bare_apostrophe = 0;
      token.end = j;
      token.kind = number ? TokenKind::kNumber : TokenKind::kWord;
      const unsigned char first = static_cast<unsigned char>(text[i]);
      token.capitalised = is_ascii_upper(first) || first >= 0xC3;
      bool caps = token.capitalised;
      for (std::size_t k = i; k < j && caps; ++k) {
        if (is_ascii_lower(static_cast<unsigned char>(text[k]))) caps = false;
      }
      token.all_caps = caps && token.capitalised && j - i > 1;
      out.push_back(token);
      if (apostrophe > 0 || bare_apostrophe > 0) {
        Token possessive;
        possessive.begin = j;
        possessive.end = apostrophe > 0 ? j + apostrophe + 1 : j + bare_apostrophe;
        possessive.kind = TokenKind::kPossessive;
        out.push_back(possessive);
        i = possessive.end;
      } else {
        i = j;
      }
      continue;
    }
    std::size_t length = unicode_punct_length(text, i);
    if (length == 0) length = 1;
    token.end = i + length;
    token.kind = TokenKind::kPunct;
    const std::string_view mark = text.substr(i, length);
    if (mark == "\xE2\x80\x9C" || mark == "\xE2\x80\x98") token.kind = TokenKind::kOpenQuote;
    if (mark == "\xE2\x80\x9D") token.kind = TokenKind::kCloseQuote;
    if (mark == "\"") {
      // A straight quote opens when it follows space or starts the text.
      const bool opens = i == 0 || is_space_at(text, i - 1) || text[i - 1] == '(';
      token.kind = opens ? TokenKind::kOpenQuote : TokenKind::kCloseQuote;
    }
    out.push_back(token);
    i += length;
  }
}

const std::vector<Token>& line_tokens(std::string_view line) {
  thread_local std::string cached_line;
  thread_local std::vector<Token> cached_tokens;
  thread_local bool filled = false;
  if (!filled || line != cached_line) {
    cached_line.assign(line);
    cached_tokens.clear();
    tokenize(line, 0, line.size(), cached_tokens);
    filled = true;
  }
  return cached_tokens;
}

std::string_view normalized(std::string_view token, std::string& buffer) {
  // Fast path: nothing to rewrite unless a curly apostrophe is present.
  if (token.find('\xE2') == std::string_view::npos) return token;
  buffer.clear();
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token.compare(i, 3, "\xE2\x80\x99") == 0) {
      buffer += '\'';
      i += 2;
    } else {
      buffer += token[i];
    }
  }
  return buffer;
}

std::string_view lowered(std::string_view token, std::string& buffer) {
  // Fast path, most words: already lower case with no curly apostrophe, no copy.
  bool plain = true;
  for (char c : token) {
    if ((c >= 'A' && c <= 'Z') || c == '\xE2') {
      plain = false;
      break;
    }
  }
  if (plain) return token;
  const std::string_view source = normalized(token, buffer);
  if (source.data() != buffer.data()) buffer.assign(source);
  for (char& c : buffer) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
  return buffer;
}

}  // namespace annals::text
