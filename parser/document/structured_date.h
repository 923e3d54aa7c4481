// Dates a page states for machines: HTML meta tags, microdata, JSON-LD and
// <time datetime>. Read from the raw bytes, before tags are stripped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "annals/date.h"

namespace annals::text {

struct StructuredDate {
  Day date = 0;
  bool updated = false;  // a modification date (article:modified_time, dateModified)
  int rank = 0;          // lower is more specific: article:published_time 0 ... <time> 3
  std::string how;       // "meta article:published_time", "json-ld datePublished"
};

// Every publication or modification date in the first `limit` bytes of
// `html`, most specific first. Values are ISO 8601 ("2021-03-03T07:45:00Z",
// "2021-03-03"), compact ("20210303") or written ("Wed, 03 Mar 2021").
std::vector<StructuredDate> html_dates(std::string_view html, std::size_t limit = 1 << 20);

}  // namespace annals::text
