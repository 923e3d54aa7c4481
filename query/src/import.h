// `.import "FILE" REL`: CSV or TSV rows as facts of a user relation.
#pragma once

#include <string>
#include <variant>

#include "program.h"

namespace annals::query {

struct ImportSummary {
  std::size_t rows = 0;
  int arity = 0;
  bool header = false;
};

// Delimiter from the extension (.csv, .tsv), else sniffed from the first
// line. A first row of lower-case identifiers over data that is not is a
// header. Numbers become numbers, ISO dates dates. Errors name the line.
std::variant<ImportSummary, std::string> import_delimited(const std::string& path,
                                                          const std::string& relation,
                                                          Program& program, SymbolTable& symbols);

}  // namespace annals::query
