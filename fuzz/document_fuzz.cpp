// libFuzzer target: the document reader. The first byte picks the format
// (text, HTML, JSON Lines, CAT XML); the rest is the file. A document that
// reads is also run through event extraction, as `annals ingest` would.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "../cli/inputs.h"
#include "../cli/text_encoding.h"
#include "annals/cat.h"
#include "annals/document.h"
#include "annals/events.h"

namespace {

void extract(const annals::Result<annals::Document>& doc) {
  if (doc.ok() && !doc->body.empty()) (void)annals::extract_events(*doc);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const int format = data[0] % 4;
  auto bytes = annals::cli::to_utf8(std::string(reinterpret_cast<const char*>(data + 1), size - 1));
  if (!bytes.ok()) return 0;
  annals::DocumentOptions options;
  switch (format) {
    case 0:
      extract(annals::parse_text_document("fuzz.txt", *bytes, options));
      break;
    case 1:
      extract(annals::parse_html_document("fuzz.html", *bytes, options));
      break;
    case 2: {
      auto records = annals::cli::parse_jsonl(*bytes, "fuzz.jsonl", "fuzz.jsonl");
      for (const auto& item : records.items)
        extract(annals::parse_text_document(item.name, item.inline_text, options));
      break;
    }
    default: {
      auto cat = annals::parse_cat(*bytes, "fuzz.xml");
      if (cat.ok()) extract(annals::cat_to_document(*cat));
      break;
    }
  }
  return 0;
}
