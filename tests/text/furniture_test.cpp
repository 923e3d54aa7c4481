#include <catch2/catch.hpp>

#include "furniture.h"

using annals::text::judge_line;
using annals::text::LineVerdict;
using annals::text::story_lines;

TEST_CASE("each kind of page furniture is recognised", "[text][furniture]") {
  struct Case {
    const char* line;
    LineVerdict verdict;
  };
  const Case cases[] = {
      {"Related Articles", LineVerdict::kStoryEnd},
      {"More Stories", LineVerdict::kStoryEnd},
      {"Keep Reading", LineVerdict::kStoryEnd},
      {"The Latest", LineVerdict::kStoryEnd},
      {"Comments", LineVerdict::kStoryEnd},
      {"No comments yet...", LineVerdict::kStoryEnd},
      {"Comments are closed.", LineVerdict::kStoryEnd},
      {"Leave a Reply", LineVerdict::kStoryEnd},
      {"Please enable JavaScript to view the comments powered by Disqus.", LineVerdict::kFurniture},
      {"Featured", LineVerdict::kFurniture},
      {"OPINION", LineVerdict::kFurniture},
      {"You must be logged in to add a comment.", LineVerdict::kFurniture},
      {"DOWNLOAD THE APP", LineVerdict::kFurniture},
      {"Try Our AI Features", LineVerdict::kFurniture},
      {"More: Floods cut the highway north of the capital", LineVerdict::kFurniture},
      {"Read also: Central bank holds rates for a third month", LineVerdict::kFurniture},
      {"Credit: AP", LineVerdict::kFurniture},
      {"Photo: AFP", LineVerdict::kFurniture},
      {"(AP Photo/Jane Roe)", LineVerdict::kFurniture},
      {"time26 minutes ago", LineVerdict::kFurniture},
      {"7m ago", LineVerdict::kFurniture},
      {"Updated 56 minutes ago", LineVerdict::kFurniture},
      {"(Reporting by Ana Silva; Editing by Tom Hale)", LineVerdict::kFurniture},
      {"Yahoo", LineVerdict::kFurniture},
      {"Mira Osei, Coast News.", LineVerdict::kFurniture},
      // An inline headline teaser: no final period, present-tense "says".
      {"Coast guard says storm sank two fishing boats overnight", LineVerdict::kFurniture},
      {"The storm sank two fishing boats overnight, the coast guard said.", LineVerdict::kStory},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line);
    CHECK(judge_line(c.line, false) == c.verdict);
  }
}

TEST_CASE("a photo caption of the story stays, one after More Stories goes", "[text][furniture]") {
  const std::string caption =
      "FILE - The two leaders shake hands in Hanoi, Vietnam, March 2, 2019. (Photo via AP, File)";
  CHECK(judge_line(caption, true) == LineVerdict::kStory);

  const std::string other_caption =
      "A firefighter works at a burning warehouse in Lyon, France, Sunday, May 4, 2025. (AP "
      "Photo/Jo Doe)";
  const std::vector<std::string_view> lines = {
      "Unions in France called a national strike on Monday over the pension reform.",
      caption,
      "The strike closed schools and halted trains across the country, officials said.",
      "More Stories",
      other_caption,
      "Police arrested three men after the warehouse fire, prosecutors said.",
  };
  const auto kept = story_lines(lines, "");
  REQUIRE(kept.size() == 3);
  CHECK(kept[1] == caption);
}

TEST_CASE("appended teasers of unrelated stories end the story", "[text][furniture]") {
  const std::vector<std::string_view> lines = {
      "Kenya's parliament approved a new finance bill on Tuesday after a heated debate in Nairobi.",
      "The bill raises taxes on mobile money transfers, Kenya's treasury said.",
      "Opposition lawmakers in Nairobi walked out before the vote.",
      "President William Ruto is expected to sign the bill next week.",
      "HARBOUR TALKS: Norway and Iceland opened fishing quota talks in Reykjavik as Oslo pressed "
      "for a "
      "larger share of the mackerel catch, while Icelandic officials said",
      "The Kenyan shilling weakened after the vote.",
  };
  const auto kept = story_lines(lines, "");
  CHECK(kept.size() == 4);
}

TEST_CASE("repeated lines and the title are dropped", "[text][furniture]") {
  const std::vector<std::string_view> lines = {
      "Quake shakes southern Peru",
      "Quake shakes southern Peru",
      "A strong earthquake shook southern Peru on Sunday, the geophysical institute said.",
      "A strong earthquake shook southern Peru on Sunday, the geophysical institute said.",
  };
  const auto kept = story_lines(lines, "Quake shakes southern Peru");
  REQUIRE(kept.size() == 1);
}
