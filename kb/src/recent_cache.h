// Bounded caches of what the write path read or wrote last (events: tally
// and derived record, no mentions; entity records), so that a merge does not
// read and decode the same hot events and entities again for every document.
// The store is the truth: a cache holds copies of what the store (or the
// write group not yet committed) says, and is cleared when a write fails.
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>

#include "annals/kb.h"
#include "store_model.h"

namespace annals::kb {

template <typename Key, typename Value>
class RecentCache {
 public:
  // Shared and never changed: a writer that changes a value changes a copy.
  using Entry = std::shared_ptr<const Value>;
  explicit RecentCache(std::size_t capacity) : capacity_(capacity) {}

  Entry find(const Key& key) {
    auto it = index_.find(key);
    if (it == index_.end()) return nullptr;
    order_.splice(order_.begin(), order_, it->second);  // most recent first
    return it->second->second;
  }

  void put(const Key& key, Entry value) {
    auto it = index_.find(key);
    if (it != index_.end()) {
      it->second->second = std::move(value);
      order_.splice(order_.begin(), order_, it->second);
      return;
    }
    order_.emplace_front(key, std::move(value));
    index_[key] = order_.begin();
    if (order_.size() > capacity_) {
      index_.erase(order_.back().first);
      order_.pop_back();
    }
  }

  void erase(const Key& key) {
    auto it = index_.find(key);
    if (it == index_.end()) return;
    order_.erase(it->second);
    index_.erase(it);
  }

  void clear() {
    order_.clear();
    index_.clear();
  }

 private:
  using Order = std::list<std::pair<Key, Entry>>;
  std::size_t capacity_;
  Order order_;
  std::unordered_map<Key, typename Order::iterator> index_;
};

using EventCache = RecentCache<std::uint64_t, EventState>;
using EntityCache = RecentCache<std::string, EntityRecord>;

}  // namespace annals::kb
