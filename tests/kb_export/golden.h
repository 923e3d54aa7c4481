// Golden-file comparison: the expected output sits in tests/kb_export/golden.
// Set ANNALS_UPDATE_GOLDEN=1 to rewrite the files after a deliberate change
// (and review the diff before committing).
#pragma once

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace annals::testing {

inline std::filesystem::path golden_path(const std::string& name) {
  return std::filesystem::path(ANNALS_SOURCE_DIR) / "tests" / "kb_export" / "golden" / name;
}

inline std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Empty when equal, else the first differing line as a small diff.
inline std::string first_difference(const std::string& expected, const std::string& actual) {
  if (expected == actual) return "";
  const auto e = split_lines(expected);
  const auto a = split_lines(actual);
  for (std::size_t i = 0; i < std::max(e.size(), a.size()); ++i) {
    const std::string* el = i < e.size() ? &e[i] : nullptr;
    const std::string* al = i < a.size() ? &a[i] : nullptr;
    if (el && al && *el == *al) continue;
    std::ostringstream msg;
    msg << "first difference at line " << i + 1 << ":\n"
        << "- " << (el ? *el : "<end of golden file>") << "\n"
        << "+ " << (al ? *al : "<end of output>") << "\n";
    return msg.str();
  }
  return "outputs differ in line endings or the final newline";
}

inline void check_golden(const std::string& name, const std::string& actual) {
  const auto path = golden_path(name);
  if (const char* update = std::getenv("ANNALS_UPDATE_GOLDEN"); update && *update == '1') {
    std::ofstream(path, std::ios::binary) << actual;
    WARN("rewrote " << path.string());
    return;
  }
  std::ifstream in(path, std::ios::binary);
  INFO("golden file " << path.string() << " (rewrite with ANNALS_UPDATE_GOLDEN=1)");
  REQUIRE(in.good());
  std::ostringstream expected;
  expected << in.rdbuf();
  const std::string diff = first_difference(expected.str(), actual);
  INFO(diff);
  CHECK(diff.empty());
}

}  // namespace annals::testing
