// HTML to plain text with the block structure kept as lines.
#pragma once

#include <string>
#include <string_view>

namespace annals::text {

// Drops tags, comments, script/style/noscript/template contents; block-level
// tags and <br> become line breaks; character references are decoded.
std::string html_to_text(std::string_view html);

}  // namespace annals::text
