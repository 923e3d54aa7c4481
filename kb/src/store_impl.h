// The RocksDB implementation of kb::Store. Private to annals_kb.
#pragma once

#include <rocksdb/cache.h>
#include <rocksdb/db.h>
#include <rocksdb/utilities/write_batch_with_index.h>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "annals/kb.h"
#include "keys.h"
#include "recent_cache.h"
#include "store_model.h"

namespace annals::kb {

// Bumped whenever a key or value layout, or the merge rules the stored
// indexes depend on, change.
inline constexpr int kSchemaVersion = 4;

enum Cf : std::size_t {
  kCfDefault,
  kCfDocs,
  kCfDocMentions,
  kCfMentions,
  kCfEvents,
  kCfEntities,
  kCfRolesByEntity,
  kCfTimeIndex,
  kCfTypeIndex,
  kCfTypeActorIndex,
  kCfRelations,
  kCfMeta,
  kCfCount
};
extern const std::array<const char*, kCfCount> kCfNames;

// The index keys an event owns, computed from its derived record.
struct EventIndexKeys {
  std::string time;
  std::string type;
  std::string type_value;                  // agents
  std::vector<std::string> by_type_actor;  // one per agent of an event with a bounded date
  std::vector<std::string> by_entity;
};
EventIndexKeys index_keys_of(const EventState& event);

class RocksStore final : public Store {
 public:
  static Result<std::unique_ptr<Store>> open_store(const std::string& path, Mode mode);
  ~RocksStore() override;

  Result<IngestReport> put_document(const Document& doc, const Extraction& extraction) override;
  Status remove_document(const std::string& name) override;
  Result<bool> has_same_content(const Document& doc) const override;
  void set_write_group(std::size_t documents, std::size_t bytes) override;
  Status commit_pending() override;
  Result<std::optional<InferredDate>> infer_document_date(const Extraction& undated) const override;

  Status scan_events(const EventFilter& filter,
                     const std::function<bool(const EventRecord&)>& visit) const override;
  Result<std::optional<EventRecord>> event(const std::string& id) const override;
  Status scan_documents(const std::function<bool(const DocRecord&)>& visit) const override;
  Status scan_entities(const std::function<bool(const EntityRecord&)>& visit) const override;
  Status scan_relations(const std::string& event_id,
                        const std::function<bool(const RelationRecord&)>& visit) const override;
  Result<Stats> stats() const override;
  Status check() const override;

  // Reads used by the write path and the checker. load_event reads the
  // small event record only; load_mentions reads the event's mentions (in
  // MentionOrder), load_full both, with the mentions attached to the record.
  Result<std::optional<EventState>> load_event(std::uint64_t number) const;
  Result<std::vector<StoredMention>> load_mentions(std::uint64_t number) const;
  Result<std::optional<EventState>> load_full(std::uint64_t number) const;
  rocksdb::DB* db() const { return db_.get(); }
  rocksdb::ColumnFamilyHandle* cf(Cf which) const { return handles_[which]; }
  Day max_span() const { return max_span_; }

  // Visits keys in [lower, upper) of a column family, forward or backward,
  // until `visit` returns false. An empty `upper` means no upper bound.
  Status scan_range(
      Cf which, const std::string& lower, const std::string& upper, bool reverse,
      const std::function<bool(std::string_view key, std::string_view value)>& visit) const;

  // Reads of the write path: the store as the write group not yet committed
  // leaves it (pending writes over the DB). Forward scans of [lower, upper).
  rocksdb::Status get_pending(Cf which, const std::string& key, std::string* value) const;
  // A document's value, or the document with a content hash, as the write
  // group leaves them: from the group's own maps, else the committed store.
  rocksdb::Status get_doc(const std::string& name, std::string* value) const;
  rocksdb::Status get_hash(const std::string& hash_key, std::string* value) const;
  Status scan_pending(
      Cf which, const std::string& lower, const std::string& upper,
      const std::function<bool(std::string_view key, std::string_view value)>& visit) const;
  // Several ranges [lower, upper) in one pass, in ascending order and
  // disjoint; `visit` gets the range's index and returns false to end that
  // range. An iterator that a range left at or past the next one's lower
  // bound is not sought again: after a short range of a name with few
  // entries, the name's next ranges cost nothing.
  using KeyRange = std::pair<std::string, std::string>;
  using StagedKeys = std::map<std::string, bool, std::less<>>;
  using StagedValues = std::unordered_map<std::string, std::optional<std::string>>;
  Status scan_pending_ranges(Cf which, const std::vector<KeyRange>& ranges,
                             const std::function<bool(std::size_t range, std::string_view key,
                                                      std::string_view value)>& visit) const;

 private:
  RocksStore() : cache_(kCachedEvents), entity_cache_(kCachedEntities) {}
  Status write_ok() const;
  // After one whole document (or removal) is staged: commits the group when
  // it is full.
  Status staged_one();

  static constexpr std::size_t kCachedEvents = 20000;
  static constexpr std::size_t kCachedEntities = 20000;
  rocksdb::Iterator* committed_iterator(Cf which) const;
  mutable std::array<std::unique_ptr<rocksdb::Iterator>, kCfCount> committed_iterators_;

  std::string path_;
  Mode mode_ = Mode::kReadOnly;
  std::shared_ptr<rocksdb::Cache> block_cache_;
  std::unique_ptr<rocksdb::DB> db_;
  std::array<rocksdb::ColumnFamilyHandle*, kCfCount> handles_{};
  std::uint64_t next_event_ = 1;
  Day max_span_ = 0;  // longest interval in the indexes: bounds backward scans
  // Group commit: whole documents staged in one indexed batch, written at
  // once when it holds group_documents_ documents or group_bytes_ bytes.
  std::unique_ptr<rocksdb::WriteBatchWithIndex> pending_;
  std::size_t pending_documents_ = 0;
  std::size_t group_documents_ = 1;
  std::size_t group_bytes_ = 8 << 20;
  std::uint64_t committed_next_event_ = 1;
  Day committed_max_span_ = 0;
  mutable EventCache cache_;
  mutable EntityCache entity_cache_;
  // Events and entities as the write group not yet committed leaves them
  // (null: deleted in the group). Their values go into the group's batch
  // without the batch's index, which cost more than the rest of the write:
  // the write path reads them back from here, never from the batch.
  std::unordered_map<std::uint64_t, std::shared_ptr<const EventState>> group_events_;
  std::unordered_map<std::string, std::shared_ptr<const EntityRecord>> group_entities_;
  // type_actor_index keys the group staged (true: put, false: deleted),
  // without the batch's index: the merge candidates read them from here.
  StagedKeys group_type_actor_;
  // Documents and content-hash keys the group staged (nullopt: deleted),
  // without the batch's index: every document puts both, and indexing them
  // cost more than reading them back from here.
  StagedValues group_docs_;
  StagedValues group_hashes_;
  // Entities of group_entities_ whose value a document of the group changed.
  std::unordered_set<std::string> group_changed_entities_;
  // Events whose mentions or relations a document of the group staged
  // without the batch's index: reading them back needs the group committed.
  std::unordered_set<std::uint64_t> group_touched_;

  friend class DocumentWriter;
};

Status from_rocks(const rocksdb::Status& s, const std::string& context);

}  // namespace annals::kb
