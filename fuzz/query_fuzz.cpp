// libFuzzer target: the query language front end (splitter, X3 grammar,
// checks) and a bounded evaluation, on a session with no store.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "annals/query.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view source(reinterpret_cast<const char*>(data), size);
  // Directives that reach the file system have their own target (.import).
  if (source.find(".import") != std::string_view::npos ||
      source.find(".read") != std::string_view::npos)
    return 0;
  annals::query::Limits limits;
  limits.max_derived_tuples = 20'000;
  limits.deadline_ms = 200;
  annals::query::Session session(nullptr, limits);
  auto result = session.run(source, "fuzz.dl");
  (void)result;
  return 0;
}
