#include "timex_pairs.h"

#include <string>

#include "annals/date.h"
#include "timex_words.h"

namespace annals::timex_detail {
namespace {

int number(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

// The bare day number at text[begin, end): `day` of the month of the full
// date `value` ("2025-05-14").
Timex other_day(std::size_t begin, std::size_t end, std::string_view value, int day,
                std::string_view how) {
  Timex t;
  t.begin = begin;
  t.end = end;
  t.type = TimexType::kDate;
  t.value = std::string(value.substr(0, 8)) + static_cast<char>('0' + day / 10) +
            static_cast<char>('0' + day % 10);
  t.interval = interval_of_timex_value(t.value);
  t.reason = std::string(how) + std::string(value) + " -> " + t.value;
  return t;
}

std::optional<Timex> paired_day(std::string_view text, const Timex& first) {
  const std::string_view value = first.value;
  if (first.type != TimexType::kDate || value.size() != 10 || value[4] != '-' || value[7] != '-' ||
      !is_digit(text[first.end - 1]))
    return std::nullopt;
  std::size_t at = first.end;
  if (at < text.size() && text[at] == '-') {
    ++at;
  } else {
    const std::string_view joiner = word_after(text, at);
    if (joiner != "and" && joiner != "or" && joiner != "to" && joiner != "through")
      return std::nullopt;
    at = text_end(text, joiner);
    if (at >= text.size() || text[at] != ' ') return std::nullopt;
    ++at;
  }
  std::size_t stop = at;
  while (stop < text.size() && stop - at < 3 && is_digit(text[stop])) ++stop;
  if (stop == at || stop - at > 2 ||
      (stop < text.size() && (is_alnum(text[stop]) || text[stop] == '%' || text[stop] == '-')))
    return std::nullopt;
  // "25, 1999" is fine; "25,000" is a count.
  if (stop + 1 < text.size() && text[stop] == ',' && is_digit(text[stop + 1])) return std::nullopt;
  // "April 24 and 25 people": a count of something.
  const std::string_view next = word_after(text, stop);
  static constexpr std::string_view kFollowers[] = {
      "",       "in",  "at",    "on",     "and",  "when",        "with", "to",
      "for",    "of",  "this",  "that",   "next", "last",        "as",   "after",
      "before", "but", "while", "during", "from", "respectively"};
  bool follows = false;
  for (std::string_view w : kFollowers) follows = follows || next == w;
  if (!follows) return std::nullopt;
  const int day = number(text.substr(at, stop - at));
  const int first_day = number(value.substr(8, 2));
  const int year = number(value.substr(0, 4));
  const int month = number(value.substr(5, 2));
  if (day <= first_day || day > days_in_month(year, month)) return std::nullopt;
  return other_day(at, stop, value, day, "day paired with ");
}

std::optional<Timex> paired_year(std::string_view text, const Timex& first) {
  const std::string_view value = first.value;
  const std::size_t at = first.end + 1;
  if (first.type != TimexType::kDate || value.size() != 4 || !is_later_year_after(text, first.end))
    return std::nullopt;
  Timex second;
  second.begin = at;
  second.end = at + 4;
  second.type = TimexType::kDate;
  second.value = std::string(text.substr(at, 4));
  second.interval = interval_of_timex_value(second.value);
  second.reason = "year ending a span from " + std::string(value);
  return second;
}

std::size_t digits_end(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && end - at < 3 && is_digit(text[end])) ++end;
  return end;
}

}  // namespace

std::size_t range_partner_at(std::string_view text, std::size_t at) {
  const std::size_t first_end = digits_end(text, at);
  if (first_end == at || first_end - at > 2 || first_end >= text.size())
    return std::string_view::npos;
  std::size_t next = first_end;
  if (text[next] == '-') {
    ++next;
  } else {
    const std::string_view joiner = word_after(text, next);
    if (joiner != "and" && joiner != "to") return std::string_view::npos;
    next = text_end(text, joiner);
    if (next >= text.size() || text[next] != ' ') return std::string_view::npos;
    ++next;
  }
  const std::size_t second_end = digits_end(text, next);
  if (second_end == next || second_end - next > 2 || second_end + 1 >= text.size() ||
      text[second_end] != ' ' || !is_alnum(text[second_end + 1]) || is_digit(text[second_end + 1]))
    return std::string_view::npos;
  return next;
}

std::optional<Timex> leading_day(std::string_view text, std::size_t begin, const Timex& second) {
  const std::string_view value = second.value;
  if (second.type != TimexType::kDate || value.size() != 10 || value[4] != '-' || value[7] != '-')
    return std::nullopt;
  const std::size_t end = digits_end(text, begin);
  const int day = number(text.substr(begin, end - begin));
  if (day < 1 || day >= number(value.substr(8, 2))) return std::nullopt;
  return other_day(begin, end, value, day, "day opening a range to ");
}

bool is_later_year_after(std::string_view text, std::size_t end) {
  if (end < 4 || end + 5 > text.size() || text[end] != '-') return false;
  for (std::size_t k = end - 4; k < end; ++k)
    if (!is_digit(text[k])) return false;
  for (std::size_t k = end + 1; k < end + 5; ++k)
    if (!is_digit(text[k])) return false;
  if (end + 5 < text.size() && (is_alnum(text[end + 5]) || text[end + 5] == '-')) return false;
  const int from = number(text.substr(end - 4, 4)), to = number(text.substr(end + 1, 4));
  return to > from && to - from <= 100;
}

std::optional<Timex> paired_date(std::string_view text, const Timex& first) {
  if (std::optional<Timex> day = paired_day(text, first)) return day;
  return paired_year(text, first);
}

}  // namespace annals::timex_detail
