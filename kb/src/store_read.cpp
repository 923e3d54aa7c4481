// The read path: event scans over the best index, records, counts.
#include <algorithm>

#include "merge.h"
#include "store_codec.h"
#include "store_impl.h"

namespace annals::kb {
namespace {

bool matches(const EventFilter& f, const EventRecord& r) {
  if (f.type && r.type != *f.type) return false;
  if (f.from || f.to) {
    if (!r.when) return false;
    if (f.from && r.when->end < *f.from) return false;
    if (f.to && r.when->start > *f.to) return false;
  }
  if (f.entity && std::find(r.agents.begin(), r.agents.end(), *f.entity) == r.agents.end() &&
      std::find(r.patients.begin(), r.patients.end(), *f.entity) == r.patients.end())
    return false;
  if (f.as_of && (!r.reported || *r.reported > *f.as_of)) return false;
  return true;
}

}  // namespace

Status RocksStore::scan_events(const EventFilter& filter,
                               const std::function<bool(const EventRecord&)>& visit) const {
  if (filter.id) {
    auto number = keys::parse_event_id(*filter.id);
    if (!number) return Status::Ok();  // no such id can exist
    auto ev = load_event(*number);
    if (!ev) return ev.status();
    if (!*ev || !matches(filter, (*ev)->record)) return Status::Ok();
    auto full = load_full(*number);
    if (!full) return full.status();
    if (*full) visit((*full)->record);
    return Status::Ok();
  }
  // The index key's dated suffix bounds the scan: starts from `from` minus
  // the longest stored interval (anything earlier ends before `from`) up to
  // `to`.
  auto bounds = [&](const std::string& prefix, std::string* lo, std::string* hi) {
    *lo = prefix;
    if (filter.from) keys::append_day(*lo, *filter.from - max_span_);
    if (filter.to) {
      *hi = prefix;
      keys::append_day(*hi, *filter.to + 1);
    } else {
      *hi = keys::prefix_successor(prefix);
    }
  };
  Status inner = Status::Ok();
  bool stopped = false;
  auto emit_number = [&](std::uint64_t number) {
    auto ev = load_event(number);
    if (!ev) {
      inner = ev.status();
      return false;
    }
    if (!*ev || !matches(filter, (*ev)->record)) return true;
    if (!filter.with_mentions) {
      EventRecord& bare = (*ev)->record;  // a tally's record: no mentions attached
      bare.mentions.clear();
      bare.quantities.clear();
      bare.has_mentions = false;
      stopped = !visit(bare);
      return !stopped;
    }
    auto mentions = load_mentions(number);
    if (!mentions) {
      inner = mentions.status();
      return false;
    }
    attach_mentions((*ev)->record, *mentions);
    stopped = !visit((*ev)->record);
    return !stopped;
  };
  auto emit_key = [&](std::string_view key, std::string_view) {
    auto ref = keys::read_dated_ref(key);
    if (!ref) return true;
    if (filter.from && ref->end < *filter.from) return true;
    return emit_number(ref->event);
  };

  Status s;
  std::string lo, hi;
  if (filter.entity) {
    // Agent and patient ranges, merged into start order.
    std::vector<keys::DatedRef> refs;
    for (char role : {keys::kAgent, keys::kPatient}) {
      bounds(keys::entity_role_prefix(*filter.entity, role), &lo, &hi);
      s = scan_range(kCfRolesByEntity, lo, hi, false, [&](std::string_view k, std::string_view) {
        if (auto ref = keys::read_dated_ref(k); ref && (!filter.from || ref->end >= *filter.from))
          refs.push_back(*ref);
        return true;
      });
      if (!s.ok()) return s;
    }
    std::sort(refs.begin(), refs.end(), [](const auto& a, const auto& b) {
      return std::tie(a.start, a.end, a.event) < std::tie(b.start, b.end, b.event);
    });
    for (std::size_t i = 0; i < refs.size(); ++i) {
      if (i > 0 && refs[i].event == refs[i - 1].event) continue;
      if (!emit_number(refs[i].event)) break;
    }
    return inner;
  }
  if (filter.type) {
    bounds(keys::type_prefix(*filter.type), &lo, &hi);
    s = scan_range(kCfTypeIndex, lo, hi, false, emit_key);
  } else {
    bounds("", &lo, &hi);
    s = scan_range(kCfTimeIndex, lo, filter.to ? hi : std::string(), false, emit_key);
  }
  if (!s.ok()) return s;
  return inner;
}

Result<std::optional<EventRecord>> RocksStore::event(const std::string& id) const {
  auto number = keys::parse_event_id(id);
  if (!number) return std::optional<EventRecord>();
  auto ev = load_full(*number);
  if (!ev) return ev.status();
  if (!*ev) return std::optional<EventRecord>();
  return std::optional<EventRecord>(std::move((*ev)->record));
}

Status RocksStore::scan_documents(const std::function<bool(const DocRecord&)>& visit) const {
  Status inner = Status::Ok();
  Status s = scan_range(kCfDocs, "", "", false, [&](std::string_view, std::string_view v) {
    auto d = codec::decode_doc(v);
    if (!d) {
      inner = d.status();
      return false;
    }
    return visit(*d);
  });
  return s.ok() ? inner : s;
}

Status RocksStore::scan_entities(const std::function<bool(const EntityRecord&)>& visit) const {
  Status inner = Status::Ok();
  Status s = scan_range(kCfEntities, "", "", false, [&](std::string_view, std::string_view v) {
    auto e = codec::decode_entity(v);
    if (!e) {
      inner = e.status();
      return false;
    }
    return visit(*e);
  });
  return s.ok() ? inner : s;
}

Status RocksStore::scan_relations(const std::string& event_id,
                                  const std::function<bool(const RelationRecord&)>& visit) const {
  auto number = keys::parse_event_id(event_id);
  if (!number) return Status::Ok();
  std::string prefix = keys::event_key(*number);
  return scan_range(kCfRelations, prefix, keys::prefix_successor(prefix), false,
                    [&](std::string_view k, std::string_view) {
                      auto r = keys::decode_relation_key(k);
                      if (!r) return true;
                      return visit(RelationRecord{keys::event_id(r->from),
                                                  r->kind == keys::kUnder ? "under" : "over",
                                                  keys::event_id(r->to), r->doc});
                    });
}

Result<Stats> RocksStore::stats() const {
  Stats st;
  auto count = [&](Cf which, std::uint64_t* n,
                   const std::function<bool(std::string_view)>& keep) -> Status {
    return scan_range(which, "", "", false, [&](std::string_view k, std::string_view) {
      if (!keep || keep(k)) ++*n;
      return true;
    });
  };
  Status s = count(kCfDocs, &st.documents, nullptr);
  if (s.ok()) s = count(kCfEvents, &st.events, nullptr);
  if (s.ok()) s = count(kCfMentions, &st.mentions, nullptr);
  if (s.ok()) s = count(kCfEntities, &st.entities, nullptr);
  // Each stated relation is stored in both directions: count one.
  if (s.ok())
    s = count(kCfRelations, &st.relations,
              [](std::string_view k) { return k.size() > 8 && k[8] == keys::kUnder; });
  if (!s.ok()) return s;
  return st;
}

}  // namespace annals::kb
