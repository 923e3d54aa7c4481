// An event's stored record stays small however many documents mention it
// (each mention has its own entry), and the check sees a partial document.
#include <rocksdb/db.h>
#include <catch2/catch.hpp>

#include "kb_fixture.h"
#include "keys.h"

using namespace annals;
using namespace annals::kbtest;

namespace {

struct RawDb {
  explicit RawDb(const std::string& path, bool read_only = true) {
    REQUIRE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path, &names).ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
    for (const auto& n : names) cfs.emplace_back(n, rocksdb::ColumnFamilyOptions());
    rocksdb::Status s =
        read_only ? rocksdb::DB::OpenForReadOnly(rocksdb::DBOptions(), path, cfs, &handles, &db)
                  : rocksdb::DB::Open(rocksdb::DBOptions(), path, cfs, &handles, &db);
    REQUIRE(s.ok());
  }
  ~RawDb() {
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
    delete db;
  }
  rocksdb::ColumnFamilyHandle* cf(const char* name) {
    for (std::size_t i = 0; i < names.size(); ++i)
      if (names[i] == name) return handles[i];
    FAIL("no column family " << name);
    return nullptr;
  }
  std::vector<std::string> names;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
};

std::size_t event_value_size(const std::string& path, std::uint64_t number) {
  RawDb raw(path);
  std::string value;
  REQUIRE(raw.db
              ->Get(rocksdb::ReadOptions(), raw.cf(kb::keys::kEvents), kb::keys::event_key(number),
                    &value)
              .ok());
  return value.size();
}

void put_report(kb::Store& store, int i) {
  Document doc = make_doc(
      "wire_" + std::to_string(i) + ".txt", d("2025-04-28") + i % 7,
      {"Seoul again said the North confirmed its deployment, report " + std::to_string(i) + "."});
  Extraction ex;
  ex.events.push_back(mention("confirm", {"North Korea"}, on("2025-04-28")));
  name_entities(ex, {"North Korea", "Seoul"});
  REQUIRE(store.put_document(doc, ex).ok());
}

}  // namespace

TEST_CASE("a hot event's record does not grow with its mentions", "[kb][store][scale]") {
  ScratchDir dir;
  std::size_t after_ten = 0;
  {
    auto store = open_rw(dir.db());
    for (int i = 0; i < 10; ++i) put_report(*store, i);
  }
  after_ten = event_value_size(dir.db(), 1);
  {
    auto store = open_rw(dir.db());
    for (int i = 10; i < 300; ++i) put_report(*store, i);
    auto events = all_events(*store);
    REQUIRE(events.size() == 1);
    CHECK(events[0].mentions.size() == 300);
    CHECK(store->stats()->mentions == 300);
    CHECK(store->check().ok());
  }
  CHECK(event_value_size(dir.db(), 1) <= after_ten + 8);  // digits of the counts only
}

TEST_CASE("check finds a document that lost one of its mentions", "[kb][check]") {
  ScratchDir dir;
  {
    auto store = open_rw(dir.db());
    Document doc =
        make_doc("two.txt", d("2025-04-28"), {"Kim thanked Putin.", "Putin thanked Kim."});
    Extraction ex;
    ex.events.push_back(mention("thank", {"Kim Jong Un"}, on("2025-04-28"), 0));
    ex.events.push_back(mention("thank", {"Vladimir Putin"}, on("2025-04-28"), 1));
    REQUIRE(store->put_document(doc, ex).ok());
    REQUIRE(store->check().ok());
  }
  {
    RawDb raw(dir.db(), false);
    REQUIRE(raw.db
                ->Delete(rocksdb::WriteOptions(), raw.cf(kb::keys::kDocMentions),
                         kb::keys::doc_mention_key("two.txt", 1))
                .ok());
  }
  auto store = kb::Store::open(dir.db(), kb::Store::Mode::kReadOnly);
  REQUIRE(store.ok());
  Status s = (*store)->check();
  CHECK(s.code() == Status::Code::kCorruption);
  CHECK_THAT(s.message(), Catch::Contains("two.txt"));
}
