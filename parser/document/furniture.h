// Page furniture: everything on a scraped news page that is not the story
// (navigation, credits, teasers of other stories, comment prompts).
#pragma once

#include <string_view>
#include <vector>

namespace annals::text {

enum class LineVerdict : unsigned char {
  kStory,
  kFurniture,  // drop this line
  kStoryEnd,   // a heading after which only other stories follow
};

// Judges one line on its own words (furniture phrases, link teasers, photo
// credits, relative times, reporting credits, short non-sentences).
// `in_header`: the story has not started yet, so unterminated lines are
// headlines or standfirsts.
LineVerdict judge_line(std::string_view line, bool in_header);

// True when the line reads as a full sentence: ends in . ! ? or a closing
// quote or parenthesis.
bool is_terminated(std::string_view line);

// Keeps the story lines of a page, in order: applies judge_line, drops
// repeated lines and lines equal to `title`, stops at story-end headings,
// and cuts appended teasers of other stories: a later line naming two or
// more entities, none shared with the opening lines, that looks like a
// teaser (an all-caps kicker or no final period) ends the story.
std::vector<std::string_view> story_lines(const std::vector<std::string_view>& lines,
                                          std::string_view title);

}  // namespace annals::text
