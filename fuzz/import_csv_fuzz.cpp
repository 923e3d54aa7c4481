// libFuzzer target: `.import "FILE" REL` on CSV and TSV. The importer reads a
// file, so each input is written to one scratch file first; the first byte
// picks the extension (and with it the delimiter).
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

#include "../query/src/import.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const std::string stem = "/tmp/annals-fuzz-import-" + std::to_string(getpid());
  const std::string path = stem + ((data[0] & 1) ? ".tsv" : (data[0] & 2) ? ".csv" : ".txt");
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
  }
  annals::query::Program program;
  annals::query::SymbolTable symbols;
  auto imported = annals::query::import_delimited(path, "fuzzed", program, symbols);
  (void)imported;
  return 0;
}
