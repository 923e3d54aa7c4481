// A small knowledge base for the query front-end tests, built through the
// store's own API so it does not depend on the extraction pipeline.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "annals/kb.h"

namespace annals::testing {

// Creates a store at `path` holding one document with one `join` event
// (Sweden, 2024-03-07). Returns false when the store is not available yet.
inline bool make_small_kb(const std::filesystem::path& path) {
  auto store = kb::Store::open(path.string(), kb::Store::Mode::kReadWrite);
  if (!store.ok()) {
    WARN("skipped: the knowledge base cannot be created yet: " << store.status().message());
    return false;
  }
  Document doc;
  doc.name = "accession.txt";
  doc.date = parse_day("2024-03-08");
  doc.date_source = DateSource::kDateLine;
  doc.outlet = "Test Wire";
  doc.title = "Sweden completes its NATO accession";
  doc.body = "Sweden became a member of NATO on Thursday in Washington.";
  doc.sentences.push_back({0, doc.body.size()});

  Extraction extraction;
  extraction.entities.push_back({"Sweden", "country", "Sweden", 0});
  EventMention join;
  join.type = "join";
  join.trigger = "became a member";
  join.agents = {"Sweden"};
  join.patients = {"NATO"};
  join.when = day_interval(*parse_day("2024-03-07"));
  join.time_text = "on Thursday";
  join.sentence = 0;
  extraction.events.push_back(join);

  auto report = (*store)->put_document(doc, extraction);
  if (!report.ok()) {
    WARN("skipped: the store cannot take a document yet: " << report.status().message());
    return false;
  }
  return true;
}

}  // namespace annals::testing
