#include <catch2/catch.hpp>

#include "annals/date.h"

using namespace annals;

TEST_CASE("day numbers round-trip through the civil calendar", "[date]") {
  for (Day d = to_day({1600, 1, 1}); d <= to_day({2400, 12, 31}); d += 37) {
    const Ymd ymd = to_ymd(d);
    REQUIRE(is_valid_date(ymd.year, ymd.month, ymd.day));
    REQUIRE(to_day(ymd) == d);
  }
  CHECK(to_day({1970, 1, 1}) == 0);
  CHECK(format_day(to_day({2025, 4, 28})) == "2025-04-28");
}

TEST_CASE("weekdays and ISO weeks match the calendar", "[date]") {
  CHECK(weekday(to_day({2025, 4, 28})) == 1);  // a Monday
  CHECK(weekday(to_day({2025, 4, 26})) == 6);  // a Saturday
  CHECK(weekday(to_day({1969, 12, 31})) == 3);
  CHECK(iso_week(to_day({2025, 4, 24})).week == 17);
  CHECK(iso_week(to_day({2021, 1, 1})).year == 2020);  // belongs to 2020-W53
  CHECK(iso_week(to_day({2021, 1, 1})).week == 53);
  CHECK(iso_week_start(2025, 17) == to_day({2025, 4, 21}));
}

TEST_CASE("impossible dates are rejected", "[date]") {
  CHECK_FALSE(is_valid_date(2025, 2, 29));
  CHECK(is_valid_date(2024, 2, 29));
  CHECK_FALSE(is_valid_date(2025, 2, 30));
  CHECK_FALSE(is_valid_date(0, 1, 1));
  CHECK_FALSE(is_valid_date(99999, 1, 1));
  CHECK_FALSE(parse_day("2025-02-30"));
  CHECK_FALSE(parse_day("2025-13-01"));
  CHECK_FALSE(parse_day("2025-4-28"));
  CHECK(parse_day("2025-04-28") == to_day({2025, 4, 28}));
}

TEST_CASE("TIMEX3 values name calendar intervals", "[date]") {
  struct Row {
    const char* value;
    const char* start;
    const char* end;
    Granularity g;
  };
  const Row rows[] = {
      {"2025-04-28", "2025-04-28", "2025-04-28", Granularity::kDay},
      {"2025-04-28T10:00", "2025-04-28", "2025-04-28", Granularity::kDay},
      {"2025-04", "2025-04-01", "2025-04-30", Granularity::kMonth},
      {"2024-02", "2024-02-01", "2024-02-29", Granularity::kMonth},
      {"2024", "2024-01-01", "2024-12-31", Granularity::kYear},
      {"2025-W17", "2025-04-21", "2025-04-27", Granularity::kWeek},
      {"2025-W17-WE", "2025-04-26", "2025-04-27", Granularity::kDay},
      {"2024-FA", "2024-09-01", "2024-11-30", Granularity::kSeason},
      {"2024-WI", "2024-12-01", "2025-02-28", Granularity::kSeason},
      {"2025-Q1", "2025-01-01", "2025-03-31", Granularity::kQuarter},
      {"2025-H2", "2025-07-01", "2025-12-31", Granularity::kHalf},
      {"199", "1990-01-01", "1999-12-31", Granularity::kDecade},
      {"20", "2000-01-01", "2099-12-31", Granularity::kCentury},
  };
  for (const Row& r : rows) {
    INFO(r.value);
    auto in = interval_of_timex_value(r.value);
    REQUIRE(in);
    CHECK(format_day(in->start) == r.start);
    CHECK(format_day(in->end) == r.end);
    CHECK(in->granularity == r.g);
  }
  for (const char* bad : {"PRESENT_REF", "P6M", "XXXX-WI", "2025-02-30", "2025-13", "", "abcd"}) {
    INFO(bad);
    CHECK_FALSE(interval_of_timex_value(bad));
  }
}

TEST_CASE("intervals print at their own precision", "[date]") {
  for (const char* v : {"2025-04-28", "2025-04", "2024", "2025-W17", "2024-FA", "2025-Q1", "199"}) {
    INFO(v);
    CHECK(format_interval(*interval_of_timex_value(v)) == v);
  }
}
