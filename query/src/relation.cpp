#include "relation.h"

namespace annals::query {

Relation::Relation(int arity) : arity_(arity), width_(arity > 0 ? arity : 1) {
  Index all;
  all.mask = arity > 0 ? ((arity >= 32 ? 0xFFFFFFFFu : ((1u << arity) - 1))) : 1u;
  all.heads.assign(16, kNone);
  indexes_.push_back(std::move(all));
}

std::uint64_t Relation::hash_key(std::uint32_t mask, const V* key) const {
  std::uint64_t h = 0x84222325CBF29CE4ull;
  for (int i = 0; i < width_; ++i)
    if (mask & (1u << i)) h = hash_combine(h, hash_value(key[i]));
  return h;
}

bool Relation::equal_on(std::uint32_t mask, const V* a, const V* b) const {
  for (int i = 0; i < width_; ++i)
    if ((mask & (1u << i)) && !(a[i] == b[i])) return false;
  return true;
}

void Relation::grow(Index& index) const {
  index.heads.assign(index.heads.size() * 2, kNone);
  const std::size_t slots = index.heads.size() - 1;
  for (std::uint32_t id = 0; id < index.next.size(); ++id) {
    auto& head = index.heads[index.hashes[id] & slots];
    index.next[id] = head;
    head = id;
  }
}

void Relation::add_to(Index& index, std::uint32_t id) const {
  const std::uint64_t h = hash_key(index.mask, tuple(id));
  index.hashes.push_back(h);
  index.next.push_back(kNone);
  auto& head = index.heads[h & (index.heads.size() - 1)];
  index.next[id] = head;
  head = id;
  if (index.next.size() > index.heads.size()) grow(index);
}

const Relation::Index& Relation::index_for(std::uint32_t mask) const {
  for (const Index& index : indexes_)
    if (index.mask == mask) return index;
  Index index;
  index.mask = mask;
  std::size_t buckets = 16;
  while (buckets < size_) buckets *= 2;
  index.heads.assign(buckets, kNone);
  index.next.reserve(size_);
  index.hashes.reserve(size_);
  for (std::uint32_t id = 0; id < size_; ++id) add_to(index, id);
  indexes_.push_back(std::move(index));
  return indexes_.back();
}

bool Relation::contains(const V* values) const {
  V padded[1];
  if (arity_ == 0) {
    padded[0] = V{};
    values = padded;
  }
  bool found = false;
  probe(indexes_[0].mask, values, [&](std::uint32_t) {
    found = true;
    return false;
  });
  return found;
}

bool Relation::insert(const V* values) {
  V padded[1];
  if (arity_ == 0) {
    padded[0] = V{};
    values = padded;
  }
  if (contains(values)) return false;
  data_.insert(data_.end(), values, values + width_);
  const std::uint32_t id = size_++;
  for (Index& index : indexes_) add_to(index, id);
  return true;
}

void Relation::append_absent(const Relation& other) {
  data_.insert(data_.end(), other.data_.begin(), other.data_.end());
  for (std::uint32_t i = 0; i < other.size(); ++i) {
    const std::uint32_t id = size_++;
    for (Index& index : indexes_) add_to(index, id);
  }
}

void Relation::insert_all(const Relation& other) {
  for (std::uint32_t id = 0; id < other.size(); ++id) insert(other.tuple(id));
}

void Relation::clear() {
  data_.clear();
  size_ = 0;
  for (Index& index : indexes_) {
    index.heads.assign(16, kNone);
    index.next.clear();
    index.hashes.clear();
  }
}

}  // namespace annals::query
