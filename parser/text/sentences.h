// Sentence splitting of a document body (one block per line).
#pragma once

#include <string_view>
#include <vector>

#include "annals/sentence.h"

namespace annals::text {

// Splits every line of `body` into sentences. A line is at least one
// sentence (headlines have no final period). Abbreviations (U.S., Gen.,
// D-Ga., Jan., No.), initials and decimals do not end a sentence; closing
// quotes after the final mark stay with their sentence.
std::vector<Sentence> split_sentences(std::string_view body);

}  // namespace annals::text
