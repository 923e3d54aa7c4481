// A set of tuples with hash indexes on the column sets joins probe.
//
// Memory per tuple matters (a transitive closure holds millions): values are
// stored flat in fixed-size blocks, 8 bytes a value (the 64-bit payload; the
// kind is kept once a column while a block's column has one kind, else a byte
// a value; a date range's end day lives in a per-block side array made on
// first use), so growing never copies what is stored. Indexes are open
// addressing tables of 8-byte slots (the top 32 bits of the hash, which also
// place the slot, and 32 bits of tuple id); tuples sharing a key on a
// non-unique index are chained through one 4-byte `next` per tuple. Nothing is
// allocated per tuple.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "tuple_hash.h"
#include "value.h"

namespace annals::query {

// One stored tuple; values are rebuilt from the block's arrays on access.
// `kinds` is the row's kinds, or its block's column kinds.
class Row {
 public:
  Row(const std::int64_t* bits, const Kind* kinds, const std::int32_t* aux)
      : bits_(bits), kinds_(kinds), aux_(aux) {}
  V operator[](int i) const { return V{bits_[i], aux_ ? aux_[i] : 0, kinds_[i]}; }

 private:
  const std::int64_t* bits_;
  const Kind* kinds_;
  const std::int32_t* aux_;  // null: no date range in this block
};

class Relation {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  explicit Relation(int arity);
  int arity() const { return arity_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  Row row(std::uint32_t id) const {
    const Block& b = blocks_[id >> kBlockShift];
    const std::size_t at = std::size_t(id & (kBlockRows - 1)) * std::size_t(width_);
    return Row(b.bits.data() + at, b.kinds.empty() ? b.column_kinds.data() : b.kinds.data() + at,
               b.aux.empty() ? nullptr : b.aux.data() + at);
  }

  // The hash of a whole tuple (arity() values), shared by every relation of
  // that arity, so a caller can hash once and test or insert in several.
  std::uint64_t hash_tuple(const V* values) const { return hash_key(all_columns_, padded(values)); }
  // Adds a tuple of arity() values; false when it was already there.
  bool insert(const V* values) { return insert(values, hash_tuple(values)); }
  bool insert(const V* values, std::uint64_t hash);
  bool contains(const V* values) const { return contains(values, hash_tuple(values)); }
  bool contains(const V* values, std::uint64_t hash) const;
  // Adds the tuples of `from` missing here, and to `added` as well (semi-naive
  // merge); returns how many. Prefetches ahead: the probes miss the cache.
  std::size_t insert_new(const Relation& from, Relation& added);
  // Keeps memory in proportion to the size it had, so clearing a relation
  // that was large once and refilling it small stays cheap.
  void clear();
  void insert_all(const Relation& other);
  // Appends every tuple of `other`, known to hold none of this relation's:
  // no test, and the indexes are rebuilt only when next used.
  void append_distinct(const Relation& other);
  void append_distinct(const V* values) {
    store(padded(values));
    stale_ = true;
  }

  // For joins that know their next probes ahead: the hash of a key on `mask`,
  // and prefetches of the index slot it lands in, then of the row found there.
  std::uint64_t key_hash(std::uint32_t mask, const V* key) const { return hash_key(mask, key); }
  // The same, value_at(column) giving the key's values (see tuple_hash.h).
  template <class ValueAt>
  std::uint64_t key_hash_of(std::uint32_t mask, ValueAt&& value_at) const {
    return hash_columns(mask & all_columns_, value_at);
  }
  void prefetch_slot(std::uint32_t mask, std::uint64_t hash) const;
  // Builds the index on `mask` now, and makes it the one a probe finds first.
  void prepare_index(std::uint32_t mask) const { index_for(mask); }
  void prefetch_row(std::uint32_t mask, std::uint64_t hash) const;

  // Calls visit(id) for each tuple whose columns in `mask` (bit i = column i)
  // equal key[i], until visit returns false. mask 0 visits every tuple.
  template <class Visit>
  void probe(std::uint32_t mask, const V* key, Visit&& visit) const {
    if (mask == 0) {
      for (std::uint32_t id = 0; id < size_; ++id)
        if (!visit(id)) return;
      return;
    }
    probe(mask, key, hash_key(mask, key), visit);
  }
  // The same, mask != 0, with the key's hash known (key_hash).
  template <class Visit>
  void probe(std::uint32_t mask, const V* key, std::uint64_t hash, Visit&& visit) const {
    const Index& index = index_for(mask);
    std::uint32_t id = find(index, key, hash);
    if (index.unique) {
      if (id != kNone) visit(id);
      return;
    }
    for (; id != kNone; id = index.next[id])
      if (!visit(id)) return;
  }

 private:
  static constexpr int kBlockShift = 14;
  static constexpr std::uint32_t kBlockRows = 1u << kBlockShift;
  static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};

  struct Block {
    std::vector<std::int64_t> bits;
    std::vector<Kind> column_kinds;  // the kinds of the block's first row
    std::vector<Kind> kinds;         // empty while every row has column_kinds
    std::vector<std::int32_t> aux;   // empty until a date range is stored
  };
  struct Index {
    std::uint32_t mask = 0;
    bool unique = false;               // all columns: one tuple a key, no chains
    std::vector<std::uint64_t> slots;  // (hash >> 32) << 32 | first tuple id; kEmpty
    std::vector<std::uint32_t> next;   // !unique: the next tuple with the same key
    std::size_t keys = 0;
    int bits = 4;  // log2 of slots.size()
  };

  const V* padded(const V* values) const { return arity_ == 0 ? &kNullary : values; }
  std::uint64_t hash_key(std::uint32_t mask, const V* key) const;
  std::uint64_t hash_row(std::uint32_t mask, const Row& row) const;
  // hash_row of every row, into out[id].
  void hash_rows(std::uint32_t mask, std::vector<std::uint64_t>& out) const;
  bool equal_on(std::uint32_t mask, const Row& row, const V* key) const;
  bool same_key(std::uint32_t mask, const Row& a, const Row& b) const;
  std::uint32_t find(const Index& index, const V* key, std::uint64_t hash) const;
  const Index& index_for(std::uint32_t mask) const;
  void add_to(Index& index, std::uint32_t id, std::uint64_t hash) const;
  void rebuild(Index& index, std::size_t capacity) const;
  void grow(Index& index) const;
  void store(const V* values);
  void start_block(std::uint32_t block, const V* first);
  // Adds a tuple known to be absent.
  void append(const V* values, std::uint64_t hash);
  bool contains_row(const Row& row, std::uint64_t hash) const;
  // Rebuilds the indexes after append_distinct, before any use.
  void refresh() const {
    if (stale_) rebuild_all();
  }
  void rebuild_all() const;

  static const V kNullary;
  int arity_;
  int width_;  // arity, or 1 for a nullary relation
  std::uint32_t all_columns_;
  std::uint32_t size_ = 0;
  std::vector<Block> blocks_;
  mutable std::vector<std::unique_ptr<Index>> indexes_;  // [0]: all columns
  mutable const Index* last_index_ = nullptr;            // the one index_for found last
  mutable bool stale_ = false;                           // indexes miss appended tuples
};

}  // namespace annals::query
