// Names the entity recogniser knows: countries with aliases, adjectives and
// capitals; organisations, news agencies, government bodies; person titles.
// Loaded once from the embedded parser/data tables.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tokens.h"

namespace annals::text {

enum class NameKind : std::uint8_t {
  kCountry,
  kCountryAdjective,  // "North Korean", "Ukrainian"
  kCapital,           // "Pyongyang": a place, or the government as a subject
  kOrganization,
  kAgency,      // news agencies
  kGovernment,  // "State Department", "Kremlin"
  kGroup,
};

struct NameEntry {
  std::string canonical;
  NameKind kind = NameKind::kCountry;
  std::string country;  // the country a capital, adjective or state organ stands for
};

class Gazetteer {
 public:
  static const Gazetteer& instance();

  // `key`: normalised token texts joined by single spaces (see make_key).
  const NameEntry* find(std::string_view key) const;
  // The longest name (in tokens) that starts with tokens[i], 0 when none
  // does: a cheap filter before building longer keys.
  std::size_t longest_from(std::string_view text, const Token& first) const;
  // Longest name matching at tokens[i]; sets *length to its token count.
  const NameEntry* longest_match(std::string_view text, const std::vector<Token>& tokens,
                                 std::size_t i, std::size_t* length, std::string& buffer) const;
  // Tokens of a title at tokens[i] ("Prime Minister"), or 0.
  std::size_t title_at(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                       std::string& buffer) const;
  bool is_title(std::string_view key) const;
  std::size_t longest_name_tokens() const { return longest_; }

  // The lookup key of tokens [first, last) of `text`; reuses `buffer`.
  static std::string_view make_key(std::string_view text, const std::vector<Token>& tokens,
                                   std::size_t first, std::size_t last, std::string& buffer);

 private:
  Gazetteer();
  void add(std::string_view surface, NameEntry entry);
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, NameEntry, Hash, std::equal_to<>> names_;
  std::unordered_map<std::string, bool, Hash, std::equal_to<>> titles_;
  std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>>
      name_first_;  // first token -> max tokens
  std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>>
      title_first_;  // first token -> max tokens
  std::size_t longest_ = 1;
};

// Splits a TSV table into rows of fields, skipping '#' comments and blanks.
std::vector<std::vector<std::string_view>> parse_tsv(std::string_view table);
std::vector<std::string_view> split_on(std::string_view field, char separator);

}  // namespace annals::text
