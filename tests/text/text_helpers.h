// Shared helpers for the text tests: parse a story with a given date.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "annals/document.h"
#include "annals/events.h"
#include "annals/timeml.h"

namespace annals::testing {

// A TimeML document of `body` with the DCT 2025-04-28: the words as
// TempEval-3 would give them.
inline Document document_of(const std::string& body) {
  auto doc = parse_timeml(
      "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-04-28\">x</TIMEX3></DCT>"
      "<TEXT>" +
          body + "</TEXT></TimeML>",
      "test");
  REQUIRE(doc.ok());
  return timeml_as_document(*doc);
}

inline Document story(const std::string& text, const char* date = nullptr) {
  DocumentOptions options;
  if (date) options.date = parse_day(date);
  auto doc = parse_text_document("story.txt", text, options);
  REQUIRE(doc.ok());
  return std::move(*doc);
}

inline bool has(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// The first event of a type, or nullptr.
inline const EventMention* event_of(const Extraction& ex, const std::string& type) {
  for (const EventMention& e : ex.events) {
    if (e.type == type) return &e;
  }
  return nullptr;
}

inline bool has_type(const Extraction& ex, const std::string& type) {
  return event_of(ex, type) != nullptr;
}

inline std::string when(const EventMention& e) {
  return e.when ? format_interval(*e.when) : "open";
}

}  // namespace annals::testing
