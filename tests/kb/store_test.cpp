// Round trips, idempotent ingest, removal, relations, inferred dates.
#include <catch2/catch.hpp>

#include "kb_fixture.h"

using namespace annals;
using namespace annals::kbtest;

namespace {

Extraction deploy_and_confirm() {
  Extraction ex;
  ex.entities.push_back({"North Korea", "country", "Pyongyang", 0});
  ex.entities.push_back({"Russia", "country", "Moscow", 0});
  EventMention confirm = mention("confirm", {"North Korea"}, on("2025-04-28"), 0);
  confirm.time_text = "on Monday";
  EventMention deploy = mention("deploy", {"North Korea"}, std::nullopt, 0);
  deploy.patients = {"Russia"};
  deploy.parent = 0;  // nested under the confirmation
  ex.events.push_back(confirm);
  ex.events.push_back(deploy);
  return ex;
}

Document confirm_doc(const std::string& name = "kcna.txt") {
  return make_doc(name, d("2025-04-28"),
                  {"Pyongyang said on Monday that it had sent units to help Moscow."});
}

}  // namespace

TEST_CASE("documents, events and entities round-trip", "[kb][store]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  Document doc = confirm_doc();
  doc.title = "The North owns up";
  auto report = store->put_document(doc, deploy_and_confirm());
  REQUIRE(report.ok());
  CHECK(report->events_new == 2);

  std::vector<kb::DocRecord> docs;
  REQUIRE(store
              ->scan_documents([&](const kb::DocRecord& r) {
                docs.push_back(r);
                return true;
              })
              .ok());
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].name == "kcna.txt");
  CHECK(docs[0].published == d("2025-04-28"));
  CHECK(docs[0].title == "The North owns up");
  CHECK(docs[0].events == 2);

  auto events = all_events(*store);
  REQUIRE(events.size() == 2);
  CHECK_FALSE(events[0].when);  // the open deploy sorts first
  CHECK(events[0].type == "deploy");
  CHECK(events[0].patients == std::vector<std::string>{"Russia"});
  CHECK(events[1].type == "confirm");
  CHECK(events[1].reported == d("2025-04-28"));
  REQUIRE(events[1].mentions.size() == 1);
  CHECK(events[1].mentions[0].sentence == doc.sentences[0].text(doc.body));
  CHECK(events[1].mentions[0].time_text == "on Monday");

  auto by_id = store->event(events[1].id);
  REQUIRE(by_id.ok());
  REQUIRE(by_id->has_value());
  CHECK((*by_id)->summary == events[1].summary);

  std::vector<kb::EntityRecord> entities;
  REQUIRE(store
              ->scan_entities([&](const kb::EntityRecord& e) {
                entities.push_back(e);
                return true;
              })
              .ok());
  REQUIRE(entities.size() == 2);
  CHECK(entities[0].name == "North Korea");
  CHECK(entities[0].kind == "country");
  CHECK(entities[0].aliases == std::vector<std::string>{"Pyongyang"});
  CHECK(store->check().ok());
}

TEST_CASE("stated relations are stored both ways", "[kb][store]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  REQUIRE(store->put_document(confirm_doc(), deploy_and_confirm()).ok());
  auto events = all_events(*store);
  const std::string deploy = events[0].id, confirm = events[1].id;
  std::vector<kb::RelationRecord> from_deploy, from_confirm;
  REQUIRE(store
              ->scan_relations(deploy,
                               [&](const kb::RelationRecord& r) {
                                 from_deploy.push_back(r);
                                 return true;
                               })
              .ok());
  REQUIRE(store
              ->scan_relations(confirm,
                               [&](const kb::RelationRecord& r) {
                                 from_confirm.push_back(r);
                                 return true;
                               })
              .ok());
  REQUIRE(from_deploy.size() == 1);
  CHECK(from_deploy[0].kind == "under");
  CHECK(from_deploy[0].to == confirm);
  REQUIRE(from_confirm.size() == 1);
  CHECK(from_confirm[0].kind == "over");
  CHECK(from_confirm[0].to == deploy);
  CHECK(store->stats()->relations == 1);
}

TEST_CASE("the same text twice changes nothing", "[kb][store]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  REQUIRE(store->put_document(confirm_doc(), deploy_and_confirm()).ok());
  auto before = store->stats();
  auto again = store->put_document(confirm_doc(), deploy_and_confirm());
  REQUIRE(again.ok());
  CHECK(again->unchanged);
  CHECK_FALSE(again->replaced);
  auto copy = store->put_document(confirm_doc("copy-of-kcna.txt"), deploy_and_confirm());
  REQUIRE(copy.ok());
  CHECK(copy->unchanged);
  auto after = store->stats();
  CHECK(after->documents == before->documents);
  CHECK(after->events == before->events);
  CHECK(after->mentions == before->mentions);
}

TEST_CASE("a changed document replaces its contributions", "[kb][store]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  REQUIRE(store->put_document(confirm_doc(), deploy_and_confirm()).ok());
  Document edited = make_doc("kcna.txt", d("2025-04-28"), {"Corrected: Pyongyang confirmed it."});
  Extraction ex;
  ex.events.push_back(mention("confirm", {"North Korea"}, on("2025-04-28")));
  auto report = store->put_document(edited, ex);
  REQUIRE(report.ok());
  CHECK_FALSE(report->unchanged);
  CHECK(report->replaced);
  auto st = store->stats();
  CHECK(st->documents == 1);
  CHECK(st->events == 1);
  CHECK(st->mentions == 1);
  CHECK(st->relations == 0);
  auto events = all_events(*store);
  REQUIRE(events.size() == 1);
  CHECK(events[0].mentions[0].sentence == "Corrected: Pyongyang confirmed it.");
  CHECK(store->check().ok());
}

TEST_CASE("removing a document re-merges the events it touched", "[kb][store]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  Document vague =
      make_doc("vague.txt", d("2025-04-20"), {"The treaty the two men signed last year."});
  Extraction ev_vague;
  ev_vague.events.push_back(mention("sign", {"Kim Jong Un"}, year_interval(2024)));
  name_entities(ev_vague, {"Vladimir Putin"});
  Document exact = make_doc("exact.txt", d("2025-04-28"), {"They signed it on June 19, 2024."});
  Extraction ev_exact;
  ev_exact.events.push_back(mention("sign", {"Kim Jong Un"}, on("2024-06-19")));
  name_entities(ev_exact, {"Vladimir Putin"});
  REQUIRE(store->put_document(vague, ev_vague).ok());
  REQUIRE(store->put_document(exact, ev_exact).ok());
  REQUIRE(all_events(*store).size() == 1);
  const std::string id = all_events(*store)[0].id;

  REQUIRE(store->remove_document("exact.txt").ok());
  auto events = all_events(*store);
  REQUIRE(events.size() == 1);
  CHECK(events[0].id == id);  // ids are stable
  CHECK(*events[0].when == year_interval(2024));
  CHECK(events[0].mentions.size() == 1);
  CHECK(store->check().ok());
  // The time index moved with the date: a scan of June 2024 still finds it
  // through the year interval, one of 2023 does not.
  kb::EventFilter june;
  june.from = d("2024-06-01");
  june.to = d("2024-06-30");
  CHECK(all_events(*store, june).size() == 1);

  REQUIRE(store->remove_document("vague.txt").ok());
  CHECK(all_events(*store).empty());
  CHECK(store->stats()->documents == 0);
  CHECK(store->check().ok());
  Status again = store->remove_document("vague.txt");
  CHECK(again.code() == Status::Code::kNotFound);
  CHECK_THAT(again.message(), Catch::Contains("vague.txt"));
}

TEST_CASE("an undated document is dated by the same-day events it shares", "[kb][store]") {
  ScratchDir dir;
  auto store = open_rw(dir.db());
  REQUIRE(store->put_document(confirm_doc("dated.txt"), deploy_and_confirm()).ok());

  Extraction undated;
  EventMention today = mention("confirm", {"North Korea"}, std::nullopt);
  today.time_text = "today";
  undated.events.push_back(today);
  name_entities(undated, {"Russia"});  // the story the dated page tells
  auto inferred = store->infer_document_date(undated);
  REQUIRE(inferred.ok());
  REQUIRE(inferred->has_value());
  CHECK((*inferred)->date == d("2025-04-28"));
  CHECK_THAT((*inferred)->evidence, Catch::Contains("dated.txt"));
  CHECK_THAT((*inferred)->evidence, Catch::Contains("confirm(North Korea)"));

  Extraction unrelated;
  EventMention other = mention("confirm", {"Belgium"}, std::nullopt);
  other.time_text = "today";
  unrelated.events.push_back(other);
  name_entities(unrelated, {"Russia"});
  auto none = store->infer_document_date(unrelated);
  REQUIRE(none.ok());
  CHECK_FALSE(none->has_value());
}

TEST_CASE("a store whose parent folders do not exist yet is made with them", "[kb][store]") {
  ScratchDir dir;
  const std::string nested = (dir.path() / "out" / "stores" / "kb").string();
  auto store = kb::Store::open(nested, kb::Store::Mode::kReadWrite);
  REQUIRE(store.ok());
  CHECK(std::filesystem::exists(std::filesystem::path(nested) / "CURRENT"));
}
