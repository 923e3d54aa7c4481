// libFuzzer target: the TimeML reader (`annals timex`, the TempEval scorers).
#include <cstddef>
#include <cstdint>
#include <string>

#include "annals/timeml.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto doc =
      annals::parse_timeml(std::string(reinterpret_cast<const char*>(data), size), "fuzz.tml");
  (void)doc;
  return 0;
}
