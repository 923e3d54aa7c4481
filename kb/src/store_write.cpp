// The write path: whole documents staged in one indexed batch (group
// commit), merging their mentions into the events already stored (see
// merge.h for the rules).
#include <rocksdb/utilities/write_batch_with_index.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <map>
#include <set>

#include "merge.h"
#include "sorted_batch.h"
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
  if (!em.when && em.bounds) {
    m.after = em.bounds->begin.after;
    m.before = em.bounds->begin.before;
  }
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

// Events and entities read and changed while one document is written.
// Reads see the staged batch (this document's and the group's changes).
class DocumentWriter {
 public:
  explicit DocumentWriter(RocksStore& store)
      : store_(store),
        batch_(*store.pending_),
        next_event_(store.next_event_),
        max_span_(store.max_span_) {}

  Status remove_doc(const std::string& name, const DocRecord& old);
  Status add_doc(const Document& doc, const Extraction& ex, const std::string& hash,
                 IngestReport& report);
  Status finish();
  // Once the document is staged for good: the event cache learns its events.
  void update_cache();
  // The document met what an earlier document of the group staged without
  // the batch's index: commit the group, then stage the document again.
  bool wants_commit() const { return wants_commit_; }

 private:
  // An event as stored (shared with the event cache, never changed) and
  // as this document leaves it: a copy is made only when it changes, so
  // the candidates a mention looks at cost no copy however big their tallies.
  struct Slot {
    std::shared_ptr<const EventState> original;
    std::shared_ptr<EventState> edited;
    bool gone = false;  // deleted by this document
    bool dirty = false;
    const EventState* current() const {
      return gone ? nullptr : edited ? edited.get() : original.get();
    }
    // The event to change; only for a slot whose current() is an event.
    EventState& edit() {
      if (!edited) edited = std::make_shared<EventState>(*original);
      dirty = true;
      return *edited;
    }
    void erase() {
      gone = true;
      edited.reset();
      dirty = true;
    }
  };
  struct EntitySlot {
    std::optional<EntityRecord> original;
    std::optional<EntityRecord> current;
    bool changed = false;  // its value is to be written (set by finish)
  };
  Result<Slot*> slot(std::uint64_t number);
  Result<EntitySlot*> entity(const std::string& name);
  Result<std::vector<std::uint64_t>> candidates(const StoredMention& m);
  void note_local(std::uint64_t number, const StoredMention& m);
  Status find_first(EventState& ev, const std::string& removed_doc);
  Status absorb(std::uint64_t keep, std::uint64_t gone);
  Status recount_events(const std::string& doc);

  // Events of this document, the latest few per (family, agent) and per
  // family: the candidates within the document, bounded however long it is.
  static constexpr std::size_t kLocalPerKey = 32;
  std::map<std::pair<std::string, std::string>, std::deque<std::uint64_t>> local_by_agent_;
  std::map<std::string, std::deque<std::uint64_t>> local_by_family_;
  std::set<std::uint64_t> touched_;  // events holding a mention of this document
  // This document's type_actor_index entries, put (true) or deleted, in order.
  std::vector<std::pair<std::string, bool>> type_actor_changes_;
  // This document's mentions as staged (unindexed in the batch), by key.
  std::map<std::string, std::string> own_mentions_;
  // Documents and content-hash keys this document staged (nullopt:
  // deleted), unindexed in the batch; update_cache hands them to the group.
  RocksStore::StagedValues own_docs_;
  RocksStore::StagedValues own_hashes_;
  void stage(Cf which, RocksStore::StagedValues& own, const std::string& key,
             std::optional<std::string> value);
  rocksdb::Status read_doc_value(const std::string& name, std::string* value) const;
  bool wants_commit_ = false;

  RocksStore& store_;
  rocksdb::WriteBatchWithIndex& batch_;
  std::map<std::uint64_t, Slot> slots_;
  std::map<std::string, EntitySlot> entities_;
  std::uint64_t next_event_;
  Day max_span_;
};

Result<DocumentWriter::Slot*> DocumentWriter::slot(std::uint64_t number) {
  auto it = slots_.find(number);
  if (it != slots_.end()) return &it->second;
  if (auto staged = store_.group_events_.find(number); staged != store_.group_events_.end()) {
    Slot& sl = slots_[number];
    sl.original = staged->second;
    return &sl;
  }
  std::shared_ptr<const EventState> loaded = store_.cache_.find(number);
  if (!loaded) {
    // Not staged in the group: the committed store has it as it is.
    std::string value;
    rocksdb::Status s = store_.db_->Get(rocksdb::ReadOptions(), store_.cf(kCfEvents),
                                        keys::event_key(number), &value);
    if (!s.ok() && !s.IsNotFound()) return from_rocks(s, "reading event " + keys::event_id(number));
    if (s.ok()) {
      auto decoded = codec::decode_event(number, value);
      if (!decoded) return decoded.status();
      loaded = std::make_shared<const EventState>(std::move(*decoded));
    }
  }
  Slot& sl = slots_[number];
  sl.original = std::move(loaded);
  return &sl;
}

Result<DocumentWriter::EntitySlot*> DocumentWriter::entity(const std::string& name) {
  auto it = entities_.find(name);
  if (it != entities_.end()) return &it->second;
  if (auto staged = store_.group_entities_.find(name); staged != store_.group_entities_.end()) {
    EntitySlot& e = entities_[name];
    if (staged->second) e.original = e.current = *staged->second;
    return &e;
  }
  if (EntityCache::Entry cached = store_.entity_cache_.find(name)) {
    EntitySlot& e = entities_[name];
    e.original = *cached;
    e.current = *cached;
    return &e;
  }
  // Not staged in the group: the committed store has it as it is.
  std::string value;
  rocksdb::Status s = store_.db_->Get(rocksdb::ReadOptions(), store_.cf(kCfEntities), name, &value);
  if (!s.ok() && !s.IsNotFound()) return from_rocks(s, "reading entity " + name);
  EntitySlot& e = entities_[name];
  if (s.ok()) {
    auto old = codec::decode_entity(value);
    if (!old) return old.status();
    e.original = *old;
    e.current = std::move(*old);
  }
  return &e;
}

void DocumentWriter::stage(Cf which, RocksStore::StagedValues& own, const std::string& key,
                           std::optional<std::string> value) {
  rocksdb::WriteBatch& unindexed = *batch_.GetWriteBatch();
  if (value)
    unindexed.Put(store_.cf(which), key, *value).PermitUncheckedError();
  else
    unindexed.Delete(store_.cf(which), key).PermitUncheckedError();
  own[key] = std::move(value);
}

rocksdb::Status DocumentWriter::read_doc_value(const std::string& name, std::string* value) const {
  if (auto it = own_docs_.find(name); it != own_docs_.end()) {
    if (!it->second) return rocksdb::Status::NotFound();
    *value = *it->second;
    return rocksdb::Status::OK();
  }
  return store_.get_doc(name, value);
}

// Events this mention might join: this document's own (the latest few of
// its family and agents), and, when it has a bounded date and a named
// participant, stored ones filed under its family, one of its agents or
// patients and a span
// class, whose interval overlaps its date. Each look-up is one short key
// range per class: its cost does not grow with the actor's history.
Result<std::vector<std::uint64_t>> DocumentWriter::candidates(const StoredMention& m) {
  constexpr std::size_t kMaxPerRange = 64;
  std::set<std::uint64_t> found;
  const std::string family(type_family(m.type));
  auto take = [&](const std::deque<std::uint64_t>* numbers) {
    if (numbers) found.insert(numbers->begin(), numbers->end());
  };
  auto local = [&](const std::string& agent) -> const std::deque<std::uint64_t>* {
    auto it = local_by_agent_.find({family, agent});
    return it == local_by_agent_.end() ? nullptr : &it->second;
  };
  if (m.agents.empty()) {
    auto it = local_by_family_.find(family);
    take(it == local_by_family_.end() ? nullptr : &it->second);
  } else {
    take(local(""));
    for (const std::string& a : m.agents) take(local(a));
  }
  const std::vector<std::string> named = participants(m.agents, m.patients);
  if (!m.when || !span_class(*m.when) || named.empty())
    return std::vector<std::uint64_t>(found.begin(), found.end());
  // Participants are sorted and their keys end in 0x00 before the class:
  // the ranges come in key order, as scan_pending_ranges wants them.
  std::vector<RocksStore::KeyRange> ranges;
  for (const std::string& a : named) {
    for (std::size_t c = 0; c < kSpanClassLimits.size(); ++c) {
      const std::string prefix = keys::type_actor_prefix(family, a, static_cast<std::uint8_t>(c));
      std::string lo = prefix, hi = prefix;
      keys::append_day(lo, m.when->start - kSpanClassLimits[c]);
      keys::append_day(hi, m.when->end + 1);
      ranges.emplace_back(std::move(lo), std::move(hi));
    }
  }
  std::vector<std::size_t> taken(ranges.size(), 0);
  Status s = store_.scan_pending_ranges(kCfTypeActorIndex, ranges,
                                        [&](std::size_t r, std::string_view k, std::string_view) {
                                          auto ref = keys::read_dated_ref(k);
                                          if (ref && ref->end >= m.when->start) {
                                            found.insert(ref->event);
                                            ++taken[r];
                                          }
                                          return taken[r] < kMaxPerRange;
                                        });
  if (!s.ok()) return s;
  return std::vector<std::uint64_t>(found.begin(), found.end());
}

void DocumentWriter::note_local(std::uint64_t number, const StoredMention& m) {
  touched_.insert(number);
  auto remember = [&](std::deque<std::uint64_t>& numbers) {
    auto it = std::find(numbers.begin(), numbers.end(), number);
    if (it != numbers.end()) numbers.erase(it);
    numbers.push_back(number);
    if (numbers.size() > kLocalPerKey) numbers.pop_front();
  };
  const std::string family(type_family(m.type));
  remember(local_by_family_[family]);
  if (m.agents.empty()) remember(local_by_agent_[{family, ""}]);
  for (const std::string& a : m.agents) remember(local_by_agent_[{family, a}]);
}

void DocumentWriter::update_cache() {
  store_.group_touched_.insert(touched_.begin(), touched_.end());
  for (auto& [name, value] : own_docs_) store_.group_docs_[name] = std::move(value);
  for (auto& [key, value] : own_hashes_) store_.group_hashes_[key] = std::move(value);
  for (auto& [key, put] : type_actor_changes_) store_.group_type_actor_[std::move(key)] = put;
  for (auto& [number, sl] : slots_) {
    if (!sl.dirty) continue;
    if (sl.gone) {
      store_.cache_.erase(number);
      store_.group_events_[number] = nullptr;
    } else if (sl.edited) {
      sl.edited->mentions.clear();  // the cache holds tallies and records only
      store_.group_events_[number] = sl.edited;
      store_.cache_.put(number, std::move(sl.edited));
    }
  }
  for (auto& [name, e] : entities_) {
    if (e.changed) store_.group_changed_entities_.insert(name);
    if (e.current) {
      auto record = std::make_shared<const EntityRecord>(std::move(*e.current));
      store_.group_entities_[name] = record;
      store_.entity_cache_.put(name, std::move(record));
    } else {
      store_.entity_cache_.erase(name);
      if (e.original) store_.group_entities_[name] = nullptr;
    }
  }
}

// Two events one mention joins on strong evidence become one: `gone`'s
// mentions, their links and its relations move to `keep`. Rare (a document
// that bridges two stored reports of one happening), and costs the size of
// `gone`, so that the events do not depend on the order documents came in.
Status DocumentWriter::absorb(std::uint64_t keep, std::uint64_t gone) {
  auto kept = slot(keep);
  if (!kept) return kept.status();
  auto lost = slot(gone);
  if (!lost) return lost.status();
  if (!(*kept)->current() || !(*lost)->current()) return Status::Ok();
  // What an earlier document of the group wrote of `gone` is not indexed in
  // the batch: the group is committed first and this document staged again.
  if (store_.group_touched_.count(gone)) {
    wants_commit_ = true;
    return Status::Unsupported("event " + keys::event_id(gone) +
                               " was changed by the write group: commit it first");
  }
  EventState& into = (*kept)->edit();
  std::vector<std::pair<std::string, std::string>> entries;
  const std::string prefix = keys::event_mention_prefix(gone);
  Status s = store_.scan_pending(kCfMentions, prefix, keys::prefix_successor(prefix),
                                 [&](std::string_view k, std::string_view v) {
                                   entries.emplace_back(std::string(k), std::string(v));
                                   return true;
                                 });
  if (!s.ok()) return s;
  // This document's own mentions of `gone`, staged unindexed: they move too.
  for (auto it = own_mentions_.lower_bound(prefix);
       it != own_mentions_.end() && it->first.compare(0, prefix.size(), prefix) == 0;) {
    entries.emplace_back(it->first, std::move(it->second));
    it = own_mentions_.erase(it);
  }
  std::set<std::string> docs;
  for (const auto& [key, value] : entries) {
    auto m = codec::decode_mention(value);
    if (!m) return m.status();
    batch_.Delete(store_.cf(kCfMentions), key);
    batch_.Put(store_.cf(kCfMentions),
               keys::event_mention_key(keep, m->published, m->doc, m->index), value);
    into.tally.add(*m);
    docs.insert(m->doc);
    // The link of a mention of this document is written after its last
    // mention (from event_of); those of stored documents move now.
    const std::string link_key = keys::doc_mention_key(m->doc, m->index);
    std::string link_value;
    rocksdb::Status got = store_.get_pending(kCfDocMentions, link_key, &link_value);
    if (got.IsNotFound()) continue;
    if (!got.ok()) return from_rocks(got, "reading " + keys::printable(link_key));
    auto link = codec::decode_mention_link(link_value);
    if (!link)
      return Status::Corruption("doc_mentions " + keys::printable(link_key) + " is malformed");
    link->event = keep;
    if (link->parent_event == keep) link->parent_event.reset();
    batch_.Put(store_.cf(kCfDocMentions), link_key, codec::encode_mention_link(*link));
  }
  // Relations of `gone` (both directions are stored) now relate `keep`; one
  // between the two would relate the event to itself and goes.
  std::string rel_prefix;
  keys::append_u64(rel_prefix, gone);
  std::vector<keys::RelationId> relations;
  s = store_.scan_pending(kCfRelations, rel_prefix, keys::prefix_successor(rel_prefix),
                          [&](std::string_view k, std::string_view) {
                            if (auto id = keys::decode_relation_key(k)) relations.push_back(*id);
                            return true;
                          });
  if (!s.ok()) return s;
  for (const keys::RelationId& r : relations) {
    const char inverse = r.kind == keys::kUnder ? keys::kOver : keys::kUnder;
    batch_.Delete(store_.cf(kCfRelations), keys::relation_key(gone, r.kind, r.to, r.doc));
    batch_.Delete(store_.cf(kCfRelations), keys::relation_key(r.to, inverse, gone, r.doc));
    if (r.to != keep) {
      batch_.Put(store_.cf(kCfRelations), keys::relation_key(keep, r.kind, r.to, r.doc), "");
      batch_.Put(store_.cf(kCfRelations), keys::relation_key(r.to, inverse, keep, r.doc), "");
    }
    if (r.kind != keys::kOver) continue;
    // Mentions nested under `gone` name it as their parent.
    const std::string dp = keys::doc_mention_prefix(r.doc);
    std::vector<std::pair<std::string, codec::MentionLink>> children;
    s = store_.scan_pending(kCfDocMentions, dp, keys::prefix_successor(dp),
                            [&](std::string_view k, std::string_view v) {
                              auto link = codec::decode_mention_link(v);
                              if (link && link->parent_event == gone)
                                children.emplace_back(std::string(k), *link);
                              return true;
                            });
    if (!s.ok()) return s;
    for (auto& [key, link] : children) {
      if (link.event == keep)
        link.parent_event.reset();
      else
        link.parent_event = keep;
      batch_.Put(store_.cf(kCfDocMentions), key, codec::encode_mention_link(link));
    }
  }
  into.record = derive_record(keep, into.tally);
  (*lost)->erase();
  if (touched_.erase(gone)) touched_.insert(keep);
  for (const std::string& d : docs)
    if (Status c = recount_events(d); !c.ok()) return c;
  return Status::Ok();
}

// A stored document's count of distinct events, after its mentions moved.
Status DocumentWriter::recount_events(const std::string& doc) {
  std::string value;
  rocksdb::Status got = read_doc_value(doc, &value);
  if (got.IsNotFound()) return Status::Ok();  // this document: counted when it is written
  if (!got.ok()) return from_rocks(got, "reading document " + doc);
  auto rec = codec::decode_doc(value);
  if (!rec) return rec.status();
  std::set<std::uint64_t> events;
  const std::string dp = keys::doc_mention_prefix(doc);
  Status s = store_.scan_pending(kCfDocMentions, dp, keys::prefix_successor(dp),
                                 [&](std::string_view, std::string_view v) {
                                   if (auto link = codec::decode_mention_link(v))
                                     events.insert(link->event);
                                   return true;
                                 });
  if (!s.ok()) return s;
  rec->events = static_cast<std::uint32_t>(events.size());
  stage(kCfDocs, own_docs_, doc, codec::encode_doc(*rec));
  return Status::Ok();
}

// The event's first mention went with `removed_doc`: the new first is the
// first stored mention of another document (keys are in MentionOrder).
Status DocumentWriter::find_first(EventState& ev, const std::string& removed_doc) {
  const std::string prefix = keys::event_mention_prefix(ev.number);
  std::optional<StoredMention> first;
  Status inner = Status::Ok();
  Status s = store_.scan_pending(kCfMentions, prefix, keys::prefix_successor(prefix),
                                 [&](std::string_view k, std::string_view v) {
                                   auto id = keys::decode_event_mention_key(k);
                                   if (id && id->doc == removed_doc) return true;
                                   auto m = codec::decode_mention(v);
                                   if (!m)
                                     inner = m.status();
                                   else
                                     first = std::move(*m);
                                   return false;
                                 });
  if (!s.ok()) return s;
  if (!inner.ok()) return inner;
  if (!first)
    return Status::Corruption("event " + keys::event_id(ev.number) +
                              " counts mentions that are not stored");
  ev.tally.set_first(*first);
  return Status::Ok();
}

Status DocumentWriter::remove_doc(const std::string& name, const DocRecord& old) {
  std::vector<std::pair<std::string, codec::MentionLink>> links;
  Status s = store_.scan_pending(kCfDocMentions, keys::doc_mention_prefix(name),
                                 keys::prefix_successor(keys::doc_mention_prefix(name)),
                                 [&](std::string_view k, std::string_view v) {
                                   if (auto link = codec::decode_mention_link(v))
                                     links.emplace_back(std::string(k), *link);
                                   return true;
                                 });
  if (!s.ok()) return s;
  std::set<std::uint64_t> first_gone;
  for (const auto& [key, link] : links) {
    auto id = keys::decode_doc_mention_key(key);
    if (!id)
      return Status::Corruption("doc_mentions key " + keys::printable(key) + " is malformed");
    batch_.Delete(store_.cf(kCfDocMentions), key);
    if (link.parent_event) {
      batch_.Delete(store_.cf(kCfRelations),
                    keys::relation_key(link.event, keys::kUnder, *link.parent_event, name));
      batch_.Delete(store_.cf(kCfRelations),
                    keys::relation_key(*link.parent_event, keys::kOver, link.event, name));
    }
    const std::string mkey = keys::event_mention_key(link.event, old.published, name, id->index);
    std::string value;
    rocksdb::Status got = store_.get_pending(kCfMentions, mkey, &value);
    if (got.IsNotFound()) continue;  // nothing of it counted
    if (!got.ok()) return from_rocks(got, "reading mention " + keys::printable(mkey));
    auto m = codec::decode_mention(value);
    if (!m) return m.status();
    batch_.Delete(store_.cf(kCfMentions), mkey);
    auto sl = slot(link.event);
    if (!sl) return sl.status();
    if (!(*sl)->current()) continue;
    EventTally& tally = (*sl)->edit().tally;
    if (tally.first == order_of(*m)) first_gone.insert(link.event);
    tally.remove(*m);
  }
  // Events left without mentions go; the others are re-derived from what remains.
  for (auto& [number, sl] : slots_) {
    if (!sl.dirty || !sl.current()) continue;
    EventState& ev = sl.edit();
    if (ev.tally.mentions == 0) {
      sl.erase();
      continue;
    }
    if (first_gone.count(number))
      if (Status f = find_first(ev, name); !f.ok()) return f;
    ev.record = derive_record(number, ev.tally);
  }
  for (const std::string& name_of_entity : old.entities) {
    auto e = entity(name_of_entity);
    if (!e) return e.status();
    if ((*e)->current && (*e)->current->documents > 0) --(*e)->current->documents;
  }
  stage(kCfDocs, own_docs_, name, std::nullopt);
  stage(kCfMeta, own_hashes_, std::string(keys::kHashPrefix) + old.content_hash, std::nullopt);
  return Status::Ok();
}

Status DocumentWriter::add_doc(const Document& doc, const Extraction& ex, const std::string& hash,
                               IngestReport& report) {
  // A document's mentions, links and relations are read back only when it
  // bridges two stored events (absorb) or is replaced: they go into the
  // group's batch without its index (see own_mentions_ and group_touched_).
  rocksdb::WriteBatch& unindexed = *batch_.GetWriteBatch();
  std::vector<std::uint64_t> event_of(ex.events.size());
  const std::vector<std::string> story = story_of(ex);
  std::map<std::uint64_t, std::uint32_t> mentions_here;  // per event
  // Mentions that can merge across documents (a bounded date, a named
  // agent) go first, then the others, each group in text order: whether an
  // open mention finds a stored event this document already speaks of must
  // not depend on where in the text the evidence came.
  std::vector<std::size_t> order;
  for (int pass = 0; pass < 2; ++pass)
    for (std::size_t i = 0; i < ex.events.size(); ++i) {
      const EventMention& em = ex.events[i];
      const bool evidence = em.when && span_class(*em.when) && !em.agents.empty();
      if (evidence == (pass == 0)) order.push_back(i);
    }
  for (std::size_t i : order) {
    StoredMention m = stored_mention(doc, static_cast<std::uint32_t>(i), ex.events[i]);
    m.story = story;
    auto cands = candidates(m);
    if (!cands) return cands.status();
    struct Option {
      std::uint64_t number;
      int score;
      Day start;
      MentionOrder first;
      bool across;
    };
    std::vector<Option> options;
    for (std::uint64_t number : *cands) {
      auto sl = slot(number);
      if (!sl) return sl.status();
      const EventState* ev = (*sl)->current();
      if (!ev) continue;
      const JoinKind join = join_kind(*ev, m, touched_.count(number) > 0);
      if (join == JoinKind::kNone) continue;
      options.push_back({number, join_score(*ev, m),
                         ev->record.when ? ev->record.when->start : keys::kOpenDay, ev->tally.first,
                         join == JoinKind::kStrong});
    }
    // Best first: the higher score; equal scores: an open mention means the
    // latest such happening; then the earliest reported. The choice depends
    // on the events' content, not on the order documents came in.
    std::sort(options.begin(), options.end(), [](const Option& x, const Option& y) {
      if (x.score != y.score) return x.score > y.score;
      if (x.start != y.start) return x.start > y.start;
      return x.first < y.first;
    });
    // Events this mention joins on strong evidence are one happening told
    // apart only because their documents came in another order: one event.
    std::vector<std::uint64_t> strong;
    for (const Option& o : options)
      if (o.across) strong.push_back(o.number);
    for (std::size_t k = 1; k < strong.size(); ++k) {
      if (Status s = absorb(strong[0], strong[k]); !s.ok()) return s;
      for (std::uint64_t& e : event_of)  // 0: not yet placed
        if (e == strong[k]) e = strong[0];
      if (auto it = mentions_here.find(strong[k]); it != mentions_here.end()) {
        mentions_here[strong[0]] += it->second;
        mentions_here.erase(strong[k]);
      }
      report.events_absorbed++;
    }
    // The best option is never one absorbed: those rank below strong[0].
    Slot* best = options.empty() ? nullptr : &slots_[options[0].number];
    Slot* target = best;
    if (best) {
      ++report.events_merged;
    } else {
      std::uint64_t number = next_event_++;
      target = &slots_[number];
      target->edited = std::make_shared<EventState>();
      target->edited->number = number;
      ++report.events_new;
    }
    EventState& ev = target->edit();
    ev.tally.add(m);
    ev.record = derive_record(ev.number, ev.tally);
    event_of[i] = ev.number;
    note_local(ev.number, m);
    ++mentions_here[ev.number];
    std::string key = keys::event_mention_key(ev.number, m.published, m.doc, m.index);
    std::string value = codec::encode_mention(m);
    unindexed.Put(store_.cf(kCfMentions), key, value).PermitUncheckedError();
    own_mentions_.emplace(std::move(key), std::move(value));
  }
  for (const auto& [number, n] : mentions_here)
    if (n > kMentionsPerDocumentWarning)
      report.warnings.push_back(
          "event " + keys::event_id(number) + " has " + std::to_string(n) +
          " mentions in this document; no real story tells one happening that often "
          "(repeated or generated text?)");
  for (std::size_t i = 0; i < ex.events.size(); ++i) {
    codec::MentionLink link{event_of[i], std::nullopt};
    const std::optional<std::size_t>& parent = ex.events[i].parent;
    const bool known = parent && *parent < ex.events.size() && *parent != i;
    if (parent && !known) {
      report.warnings.push_back("event mention " + std::to_string(i) +
                                " is nested under a mention that does not exist; relation dropped");
    }
    // A report merged with what it reports into one stored event would relate
    // the event to itself, which says nothing.
    if (known && event_of[*parent] != event_of[i]) {
      link.parent_event = event_of[*parent];
      unindexed
          .Put(store_.cf(kCfRelations),
               keys::relation_key(event_of[i], keys::kUnder, event_of[*parent], doc.name), "")
          .PermitUncheckedError();
      unindexed
          .Put(store_.cf(kCfRelations),
               keys::relation_key(event_of[*parent], keys::kOver, event_of[i], doc.name), "")
          .PermitUncheckedError();
    }
    unindexed
        .Put(store_.cf(kCfDocMentions),
             keys::doc_mention_key(doc.name, static_cast<std::uint32_t>(i)),
             codec::encode_mention_link(link))
        .PermitUncheckedError();
  }

  // Every entity named in the document, or as an actor of its events, gets a
  // record counting the documents that name it; aliases accumulate.
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
  std::vector<std::string> named;
  for (auto& [name, fresh] : seen) {
    named.push_back(name);
    auto e = entity(name);
    if (!e) return e.status();
    std::optional<EntityRecord>& current = (*e)->current;
    if (!current) {
      current = fresh;
      current->documents = 0;
    } else {
      if ((current->kind.empty() || current->kind == "unknown") && fresh.kind != "unknown")
        current->kind = fresh.kind;
      for (const std::string& a : fresh.aliases)
        if (std::find(current->aliases.begin(), current->aliases.end(), a) ==
            current->aliases.end())
          current->aliases.push_back(a);
    }
    ++current->documents;
  }

  std::set<std::uint64_t> distinct(event_of.begin(), event_of.end());
  DocRecord rec;
  rec.name = doc.name;
  rec.outlet = doc.outlet;
  rec.published = doc.date;
  rec.date_source = std::string(date_source_name(doc.date_source));
  rec.date_evidence = doc.date_evidence;
  rec.title = doc.title;
  rec.place = doc.place;
  rec.url = doc.url;
  rec.content_hash = hash;
  rec.events = static_cast<std::uint32_t>(distinct.size());
  rec.mentions = static_cast<std::uint32_t>(ex.events.size());
  rec.entities = std::move(named);
  stage(kCfDocs, own_docs_, doc.name, codec::encode_doc(rec));
  stage(kCfMeta, own_hashes_, std::string(keys::kHashPrefix) + hash, doc.name);
  return Status::Ok();
}

namespace {

// Deletes the entries of `before` that `after` does not have and puts the
// new ones: an event that gains a mention usually keeps all its index keys.
template <typename Batch>
void update_keys(Batch& batch, rocksdb::ColumnFamilyHandle* cf,
                 const std::vector<std::string>& before, const std::vector<std::string>& after) {
  for (const std::string& k : before)
    if (std::find(after.begin(), after.end(), k) == after.end()) batch.Delete(cf, k);
  for (const std::string& k : after)
    if (std::find(before.begin(), before.end(), k) == before.end()) batch.Put(cf, k, "");
}

}  // namespace

Status DocumentWriter::finish() {
  const EventIndexKeys none;
  // The write path never reads the time, type and role indexes back: their
  // entries go into the group's batch without the batch's index, and are
  // indexed only if a rollback rebuilds it. Events and entities are read
  // back from the group's own maps, and written from them at commit.
  rocksdb::WriteBatch& unindexed = *batch_.GetWriteBatch();
  for (auto& [number, s] : slots_) {
    if (!s.dirty) continue;
    EventIndexKeys before = s.original ? index_keys_of(*s.original) : none;
    const EventState* current = s.current();
    EventIndexKeys after = current ? index_keys_of(*current) : none;
    auto single = [](const std::string& k) {
      return k.empty() ? std::vector<std::string>{} : std::vector<std::string>{k};
    };
    update_keys(unindexed, store_.cf(kCfTimeIndex), single(before.time), single(after.time));
    if (before.type != after.type || before.type_value != after.type_value) {
      if (!before.type.empty())
        unindexed.Delete(store_.cf(kCfTypeIndex), before.type).PermitUncheckedError();
      if (!after.type.empty())
        unindexed.Put(store_.cf(kCfTypeIndex), after.type, after.type_value).PermitUncheckedError();
    }
    // Merge candidates are read while the group is staged: from the group's
    // map of them (update_cache adds this document's once it is staged).
    for (const std::string& k : before.by_type_actor)
      if (std::find(after.by_type_actor.begin(), after.by_type_actor.end(), k) ==
          after.by_type_actor.end()) {
        unindexed.Delete(store_.cf(kCfTypeActorIndex), k).PermitUncheckedError();
        type_actor_changes_.emplace_back(k, false);
      }
    for (const std::string& k : after.by_type_actor)
      if (std::find(before.by_type_actor.begin(), before.by_type_actor.end(), k) ==
          before.by_type_actor.end()) {
        unindexed.Put(store_.cf(kCfTypeActorIndex), k, "").PermitUncheckedError();
        type_actor_changes_.emplace_back(k, true);
      }
    update_keys(unindexed, store_.cf(kCfRolesByEntity), before.by_entity, after.by_entity);
    // The event's value is written once per group (commit_pending), from
    // the group's map: a busy event touched by many of its documents is
    // encoded and inserted once, not once per document.
    if (current)
      if (const auto& w = current->record.when) max_span_ = std::max(max_span_, w->end - w->start);
  }
  for (auto& [name, e] : entities_) {
    if (e.current && e.current->documents == 0) e.current.reset();  // nothing names it any more
    if (e.current) {
      const EntityRecord& now = *e.current;
      const bool same = e.original && e.original->name == now.name &&
                        e.original->kind == now.kind && e.original->aliases == now.aliases &&
                        e.original->documents == now.documents;
      e.changed = !same;
    } else {
      e.changed = e.original.has_value();
    }
  }
  // The counters go into the batch once per group (commit_pending).
  store_.next_event_ = next_event_;
  store_.max_span_ = max_span_;
  return Status::Ok();
}

rocksdb::Status RocksStore::get_pending(Cf which, const std::string& key,
                                        std::string* value) const {
  return pending_->GetFromBatchAndDB(db_.get(), rocksdb::ReadOptions(), cf(which), key, value);
}

namespace {

rocksdb::Status get_staged(const RocksStore::StagedValues& staged, rocksdb::DB* db,
                           rocksdb::ColumnFamilyHandle* cf, const std::string& key,
                           std::string* value) {
  if (auto it = staged.find(key); it != staged.end()) {
    if (!it->second) return rocksdb::Status::NotFound();
    *value = *it->second;
    return rocksdb::Status::OK();
  }
  return db->Get(rocksdb::ReadOptions(), cf, key, value);
}

}  // namespace

rocksdb::Status RocksStore::get_doc(const std::string& name, std::string* value) const {
  return get_staged(group_docs_, db_.get(), cf(kCfDocs), name, value);
}

rocksdb::Status RocksStore::get_hash(const std::string& hash_key, std::string* value) const {
  return get_staged(group_hashes_, db_.get(), cf(kCfMeta), hash_key, value);
}

rocksdb::Iterator* RocksStore::committed_iterator(Cf which) const {
  std::unique_ptr<rocksdb::Iterator>& it = committed_iterators_[which];
  if (!it) it.reset(db_->NewIterator(rocksdb::ReadOptions(), cf(which)));
  return it.get();
}

// The committed store (one iterator per column family, kept until the next
// commit: creating one costs a look at every file) merged with the staged
// batch, whose entries win; a staged delete hides the committed key.
Status RocksStore::scan_pending(
    Cf which, const std::string& lower, const std::string& upper,
    const std::function<bool(std::string_view, std::string_view)>& visit) const {
  return scan_pending_ranges(
      which, {{lower, upper}},
      [&](std::size_t, std::string_view k, std::string_view v) { return visit(k, v); });
}

namespace {

// What the write group staged of one column family, as the scans read it:
// the batch's index, or the group's own map of the keys it put (true) and
// deleted (false).
class BatchCursor {
 public:
  explicit BatchCursor(rocksdb::WBWIIterator* it) : it_(it) {}
  bool valid() const { return it_->Valid(); }
  rocksdb::Slice key() const { return it_->Entry().key; }
  bool put() const { return it_->Entry().type == rocksdb::kPutRecord; }
  rocksdb::Slice value() const { return it_->Entry().value; }
  void seek(const rocksdb::Slice& k) { it_->Seek(k); }
  void next() { it_->Next(); }
  rocksdb::Status status() const { return it_->status(); }

 private:
  rocksdb::WBWIIterator* it_;
};

class MapCursor {
 public:
  explicit MapCursor(const RocksStore::StagedKeys& keys) : keys_(keys), it_(keys.end()) {}
  bool valid() const { return it_ != keys_.end(); }
  rocksdb::Slice key() const { return it_->first; }
  bool put() const { return it_->second; }
  rocksdb::Slice value() const { return rocksdb::Slice(); }
  void seek(const rocksdb::Slice& k) {
    it_ = keys_.lower_bound(std::string_view(k.data(), k.size()));
  }
  void next() { ++it_; }
  rocksdb::Status status() const { return rocksdb::Status::OK(); }

 private:
  const RocksStore::StagedKeys& keys_;
  RocksStore::StagedKeys::const_iterator it_;
};

// The committed iterator merged with the staged entries, whose entries win
// (a staged delete hides the committed key), over ascending disjoint ranges.
template <typename Staged>
void merge_ranges(
    rocksdb::Iterator* base, Staged& staged, const std::vector<RocksStore::KeyRange>& ranges,
    const std::function<bool(std::size_t, std::string_view, std::string_view)>& visit) {
  auto view = [](const rocksdb::Slice& x) { return std::string_view(x.data(), x.size()); };
  for (std::size_t r = 0; r < ranges.size(); ++r) {
    const std::string& upper = ranges[r].second;
    const rocksdb::Slice lo(ranges[r].first), hi(upper);
    auto below_upper = [&](const rocksdb::Slice& k) { return upper.empty() || k.compare(hi) < 0; };
    // The ranges ascend: an iterator the last range left at the end, or at
    // a key not below this range, stands where a seek would put it.
    if (r == 0 || (base->Valid() && base->key().compare(lo) < 0)) base->Seek(lo);
    if (r == 0 || (staged.valid() && staged.key().compare(lo) < 0)) staged.seek(lo);
    for (;;) {
      const bool from_base = base->Valid() && below_upper(base->key());
      const bool from_batch = staged.valid() && below_upper(staged.key());
      if (!from_base && !from_batch) break;
      const int order = !from_batch ? -1 : !from_base ? 1 : base->key().compare(staged.key());
      if (order < 0) {
        if (!visit(r, view(base->key()), view(base->value()))) break;
        base->Next();
        continue;
      }
      if (order == 0) base->Next();
      if (staged.put() && !visit(r, view(staged.key()), view(staged.value()))) break;
      staged.next();
    }
  }
}

}  // namespace

Status RocksStore::scan_pending_ranges(
    Cf which, const std::vector<KeyRange>& ranges,
    const std::function<bool(std::size_t, std::string_view, std::string_view)>& visit) const {
  rocksdb::Iterator* base = committed_iterator(which);
  rocksdb::Status staged_status;
  if (which == kCfTypeActorIndex) {
    MapCursor staged(group_type_actor_);
    merge_ranges(base, staged, ranges, visit);
  } else {
    std::unique_ptr<rocksdb::WBWIIterator> it(pending_->NewIterator(cf(which)));
    BatchCursor staged(it.get());
    merge_ranges(base, staged, ranges, visit);
    staged_status = staged.status();
  }
  if (Status s = from_rocks(base->status(), std::string("reading ") + kCfNames[which]); !s.ok())
    return s;
  return from_rocks(staged_status, std::string("reading staged ") + kCfNames[which]);
}

void RocksStore::set_write_group(std::size_t documents, std::size_t bytes) {
  group_documents_ = std::max<std::size_t>(documents, 1);
  group_bytes_ = std::max<std::size_t>(bytes, 1);
}

Status RocksStore::commit_pending() {
  if (!pending_ || (pending_->GetWriteBatch()->Count() == 0 && group_events_.empty() &&
                    group_changed_entities_.empty()))
    return Status::Ok();
  const std::size_t documents = pending_documents_;
  // The next event number and the longest span, once per group.
  std::string next, span;
  keys::append_u64(next, next_event_);
  keys::append_u32(span, static_cast<std::uint32_t>(max_span_));
  rocksdb::WriteBatch& group = *pending_->GetWriteBatch();
  // Events and entities as the group leaves them, each once.
  for (const auto& [number, ev] : group_events_) {
    if (ev)
      group.Put(cf(kCfEvents), keys::event_key(number), codec::encode_event(ev->tally))
          .PermitUncheckedError();
    else
      group.Delete(cf(kCfEvents), keys::event_key(number)).PermitUncheckedError();
  }
  for (const std::string& name : group_changed_entities_) {
    auto it = group_entities_.find(name);
    if (it == group_entities_.end()) continue;
    if (it->second)
      group.Put(cf(kCfEntities), name, codec::encode_entity(*it->second)).PermitUncheckedError();
    else
      group.Delete(cf(kCfEntities), name).PermitUncheckedError();
  }
  group.Put(cf(kCfMeta), std::string(keys::kNextEventKey), next).PermitUncheckedError();
  group.Put(cf(kCfMeta), std::string(keys::kMaxSpanKey), span).PermitUncheckedError();
  // In key order, each key once (sorted_batch.h); as staged if that fails.
  std::vector<rocksdb::ColumnFamilyHandle*> by_id;
  for (rocksdb::ColumnFamilyHandle* h : handles_) {
    if (!h) continue;
    if (by_id.size() <= h->GetID()) by_id.resize(h->GetID() + 1, nullptr);
    by_id[h->GetID()] = h;
  }
  rocksdb::WriteBatch sorted(group.GetDataSize());
  const rocksdb::Status ordered = sorted_batch(
      group, [&](std::uint32_t id) { return id < by_id.size() ? by_id[id] : nullptr; }, &sorted);
  rocksdb::Status w = db_->Write(rocksdb::WriteOptions(), ordered.ok() ? &sorted : &group);
  pending_->Clear();
  group_events_.clear();
  group_entities_.clear();
  group_changed_entities_.clear();
  group_type_actor_.clear();
  group_docs_.clear();
  group_hashes_.clear();
  group_touched_.clear();
  for (auto& it : committed_iterators_) it.reset();  // they do not see the new writes
  pending_documents_ = 0;
  if (!w.ok()) {
    // The group is lost whole: what was staged and cached is forgotten.
    cache_.clear();
    entity_cache_.clear();
    next_event_ = committed_next_event_;
    max_span_ = committed_max_span_;
    return from_rocks(w, "writing a group of " + std::to_string(documents) + " documents");
  }
  committed_next_event_ = next_event_;
  committed_max_span_ = max_span_;
  return Status::Ok();
}

Status RocksStore::staged_one() {
  ++pending_documents_;
  if (pending_documents_ >= group_documents_ || pending_->GetDataSize() >= group_bytes_)
    return commit_pending();
  return Status::Ok();
}

namespace {

Result<std::optional<DocRecord>> read_doc(const RocksStore& store, const std::string& name) {
  std::string value;
  rocksdb::Status s = store.get_doc(name, &value);
  if (s.IsNotFound()) return std::optional<DocRecord>();
  if (!s.ok()) return from_rocks(s, "reading document " + name);
  auto d = codec::decode_doc(value);
  if (!d) return d.status();
  return std::optional<DocRecord>(std::move(*d));
}

}  // namespace

Result<bool> RocksStore::has_same_content(const Document& doc) const {
  // The committed store only: safe to call from any thread while one writes.
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), cf(kCfMeta),
                               std::string(keys::kHashPrefix) + content_hash(doc), &value);
  if (s.IsNotFound()) return false;
  if (!s.ok()) return from_rocks(s, "reading the content hash of " + doc.name);
  return value == doc.name;  // the same text under another name gets its warning from put
}

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
    rocksdb::Status s = get_hash(std::string(keys::kHashPrefix) + hash, &other);
    if (s.ok()) {
      report.unchanged = true;
      report.warnings.push_back("same text as " + other + ", already stored");
      return report;
    }
  }
  // A replaced document's mentions, links and relations are read back: they
  // must be in the store, not staged unindexed in the group.
  if (*old)
    if (Status c = commit_pending(); !c.ok()) return c;
  for (int attempt = 0;; ++attempt) {
    IngestReport staged = report;
    pending_->SetSavePoint();
    DocumentWriter writer(*this);
    const std::uint64_t next_before = next_event_;
    const Day span_before = max_span_;
    Status s;
    if (*old) {
      staged.replaced = true;
      s = writer.remove_doc(doc.name, **old);
    }
    if (s.ok()) s = writer.add_doc(doc, extraction, hash, staged);
    if (s.ok()) s = writer.finish();
    if (!s.ok()) {
      next_event_ = next_before;
      max_span_ = span_before;
      if (writer.wants_commit() && attempt == 0) {
        // The batch loses this document's entries and is written at once:
        // its index, cleared by the commit, need not be rebuilt first.
        pending_->GetWriteBatch()->RollbackToSavePoint().PermitUncheckedError();
        if (Status c = commit_pending(); !c.ok()) return c;
        continue;
      }
      // Nothing of this document stays staged; the group's others do.
      pending_->RollbackToSavePoint().PermitUncheckedError();
      return s;
    }
    pending_->PopSavePoint().PermitUncheckedError();
    writer.update_cache();
    if (Status c = staged_one(); !c.ok()) return c;
    return staged;
  }
}

Status RocksStore::remove_document(const std::string& name) {
  if (Status s = write_ok(); !s.ok()) return s;
  auto old = read_doc(*this, name);
  if (!old) return old.status();
  if (!*old) return Status::NotFound("no document named " + name + " in the knowledge base");
  // Its mentions, links and relations are read back: commit what is staged.
  if (Status c = commit_pending(); !c.ok()) return c;
  pending_->SetSavePoint();
  DocumentWriter writer(*this);
  const std::uint64_t next_before = next_event_;
  const Day span_before = max_span_;
  Status s = writer.remove_doc(name, **old);
  if (s.ok()) s = writer.finish();
  if (!s.ok()) {
    pending_->RollbackToSavePoint().PermitUncheckedError();
    next_event_ = next_before;
    max_span_ = span_before;
    return s;
  }
  pending_->PopSavePoint().PermitUncheckedError();
  writer.update_cache();
  return staged_one();
}

}  // namespace annals::kb
