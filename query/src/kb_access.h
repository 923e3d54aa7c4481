// Reads base relations from the knowledge base with pushdown, caching what a
// query has already fetched so recursive rules do not refetch.
#pragma once

#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "annals/kb.h"
#include "program.h"
#include "value.h"

namespace annals::query {

struct KbCounters {
  std::uint64_t lookups = 0;           // events fetched by id
  std::uint64_t scans = 0;             // scan_events calls
  std::uint64_t unfiltered_scans = 0;  // scan_events with no narrowing field
  std::uint64_t events_read = 0;
};

class KbAccess {
 public:
  KbAccess(const kb::Store* store, SymbolTable& symbols) : store_(store), symbols_(symbols) {}

  // The event with this id, or null (absent, or not reported by `as_of`).
  Result<const kb::EventRecord*> event(std::string_view id, std::optional<Day> as_of);
  // Events matching `filter`, cached per filter.
  Result<const std::vector<const kb::EventRecord*>*> scan(const kb::EventFilter& filter);
  Result<const std::vector<kb::EntityRecord>*> entities();
  Result<const std::vector<kb::DocRecord>*> documents();

  // Calls emit for each tuple of a per-event base relation that `record` yields.
  void event_tuples(BaseRel rel, const kb::EventRecord& record,
                    const std::function<void(const V*)>& emit);

  const KbCounters& counters() const { return counters_; }
  const kb::Store* store() const { return store_; }

 private:
  const kb::EventRecord* remember(kb::EventRecord record);

  const kb::Store* store_;
  SymbolTable& symbols_;
  std::deque<kb::EventRecord> events_;
  std::unordered_map<std::string, const kb::EventRecord*> by_id_;       // with mentions
  std::unordered_map<std::string, const kb::EventRecord*> bare_by_id_;  // without
  std::unordered_map<std::string, std::optional<const kb::EventRecord*>> lookups_;
  std::unordered_map<std::string, std::vector<const kb::EventRecord*>> scans_;
  std::optional<std::vector<kb::EntityRecord>> entities_;
  std::optional<std::vector<kb::DocRecord>> documents_;
  KbCounters counters_;
};

std::string describe_filter(const kb::EventFilter& filter);

}  // namespace annals::query
