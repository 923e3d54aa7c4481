// JUnit XML as CI servers read it.
#include <catch2/catch.hpp>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <sstream>

#include "junit.h"

namespace pt = boost::property_tree;

TEST_CASE("JUnit XML is well-formed and counts failures", "[cli_query][junit]") {
  annals::cli::JunitSuite suite{"ci/checks.dl", 0.25, {}, std::nullopt};
  suite.cases.push_back({"expect some : { event(E, sign) }", 3, 0, std::nullopt});
  suite.cases.push_back(
      {"expect count : { p(X) } < 2 & \"x\"", 7, 0, std::string("count = 5 <too many>")});
  const std::string xml = annals::cli::render_junit({suite});

  pt::ptree tree;
  std::istringstream in(xml);
  REQUIRE_NOTHROW(pt::read_xml(in, tree));
  CHECK(tree.get<int>("testsuites.<xmlattr>.tests") == 2);
  CHECK(tree.get<int>("testsuites.<xmlattr>.failures") == 1);
  const auto& ts = tree.get_child("testsuites.testsuite");
  CHECK(ts.get<std::string>("<xmlattr>.name") == "ci/checks.dl");
  int failures = 0;
  for (const auto& [tag, node] : ts) {
    if (tag != "testcase") continue;
    if (auto failure = node.get_child_optional("failure")) {
      ++failures;
      CHECK(node.get<int>("<xmlattr>.line") == 7);
      CHECK(node.get<std::string>("<xmlattr>.name") == "expect count : { p(X) } < 2 & \"x\"");
      CHECK(failure->get<std::string>("<xmlattr>.message").find("count = 5 <too many>") !=
            std::string::npos);
    }
  }
  CHECK(failures == 1);
}

TEST_CASE("xml_escape leaves no markup and no control characters", "[cli_query][junit]") {
  CHECK(annals::cli::xml_escape("a<b>&\"c'\x01") == "a&lt;b&gt;&amp;&quot;c&apos;");
}
