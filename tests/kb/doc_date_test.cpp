// The document date's reason survives the store: every document is listed,
// an undated one too, with where its date came from.
#include <catch2/catch.hpp>

#include <sstream>

#include "annals/export.h"
#include "kb_fixture.h"

using namespace annals;
using namespace annals::kbtest;

TEST_CASE("every document is stored with its date's source and evidence", "[kb][store][dates]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  Document by_url = make_doc("dated.txt", d("2021-03-03"), {"The minister resigned on Tuesday."});
  by_url.date_source = DateSource::kUrl;
  by_url.date_evidence = "url /2021/03/03/";
  Extraction ex;
  ex.events.push_back(mention("resign", {"the minister"}, on("2021-03-02"), 0));
  REQUIRE(store->put_document(by_url, ex).ok());
  Document undated = make_doc("undated.txt", std::nullopt, {"The mayor resigned."});
  REQUIRE(store->put_document(undated, Extraction{}).ok());

  std::vector<kb::DocRecord> docs;
  REQUIRE(store
              ->scan_documents([&](const kb::DocRecord& r) {
                docs.push_back(r);
                return true;
              })
              .ok());
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].name == "dated.txt");
  CHECK(docs[0].date_source == "url");
  CHECK(docs[0].date_evidence == "url /2021/03/03/");
  CHECK(docs[1].name == "undated.txt");
  CHECK_FALSE(docs[1].published);
  CHECK(docs[1].date_source == "none");

  // `annals show` names the reason under each mention.
  auto events = all_events(*store);
  REQUIRE(events.size() == 1);
  std::ostringstream out;
  kb::write_provenance(events[0], docs, out, {});
  CHECK(out.str().find("published 2021-03-03 (url)") != std::string::npos);
  CHECK(out.str().find("document date: url /2021/03/03/") != std::string::npos);
}
