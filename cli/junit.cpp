#include "junit.h"

#include <cstdio>
#include <fstream>

namespace annals::cli {
namespace {

std::string seconds_text(double seconds) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", seconds);
  return buffer;
}

// "samples/queries/ci.dl" -> "samples.queries.ci": the class name CI servers group by.
std::string class_name(const std::string& file) {
  std::string name = file;
  if (name.size() > 3 && name.compare(name.size() - 3, 3, ".dl") == 0) name.resize(name.size() - 3);
  while (name.rfind("./", 0) == 0) name.erase(0, 2);
  for (char& c : name)
    if (c == '/' || c == '\\') c = '.';
  return name;
}

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      case '\n':
        out += "&#10;";
        break;  // keeps line breaks inside attributes
      case '\t':
        out += "&#9;";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        // Other control characters are not allowed in XML 1.0 at all.
        if (static_cast<unsigned char>(c) >= 0x20) out += c;
    }
  }
  return out;
}

std::string render_junit(const std::vector<JunitSuite>& suites) {
  std::size_t tests = 0, failures = 0, errors = 0;
  double seconds = 0;
  for (const auto& suite : suites) {
    tests += suite.cases.size() + (suite.error ? 1 : 0);
    errors += suite.error ? 1 : 0;
    seconds += suite.seconds;
    for (const auto& c : suite.cases) failures += c.failure ? 1 : 0;
  }
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  xml += "<testsuites name=\"annals\" tests=\"" + std::to_string(tests) + "\" failures=\"" +
         std::to_string(failures) + "\" errors=\"" + std::to_string(errors) + "\" time=\"" +
         seconds_text(seconds) + "\">\n";
  for (const auto& suite : suites) {
    std::size_t suite_failures = 0;
    for (const auto& c : suite.cases) suite_failures += c.failure ? 1 : 0;
    const std::string file = xml_escape(suite.file);
    const std::string classname = xml_escape(class_name(suite.file));
    xml += "  <testsuite name=\"" + file + "\" file=\"" + file + "\" tests=\"" +
           std::to_string(suite.cases.size() + (suite.error ? 1 : 0)) + "\" failures=\"" +
           std::to_string(suite_failures) + "\" errors=\"" + (suite.error ? "1" : "0") +
           "\" skipped=\"0\" time=\"" + seconds_text(suite.seconds) + "\">\n";
    for (const auto& c : suite.cases) {
      xml += "    <testcase name=\"" + xml_escape(c.name) + "\" classname=\"" + classname +
             "\" file=\"" + file + "\" line=\"" + std::to_string(c.line) + "\" time=\"" +
             seconds_text(c.seconds) + "\"";
      if (!c.failure) {
        xml += "/>\n";
        continue;
      }
      const std::string where = suite.file + ":" + std::to_string(c.line);
      xml += ">\n      <failure message=\"" + xml_escape(where + ": found " + *c.failure) +
             "\" type=\"expectation\">" +
             xml_escape(where + ": expectation failed: " + c.name + "\nfound: " + *c.failure) +
             "</failure>\n    </testcase>\n";
    }
    if (suite.error) {
      xml += "    <testcase name=\"load " + file + "\" classname=\"" + classname + "\" file=\"" +
             file + "\" time=\"0.000\">\n      <error message=\"" + xml_escape(*suite.error) +
             "\" type=\"error\">" + xml_escape(*suite.error) + "</error>\n    </testcase>\n";
    }
    xml += "  </testsuite>\n";
  }
  xml += "</testsuites>\n";
  return xml;
}

Status write_junit(const std::string& path, const std::vector<JunitSuite>& suites) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError("cannot write JUnit report " + path);
  out << render_junit(suites);
  out.close();
  if (!out) return Status::IoError("cannot write JUnit report " + path);
  return Status::Ok();
}

}  // namespace annals::cli
