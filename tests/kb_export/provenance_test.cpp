// `annals show`'s text: every mention with its source and date reasoning.
#include <catch2/catch.hpp>

#include <sstream>

#include "annals/export.h"
#include "golden.h"
#include "sample_events.h"

using namespace annals::kb;

namespace {

std::string show(const std::string& id) {
  const auto events = annals::testing::sample_events();
  const auto docs = annals::testing::sample_docs();
  for (const auto& e : events)
    if (e.id == id) {
      std::ostringstream out;
      write_provenance(e, docs, out);
      return out.str();
    }
  FAIL("no sample event " << id);
  return "";
}

}  // namespace

TEST_CASE("show gives each mention's source and date reasoning", "[export][show]") {
  const std::string text = show("ev:000004");
  INFO(text);
  CHECK(text.find("2025-04-26 (day)") != std::string::npos);
  CHECK(text.find("alpha.txt — Wire A, published 2025-04-28 (date line)") != std::string::npos);
  CHECK(text.find("\"on Saturday\" → 2025-04-26") != std::string::npos);
  CHECK(text.find("document date 2025-04-28 (Mon) -> 2025-04-26") != std::string::npos);
  CHECK(text.find("Moscow on Saturday admitted") != std::string::npos);
  // A source the store does not know is still listed by name.
  CHECK(text.find("[2] charlie.txt, sentence 2") != std::string::npos);
  CHECK(text.find("conflicting dates (kept: 2025-04-26)") != std::string::npos);
  CHECK(text.find("2025-04-25  from charlie.txt \"on Friday\"") != std::string::npos);
}

TEST_CASE("show lists disagreeing figures per source", "[export][show]") {
  const std::string text = show("ev:000002");
  INFO(text);
  CHECK(text.find("troops (sources disagree)") != std::string::npos);
  CHECK(text.find("10000-12000  bravo.txt") != std::string::npos);
  CHECK(text.find("14000  charlie.txt") != std::string::npos);
  CHECK(text.find("2024 autumn (season)") != std::string::npos);
}

TEST_CASE("show golden text", "[export][show][golden]") {
  annals::testing::check_golden("show_ev000004.txt", show("ev:000004"));
}
