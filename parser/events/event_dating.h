// date_event_sites (annals/event_time.h) for a caller that has tokenised the
// sentences already: the extraction's entity recogniser has, and the dating
// need not read the text a second time.
#pragma once

#include <span>
#include <vector>

#include "annals/event_time.h"
#include "tokens.h"

namespace annals {

// `sentence_tokens[s]` are text::tokenize's tokens of input.sentences[s];
// any other number of them than of sentences is ignored (the text is read).
std::vector<EventTime> date_event_sites(const DatingInput& input,
                                        std::span<const DatingSite> sites,
                                        std::span<const std::vector<text::Token>> sentence_tokens);

}  // namespace annals
