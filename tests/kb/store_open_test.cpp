// Opening the store: locking, read-only readers, bad paths, schema versions,
// and the integrity check catching a planted bad entry.
#include <rocksdb/db.h>
#include <catch2/catch.hpp>

#include <fstream>

#include "kb_fixture.h"
#include "keys.h"

using namespace annals;
using namespace annals::kbtest;

namespace {

// Opens the store's RocksDB directly, as another tool would, and runs `edit`.
void with_raw_db(const std::string& path,
                 const std::function<void(rocksdb::DB*, std::vector<rocksdb::ColumnFamilyHandle*>&,
                                          const std::vector<std::string>&)>& edit) {
  std::vector<std::string> names;
  REQUIRE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path, &names).ok());
  std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
  for (const auto& n : names) cfs.emplace_back(n, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), path, cfs, &handles, &db).ok());
  edit(db, handles, names);
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  delete db;
}

rocksdb::ColumnFamilyHandle* handle_named(std::vector<rocksdb::ColumnFamilyHandle*>& handles,
                                          const std::vector<std::string>& names, const char* name) {
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return handles[i];
  FAIL("no column family " << name);
  return nullptr;
}

void put_one(kb::Store& store) {
  Document doc = make_doc("one.txt", d("2025-04-28"), {"Putin thanked Kim on Monday."});
  Extraction ex;
  ex.events.push_back(mention("thank", {"Vladimir Putin"}, on("2025-04-28")));
  REQUIRE(store.put_document(doc, ex).ok());
}

}  // namespace

TEST_CASE("a second writer is told the database is locked", "[kb][open]") {
  ScratchDir dir;
  auto first = open_rw(dir.db());
  auto second = kb::Store::open(dir.db(), kb::Store::Mode::kReadWrite);
  REQUIRE_FALSE(second.ok());
  CHECK(second.status().code() == Status::Code::kLocked);
  CHECK(second.status().message() == "database is locked by another process");
}

TEST_CASE("a reader opens while a writer holds the store", "[kb][open]") {
  ScratchDir dir;
  auto writer = open_rw(dir.db());
  put_one(*writer);
  auto reader = kb::Store::open(dir.db(), kb::Store::Mode::kReadOnly);
  REQUIRE(reader.ok());
  CHECK((*reader)->stats()->events == 1);
  CHECK((*reader)->check().ok());
  // The reader cannot write.
  Document doc = make_doc("two.txt", d("2025-04-28"), {"Nothing happened."});
  CHECK_FALSE((*reader)->put_document(doc, {}).ok());
}

TEST_CASE("a read-only open of a missing store says to ingest first, creating nothing",
          "[kb][open]") {
  ScratchDir dir;
  auto reader = kb::Store::open(dir.db(), kb::Store::Mode::kReadOnly);
  REQUIRE_FALSE(reader.ok());
  CHECK(reader.status().code() == Status::Code::kNotFound);
  CHECK_THAT(reader.status().message(), Catch::Contains("no knowledge base at " + dir.db()));
  CHECK_FALSE(std::filesystem::exists(dir.db()));
}

TEST_CASE("a store whose making was cut short holds nothing and is made on the next ingest",
          "[kb][open]") {
  ScratchDir dir;
  {  // a crash after RocksDB made the store and two column families, before the rest
    rocksdb::DBOptions options;
    options.create_if_missing = true;
    options.create_missing_column_families = true;
    std::vector<rocksdb::ColumnFamilyDescriptor> cfs = {
        {"default", rocksdb::ColumnFamilyOptions()},
        {kb::keys::kDocs, rocksdb::ColumnFamilyOptions()}};
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* db = nullptr;
    REQUIRE(rocksdb::DB::Open(options, dir.db(), cfs, &handles, &db).ok());
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
    delete db;
  }
  auto reader = kb::Store::open(dir.db(), kb::Store::Mode::kReadOnly);
  REQUIRE_FALSE(reader.ok());
  CHECK(reader.status().code() == Status::Code::kNotFound);
  CHECK_THAT(reader.status().message(), Catch::Contains("cut short before anything was stored"));
  REQUIRE(kb::Store::open(dir.db(), kb::Store::Mode::kReadWrite).ok());
  CHECK(kb::Store::open(dir.db(), kb::Store::Mode::kReadOnly).ok());
}

TEST_CASE("a db path naming a regular file is refused with the path in the message", "[kb][open]") {
  ScratchDir dir;
  std::string file = (dir.path() / "notes.txt").string();
  std::ofstream(file) << "not a database\n";
  for (auto mode : {kb::Store::Mode::kReadWrite, kb::Store::Mode::kReadOnly}) {
    auto s = kb::Store::open(file, mode);
    REQUIRE_FALSE(s.ok());
    CHECK_THAT(s.status().message(), Catch::Contains(file));
    CHECK_THAT(s.status().message(), Catch::Contains("is a file"));
  }
}

TEST_CASE("a folder of other files is not made a store, an empty one is", "[kb][open]") {
  ScratchDir dir;
  const auto papers = dir.path() / "papers";
  std::filesystem::create_directories(papers);
  std::ofstream(papers / "thesis.md") << "chapter one\n";
  auto refused = kb::Store::open(papers.string(), kb::Store::Mode::kReadWrite);
  REQUIRE_FALSE(refused.ok());
  CHECK_THAT(refused.status().message(), Catch::Contains("thesis.md"));
  CHECK_THAT(refused.status().message(), Catch::Contains("not an annals knowledge base"));
  CHECK_FALSE(std::filesystem::exists(papers / "CURRENT"));

  const auto empty = dir.path() / "empty";
  std::filesystem::create_directories(empty);
  auto made = kb::Store::open(empty.string(), kb::Store::Mode::kReadWrite);
  REQUIRE(made.ok());
  put_one(**made);
  made->reset();
  // Reopening the store it made: its own files are no stranger's.
  CHECK(kb::Store::open(empty.string(), kb::Store::Mode::kReadWrite).ok());
}

TEST_CASE("a store of another schema version is refused with how to migrate", "[kb][open]") {
  ScratchDir dir;
  { open_rw(dir.db()); }
  with_raw_db(dir.db(), [](rocksdb::DB* db, auto& handles, const auto& names) {
    REQUIRE(db->Put(rocksdb::WriteOptions(), handle_named(handles, names, kb::keys::kMeta),
                    std::string(kb::keys::kSchemaVersionKey), "99")
                .ok());
  });
  auto s = kb::Store::open(dir.db(), kb::Store::Mode::kReadWrite);
  REQUIRE_FALSE(s.ok());
  CHECK_THAT(s.status().message(), Catch::Contains("schema version 99"));
  CHECK_THAT(s.status().message(), Catch::Contains("re-ingest"));
}

TEST_CASE("check finds a dangling index entry and names its key", "[kb][check]") {
  ScratchDir dir;
  {
    auto store = open_rw(dir.db());
    put_one(*store);
    REQUIRE(store->check().ok());
  }
  with_raw_db(dir.db(), [](rocksdb::DB* db, auto& handles, const auto& names) {
    std::string key = kb::keys::time_key(d("2025-01-01"), d("2025-01-01"), 4242);
    REQUIRE(db->Put(rocksdb::WriteOptions(), handle_named(handles, names, kb::keys::kTimeIndex),
                    key, "")
                .ok());
  });
  auto store = kb::Store::open(dir.db(), kb::Store::Mode::kReadOnly);
  REQUIRE(store.ok());
  Status s = (*store)->check();
  CHECK(s.code() == Status::Code::kCorruption);
  CHECK_THAT(s.message(), Catch::Contains("time_index"));
  CHECK_THAT(s.message(), Catch::Contains("ev:004242"));
}

TEST_CASE("check finds an event whose role entry is missing", "[kb][check]") {
  ScratchDir dir;
  {
    auto store = open_rw(dir.db());
    put_one(*store);
  }
  with_raw_db(dir.db(), [](rocksdb::DB* db, auto& handles, const auto& names) {
    auto* cf = handle_named(handles, names, kb::keys::kRolesByEntity);
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), cf));
    it->SeekToFirst();
    REQUIRE(it->Valid());
    REQUIRE(db->Delete(rocksdb::WriteOptions(), cf, it->key()).ok());
  });
  auto store = kb::Store::open(dir.db(), kb::Store::Mode::kReadOnly);
  REQUIRE(store.ok());
  Status s = (*store)->check();
  CHECK(s.code() == Status::Code::kCorruption);
  CHECK_THAT(s.message(), Catch::Contains("roles_by_entity"));
}

TEST_CASE("a document that fails inside a write group leaves nothing, the group's others are whole",
          "[kb][store]") {
  ScratchDir dir;
  auto put = [](kb::Store& store, const std::string& name, const char* date, const char* type,
                const std::string& agent) {
    Document doc = make_doc(name, d(date), {agent + " " + type + "ed (" + name + ")."});
    Extraction ex;
    ex.events.push_back(mention(type, {agent}, on(date)));
    name_entities(ex, {agent, "NATO"});
    return store.put_document(doc, ex);
  };
  {
    auto store = open_rw(dir.db());
    REQUIRE(put(*store, "joined.txt", "2024-03-07", "join", "Sweden").ok());
  }
  // The stored event's record is spoiled: a later mention that would join it
  // cannot read it, and its document fails.
  with_raw_db(dir.db(), [](rocksdb::DB* db, auto& handles, const auto& names) {
    REQUIRE(db->Put(rocksdb::WriteOptions(), handle_named(handles, names, kb::keys::kEvents),
                    kb::keys::event_key(1), "not a record")
                .ok());
  });
  {
    auto store = open_rw(dir.db());
    store->set_write_group(100, 8 << 20);
    REQUIRE(put(*store, "before.txt", "2024-05-01", "meet", "Hungary").ok());
    CHECK_FALSE(put(*store, "bad.txt", "2024-03-07", "join", "Sweden").ok());
    REQUIRE(put(*store, "after.txt", "2024-06-01", "sign", "Finland").ok());
    REQUIRE(store->commit_pending().ok());
  }
  auto reader = kb::Store::open(dir.db(), kb::Store::Mode::kReadOnly);
  REQUIRE(reader.ok());
  std::vector<std::string> docs;
  REQUIRE((*reader)
              ->scan_documents([&](const kb::DocRecord& r) {
                docs.push_back(r.name);
                return true;
              })
              .ok());
  CHECK(docs == std::vector<std::string>{"after.txt", "before.txt", "joined.txt"});
  // The others' events are found by date, type and actor.
  std::vector<std::string> types;
  kb::EventFilter may_june;
  may_june.from = d("2024-05-01");
  may_june.to = d("2024-06-30");
  REQUIRE((*reader)
              ->scan_events(may_june,
                            [&](const kb::EventRecord& e) {
                              types.push_back(e.type);
                              return true;
                            })
              .ok());
  CHECK(types == std::vector<std::string>{"meet", "sign"});
  kb::EventFilter by_finland;
  by_finland.entity = "Finland";
  by_finland.type = "sign";
  std::size_t found = 0;
  REQUIRE((*reader)
              ->scan_events(by_finland,
                            [&](const kb::EventRecord&) {
                              ++found;
                              return true;
                            })
              .ok());
  CHECK(found == 1);
}
