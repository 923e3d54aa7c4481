#include "relation.h"

#include "tuple_hash.h"

#include <algorithm>

namespace annals::query {

const V Relation::kNullary{};

namespace {

constexpr std::size_t kMinSlots = 16;

inline std::uint64_t slot_of(std::uint64_t hash, std::uint32_t id) {
  return (hash & 0xFFFFFFFF00000000ull) | id;
}

// A hash's first slot: its top bits, which the slot's tag keeps, so a table
// doubles by moving tags, without reading a row or hashing again.
inline std::size_t home(std::uint64_t hash, int bits) {
  return hash >> (64 - bits);
}

std::size_t capacity_for(std::size_t keys) {
  std::size_t slots = kMinSlots;
  while (slots * 3 < keys * 4) slots *= 2;  // load factor at most 3/4
  return slots;
}

}  // namespace

Relation::Relation(int arity)
    : arity_(arity),
      width_(arity > 0 ? arity : 1),
      all_columns_(arity > 0 ? (arity >= 32 ? 0xFFFFFFFFu : ((1u << arity) - 1)) : 1u) {
  Index all;
  all.mask = all_columns_;
  all.unique = true;
  all.slots.assign(kMinSlots, kEmpty);
  all.bits = __builtin_ctzll(kMinSlots);
  indexes_.push_back(std::make_unique<Index>(std::move(all)));
  last_index_ = indexes_[0].get();
}

// Loops visit the set bits of a mask only (columns beyond the arity: none).
std::uint64_t Relation::hash_key(std::uint32_t mask, const V* key) const {
  return hash_columns(mask & all_columns_, [key](int i) -> const V& { return key[i]; });
}

std::uint64_t Relation::hash_row(std::uint32_t mask, const Row& row) const {
  return hash_columns(mask & all_columns_, [&row](int i) { return row[i]; });
}

bool Relation::equal_on(std::uint32_t mask, const Row& row, const V* key) const {
  for (std::uint32_t m = mask & all_columns_; m; m &= m - 1) {
    const int i = __builtin_ctz(m);
    if (!(row[i] == key[i])) return false;
  }
  return true;
}

bool Relation::same_key(std::uint32_t mask, const Row& a, const Row& b) const {
  for (std::uint32_t m = mask & all_columns_; m; m &= m - 1) {
    const int i = __builtin_ctz(m);
    if (!(a[i] == b[i])) return false;
  }
  return true;
}

std::uint32_t Relation::find(const Index& index, const V* key, std::uint64_t hash) const {
  const std::size_t last = index.slots.size() - 1;
  const std::uint64_t tag = hash >> 32;
  for (std::size_t pos = home(hash, index.bits);; pos = (pos + 1) & last) {
    const std::uint64_t slot = index.slots[pos];
    if (slot == kEmpty) return kNone;
    const auto id = static_cast<std::uint32_t>(slot);
    if ((slot >> 32) == tag && equal_on(index.mask, row(id), key)) return id;
  }
}

void Relation::add_to(Index& index, std::uint32_t id, std::uint64_t hash) const {
  const std::size_t last = index.slots.size() - 1;
  const std::uint64_t tag = hash >> 32;
  std::size_t pos = home(hash, index.bits);
  if (index.unique) {
    // The tuple is known to be absent: the first free slot is its.
    while (index.slots[pos] != kEmpty) pos = (pos + 1) & last;
  } else {
    index.next.push_back(kNone);
    for (;; pos = (pos + 1) & last) {
      const std::uint64_t slot = index.slots[pos];
      if (slot == kEmpty) break;
      const auto head = static_cast<std::uint32_t>(slot);
      if ((slot >> 32) == tag && same_key(index.mask, row(head), row(id))) {
        index.next[id] = head;
        index.slots[pos] = slot_of(hash, id);
        return;
      }
    }
  }
  index.slots[pos] = slot_of(hash, id);
  if (++index.keys * 4 > index.slots.size() * 3) grow(index);
}

void Relation::prefetch_slot(std::uint32_t mask, std::uint64_t hash) const {
  const Index& index = index_for(mask);
  __builtin_prefetch(&index.slots[home(hash, index.bits)]);
}

void Relation::prefetch_row(std::uint32_t mask, std::uint64_t hash) const {
  const Index& index = index_for(mask);
  const std::uint64_t slot = index.slots[home(hash, index.bits)];
  if (slot == kEmpty || (slot >> 32) != (hash >> 32)) return;
  const auto id = static_cast<std::uint32_t>(slot);
  const Block& b = blocks_[id >> kBlockShift];
  const std::size_t at = std::size_t(id & (kBlockRows - 1)) * std::size_t(width_);
  __builtin_prefetch(b.bits.data() + at);
  if (!b.kinds.empty()) __builtin_prefetch(b.kinds.data() + at);
}

void Relation::grow(Index& index) const {
  std::vector<std::uint64_t> old;
  old.swap(index.slots);
  index.slots.assign(old.size() * 2, kEmpty);
  index.bits += 1;
  const std::size_t last = index.slots.size() - 1;
  for (const std::uint64_t slot : old) {
    if (slot == kEmpty) continue;
    std::size_t pos = home(slot, index.bits);
    while (index.slots[pos] != kEmpty) pos = (pos + 1) & last;
    index.slots[pos] = slot;
  }
}

void Relation::hash_rows(std::uint32_t mask, std::vector<std::uint64_t>& out) const {
  out.resize(size_);
  int columns[32];
  int count = 0;
  for (std::uint32_t m = mask & all_columns_; m; m &= m - 1) columns[count++] = __builtin_ctz(m);
  for (std::uint32_t first = 0; first < size_; first += kBlockRows) {
    const Block& b = blocks_[first >> kBlockShift];
    const std::uint32_t rows = std::min(kBlockRows, size_ - first);
    if (!b.kinds.empty() || !b.aux.empty()) {
      for (std::uint32_t r = 0; r < rows; ++r) out[first + r] = hash_row(mask, row(first + r));
      continue;
    }
    // One kind a column and no date ranges: hash the payloads in a tight loop.
    std::uint64_t kinds[32];
    for (int k = 0; k < count; ++k)
      kinds[k] = kind_bits(b.column_kinds[static_cast<std::size_t>(columns[k])]);
    const std::int64_t* bits = b.bits.data();
    for (std::uint32_t r = 0; r < rows; ++r, bits += width_) {
      std::uint64_t h = kTupleHashSeed;
      for (int k = 0; k < count; ++k)
        h = absorb_raw(h, static_cast<std::uint64_t>(bits[columns[k]]) ^ kinds[k]);
      out[first + r] = mix64(h);
    }
  }
}

void Relation::rebuild(Index& index, std::size_t capacity) const {
  // Rebuilt from the stored rows: free the old table first, never hold both.
  std::vector<std::uint64_t>().swap(index.slots);
  index.slots.assign(capacity, kEmpty);
  index.bits = __builtin_ctzll(capacity);
  index.keys = 0;
  index.next.clear();
  if (!index.unique) index.next.reserve(size_);
  // Slots are written at random: hash every row first, then prefetch ahead.
  constexpr std::uint32_t kAhead = 16;
  std::vector<std::uint64_t> hashes;
  hash_rows(index.mask, hashes);
  for (std::uint32_t id = 0; id < size_; ++id) {
    if (id + kAhead < size_)
      __builtin_prefetch(&index.slots[home(hashes[id + kAhead], index.bits)]);
    add_to(index, id, hashes[id]);
  }
}

const Relation::Index& Relation::index_for(std::uint32_t mask) const {
  refresh();
  if (last_index_->mask == mask) return *last_index_;
  for (const auto& index : indexes_)
    if (index->mask == mask) {
      last_index_ = index.get();
      return *index;
    }
  Index index;
  index.mask = mask;
  index.unique = (mask & all_columns_) == all_columns_;
  rebuild(index, capacity_for(size_));
  indexes_.push_back(std::make_unique<Index>(std::move(index)));
  last_index_ = indexes_.back().get();
  return *last_index_;
}

bool Relation::contains_row(const Row& row, std::uint64_t hash) const {
  refresh();
  const Index& index = *indexes_[0];
  const std::size_t last = index.slots.size() - 1;
  const std::uint64_t tag = hash >> 32;
  for (std::size_t pos = home(hash, index.bits);; pos = (pos + 1) & last) {
    const std::uint64_t slot = index.slots[pos];
    if (slot == kEmpty) return false;
    if ((slot >> 32) == tag &&
        same_key(all_columns_, this->row(static_cast<std::uint32_t>(slot)), row))
      return true;
  }
}

bool Relation::contains(const V* values, std::uint64_t hash) const {
  refresh();
  return find(*indexes_[0], padded(values), hash) != kNone;
}

void Relation::store(const V* values) {
  const std::uint32_t block = size_ >> kBlockShift;
  if ((size_ & (kBlockRows - 1)) == 0) start_block(block, values);
  Block& b = blocks_[block];
  bool uniform = b.kinds.empty(), ranged = false;
  for (int i = 0; i < width_; ++i) {
    uniform = uniform && values[i].kind == b.column_kinds[static_cast<std::size_t>(i)];
    ranged = ranged || values[i].aux != 0;
  }
  if (!uniform && b.kinds.empty()) {  // the first row of another kind: a byte a value from now
    const std::size_t rows = b.bits.size() / std::size_t(width_);
    b.kinds.reserve(std::size_t(kBlockRows) * std::size_t(width_));
    for (std::size_t r = 0; r < rows; ++r)
      b.kinds.insert(b.kinds.end(), b.column_kinds.begin(), b.column_kinds.end());
  }
  for (int i = 0; i < width_; ++i) b.bits.push_back(values[i].bits);
  if (!b.kinds.empty())
    for (int i = 0; i < width_; ++i) b.kinds.push_back(values[i].kind);
  if (ranged && b.aux.empty()) b.aux.assign(b.bits.size() - std::size_t(width_), 0);
  if (!b.aux.empty())
    for (int i = 0; i < width_; ++i) b.aux.push_back(values[i].aux);
  ++size_;
}

void Relation::start_block(std::uint32_t block, const V* first) {
  if (block == blocks_.size()) {
    blocks_.emplace_back();
    // Later blocks are reserved whole; the first grows, for small relations.
    if (block > 0) blocks_.back().bits.reserve(std::size_t(kBlockRows) * std::size_t(width_));
  }
  Block& b = blocks_[block];
  b.column_kinds.clear();
  for (int i = 0; i < width_; ++i) b.column_kinds.push_back(first[i].kind);
}

bool Relation::insert(const V* values, std::uint64_t hash) {
  values = padded(values);
  if (contains(values, hash)) return false;
  append(values, hash);
  return true;
}

void Relation::append(const V* values, std::uint64_t hash) {
  store(values);
  const std::uint32_t id = size_ - 1;
  for (const auto& index : indexes_)
    add_to(*index, id, index->mask == all_columns_ ? hash : hash_key(index->mask, values));
}

std::size_t Relation::insert_new(const Relation& from, Relation& added) {
  refresh();
  added.refresh();
  constexpr std::uint32_t kAhead = 16;
  const std::uint32_t n = static_cast<std::uint32_t>(from.size());
  std::vector<std::uint64_t> hashes;
  from.hash_rows(all_columns_, hashes);
  std::vector<V> values(static_cast<std::size_t>(width_));
  std::size_t count = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (i + kAhead < n) {
      __builtin_prefetch(&indexes_[0]->slots[home(hashes[i + kAhead], indexes_[0]->bits)]);
    }
    if (contains_row(from.row(i), hashes[i])) continue;
    const Row r = from.row(i);
    for (int c = 0; c < width_; ++c) values[static_cast<std::size_t>(c)] = r[c];
    append(values.data(), hashes[i]);
    added.append(values.data(), hashes[i]);
    ++count;
  }
  return count;
}

void Relation::insert_all(const Relation& other) {
  std::vector<V> values(static_cast<std::size_t>(width_));
  for (std::uint32_t i = 0; i < other.size(); ++i) {
    const Row r = other.row(i);
    for (int c = 0; c < width_; ++c) values[static_cast<std::size_t>(c)] = r[c];
    insert(values.data());
  }
}

// Keeps the first block's and the indexes' memory: semi-naive rounds clear and
// refill relations of similar sizes.
void Relation::clear() {
  blocks_.resize(std::min<std::size_t>(blocks_.size(), 1));
  for (Block& b : blocks_) {
    b.bits.clear();
    b.kinds.clear();
    b.aux.clear();
  }
  const std::size_t keep = capacity_for(size_);
  size_ = 0;
  stale_ = false;
  for (const auto& index : indexes_) {
    if (index->slots.size() > keep) {
      std::vector<std::uint64_t>().swap(index->slots);
      index->slots.assign(keep, kEmpty);
      index->bits = __builtin_ctzll(keep);
    } else {
      std::fill(index->slots.begin(), index->slots.end(), kEmpty);
    }
    index->next.clear();
    index->keys = 0;
  }
}

void Relation::append_distinct(const Relation& other) {
  std::vector<V> values(static_cast<std::size_t>(width_));
  for (std::uint32_t i = 0; i < other.size(); ++i) {
    const Row r = other.row(i);
    for (int c = 0; c < width_; ++c) values[static_cast<std::size_t>(c)] = r[c];
    store(values.data());
  }
  stale_ = stale_ || other.size() > 0;
}

void Relation::rebuild_all() const {
  stale_ = false;
  for (const auto& index : indexes_) rebuild(*index, capacity_for(size_));
}

}  // namespace annals::query
