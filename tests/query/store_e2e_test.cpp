// The engine over the real RocksDB store: ingest through kb::Store and query.
// Skips while the store is not built yet (Store::open says Unsupported).
#include <catch2/catch.hpp>
#include <filesystem>

#include "annals/kb.h"
#include "session_helpers.h"

using namespace annals;

TEST_CASE("store e2e: queries over documents put into a real store") {
  const auto dir = std::filesystem::temp_directory_path() / "annals_query_e2e_store";
  std::filesystem::remove_all(dir);
  auto opened = kb::Store::open(dir.string(), kb::Store::Mode::kReadWrite);
  if (!opened.ok() && opened.status().code() == Status::Code::kUnsupported) {
    WARN("skipped: " << opened.status().message());
    return;
  }
  REQUIRE(opened.ok());
  auto& store = *opened.value();

  Document doc;
  doc.name = "wire_1.txt";
  doc.date = to_day({2025, 4, 28});
  doc.date_source = DateSource::kDateLine;
  doc.outlet = "Wire";
  doc.body = "The agency confirmed the dispatch on Monday. Moscow had admitted it on Saturday.";
  doc.sentences = {{0, 44}, {45, doc.body.size()}};
  Extraction x;
  x.entities.push_back({"North Korea", "country", "The agency", 0});
  x.entities.push_back({"Russia", "country", "Moscow", 1});
  EventMention confirm;
  confirm.type = "confirm";
  confirm.trigger = "confirmed";
  confirm.agents = {"North Korea"};
  confirm.when = day_interval(to_day({2025, 4, 28}));
  confirm.time_text = "on Monday";
  confirm.sentence = 0;
  EventMention admit;
  admit.type = "acknowledge";
  admit.trigger = "admitted";
  admit.agents = {"Russia"};
  admit.when = day_interval(to_day({2025, 4, 26}));
  admit.time_text = "on Saturday";
  admit.sentence = 1;
  x.events = {confirm, admit};
  auto put = store.put_document(doc, x);
  if (!put.ok() && put.status().code() == Status::Code::kUnsupported) {
    WARN("skipped: " << put.status().message());
    return;
  }
  REQUIRE(put.ok());

  query::Session s(&store);
  CHECK(testing::answer(s, "?- event(E, confirm), agent(E, A), time(E, S, _).").size() == 1);
  CHECK(testing::answer(s, "?- event(E, T), agent(E, \"Russia\").").size() == 1);
  CHECK(testing::answer(s, "?- event(X, acknowledge), before(X, Y), event(Y, T).").size() == 1);
  CHECK(testing::answer(s, "?- time(E, 2025-04, _).").size() == 2);
  // The scan above read the events without their sentences; a query that
  // asks for them in the same session still gets every one.
  CHECK(testing::answer(s, "?- time(E, 2025-04, _), mention(E, D, Sentence).").size() == 2);
  CHECK(testing::answer(s, "?- event(E, T), time(E, 2025-04, _), mention(E, D, S).").size() == 2);
  // A join over a record read alone, then with its mentions: both stay valid.
  CHECK(testing::answer(s, "?- time(E, 2025-04, _), agent(E, A), mention(E, D, S).").size() == 2);
  opened.value().reset();
  std::filesystem::remove_all(dir);
}
