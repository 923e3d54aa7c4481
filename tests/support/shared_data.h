// Access to ../shared (benchmarks and seeds). It is there in CI and absent in
// a user's clone: tests that need it skip cleanly.
#pragma once

#include <filesystem>
#include <string>

namespace annals::testing {

inline std::filesystem::path shared_dir() {
  return ANNALS_SHARED_DIR;
}
inline bool have_shared() {
  return std::filesystem::exists(shared_dir() / "SPEC.md");
}

}  // namespace annals::testing

// Use at the top of a TEST_CASE that reads ../shared.
#define ANNALS_REQUIRE_SHARED()                                      \
  do {                                                               \
    if (!::annals::testing::have_shared()) {                         \
      WARN("skipped: ../shared is not present beside the checkout"); \
      return;                                                        \
    }                                                                \
  } while (0)
