// A set of tuples with hash indexes on the column sets joins probe. Tuples are
// stored flat; indexes chain tuple ids, so inserting allocates nothing per
// tuple beyond amortised vector growth.
#pragma once

#include <cstdint>
#include <deque>
#include <vector>

#include "value.h"

namespace annals::query {

class Relation {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  explicit Relation(int arity);
  int arity() const { return arity_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const V* tuple(std::uint32_t id) const { return data_.data() + std::size_t(id) * width_; }

  // Adds a tuple of arity() values; false when it was already there.
  bool insert(const V* values);
  bool contains(const V* values) const;
  // Adds tuples of `other` known to be absent here (semi-naive merge).
  void append_absent(const Relation& other);
  void clear();
  void insert_all(const Relation& other);

  // Calls visit(id) for each tuple whose columns in `mask` (bit i = column i)
  // equal key[i]. mask 0 visits every tuple.
  template <class Visit>
  void probe(std::uint32_t mask, const V* key, Visit&& visit) const {
    if (mask == 0) {
      for (std::uint32_t id = 0; id < size_; ++id)
        if (!visit(id)) return;
      return;
    }
    const Index& index = index_for(mask);
    const std::uint64_t h = hash_key(mask, key);
    for (std::uint32_t id = index.heads[h & (index.heads.size() - 1)]; id != kNone;
         id = index.next[id]) {
      if (index.hashes[id] == h && equal_on(mask, tuple(id), key))
        if (!visit(id)) return;
    }
  }

 private:
  struct Index {
    std::uint32_t mask = 0;
    std::vector<std::uint32_t> heads;
    std::vector<std::uint32_t> next;
    std::vector<std::uint64_t> hashes;
  };
  std::uint64_t hash_key(std::uint32_t mask, const V* key) const;
  bool equal_on(std::uint32_t mask, const V* a, const V* b) const;
  const Index& index_for(std::uint32_t mask) const;
  void add_to(Index& index, std::uint32_t id) const;
  void grow(Index& index) const;

  int arity_;
  int width_;  // arity, or 1 for a nullary relation
  std::uint32_t size_ = 0;
  std::vector<V> data_;
  mutable std::deque<Index> indexes_;  // [0] indexes all columns; deque: stable refs
};

}  // namespace annals::query
