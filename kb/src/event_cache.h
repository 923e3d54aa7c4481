// A bounded cache of recently read or written events (tally and derived
// record, no mentions), so that a merge does not decode the same hot events
// again for every document. The store is the truth: the cache holds copies
// of what the store (or the write group not yet committed) says, and is
// cleared when a write fails.
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <optional>
#include <unordered_map>
#include <utility>

#include "store_model.h"

namespace annals::kb {

class EventCache {
 public:
  explicit EventCache(std::size_t capacity) : capacity_(capacity) {}

  const EventState* find(std::uint64_t number) {
    auto it = index_.find(number);
    if (it == index_.end()) return nullptr;
    order_.splice(order_.begin(), order_, it->second);  // most recent first
    return &it->second->second;
  }

  void put(const EventState& event) {
    auto it = index_.find(event.number);
    if (it != index_.end()) {
      it->second->second = event;
      it->second->second.mentions.clear();
      order_.splice(order_.begin(), order_, it->second);
      return;
    }
    order_.emplace_front(event.number, event);
    order_.front().second.mentions.clear();
    index_[event.number] = order_.begin();
    if (order_.size() > capacity_) {
      index_.erase(order_.back().first);
      order_.pop_back();
    }
  }

  void erase(std::uint64_t number) {
    auto it = index_.find(number);
    if (it == index_.end()) return;
    order_.erase(it->second);
    index_.erase(it);
  }

  void clear() {
    order_.clear();
    index_.clear();
  }

 private:
  std::size_t capacity_;
  std::list<std::pair<std::uint64_t, EventState>> order_;
  std::unordered_map<std::uint64_t, std::list<std::pair<std::uint64_t, EventState>>::iterator>
      index_;
};

}  // namespace annals::kb
