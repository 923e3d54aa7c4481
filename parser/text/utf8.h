// UTF-8 validation and repair for article bytes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace annals::text {

// Offset of the first byte that does not start a well-formed UTF-8 sequence.
std::optional<std::size_t> first_invalid_utf8(std::string_view bytes);

// Copies bytes with every ill-formed sequence replaced by U+FFFD.
std::string repair_utf8(std::string_view bytes);

// Length of the well-formed sequence at bytes[i], or 0 when ill-formed.
std::size_t utf8_sequence_length(std::string_view bytes, std::size_t i);

// Decodes the code point at bytes[i] (which must be well-formed).
char32_t decode_utf8(std::string_view bytes, std::size_t i, std::size_t* length);

void append_utf8(std::string& out, char32_t cp);

// Upper case of ASCII and Latin-1 letters ("août" -> "AOÛT", "märz" ->
// "MÄRZ"), the letters of the western European names the parser reads;
// other code points are copied. `first_only`: just the first letter ("Août").
std::string upper_latin(std::string_view utf8, bool first_only = false);

}  // namespace annals::text
