// The ingest pipeline: input paths -> documents -> extraction -> the store.
// Kept out of the command so the end-to-end tests and the benchmark can
// drive it directly.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "annals/date.h"
#include "annals/kb.h"
#include "annals/status.h"

namespace annals::cli {

// What a JSON Lines record or standard input carries besides its path.
struct InputRecord {
  // JSONL: the record's text, or empty when it is read again from the file
  // (`offset`, `length`: the line's bytes) so a big feed is not held in
  // memory; stdin: its bytes.
  std::string text;
  std::uint64_t offset = 0;
  std::uint64_t length = 0;
  std::size_t line = 0;     // JSONL: the record's line
  std::optional<Day> date;  // JSONL: the record's date
  std::string outlet;
  std::string url;
};

// One article to ingest: a file, or one line of a JSONL file. A file is a
// path and a name only: a list of a million files stays small.
struct InputItem {
  std::string path;                           // file path, or "-" for stdin
  std::string name;                           // document name, unique (see collect_inputs)
  std::string format;                         // "txt", "html", "cat" or "jsonl-line"
  std::shared_ptr<const InputRecord> record;  // JSONL and stdin only
};

// collect_inputs (inputs.h) makes these from the paths named.

struct IngestOptions {
  std::optional<Day> date;  // --date: overrides every document's own date
  std::string outlet;       // --outlet
  std::string url;          // --url: the address of documents that give none themselves
  std::size_t jobs = 0;     // -j: extraction threads (0: all cores); the output is the same
};

struct IngestTotals {
  std::uint64_t documents = 0;
  std::uint64_t unchanged = 0;
  std::uint64_t replaced = 0;  // a stored document of the same name had other text
  std::uint64_t skipped = 0;   // no story text: nothing to store
  std::uint64_t failed = 0;
  std::uint64_t bytes = 0;
  std::uint64_t events_new = 0;
  std::uint64_t events_merged = 0;
  std::uint64_t warnings = 0;
  std::uint64_t inferred_dates = 0;
  // CPU seconds the writer thread spent in the store (put_document and group
  // commits): with -j N the parse runs beside it, so this bounds the rate.
  double store_cpu_seconds = 0;
};

struct IngestCallbacks {
  // A file that could not be ingested (the run goes on with the others).
  std::function<void(const std::string& message)> error;
  std::function<void(const std::string& message)> warning;
  // After each document: items done, total items, bytes so far.
  std::function<void(std::size_t done, std::size_t total, std::uint64_t bytes)> progress;
};

// Ingests every item: parsing and extraction run on `options.jobs` threads,
// one thread writes the store, whole documents in groups of 1,000 (or 8 MB)
// per atomic write. Documents with a date go first; those without one are
// then dated from the events they share with the stored ones (inferred), or
// stored undated with a warning. The store is opened for writing only when
// the first document is ready, so a run whose inputs all fail leaves the
// knowledge base untouched.
Result<IngestTotals> ingest_all(const std::string& db_path, const std::vector<InputItem>& items,
                                const IngestOptions& options, const IngestCallbacks& callbacks);

}  // namespace annals::cli
