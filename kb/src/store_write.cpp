// The write path: one WriteBatch per document, merging its mentions into
// the events already stored (see merge.h for the rules).
#include <rocksdb/write_batch.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "merge.h"
#include "store_codec.h"
#include "store_impl.h"

namespace annals::kb {
namespace {

std::string content_hash(const Document& doc) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a 64
  auto mix = [&](std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    h = (h ^ 0xff) * 1099511628211ull;  // field separator
  };
  mix(doc.body);
  mix(doc.date ? format_day(*doc.date) : "");
  mix(doc.outlet);
  mix(doc.title);
  mix(doc.url);
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

bool mention_order(const StoredMention& a, const StoredMention& b) {
  Day pa = a.published.value_or(INT32_MAX), pb = b.published.value_or(INT32_MAX);
  if (pa != pb) return pa < pb;
  if (a.doc != b.doc) return a.doc < b.doc;
  return a.index < b.index;
}

StoredMention stored_mention(const Document& doc, std::uint32_t index, const EventMention& em) {
  StoredMention m;
  m.doc = doc.name;
  m.index = index;
  m.published = doc.date;
  m.type = em.type;
  m.trigger = em.trigger;
  m.agents = em.agents;
  m.patients = em.patients;
  m.place = em.place;
  m.when = em.when;
  m.time_text = em.time_text;
  m.time_reason = em.time_reason;
  m.modality = em.modality;
  m.polarity = em.polarity;
  m.claimed_by = em.claimed_by;
  m.quantities = em.quantities;
  m.sentence_index = static_cast<std::uint32_t>(em.sentence);
  for (const TriggerSite& site : em.other_triggers)
    m.other_triggers.push_back({static_cast<std::uint32_t>(site.sentence), site.trigger});
  if (em.sentence < doc.sentences.size())
    m.sentence = std::string(doc.sentences[em.sentence].text(doc.body));
  return m;
}

}  // namespace

// Events read and changed while one document is written. Reads see this
// document's changes before the batch is committed.
class DocumentWriter {
 public:
  DocumentWriter(RocksStore& store, rocksdb::WriteBatch& batch)
      : store_(store), batch_(batch), next_event_(store.next_event_), max_span_(store.max_span_) {}

  Status remove_doc(const std::string& name, const DocRecord& old);
  Status add_doc(const Document& doc, const Extraction& ex, const std::string& hash,
                 IngestReport& report);
  Status finish();

 private:
  struct Slot {
    std::optional<EventState> original;
    std::optional<EventState> current;
    bool dirty = false;
  };
  Result<Slot*> slot(std::uint64_t number);
  Result<std::vector<std::uint64_t>> candidates(const StoredMention& m);
  Status put_entities(const Extraction& ex);
  void put_index(const EventIndexKeys& k, std::uint64_t number);
  void delete_index(const EventIndexKeys& k);

  RocksStore& store_;
  rocksdb::WriteBatch& batch_;
  std::map<std::uint64_t, Slot> slots_;
  std::uint64_t next_event_;
  Day max_span_;
};

Result<DocumentWriter::Slot*> DocumentWriter::slot(std::uint64_t number) {
  auto it = slots_.find(number);
  if (it != slots_.end()) return &it->second;
  auto loaded = store_.load_event(number);
  if (!loaded) return loaded.status();
  Slot& s = slots_[number];
  s.original = *loaded;
  s.current = std::move(*loaded);
  return &s;
}

// Events this mention might join: the document's own (in the working set)
// and stored ones of its type family whose indexed interval lies near its
// date, read from the type index with bounds (never a scan of all events).
Result<std::vector<std::uint64_t>> DocumentWriter::candidates(const StoredMention& m) {
  constexpr std::size_t kMaxPerRange = 64;
  std::set<std::uint64_t> found;
  for (const auto& [number, s] : slots_)
    if (s.dirty && s.current) found.insert(number);
  auto agents_fit = [&](std::string_view value) {
    if (m.agents.empty() || value.empty()) return true;
    for (const std::string& a : codec::decode_agents(value))
      if (std::find(m.agents.begin(), m.agents.end(), a) != m.agents.end()) return true;
    return false;
  };
  for (const std::string& type : family_members(m.type)) {
    const std::string prefix = keys::type_prefix(type);
    auto range = [&](Day start_lo, Day end_lo, Day start_hi, Day min_end, bool reverse) -> Status {
      std::string lo = prefix, hi = prefix;
      keys::append_day(lo, start_lo);
      keys::append_day(lo, end_lo);
      keys::append_day(hi, start_hi);
      std::size_t taken = 0;
      return store_.scan_range(kCfTypeIndex, lo, hi, reverse,
                               [&](std::string_view k, std::string_view v) {
                                 auto ref = keys::read_dated_ref(k);
                                 if (ref && ref->end >= min_end && agents_fit(v)) {
                                   found.insert(ref->event);
                                   ++taken;
                                 }
                                 return taken < kMaxPerRange;
                               });
    };
    const Day open = keys::kOpenDay;
    Status s;
    if (m.when) {
      Day lo = m.when->start - max_span_ - kJoinSlackDays;
      s = range(lo, open, m.when->end + kJoinSlackDays + 1, m.when->start - kJoinSlackDays, false);
      // Open events reported on or after this date, or never dated.
      if (s.ok()) s = range(open, m.when->start, open + 1, open, false);
      if (s.ok()) s = range(open, open, open + 1, open, true);
    } else {
      if (m.published) {
        Day lo = *m.published - kOpenLookbackDays - max_span_;
        s = range(lo, open, *m.published + 1, *m.published - kOpenLookbackDays, true);
      }
      if (s.ok()) s = range(open, open, open + 1, open, true);
    }
    if (!s.ok()) return s;
  }
  return std::vector<std::uint64_t>(found.begin(), found.end());
}

Status DocumentWriter::remove_doc(const std::string& name, const DocRecord& old) {
  std::vector<std::pair<std::string, codec::MentionLink>> links;
  Status s = store_.scan_range(kCfMentions, keys::mention_prefix(name),
                               keys::prefix_successor(keys::mention_prefix(name)), false,
                               [&](std::string_view k, std::string_view v) {
                                 if (auto link = codec::decode_mention_link(v))
                                   links.emplace_back(std::string(k), *link);
                                 return true;
                               });
  if (!s.ok()) return s;
  std::set<std::uint64_t> touched;
  for (const auto& [key, link] : links) {
    batch_.Delete(store_.cf(kCfMentions), key);
    if (link.parent_event) {
      batch_.Delete(store_.cf(kCfRelations),
                    keys::relation_key(link.event, keys::kUnder, *link.parent_event, name));
      batch_.Delete(store_.cf(kCfRelations),
                    keys::relation_key(*link.parent_event, keys::kOver, link.event, name));
    }
    auto sl = slot(link.event);
    if (!sl) return sl.status();
    if (!(*sl)->current) continue;
    std::erase_if((*sl)->current->mentions, [&](const StoredMention& m) { return m.doc == name; });
    (*sl)->dirty = true;
    touched.insert(link.event);
  }
  // Events left without mentions go; the others are re-merged from what remains.
  for (std::uint64_t number : touched) {
    Slot& sl = slots_[number];
    if (!sl.current) continue;
    if (sl.current->mentions.empty())
      sl.current.reset();
    else
      sl.current->record = derive_event(number, sl.current->mentions);
  }
  batch_.Delete(store_.cf(kCfDocs), name);
  batch_.Delete(store_.cf(kCfMeta), std::string(keys::kHashPrefix) + old.content_hash);
  return Status::Ok();
}

Status DocumentWriter::add_doc(const Document& doc, const Extraction& ex, const std::string& hash,
                               IngestReport& report) {
  std::vector<std::uint64_t> event_of(ex.events.size());
  for (std::size_t i = 0; i < ex.events.size(); ++i) {
    StoredMention m = stored_mention(doc, static_cast<std::uint32_t>(i), ex.events[i]);
    auto cands = candidates(m);
    if (!cands) return cands.status();
    Slot* best = nullptr;
    int best_score = -1;
    Day best_start = keys::kOpenDay;
    for (std::uint64_t number : *cands) {
      auto sl = slot(number);
      if (!sl) return sl.status();
      const std::optional<EventState>& ev = (*sl)->current;
      if (!ev || !can_join(*ev, m)) continue;
      int score = join_score(*ev, m);
      Day start = ev->record.when ? ev->record.when->start : keys::kOpenDay;
      // Equal scores: an open mention means the latest such happening.
      if (score > best_score || (score == best_score && start > best_start)) {
        best = *sl;
        best_score = score;
        best_start = start;
      }
    }
    if (best) {
      EventState& ev = *best->current;
      ev.mentions.insert(std::upper_bound(ev.mentions.begin(), ev.mentions.end(), m, mention_order),
                         std::move(m));
      ev.record = derive_event(ev.number, ev.mentions);
      best->dirty = true;
      event_of[i] = ev.number;
      ++report.events_merged;
    } else {
      std::uint64_t number = next_event_++;
      Slot& sl = slots_[number];
      sl.current = EventState{number, {std::move(m)}, {}};
      sl.current->record = derive_event(number, sl.current->mentions);
      sl.dirty = true;
      event_of[i] = number;
      ++report.events_new;
    }
  }
  for (std::size_t i = 0; i < ex.events.size(); ++i) {
    codec::MentionLink link{event_of[i], std::nullopt};
    const std::optional<std::size_t>& parent = ex.events[i].parent;
    if (parent && *parent < ex.events.size() && *parent != i) {
      link.parent_event = event_of[*parent];
      batch_.Put(store_.cf(kCfRelations),
                 keys::relation_key(event_of[i], keys::kUnder, event_of[*parent], doc.name), "");
      batch_.Put(store_.cf(kCfRelations),
                 keys::relation_key(event_of[*parent], keys::kOver, event_of[i], doc.name), "");
    } else if (parent) {
      report.warnings.push_back("event mention " + std::to_string(i) +
                                " is nested under a mention that does not exist; relation dropped");
    }
    batch_.Put(store_.cf(kCfMentions), keys::mention_key(doc.name, static_cast<std::uint32_t>(i)),
               codec::encode_mention_link(link));
  }
  if (Status s = put_entities(ex); !s.ok()) return s;

  std::set<std::uint64_t> distinct(event_of.begin(), event_of.end());
  DocRecord rec{doc.name,
                doc.outlet,
                doc.date,
                std::string(date_source_name(doc.date_source)),
                doc.date_evidence,
                doc.title,
                doc.place,
                doc.url,
                hash,
                static_cast<std::uint32_t>(distinct.size())};
  batch_.Put(store_.cf(kCfDocs), doc.name, codec::encode_doc(rec));
  batch_.Put(store_.cf(kCfMeta), std::string(keys::kHashPrefix) + hash, doc.name);
  return Status::Ok();
}

// Every entity named in the document, or as an actor of its events, gets a
// record; aliases accumulate across documents.
Status DocumentWriter::put_entities(const Extraction& ex) {
  std::map<std::string, EntityRecord> seen;
  auto note = [&](const std::string& name, const std::string& kind, const std::string& surface) {
    if (name.empty()) return;
    EntityRecord& e = seen[name];
    e.name = name;
    if (e.kind.empty() || e.kind == "unknown") e.kind = kind.empty() ? "unknown" : kind;
    if (!surface.empty() && surface != name &&
        std::find(e.aliases.begin(), e.aliases.end(), surface) == e.aliases.end())
      e.aliases.push_back(surface);
  };
  for (const EntityMention& e : ex.entities) note(e.name, e.kind, e.surface);
  for (const EventMention& m : ex.events) {
    for (const std::string& a : m.agents) note(a, "", "");
    for (const std::string& p : m.patients) note(p, "", "");
  }
  for (auto& [name, fresh] : seen) {
    std::string value;
    rocksdb::Status s =
        store_.db()->Get(rocksdb::ReadOptions(), store_.cf(kCfEntities), name, &value);
    if (!s.ok() && !s.IsNotFound()) return from_rocks(s, "reading entity " + name);
    EntityRecord merged = fresh;
    if (s.ok()) {
      auto old = codec::decode_entity(value);
      if (!old) return old.status();
      merged = *old;
      if ((merged.kind.empty() || merged.kind == "unknown") && fresh.kind != "unknown")
        merged.kind = fresh.kind;
      for (const std::string& a : fresh.aliases)
        if (std::find(merged.aliases.begin(), merged.aliases.end(), a) == merged.aliases.end())
          merged.aliases.push_back(a);
    }
    std::string encoded = codec::encode_entity(merged);
    if (encoded != value) batch_.Put(store_.cf(kCfEntities), name, encoded);
  }
  return Status::Ok();
}

void DocumentWriter::put_index(const EventIndexKeys& k, std::uint64_t number) {
  (void)number;
  batch_.Put(store_.cf(kCfTimeIndex), k.time, "");
  batch_.Put(store_.cf(kCfTypeIndex), k.type, k.type_value);
  for (const std::string& key : k.by_entity) batch_.Put(store_.cf(kCfRolesByEntity), key, "");
  for (const std::string& key : k.by_event) batch_.Put(store_.cf(kCfRolesByEvent), key, "");
}

void DocumentWriter::delete_index(const EventIndexKeys& k) {
  batch_.Delete(store_.cf(kCfTimeIndex), k.time);
  batch_.Delete(store_.cf(kCfTypeIndex), k.type);
  for (const std::string& key : k.by_entity) batch_.Delete(store_.cf(kCfRolesByEntity), key);
  for (const std::string& key : k.by_event) batch_.Delete(store_.cf(kCfRolesByEvent), key);
}

Status DocumentWriter::finish() {
  for (auto& [number, s] : slots_) {
    if (!s.dirty) continue;
    if (s.original) delete_index(index_keys_of(*s.original));
    if (s.current) {
      batch_.Put(store_.cf(kCfEvents), keys::event_key(number), codec::encode_event(*s.current));
      put_index(index_keys_of(*s.current), number);
      if (const auto& w = s.current->record.when)
        max_span_ = std::max(max_span_, w->end - w->start);
    } else if (s.original) {
      batch_.Delete(store_.cf(kCfEvents), keys::event_key(number));
    }
  }
  std::string next, span;
  keys::append_u64(next, next_event_);
  keys::append_u32(span, static_cast<std::uint32_t>(max_span_));
  batch_.Put(store_.cf(kCfMeta), std::string(keys::kNextEventKey), next);
  batch_.Put(store_.cf(kCfMeta), std::string(keys::kMaxSpanKey), span);
  store_.next_event_ = next_event_;
  store_.max_span_ = max_span_;
  return Status::Ok();
}

namespace {

Result<std::optional<DocRecord>> read_doc(const RocksStore& store, const std::string& name) {
  std::string value;
  rocksdb::Status s = store.db()->Get(rocksdb::ReadOptions(), store.cf(kCfDocs), name, &value);
  if (s.IsNotFound()) return std::optional<DocRecord>();
  if (!s.ok()) return from_rocks(s, "reading document " + name);
  auto d = codec::decode_doc(value);
  if (!d) return d.status();
  return std::optional<DocRecord>(std::move(*d));
}

}  // namespace

Result<IngestReport> RocksStore::put_document(const Document& doc, const Extraction& extraction) {
  if (Status s = write_ok(); !s.ok()) return s;
  if (doc.name.empty() || doc.name.find('\0') != std::string::npos)
    return Status::InvalidInput("a document needs a name without NUL bytes");
  IngestReport report;
  const std::string hash = content_hash(doc);
  auto old = read_doc(*this, doc.name);
  if (!old) return old.status();
  if (*old && (*old)->content_hash == hash) {
    report.unchanged = true;
    return report;
  }
  if (!*old) {
    std::string other;
    rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), cf(kCfMeta),
                                 std::string(keys::kHashPrefix) + hash, &other);
    if (s.ok()) {
      report.unchanged = true;
      report.warnings.push_back("same text as " + other + ", already stored");
      return report;
    }
  }
  rocksdb::WriteBatch batch;
  DocumentWriter writer(*this, batch);
  const std::uint64_t next_before = next_event_;
  const Day span_before = max_span_;
  Status s;
  if (*old) s = writer.remove_doc(doc.name, **old);
  if (s.ok()) s = writer.add_doc(doc, extraction, hash, report);
  if (s.ok()) s = writer.finish();
  if (s.ok()) s = from_rocks(db_->Write(rocksdb::WriteOptions(), &batch), "writing " + doc.name);
  if (!s.ok()) {
    next_event_ = next_before;
    max_span_ = span_before;
    return s;
  }
  return report;
}

Status RocksStore::remove_document(const std::string& name) {
  if (Status s = write_ok(); !s.ok()) return s;
  auto old = read_doc(*this, name);
  if (!old) return old.status();
  if (!*old) return Status::NotFound("no document named " + name + " in the knowledge base");
  rocksdb::WriteBatch batch;
  DocumentWriter writer(*this, batch);
  Status s = writer.remove_doc(name, **old);
  if (s.ok()) s = writer.finish();
  if (!s.ok()) return s;
  return from_rocks(db_->Write(rocksdb::WriteOptions(), &batch), "removing " + name);
}

}  // namespace annals::kb
