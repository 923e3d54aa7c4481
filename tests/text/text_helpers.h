// Shared helpers for the text tests: parse a story with a given date.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "annals/document.h"
#include "annals/events.h"

namespace annals::testing {

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

inline std::string when(const EventMention& e) {
  return e.when ? format_interval(*e.when) : "open";
}

}  // namespace annals::testing
