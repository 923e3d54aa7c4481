// What `annals ingest` was named -> the articles to ingest, each with a
// document name of its own.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest.h"

namespace annals::cli {

struct Inputs {
  std::vector<InputItem> items;
  // Inputs that could not be read (a missing path, a bad JSON Lines line,
  // an unreadable folder): each one is counted failed, the others go on.
  std::vector<std::string> errors;
  std::vector<std::string> warnings;  // a symbolic-link loop not followed
};

// Expands files and folders (recursively: .txt, .html, .htm, .jsonl, .md,
// CAT .xml) into input items; "-" reads stdin as one text document.
//
// A document's name is unique: a named file is its base name; a file found
// in a named folder is its path relative to that folder ("2024/story.txt");
// a JSON Lines record adds its line ("news.jsonl#3"); standard input is
// "stdin-" and a hash of its bytes. When two named paths yield the same
// name, each is named by the path as given instead.
Inputs collect_inputs(const std::vector<std::string>& paths);

// The records of JSON Lines `bytes` read from `path`, one item a line named
// "NAME#LINE"; a bad line (not a JSON object, no "text", an impossible
// "date") is an error "PATH:LINE: ..." and the other lines go on.
struct JsonlRecords {
  std::vector<InputItem> items;
  std::vector<std::string> errors;
};
JsonlRecords parse_jsonl(std::string_view bytes, const std::string& path, const std::string& name);

// The text of a JSON Lines record that collect_inputs left in its file.
Result<std::string> jsonl_text(const InputItem& item);

// FNV-1a 64 of `bytes` as 12 hex digits: enough to tell stdin texts apart.
std::string short_hash(std::string_view bytes);

}  // namespace annals::cli
