// The document dater: the date of a page's story, and where it came from.
//
// It collects every full date in the page's head zone (a bounded prefix),
// on labelled lines further down ("First Published: ..."), in the address
// and in the page's metadata; scores each by its cues (a label, a byline or
// agency next to it, a wire dateline, standing alone on its line, its
// position); checks them against each other and the calendar; and keeps the
// best, or none when nothing dates the story. No date is better than a wrong
// one.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annals/date.h"
#include "structured_date.h"

namespace annals::text {

// Where a winning date came from, best cue first.
enum class DateKind : unsigned char {
  kNone,
  kRecord,    // the input record's own date (JSON Lines "date")
  kMeta,      // HTML metadata: meta tags, microdata, JSON-LD, <time>
  kDateLine,  // a labelled date line ("Published: ...") or a date alone on its line
  kDateline,  // a wire dateline with its year ("WASHINGTON, March 3, 2021 -")
  kByline,    // next to a byline, agency or source ("| MAR 3, 2021 | 7:45 AM")
  kUrl,       // the page's address ("/2021/03/03/")
};

struct DaterInput {
  std::vector<std::string_view> lines;  // the page as text, one block a line
  std::string_view url;
  std::vector<StructuredDate> structured;  // from the HTML (html_dates)
  std::optional<Day> record_date;          // JSON Lines "date"
  Day latest = 0;  // the latest possible date (today); later ones are no dates
};

struct DaterVerdict {
  std::optional<Day> date;
  DateKind kind = DateKind::kNone;
  std::string evidence;  // the words or field it came from: "| MAR 3, 2021 | 7:45 AM"
  std::vector<std::string> warnings;
};

DaterVerdict date_page(const DaterInput& input);

// Bytes and lines of the head zone: every date there is a candidate. Past it
// only short labelled lines count, up to kLabelZoneBytes.
inline constexpr std::size_t kHeadZoneBytes = 8192;
inline constexpr std::size_t kHeadZoneLines = 60;
inline constexpr std::size_t kLabelZoneBytes = 65536;

}  // namespace annals::text
