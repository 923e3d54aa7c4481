#include "annals/document.h"

namespace annals {

std::string_view date_source_name(DateSource s) {
  switch (s) {
    case DateSource::kNone: return "none";
    case DateSource::kDateLine: return "date line";
    case DateSource::kDateline: return "dateline";
    case DateSource::kUser: return "user";
    case DateSource::kInferred: return "inferred";
  }
  return "none";
}

Status check_text(std::string_view) { return Status::Ok(); }

Result<Document> parse_text_document(std::string name, std::string_view bytes,
                                     const DocumentOptions& options) {
  Document doc;
  doc.name = std::move(name);
  doc.body = std::string(bytes);
  doc.date = options.date;
  return doc;
}

Result<Document> parse_html_document(std::string name, std::string_view bytes,
                                     const DocumentOptions& options) {
  return parse_text_document(std::move(name), bytes, options);
}

}  // namespace annals
