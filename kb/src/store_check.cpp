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
    for (const std::string& key : ik.by_event)
      if (!exists(kCfRolesByEvent, key, nullptr))
        return fail(broken(keys::kRolesByEvent, key, "missing for " + ev->record.id));
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

  auto dated_index = [&](Cf which, const char* name, auto member) {
    return scan_range(which, "", "", false, [&](std::string_view k, std::string_view) {
      auto ref = keys::read_dated_ref(k);
      if (!ref) return fail(broken(name, k, "malformed key"));
      return expect_event_key(name, k, ref->event,
                              [&](const EventIndexKeys& ik) { return member(ik, k); });
    });
  };
  s = dated_index(kCfTimeIndex, keys::kTimeIndex,
                  [](const EventIndexKeys& ik, std::string_view k) { return ik.time == k; });
  if (s.ok() && problem.ok())
    s = dated_index(kCfTypeIndex, keys::kTypeIndex,
                    [](const EventIndexKeys& ik, std::string_view k) { return ik.type == k; });
  if (s.ok() && problem.ok())
    s = dated_index(
        kCfTypeActorIndex, keys::kTypeActorIndex,
        [&](const EventIndexKeys& ik, std::string_view k) { return has(ik.by_type_actor, k); });
  if (s.ok() && problem.ok())
    s = dated_index(
        kCfRolesByEntity, keys::kRolesByEntity,
        [&](const EventIndexKeys& ik, std::string_view k) { return has(ik.by_entity, k); });
  if (s.ok() && problem.ok())
    s = scan_range(kCfRolesByEvent, "", "", false, [&](std::string_view k, std::string_view) {
      auto role = keys::decode_event_role_key(k);
      if (!role) return fail(broken(keys::kRolesByEvent, k, "malformed key"));
      if (!exists(kCfEntities, role->entity, nullptr))
        return fail(broken(keys::kRolesByEvent, k, "names missing entity " + role->entity));
      return expect_event_key(keys::kRolesByEvent, k, role->event,
                              [&](const EventIndexKeys& ik) { return has(ik.by_event, k); });
    });
  if (!s.ok() || !problem.ok()) return s.ok() ? problem : s;

  // Documents: whole (all their mentions linked), their content hash entry
  // points back at them, the entities they name exist.
  std::map<std::string, std::uint32_t> naming;  // entity -> documents naming it
  s = scan_range(kCfDocs, "", "", false, [&](std::string_view k, std::string_view v) {
    auto d = codec::decode_doc(v);
    if (!d) return fail(broken(keys::kDocs, k, d.status().message()));
    std::string owner;
    if (!exists(kCfMeta, std::string(keys::kHashPrefix) + d->content_hash, &owner) || owner != k)
      return fail(broken(keys::kDocs, k, "content hash entry missing"));
    std::uint32_t linked = 0;
    const std::string prefix = keys::doc_mention_prefix(d->name);
    Status ls = scan_range(
        kCfDocMentions, prefix, keys::prefix_successor(prefix), false,
        [&](std::string_view mk, std::string_view mv) {
          auto id = keys::decode_doc_mention_key(mk);
          auto link = codec::decode_mention_link(mv);
          if (!id || !link) return fail(broken(keys::kDocMentions, mk, "malformed entry"));
          std::string ekey = keys::event_mention_key(link->event, d->published, d->name, id->index);
          if (!exists(kCfMentions, ekey, nullptr))
            return fail(
                broken(keys::kDocMentions, mk, "not held by event " + keys::event_id(link->event)));
          ++linked;
          return true;
        });
    if (!ls.ok()) return fail(ls);
    if (!problem.ok()) return false;
    if (linked != d->mentions)
      return fail(broken(keys::kDocs, k,
                         "has " + std::to_string(linked) + " of its " +
                             std::to_string(d->mentions) + " mentions"));
    for (const std::string& e : d->entities) ++naming[e];
    return true;
  });
  if (!s.ok() || !problem.ok()) return s.ok() ? problem : s;
  // Every doc_mentions entry belongs to a stored document (the per-document
  // count above cannot see entries of a missing one).
  std::uint64_t doc_links = 0, doc_mentions_expected = 0;
  s = scan_range(kCfDocMentions, "", "", false, [&](std::string_view, std::string_view) {
    ++doc_links;
    return true;
  });
  if (s.ok())
    s = scan_range(kCfDocs, "", "", false, [&](std::string_view, std::string_view v) {
      if (auto d = codec::decode_doc(v)) doc_mentions_expected += d->mentions;
      return true;
    });
  if (!s.ok()) return s;
  if (doc_links != doc_mentions_expected)
    return Status::Corruption(std::string(keys::kDocMentions) + ": " + std::to_string(doc_links) +
                              " entries, but documents have " +
                              std::to_string(doc_mentions_expected) + " mentions");

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
