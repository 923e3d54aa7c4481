// Opening the store: column families, schema version, locking.
#include <rocksdb/filter_policy.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>

#include <filesystem>

#include "merge.h"
#include "store_codec.h"
#include "store_impl.h"

namespace annals::kb {

const std::array<const char*, kCfCount> kCfNames = {
    "default",  // rocksdb::kDefaultColumnFamilyName may not be initialised yet here
    keys::kDocs,      keys::kDocMentions, keys::kMentions,
    keys::kEvents,    keys::kEntities,    keys::kRolesByEntity,
    keys::kTimeIndex, keys::kTypeIndex,   keys::kTypeActorIndex,
    keys::kRelations, keys::kMeta,
};

Status from_rocks(const rocksdb::Status& s, const std::string& context) {
  if (s.ok()) return Status::Ok();
  if (s.IsNotFound()) return Status::NotFound(context + ": " + s.ToString());
  if (s.IsCorruption()) return Status::Corruption(context + ": " + s.ToString());
  return Status::IoError(context + ": " + s.ToString());
}

Result<std::unique_ptr<Store>> Store::open(const std::string& path, Mode mode) {
  return RocksStore::open_store(path, mode);
}

namespace {

// Files RocksDB itself makes in a store's folder (a store whose creation was
// cut short has some of these and no CURRENT yet).
bool is_rocksdb_file(const std::string& name) {
  auto starts = [&](std::string_view p) { return name.rfind(p, 0) == 0; };
  auto ends = [&](std::string_view e) {
    return name.size() >= e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0;
  };
  return name == "LOCK" || name == "IDENTITY" || starts("LOG") || starts("MANIFEST-") ||
         starts("OPTIONS-") || starts("CURRENT") || ends(".log") || ends(".sst") ||
         ends(".dbtmp") || ends(".blob");
}

// A new store is made only in a new or empty folder: never among a user's files.
Status check_new_store_folder(const std::string& path) {
  std::error_code ec;
  for (auto it = std::filesystem::directory_iterator(path, ec);
       !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (!is_rocksdb_file(name))
      return Status::InvalidInput(path + " is a folder with other files in it (" + name +
                                  "), not an annals knowledge base: give --db a new or empty "
                                  "folder");
  }
  return Status::Ok();
}

}  // namespace

namespace {

// Memory is bounded whatever the store's size: one block cache shared by
// all column families (index and filter blocks live in it too), and small
// memtables whose total the DB options cap.
constexpr std::size_t kBlockCacheBytes = 64 << 20;
constexpr std::size_t kMemtableBytes = 16 << 20;
constexpr std::size_t kAllMemtablesBytes = 96 << 20;

rocksdb::ColumnFamilyOptions cf_options(std::size_t which,
                                        const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::ColumnFamilyOptions o;
  // Point lookups (events by id, documents by name, merge candidates) are
  // the hot path: a bloom filter skips SST files that cannot hold the key.
  rocksdb::BlockBasedTableOptions table;
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  table.block_cache = cache;
  table.cache_index_and_filter_blocks = true;
  table.pin_l0_filter_and_index_blocks_in_cache = true;
  o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  o.write_buffer_size = kMemtableBytes;
  o.max_write_buffer_number = 2;
  // Most point look-ups of the write path miss (a new event, entity or
  // content hash) and, unfiltered, walk the memtable's skip list: a whole-key
  // bloom filter in the memtable answers them first.
  o.memtable_whole_key_filtering = true;
  o.memtable_prefix_bloom_size_ratio = 0.05;
  // A write group goes into the memtables in key order (sorted_batch.h),
  // between keys of earlier groups. Without a hint, an insert that is not
  // right after the previous one searches the skip list from its top; with
  // one (a single hint: the empty prefix of every key) it climbs from the
  // previous insert only as far as the gap between the two.
  o.memtable_insert_with_hint_prefix_extractor.reset(rocksdb::NewCappedPrefixTransform(0));
  // Level sizes follow the data: less space amplification while the store
  // grows from nothing, the case of every backfill.
  o.level_compaction_dynamic_level_bytes = true;
  if (which == kCfEvents || which == kCfMentions || which == kCfDocs)
    o.compression = rocksdb::kLZ4Compression;
  return o;
}

Status cut_short(const std::string& path) {
  return Status::NotFound("no knowledge base at " + path +
                          ": its making was cut short before anything was stored (run annals "
                          "ingest to make it)");
}

bool is_lock_error(const rocksdb::Status& s) {
  return s.IsIOError() && (s.ToString().find("lock") != std::string::npos ||
                           s.ToString().find("LOCK") != std::string::npos);
}

}  // namespace

RocksStore::~RocksStore() {
  // Memtables left unflushed stay in the write-ahead log, which every later
  // read-only open (stats, check, query) would replay into memory first.
  if (db_ && mode_ == Mode::kReadWrite) {
    const Status committed = commit_pending();  // whole documents; an error is lost here
    (void)committed;
    std::vector<rocksdb::ColumnFamilyHandle*> all(handles_.begin(), handles_.end());
    db_->Flush(rocksdb::FlushOptions(), all).PermitUncheckedError();
  }
  for (auto& it : committed_iterators_) it.reset();
  for (rocksdb::ColumnFamilyHandle* h : handles_)
    if (h && db_) db_->DestroyColumnFamilyHandle(h);
  db_.reset();
}

Result<std::unique_ptr<Store>> RocksStore::open_store(const std::string& path, Mode mode) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(path, ec) && !fs::is_directory(path, ec))
    return Status::InvalidInput("--db " + path +
                                " is a file, not a knowledge base directory (give a new or "
                                "existing directory)");
  bool exists = fs::exists(fs::path(path) / "CURRENT", ec);
  if (mode == Mode::kReadOnly && !exists)
    return Status::NotFound("no knowledge base at " + path + " (run annals ingest first)");
  if (!exists && fs::is_directory(path, ec)) {
    if (Status s = check_new_store_folder(path); !s.ok()) return s;
  }
  // RocksDB makes the store's own folder, not its parents: `--db out/kb`
  // in a fresh checkout should work as `--db kb` does.
  if (mode == Mode::kReadWrite && !exists) {
    const fs::path parent = fs::path(path).parent_path();
    if (!parent.empty() && !fs::exists(parent, ec) && !fs::create_directories(parent, ec))
      return Status::IoError("--db " + path + ": cannot create the folder " + parent.string() +
                             " (" + ec.message() + ")");
  }

  std::vector<std::string> existing;
  if (exists) {
    rocksdb::Status s = rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path, &existing);
    if (!s.ok()) return from_rocks(s, "cannot read the knowledge base at " + path);
  }
  std::shared_ptr<rocksdb::Cache> cache = rocksdb::NewLRUCache(kBlockCacheBytes);
  std::vector<rocksdb::ColumnFamilyDescriptor> wanted;
  for (std::size_t i = 0; i < kCfCount; ++i) {
    bool present = std::find(existing.begin(), existing.end(), kCfNames[i]) != existing.end();
    if (mode == Mode::kReadOnly && !present) {
      // Open makes the column families, then the schema version, before any
      // document is written: a store with some of them is one whose making
      // was cut short, and holds nothing.
      const bool ours_only =
          std::all_of(existing.begin(), existing.end(), [](const std::string& n) {
            return std::find(kCfNames.begin(), kCfNames.end(), n) != kCfNames.end();
          });
      if (ours_only && std::find(existing.begin(), existing.end(), keys::kMeta) == existing.end())
        return cut_short(path);
      return Status::InvalidInput(path + " is not an annals knowledge base (no column family " +
                                  kCfNames[i] + ")");
    }
    wanted.emplace_back(kCfNames[i], cf_options(i, cache));
  }
  // Column families of a newer annals are opened too (RocksDB requires it).
  for (const std::string& name : existing)
    if (std::find(kCfNames.begin(), kCfNames.end(), name) == kCfNames.end())
      wanted.emplace_back(name, rocksdb::ColumnFamilyOptions());

  rocksdb::DBOptions options;
  options.create_if_missing = mode == Mode::kReadWrite;
  options.create_missing_column_families = mode == Mode::kReadWrite;
  options.max_open_files = 512;
  options.IncreaseParallelism(2);
  options.db_write_buffer_size = kAllMemtablesBytes;

  std::unique_ptr<RocksStore> store(new RocksStore());
  store->path_ = path;
  store->mode_ = mode;
  store->block_cache_ = cache;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s = mode == Mode::kReadWrite
                          ? rocksdb::DB::Open(options, path, wanted, &handles, &raw)
                          : rocksdb::DB::OpenForReadOnly(options, path, wanted, &handles, &raw);
  if (is_lock_error(s)) return Status::Locked("database is locked by another process");
  if (!s.ok()) return from_rocks(s, "cannot open the knowledge base at " + path);
  store->db_.reset(raw);
  for (std::size_t i = 0; i < kCfCount; ++i) store->handles_[i] = handles[i];
  for (std::size_t i = kCfCount; i < handles.size(); ++i)
    raw->DestroyColumnFamilyHandle(handles[i]);

  rocksdb::ReadOptions ro;
  std::string version;
  s = raw->Get(ro, store->cf(kCfMeta), std::string(keys::kSchemaVersionKey), &version);
  if (s.IsNotFound()) {
    if (mode == Mode::kReadOnly) return cut_short(path);
    s = raw->Put(rocksdb::WriteOptions(), store->cf(kCfMeta), std::string(keys::kSchemaVersionKey),
                 std::to_string(kSchemaVersion));
    if (!s.ok()) return from_rocks(s, "cannot initialise the knowledge base at " + path);
  } else if (!s.ok()) {
    return from_rocks(s, "cannot read the knowledge base at " + path);
  } else if (version != std::to_string(kSchemaVersion)) {
    return Status::Unsupported("knowledge base at " + path + " has store schema version " +
                               version + ", this annals reads " + std::to_string(kSchemaVersion) +
                               ": re-ingest the articles into a new --db (annals ingest --db NEW "
                               "PATH...)");
  }
  std::string value;
  if (raw->Get(ro, store->cf(kCfMeta), std::string(keys::kNextEventKey), &value).ok() &&
      value.size() == 8)
    store->next_event_ = keys::read_u64(value, 0);
  if (raw->Get(ro, store->cf(kCfMeta), std::string(keys::kMaxSpanKey), &value).ok() &&
      value.size() == 4)
    store->max_span_ = static_cast<Day>(keys::read_u32(value, 0));
  store->committed_next_event_ = store->next_event_;
  store->committed_max_span_ = store->max_span_;
  if (mode == Mode::kReadWrite)
    // overwrite_key: reads of the batch see the latest staged value of a key.
    store->pending_ =
        std::make_unique<rocksdb::WriteBatchWithIndex>(rocksdb::BytewiseComparator(), 0, true);
  return std::unique_ptr<Store>(std::move(store));
}

Status RocksStore::write_ok() const {
  if (mode_ == Mode::kReadOnly)
    return Status::Unsupported("the knowledge base at " + path_ + " is open read-only");
  return Status::Ok();
}

Status RocksStore::scan_range(
    Cf which, const std::string& lower, const std::string& upper, bool reverse,
    const std::function<bool(std::string_view, std::string_view)>& visit) const {
  rocksdb::ReadOptions ro;
  rocksdb::Slice lower_slice(lower), upper_slice(upper);
  ro.iterate_lower_bound = &lower_slice;
  if (!upper.empty()) ro.iterate_upper_bound = &upper_slice;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, cf(which)));
  if (reverse)
    it->SeekToLast();
  else
    it->Seek(lower_slice);
  for (; it->Valid(); reverse ? it->Prev() : it->Next()) {
    if (!visit(std::string_view(it->key().data(), it->key().size()),
               std::string_view(it->value().data(), it->value().size())))
      break;
  }
  return from_rocks(it->status(), std::string("reading ") + kCfNames[which]);
}

Result<std::optional<EventState>> RocksStore::load_event(std::uint64_t number) const {
  std::string value;
  rocksdb::Status s =
      db_->Get(rocksdb::ReadOptions(), cf(kCfEvents), keys::event_key(number), &value);
  if (s.IsNotFound()) return std::optional<EventState>();
  if (!s.ok()) return from_rocks(s, "reading event " + keys::event_id(number));
  auto decoded = codec::decode_event(number, value);
  if (!decoded) return decoded.status();
  return std::optional<EventState>(std::move(*decoded));
}

Result<std::vector<StoredMention>> RocksStore::load_mentions(std::uint64_t number) const {
  std::vector<StoredMention> out;
  Status inner = Status::Ok();
  const std::string prefix = keys::event_mention_prefix(number);
  Status s = scan_range(kCfMentions, prefix, keys::prefix_successor(prefix), false,
                        [&](std::string_view, std::string_view v) {
                          auto m = codec::decode_mention(v);
                          if (!m) {
                            inner = m.status();
                            return false;
                          }
                          out.push_back(std::move(*m));
                          return true;
                        });
  if (!s.ok()) return s;
  if (!inner.ok()) return inner;
  return out;
}

Result<std::optional<EventState>> RocksStore::load_full(std::uint64_t number) const {
  auto ev = load_event(number);
  if (!ev || !*ev) return ev;
  auto mentions = load_mentions(number);
  if (!mentions) return mentions.status();
  (*ev)->mentions = std::move(*mentions);
  attach_mentions((*ev)->record, (*ev)->mentions);
  return ev;
}

EventIndexKeys index_keys_of(const EventState& event) {
  const EventRecord& r = event.record;
  Day start = r.when ? r.when->start : keys::kOpenDay;
  Day end = r.when ? r.when->end : r.reported.value_or(keys::kOpenDay);
  EventIndexKeys k;
  k.time = keys::time_key(start, end, event.number);
  k.type = keys::type_key(r.type, start, end, event.number);
  k.type_value = codec::encode_agents(r.agents);
  // Merge candidates across documents: keyed by family (a mention of any
  // type of it finds the event), a named participant and the hull of the bounded
  // mention dates; events without either are never joined from elsewhere.
  const std::string_view family = type_family(r.type);
  const std::optional<DateInterval> evidence = evidence_interval(event.tally);
  if (evidence)
    for (const std::string& named : participants(r.agents, r.patients))
      k.by_type_actor.push_back(keys::type_actor_key(family, named, *span_class(*evidence),
                                                     evidence->start, evidence->end, event.number));
  for (const std::string& a : r.agents) {
    k.by_entity.push_back(keys::entity_role_key(a, keys::kAgent, start, end, event.number));
  }
  for (const std::string& p : r.patients) {
    k.by_entity.push_back(keys::entity_role_key(p, keys::kPatient, start, end, event.number));
  }
  return k;
}

}  // namespace annals::kb
