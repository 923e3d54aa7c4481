// Shouted text ("THE SENATE PASSED THE BILL ON SATURDAY") read as a careful
// reader would: every stage after tokenising leans on case to tell names
// from words, so a story in capitals would otherwise give no events at all.
#pragma once

#include <string>
#include <string_view>

namespace annals::text {

// True when `text` has enough letters to judge and nearly all are capitals.
bool is_shouted(std::string_view text);

// Rewrites the ASCII capitals of `text` in place, byte for byte (offsets
// stay valid): a word WordNet or the closed-class list knows becomes lower
// case; a known name ("RUSSIA", "SENATE", a title) and a word nobody knows
// (most likely a name: "SHOIGU") become capitalised; acronyms the name
// tables spell in capitals ("NATO") stay; month and weekday names and the
// first word of each line or sentence are capitalised.
void truecase_shouted(std::string& text);

}  // namespace annals::text
