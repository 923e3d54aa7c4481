#include <catch2/catch.hpp>

#include "dateline.h"

using annals::text::match_date_line;
using annals::text::match_dateline;

TEST_CASE("date lines in the formats news pages use", "[text][dateline]") {
  struct Case {
    const char* line;
    const char* date;
    const char* outlet;
  };
  const Case cases[] = {
      {" date 2024-11-05", "2024-11-05", ""},
      {"Published on: 2024/11/05 08:30", "2024-11-05", ""},
      {"Daily Planet05-11-2024", "2024-11-05", "Daily Planet"},
      {"November 5, 2024 10:02 AM EST", "2024-11-05", ""},
      {"Tue 5 Nov 2024 10.02 GMT", "2024-11-05", ""},
      {"5 November 2024", "2024-11-05", ""},
      {"Updated: Nov. 5, 2024", "2024-11-05", ""},
      {"2024-11-05T10:02:00Z", "2024-11-05", ""},
      {"Published 3:15 PM EST, Tue November 5, 2024", "2024-11-05", ""},
      {"By Ana Ruiz | November 5, 2024", "2024-11-05", ""},
      {"Harbour Gazette \xC2\xB7 5 November 2024", "2024-11-05", "Harbour Gazette"},
      // Newswire headers (LDC): ISO, or US month-first when both parts could be either.
      {"XYZ20241105.0042  NEWS STORY  2024-11-05 03:03", "2024-11-05", ""},
      {"XYZ20240807.0261  NEWS STORY  08/07/2024 22:52:00", "2024-08-07", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line);
    auto match = match_date_line(c.line);
    REQUIRE(match);
    CHECK(annals::format_day(match->date) == c.date);
    CHECK(match->outlet == c.outlet);
  }
}

TEST_CASE("things that are not date lines", "[text][dateline]") {
  for (const char* line :
       {"Updated 56 minutes ago", " date 2025-02-30", "31 April 2024",
        "The vote on 5 November 2024 was close and the count took days.", "7m ago"}) {
    CAPTURE(line);
    CHECK_FALSE(match_date_line(line));
  }
}

TEST_CASE("a labelled date line leaves the rest of its line as story text", "[text][dateline]") {
  const std::string line = " date 2024-11-05 LAGOS: Voters queued from dawn.";
  auto match = match_date_line(line);
  REQUIRE(match);
  CHECK(std::string_view(line).substr(match->consumed).find("LAGOS:") != std::string_view::npos);
}

TEST_CASE("datelines: place, date, outlet", "[text][dateline]") {
  auto reuters =
      match_dateline("NAIROBI, March 3 (Reuters) - Kenya's central bank cut its main rate.");
  REQUIRE(reuters);
  CHECK(reuters->place == "NAIROBI");
  CHECK(reuters->outlet == "Reuters");
  CHECK(reuters->month == 3);
  CHECK(reuters->day == 3);
  CHECK(reuters->year == 0);

  auto dated = match_dateline("QUITO, March 3, 2025 - Ecuador's assembly met.");
  REQUIRE(dated);
  CHECK(dated->place == "QUITO");
  CHECK(dated->year == 2025);
  CHECK(dated->day == 3);
  CHECK_FALSE(match_dateline("QUITO, February 30, 2025 - Nothing."));

  auto ap = match_dateline("LIMA, Peru (AP) \xE2\x80\x94 Peru's congress voted on Friday.");
  REQUIRE(ap);
  CHECK(ap->place == "LIMA");
  CHECK(ap->region == "Peru");
  CHECK(ap->outlet == "AP");
  CHECK(ap->month == 0);

  auto bare = match_dateline("OSLO: The government resigned.");
  REQUIRE(bare);
  CHECK(bare->place == "OSLO");

  CHECK_FALSE(match_dateline("FILE - A crowd gathers outside the court in Oslo."));
  CHECK_FALSE(match_dateline("The ministry said the talks would resume."));
}

TEST_CASE("datelines with the place in title case need a date or an outlet", "[text][dateline]") {
  auto dated = match_dateline("Quito, March 3, 2025 - Ecuador's assembly met.");
  REQUIRE(dated);
  CHECK(dated->place == "Quito");
  CHECK(dated->year == 2025);
  CHECK(dated->month == 3);
  auto agency = match_dateline("San Juan (Reuters) - The island's governor spoke.");
  REQUIRE(agency);
  CHECK(agency->place == "San Juan");
  CHECK(agency->outlet == "Reuters");
  // Title-case words and a dash without either are a sentence, not a dateline.
  CHECK_FALSE(match_dateline("Officials - and their aides - left early."));
  CHECK_FALSE(match_dateline("On Monday, March 3 - the day of the vote - crowds gathered."));
}
