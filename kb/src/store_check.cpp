// Integrity check: every index entry points at its record, and every record
// has its index entries.
#include <algorithm>

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

  // Events: decodable, their index entries and mentions present.
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
    for (const std::string& key : ik.by_entity)
      if (!exists(kCfRolesByEntity, key, nullptr))
        return fail(broken(keys::kRolesByEntity, key, "missing for " + ev->record.id));
    for (const std::string& key : ik.by_event)
      if (!exists(kCfRolesByEvent, key, nullptr))
        return fail(broken(keys::kRolesByEvent, key, "missing for " + ev->record.id));
    for (const StoredMention& m : ev->mentions) {
      std::string link_value;
      std::string mkey = keys::mention_key(m.doc, m.index);
      auto link = exists(kCfMentions, mkey, &link_value) ? codec::decode_mention_link(link_value)
                                                         : std::nullopt;
      if (!link || link->event != ev->number)
        return fail(broken(keys::kMentions, mkey, "missing or not linked to " + ev->record.id));
    }
    return true;
  });
  if (!s.ok() || !problem.ok()) return s.ok() ? problem : s;

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

  // Mentions: their document exists and their event holds them.
  s = scan_range(kCfMentions, "", "", false, [&](std::string_view k, std::string_view v) {
    auto id = keys::decode_mention_key(k);
    auto link = codec::decode_mention_link(v);
    if (!id || !link) return fail(broken(keys::kMentions, k, "malformed entry"));
    if (!exists(kCfDocs, id->doc, nullptr))
      return fail(broken(keys::kMentions, k, "belongs to missing document " + id->doc));
    auto ev = load_event(link->event);
    if (!ev) return fail(ev.status());
    bool held =
        *ev && std::any_of((*ev)->mentions.begin(), (*ev)->mentions.end(),
                           [&](const auto& m) { return m.doc == id->doc && m.index == id->index; });
    if (!held)
      return fail(broken(keys::kMentions, k, "not held by event " + keys::event_id(link->event)));
    return true;
  });
  if (!s.ok() || !problem.ok()) return s.ok() ? problem : s;

  // Documents: their content hash entry points back at them.
  s = scan_range(kCfDocs, "", "", false, [&](std::string_view k, std::string_view v) {
    auto d = codec::decode_doc(v);
    if (!d) return fail(broken(keys::kDocs, k, d.status().message()));
    std::string owner;
    if (!exists(kCfMeta, std::string(keys::kHashPrefix) + d->content_hash, &owner) || owner != k)
      return fail(broken(keys::kDocs, k, "content hash entry missing"));
    return true;
  });
  if (!s.ok() || !problem.ok()) return s.ok() ? problem : s;

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
