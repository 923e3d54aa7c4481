// Helpers for query tests: run text in a session and read tables as strings.
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "annals/query.h"

namespace annals::testing {

// Each row as "a|b|c", in the session's (sorted) order.
inline std::vector<std::string> rows_of(const query::Table& t) {
  std::vector<std::string> rows;
  for (const auto& row : t.rows) {
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) line += (i ? "|" : "") + query::format_value(row[i]);
    rows.push_back(line);
  }
  return rows;
}

// Runs `text`; requires success; returns the last table.
inline query::Table last_table(query::Session& s, const std::string& text) {
  auto r = s.run(text, "<test>");
  if (r.error) FAIL(r.error->render());
  for (auto it = r.outputs.rbegin(); it != r.outputs.rend(); ++it)
    if (auto* t = std::get_if<query::Table>(&it->result)) return *t;
  FAIL("no table produced by: " << text);
  return {};
}

inline std::vector<std::string> answer(query::Session& s, const std::string& text) {
  return rows_of(last_table(s, text));
}

// Runs `text`; requires an error; returns its rendering.
inline std::string error_of(query::Session& s, const std::string& text) {
  auto r = s.run(text, "<test>");
  if (!r.error) FAIL("expected an error from: " << text);
  return r.error ? r.error->render() : "";
}

}  // namespace annals::testing
