// Table-driven checks for the time tagger: each case is a short phrase, the
// document date, the words expected to be tagged and the TIMEX3 expected.
#pragma once

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annals/timex.h"

namespace annals::timex_test {

struct Case {
  std::string_view text;
  std::string_view document_date;  // "" = none
  std::string_view expression;     // the expected extent, as written in text
  std::string_view type;           // "DATE", "TIME", "DURATION", "SET"
  std::string_view value;
  std::string_view mod = "";
};

inline TimexOptions options_for(std::string_view document_date) {
  TimexOptions options;
  if (!document_date.empty()) options.document_date = parse_day(document_date);
  return options;
}

// The tagged expression that overlaps the first occurrence of `expression`.
inline std::optional<Timex> find_overlapping(const std::vector<Timex>& found, std::string_view text,
                                             std::string_view expression) {
  const std::size_t at = text.find(expression);
  if (at == std::string_view::npos) return std::nullopt;
  for (const Timex& t : found)
    if (t.begin < at + expression.size() && at < t.end) return t;
  return std::nullopt;
}

inline void check_case(const Case& c) {
  INFO("text: " << c.text << "  (document date " << c.document_date << ")");
  REQUIRE(c.text.find(c.expression) != std::string_view::npos);  // the table itself
  const std::vector<Timex> found = tag_timexes(c.text, options_for(c.document_date));
  const std::optional<Timex> t = find_overlapping(found, c.text, c.expression);
  REQUIRE(t.has_value());
  CHECK(c.text.substr(t->begin, t->end - t->begin) == c.expression);
  CHECK(timex_type_name(t->type) == c.type);
  CHECK(t->value == c.value);
  CHECK(t->mod == c.mod);
  if (t->type == TimexType::kDate && t->value.find('X') == std::string::npos &&
      t->value.find("REF") == std::string::npos) {
    CHECK(t->interval.has_value());
  }
  CHECK_FALSE(t->reason.empty());
}

inline void check_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) check_case(c);
}

// No expression may overlap `words` in `text`.
inline void check_untagged(std::string_view text, std::string_view words,
                           std::string_view document_date = "2025-04-28") {
  INFO("text: " << text << "  words: " << words);
  REQUIRE(text.find(words) != std::string_view::npos);
  const std::vector<Timex> found = tag_timexes(text, options_for(document_date));
  const std::optional<Timex> t = find_overlapping(found, text, words);
  if (t) INFO("tagged as " << t->value);
  CHECK_FALSE(t.has_value());
}

}  // namespace annals::timex_test
