#include "kb_access.h"

#include <cmath>

#include "annals/event_category.h"

namespace annals::query {

std::string describe_filter(const kb::EventFilter& f) {
  std::string out;
  auto add = [&](const std::string& part) { out += (out.empty() ? "" : ", ") + part; };
  if (f.id) add("id=" + *f.id);
  if (f.type) add("type=" + *f.type);
  if (f.entity) add("entity=" + *f.entity);
  if (f.from) add("from=" + format_day(*f.from));
  if (f.to) add("to=" + format_day(*f.to));
  if (f.as_of) add("as_of=" + format_day(*f.as_of));
  return out.empty() ? "all events" : out;
}

// Records read with and without their mentions are kept apart: a record in
// use by an outer join is never replaced under it.
const kb::EventRecord* KbAccess::remember(kb::EventRecord record) {
  auto& index = record.has_mentions ? by_id_ : bare_by_id_;
  if (!record.has_mentions) {
    if (auto full = by_id_.find(record.id); full != by_id_.end()) return full->second;
  }
  auto it = index.find(record.id);
  if (it != index.end()) return it->second;
  events_.push_back(std::move(record));
  const kb::EventRecord* stored = &events_.back();
  index.emplace(stored->id, stored);
  return stored;
}

namespace {
bool visible(const kb::EventRecord& e, std::optional<Day> as_of) {
  return !as_of || (e.reported && *e.reported <= *as_of);
}
}  // namespace

Result<const kb::EventRecord*> KbAccess::event(std::string_view id, std::optional<Day> as_of) {
  if (!store_) return static_cast<const kb::EventRecord*>(nullptr);
  std::string key(id);
  auto it = lookups_.find(key);
  if (it == lookups_.end()) {
    ++counters_.lookups;
    auto found = store_->event(key);
    if (!found.ok()) return found.status();
    std::optional<const kb::EventRecord*> entry;
    if (*found) {
      ++counters_.events_read;
      entry = remember(std::move(**found));
    }
    it = lookups_.emplace(std::move(key), entry).first;
  }
  if (!it->second || !visible(**it->second, as_of))
    return static_cast<const kb::EventRecord*>(nullptr);
  return *it->second;
}

Result<const std::vector<const kb::EventRecord*>*> KbAccess::scan(const kb::EventFilter& f) {
  static const std::vector<const kb::EventRecord*> kNone;
  if (!store_) return &kNone;
  const std::string key = describe_filter(f) + (f.with_mentions ? "" : " (events alone)");
  auto it = scans_.find(key);
  if (it != scans_.end()) return &it->second;
  ++counters_.scans;
  if (!f.id && !f.type && !f.entity && !f.from && !f.to) ++counters_.unfiltered_scans;
  std::vector<const kb::EventRecord*> found;
  Status s = store_->scan_events(f, [&](const kb::EventRecord& e) {
    ++counters_.events_read;
    found.push_back(remember(e));
    return true;
  });
  if (!s.ok()) return s;
  return &scans_.emplace(key, std::move(found)).first->second;
}

Result<const std::vector<kb::EntityRecord>*> KbAccess::entities() {
  if (!entities_) {
    entities_.emplace();
    if (store_) {
      Status s = store_->scan_entities([&](const kb::EntityRecord& e) {
        entities_->push_back(e);
        return true;
      });
      if (!s.ok()) return s;
    }
  }
  return &*entities_;
}

Result<const std::vector<kb::DocRecord>*> KbAccess::documents() {
  if (!documents_) {
    documents_.emplace();
    if (store_) {
      Status s = store_->scan_documents([&](const kb::DocRecord& d) {
        documents_->push_back(d);
        return true;
      });
      if (!s.ok()) return s;
    }
  }
  return &*documents_;
}

void KbAccess::event_tuples(BaseRel rel, const kb::EventRecord& e,
                            const std::function<void(const V*)>& emit) {
  V t[4];
  t[0] = symbols_.string(e.id);
  auto pair = [&](const V& second) {
    t[1] = second;
    emit(t);
  };
  switch (rel) {
    case BaseRel::kEvent:
      pair(symbols_.atom(e.type));
      break;
    case BaseRel::kTime:
      if (e.when) {
        t[1] = V::date(e.when->start);
        t[2] = V::date(e.when->end);
        emit(t);
      }
      break;
    case BaseRel::kGranularity:
      if (e.when) pair(symbols_.atom(granularity_name(e.when->granularity)));
      break;
    case BaseRel::kTimeKind:
      // `time` keeps its meaning (E lies within [Start, End]); this tells a
      // day from a coarser interval and from "some day before".
      if (e.when) {
        pair(symbols_.atom(e.when->granularity == Granularity::kDay ? "on" : "within"));
      } else if (e.after) {
        pair(symbols_.atom("between"));
      } else if (e.reported || e.before) {
        pair(symbols_.atom("before"));
      }
      break;
    case BaseRel::kEarliest:
      if (e.when) {
        pair(V::date(e.when->start));
      } else if (e.after) {
        pair(V::date(*e.after + 1));
      }
      break;
    case BaseRel::kLatest:
      if (e.when) {
        pair(V::date(e.when->end));
      } else if (e.before) {
        pair(V::date(*e.before - 1));
      } else if (e.reported) {
        pair(V::date(*e.reported));
      }
      break;
    case BaseRel::kCategory:
      for (std::string_view c : event_categories(e.type)) pair(symbols_.atom(c));
      break;
    case BaseRel::kAgent:
      for (const auto& a : e.agents) pair(symbols_.string(a));
      break;
    case BaseRel::kPatient:
      for (const auto& p : e.patients) pair(symbols_.string(p));
      break;
    case BaseRel::kPlace:
      if (!e.place.empty()) pair(symbols_.string(e.place));
      break;
    case BaseRel::kMention:
      for (const auto& m : e.mentions) {
        t[1] = symbols_.string(m.doc);
        t[2] = symbols_.string(m.sentence);
        emit(t);
      }
      break;
    case BaseRel::kReported:
      if (e.reported) pair(V::date(*e.reported));
      break;
    case BaseRel::kModality:
      pair(symbols_.atom(e.modality));
      break;
    case BaseRel::kPolarity:
      pair(symbols_.atom(e.polarity));
      break;
    case BaseRel::kClaimedBy:
      for (const auto& c : e.claimed_by) pair(symbols_.string(c));
      break;
    case BaseRel::kQuantity:
      for (const auto& q : e.quantities) {
        t[1] = symbols_.atom(q.what);
        // A range of figures is reported as its low end, as the text's first number.
        t[2] = q.low == std::floor(q.low) && std::fabs(q.low) < 9e15
                   ? V::integer(static_cast<std::int64_t>(q.low))
                   : V::real(q.low);
        t[3] = symbols_.string(q.doc);
        emit(t);
      }
      break;
    case BaseRel::kCause:
    case BaseRel::kUnder:
      if (store_) {
        const char* kind = rel == BaseRel::kUnder ? "under" : "cause";
        (void)store_->scan_relations(e.id, [&](const kb::RelationRecord& r) {
          if (r.kind == kind) pair(symbols_.string(r.to));
          return true;
        });
      }
      break;
    case BaseRel::kEntity:
    case BaseRel::kAlias:
    case BaseRel::kDoc:
    case BaseRel::kDocDateSource:
    case BaseRel::kTimeline:
      break;
  }
}

}  // namespace annals::query
