// The date line and the dateline of a news page: the only dates the document
// layer reads itself (everything inside the story goes through tag_timexes).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "annals/date.h"

namespace annals::text {

// " date 2025-04-28", "Published on: 2025/04/28 10:00", "USA Today28-04-2025",
// "April 28, 2025 10:02 AM EDT", "Mon 28 Apr 2025 10.02 BST", "28 April 2025".
struct DateLineMatch {
  Day date = 0;
  std::string evidence;      // the words the date came from
  std::string outlet;        // text glued before the date ("USA Today"), if any
  std::size_t consumed = 0;  // bytes of the line used; the rest may be story text
};

// Matches a date line at the start of `line`. A labelled line ("date ...",
// "Published on: ...") may continue with other text; an unlabelled one must
// be the whole line. Impossible dates (2025-02-30) do not match.
std::optional<DateLineMatch> match_date_line(std::string_view line);

// "SEOUL, April 28 (Reuters) -", "WASHINGTON, March 3, 2025 -",
// "SEOUL, South Korea (AP) —", "SEOUL:".
struct DatelineMatch {
  std::string place;   // "SEOUL"
  std::string region;  // "South Korea"
  std::string outlet;  // "Reuters"
  int year = 0;        // 0 when the dateline has no year ("SEOUL, April 28")
  int month = 0;       // 0 when the dateline has no date
  int day = 0;
  std::string evidence;
  std::size_t consumed = 0;  // bytes up to and including the dash
};

std::optional<DatelineMatch> match_dateline(std::string_view line);

}  // namespace annals::text
