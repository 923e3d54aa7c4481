// A sentence of a document body, as byte offsets: what the sentence splitter
// (parser/text) gives and every later stage reads.
#pragma once

#include <cstddef>
#include <string_view>

namespace annals {

struct Sentence {
  std::size_t begin = 0;  // byte offsets into Document::body
  std::size_t end = 0;
  std::string_view text(std::string_view body) const { return body.substr(begin, end - begin); }
};

}  // namespace annals
