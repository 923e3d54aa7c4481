// The date a page's address gives it: "/2021/03/03/", "/2021-03/03/",
// "/20210303/", "-20210303-", "/2103/03/" (two-digit year and month),
// "/2009/apr/07/", "...puri20200205165120/" (date and clock).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace annals::text {

struct UrlDate {
  int year = 0, month = 0;
  int day = 0;           // 0: the address gives only a month ("/2009/05/")
  std::string evidence;  // the part of the address it came from: "/2021/03/03/"
  // A day-first piece whose order nothing settles ("-03022022-"): the
  // month-first reading; 0 when the order is certain.
  int alt_month = 0, alt_day = 0;
};

// The first date in the path of `url` (the host is never read); one whose
// order is in doubt only when no other full date is there. Years outside
// 1990..`latest_year` and impossible dates are no dates.
std::optional<UrlDate> url_date(std::string_view url, int latest_year);

}  // namespace annals::text
