// Integrity check: every index entry points at its record, and every record
// has its index entries.
#include <algorithm>
#include <map>

#include "merge.h"

#include "store_codec.h"
#include "store_impl.h"

namespace annals::kb {
namespace {

Status broken(const char* cf, std::string_view key, const std::string& why) {
  return Status::Corruption(std::string(cf) + " key " + keys::printable(key) + ": " + why);
}

}  // namespace

Status RocksStore::check() const {
  rocksdb::ReadOptions ro;
  auto exists = [&](Cf which, const std::string& key, std::string* value) {
    std::string scratch;
    return db_->Get(ro, cf(which), key, value ? value : &scratch).ok();
  };
  Status problem = Status::Ok();
  auto fail = [&](Status s) {
    problem = std::move(s);
    return false;
  };
  // An index entry of event `number` must be one of the keys its record implies.
  auto expect_event_key = [&](const char* cf_name, std::string_view key, std::uint64_t number,
                              auto member) {
    auto ev = load_event(number);
    if (!ev) return fail(ev.status());
    if (!*ev)
      return fail(broken(cf_name, key, "points at missing event " + keys::event_id(number)));
    if (!member(index_keys_of(**ev)))
      return fail(broken(cf_name, key, "does not match event " + keys::event_id(number)));
    return true;
  };
  auto has = [](const std::vector<std::string>& v, std::string_view k) {
    return std::find(v.begin(), v.end(), k) != v.end();
  };

  // Events: decodable, their index entries present, their tally what their
  // mentions add up to, each mention linked from its document.
  std::uint64_t mentions_of_events = 0;
  std::map<Cf, std::uint64_t> expected;  // index entries the events imply
  Status s = scan_range(kCfEvents, "", "", false, [&](std::string_view k, std::string_view v) {
    if (k.size() != 8) return fail(broken(keys::kEvents, k, "malformed key"));
    auto ev = codec::decode_event(keys::read_u64(k, 0), v);
    if (!ev) return fail(broken(keys::kEvents, k, ev.status().message()));
    EventIndexKeys ik = index_keys_of(*ev);
    std::string type_value;
    if (!exists(kCfTimeIndex, ik.time, nullptr))
      return fail(broken(keys::kTimeIndex, ik.time, "missing for " + ev->record.id));
    if (!exists(kCfTypeIndex, ik.type, &type_value) || type_value != ik.type_value)
      return fail(broken(keys::kTypeIndex, ik.type, "missing or stale for " + ev->record.id));
    for (const std::string& key : ik.by_type_actor)
      if (!exists(kCfTypeActorIndex, key, nullptr))
        return fail(broken(keys::kTypeActorIndex, key, "missing for " + ev->record.id));
    for (const std::string& key : ik.by_entity)
      if (!exists(kCfRolesByEntity, key, nullptr))
        return fail(broken(keys::kRolesByEntity, key, "missing for " + ev->record.id));
    for (const auto* names : {&ev->record.agents, &ev->record.patients})
      for (const std::string& name : *names)
        if (!exists(kCfEntities, name, nullptr))
          return fail(broken(keys::kEvents, k, "names missing entity " + name));
    expected[kCfTimeIndex] += 1;
    expected[kCfTypeIndex] += 1;
    expected[kCfTypeActorIndex] += ik.by_type_actor.size();
    expected[kCfRolesByEntity] += ik.by_entity.size();
    std::vector<StoredMention> mentions;
    const std::string prefix = keys::event_mention_prefix(ev->number);
    Status ms =
        scan_range(kCfMentions, prefix, keys::prefix_successor(prefix), false,
                   [&](std::string_view mk, std::string_view mv) {
                     auto m = codec::decode_mention(mv);
                     if (!m) return fail(broken(keys::kMentions, mk, m.status().message()));
                     if (keys::event_mention_key(ev->number, m->published, m->doc, m->index) != mk)
                       return fail(broken(keys::kMentions, mk, "key does not match value"));
                     std::string link_value;
                     std::string dkey = keys::doc_mention_key(m->doc, m->index);
                     auto link = exists(kCfDocMentions, dkey, &link_value)
                                     ? codec::decode_mention_link(link_value)
                                     : std::nullopt;
                     if (!link || link->event != ev->number)
                       return fail(broken(keys::kDocMentions, dkey,
                                          "missing or not linked to " + ev->record.id));
                     mentions.push_back(std::move(*m));
                     return true;
                   });
    if (!ms.ok()) return fail(ms);
    if (!problem.ok()) return false;
    if (!(tally_of(mentions) == ev->tally))
      return fail(
          broken(keys::kEvents, k,
                 "record does not add up to its " + std::to_string(mentions.size()) + " mentions"));
    mentions_of_events += mentions.size();
    return true;
  });
  if (!s.ok() || !problem.ok()) return s.ok() ? problem : s;
  std::uint64_t all_mentions = 0;
  s = scan_range(kCfMentions, "", "", false, [&](std::string_view, std::string_view) {
    ++all_mentions;
    return true;
  });
  if (s.ok() && all_mentions != mentions_of_events)
    return Status::Corruption(std::string(keys::kMentions) + ": " + std::to_string(all_mentions) +
                              " entries, but events hold " + std::to_string(mentions_of_events));

  // Every event has its index entries (above); an index with as many
  // entries as the events imply has no others. Only when the counts differ
  // are the entries read one by one, to name the stray one.
  auto count = [&](Cf which, std::uint64_t* n) {
    return scan_range(which, "", "", false, [&](std::string_view, std::string_view) {
      ++*n;
      return true;
    });
  };
  auto dated_index = [&](Cf which, const char* name, auto member) {
    return scan_range(which, "", "", false, [&](std::string_view k, std::string_view) {
      auto ref = keys::read_dated_ref(k);
      if (!ref) return fail(broken(name, k, "malformed key"));
      return expect_event_key(name, k, ref->event,
                              [&](const EventIndexKeys& ik) { return member(ik, k); });
    });
  };
  auto find_stray = [&](Cf which) -> Status {
    switch (which) {
      case kCfTimeIndex:
        return dated_index(
            which, keys::kTimeIndex,
            [](const EventIndexKeys& ik, std::string_view k) { return ik.time == k; });
      case kCfTypeIndex:
        return dated_index(
            which, keys::kTypeIndex,
            [](const EventIndexKeys& ik, std::string_view k) { return ik.type == k; });
      case kCfTypeActorIndex:
        return dated_index(
            which, keys::kTypeActorIndex,
            [&](const EventIndexKeys& ik, std::string_view k) { return has(ik.by_type_actor, k); });
      default:
        return dated_index(
            which, keys::kRolesByEntity,
            [&](const EventIndexKeys& ik, std::string_view k) { return has(ik.by_entity, k); });
    }
  };
  for (Cf which : {kCfTimeIndex, kCfTypeIndex, kCfTypeActorIndex, kCfRolesByEntity}) {
    std::uint64_t n = 0;
    s = count(which, &n);
    if (!s.ok()) return s;
    if (n == expected[which]) continue;
    s = find_stray(which);
    if (!s.ok() || !problem.ok()) return s.ok() ? problem : s;
    return Status::Corruption(std::string(kCfNames[which]) + ": " + std::to_string(n) +
                              " entries, but the events imply " + std::to_string(expected[which]));
  }

  // Documents: whole (as many doc_mentions entries as mentions; each of
  // those links a stored mention, checked from the events' side above), their
  // content hash entry points back at them, the entities they name exist.
  std::map<std::string, std::uint32_t> naming;  // entity -> documents naming it
  std::uint64_t documents_mentions = 0;
  s = scan_range(kCfDocs, "", "", false, [&](std::string_view k, std::string_view v) {
    auto d = codec::decode_doc(v);
    if (!d) return fail(broken(keys::kDocs, k, d.status().message()));
    std::string owner;
    if (!exists(kCfMeta, std::string(keys::kHashPrefix) + d->content_hash, &owner) || owner != k)
      return fail(broken(keys::kDocs, k, "content hash entry missing"));
    documents_mentions += d->mentions;
    for (const std::string& e : d->entities) ++naming[e];
    return true;
  });
  if (!s.ok() || !problem.ok()) return s.ok() ? problem : s;
  std::string group;  // the document whose entries are being counted
  std::uint32_t in_group = 0;
  std::uint64_t doc_links = 0;
  auto close_group = [&]() {
    if (group.empty()) return true;
    std::string value;
    if (!exists(kCfDocs, group, &value))
      return fail(broken(keys::kDocMentions, group, "belongs to missing document " + group));
    auto d = codec::decode_doc(value);
    if (!d) return fail(broken(keys::kDocs, group, d.status().message()));
    if (d->mentions != in_group)
      return fail(broken(keys::kDocs, group,
                         "has " + std::to_string(in_group) + " of its " +
                             std::to_string(d->mentions) + " mentions"));
    return true;
  };
  s = scan_range(kCfDocMentions, "", "", false, [&](std::string_view k, std::string_view v) {
    auto id = keys::decode_doc_mention_key(k);
    if (!id || !codec::decode_mention_link(v))
      return fail(broken(keys::kDocMentions, k, "malformed entry"));
    ++doc_links;
    if (id->doc != group) {
      if (!close_group()) return false;
      group = id->doc;
      in_group = 0;
    }
    ++in_group;
    return true;
  });
  if (s.ok() && problem.ok()) close_group();
  if (!s.ok() || !problem.ok()) return s.ok() ? problem : s;
  if (doc_links != all_mentions || doc_links != documents_mentions)
    return Status::Corruption(std::string(keys::kDocMentions) + ": " + std::to_string(doc_links) +
                              " entries, for " + std::to_string(all_mentions) +
                              " stored mentions of documents that have " +
                              std::to_string(documents_mentions));

  // Entities: named by exactly the documents they count.
  s = scan_range(kCfEntities, "", "", false, [&](std::string_view k, std::string_view v) {
    auto e = codec::decode_entity(v);
    if (!e) return fail(broken(keys::kEntities, k, e.status().message()));
    auto it = naming.find(std::string(k));
    std::uint32_t named = it == naming.end() ? 0 : it->second;
    if (named != e->documents)
      return fail(broken(keys::kEntities, k,
                         "counts " + std::to_string(e->documents) + " documents, " +
                             std::to_string(named) + " name it"));
    if (it != naming.end()) naming.erase(it);
    return true;
  });
  if (!s.ok() || !problem.ok()) return s.ok() ? problem : s;
  if (!naming.empty())
    return broken(keys::kEntities, naming.begin()->first, "named by a document but missing");

  // Relations: both events exist and the inverse entry is there.
  s = scan_range(kCfRelations, "", "", false, [&](std::string_view k, std::string_view) {
    auto r = keys::decode_relation_key(k);
    if (!r || (r->kind != keys::kUnder && r->kind != keys::kOver))
      return fail(broken(keys::kRelations, k, "malformed key"));
    if (!exists(kCfEvents, keys::event_key(r->from), nullptr) ||
        !exists(kCfEvents, keys::event_key(r->to), nullptr))
      return fail(broken(keys::kRelations, k, "points at a missing event"));
    char inverse = r->kind == keys::kUnder ? keys::kOver : keys::kUnder;
    if (!exists(kCfRelations, keys::relation_key(r->to, inverse, r->from, r->doc), nullptr))
      return fail(broken(keys::kRelations, k, "inverse entry missing"));
    return true;
  });
  return s.ok() ? problem : s;
}

}  // namespace annals::kb
