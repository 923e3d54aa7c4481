// JUnit XML for CI servers: one <testsuite> per batch file, one <testcase>
// per expectation, a <failure> with what was found when it does not hold.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annals/status.h"

namespace annals::cli {

struct JunitCase {
  std::string name;  // the expectation as written
  std::uint32_t line = 0;
  double seconds = 0;
  std::optional<std::string> failure;  // what was found, when it failed
};

struct JunitSuite {
  std::string file;  // the .dl file as given on the command line
  double seconds = 0;
  std::vector<JunitCase> cases;
  std::optional<std::string> error;  // a syntax or data error that stopped the file
};

// Escapes &, <, >, " and ' and drops characters XML 1.0 cannot carry.
std::string xml_escape(std::string_view text);

std::string render_junit(const std::vector<JunitSuite>& suites);
Status write_junit(const std::string& path, const std::vector<JunitSuite>& suites);

}  // namespace annals::cli
