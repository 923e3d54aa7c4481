// A TimeML TEXT read as a Document, byte for byte, so that what the later
// stages find can be written back as tags at the same offsets.
#include "annals/timeml.h"
#include "sentences.h"

namespace annals {

Document timeml_as_document(const TimemlDocument& doc) {
  Document out;
  out.name = doc.name;
  out.date = doc.dct;
  out.date_source = doc.dct ? DateSource::kUser : DateSource::kNone;
  out.date_evidence = doc.dct_value;
  out.body = doc.text;
  // One paragraph a line, as the sentence splitter reads a body: a single
  // line end (wrapped text) becomes a space, a blank line stays a break.
  std::string& body = out.body;
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] == '\r') {
      body[i] = ' ';
      continue;
    }
    if (body[i] != '\n') continue;
    std::size_t next = i + 1;
    while (next < body.size() && (body[next] == ' ' || body[next] == '\t' || body[next] == '\r'))
      ++next;
    std::size_t prev = i;
    while (prev > 0 && (body[prev - 1] == ' ' || body[prev - 1] == '\t' || body[prev - 1] == '\r'))
      --prev;
    const bool blank_after = next >= body.size() || body[next] == '\n';
    const bool blank_before = prev == 0 || body[prev - 1] == '\n';
    if (!blank_after && !blank_before) body[i] = ' ';
  }
  out.sentences = text::split_sentences(out.body);
  return out;
}

}  // namespace annals
