// CAT XML (the MEANTIME annotation tool's format, used by SemEval-2015 Task 4):
// pre-tokenised documents with numbered sentences, a creation-time TIMEX3 and,
// in annotated files, EVENT_MENTION markables.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "annals/document.h"
#include "annals/status.h"

namespace annals {

struct CatToken {
  std::uint32_t id = 0;        // t_id, 1-based
  std::uint32_t sentence = 0;  // 0 = headline, 1 = dateline
  std::string text;            // entities decoded
};

struct CatMarkable {
  std::string kind;                   // "TIMEX3", "EVENT_MENTION", "ENTITY_MENTION", ...
  std::string id;                     // m_id
  std::string value;                  // TIMEX3 value
  std::string function;               // TIMEX3 functionInDocument
  std::vector<std::uint32_t> tokens;  // token_anchor t_ids
};

struct CatDocument {
  std::string doc_id;  // the number gold mentions use; not the file name
  std::string doc_name;
  std::string url;
  std::vector<CatToken> tokens;  // in document order
  std::vector<CatMarkable> markables;
};

// Parses CAT XML held in memory; `name` labels errors. Fails on a missing
// <Document doc_id>, on no tokens, and on tokens out of sentence order.
Result<CatDocument> parse_cat(std::string_view xml, std::string_view name);

// Whether `bytes` look like a CAT document (a <Document> root with tokens).
bool looks_like_cat(std::string_view bytes);

// The document annals ingests: named by doc_id, body = each sentence's tokens
// joined by single spaces, one sentence a line (so sentence index == CAT
// sentence number), tokens kept with their offsets, title = sentence 0.
// Date: the CREATION_TIME value, unless the dateline (sentence 1) names a
// different day or the value is malformed; then the dateline wins, with a
// warning.
Result<Document> cat_to_document(const CatDocument& cat);

// read + parse_cat + cat_to_document; errors name the file.
Result<Document> read_cat_document(const std::filesystem::path& path);

}  // namespace annals
