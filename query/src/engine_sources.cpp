// Tuples of base relations and built-ins for one step, read through KbAccess
// with the step's bound arguments pushed down.
#include "annals/event_category.h"
#include "annals/timeline.h"
#include "builtins.h"
#include "engine_steps.h"

namespace annals::query {

namespace {
bool is_per_event(BaseRel r) {
  return r != BaseRel::kEntity && r != BaseRel::kAlias && r != BaseRel::kDoc &&
         r != BaseRel::kTimeline && r != BaseRel::kDocDateSource;
}
}  // namespace

void Engine::enumerate_base(Step& s, const std::function<void(const V*)>& visit) {
  const CLiteral& l = *s.literal;
  auto known = [&](size_t i) -> const V* {
    const ArgMode& m = s.args[i];
    if (m.mode == ArgMode::kConst) return &m.constant;
    if (m.mode == ArgMode::kCheck) return &vars_[static_cast<size_t>(m.var)];
    return nullptr;
  };
  const std::optional<Day> as_of = as_of_for(l);
  auto fail_with = [&](const Status& st) { failure_ = "knowledge base: " + st.message(); };
  if (is_per_event(l.base)) {
    if (const V* id = known(0)) {
      if (!id->is_symbol()) return;
      auto e = kb_.event(symbols_.text(id->bits), as_of);
      if (!e.ok()) return fail_with(e.status());
      if (*e) kb_.event_tuples(l.base, **e, visit);
      return;
    }
    kb::EventFilter f;
    f.as_of = as_of;
    // Only the sentences and figures of events are read from their mentions.
    f.with_mentions = l.base == BaseRel::kMention || l.base == BaseRel::kQuantity;
    const V* second = l.args.size() > 1 ? known(1) : nullptr;
    if (second && second->is_symbol()) {
      if (l.base == BaseRel::kEvent) f.type = std::string(symbols_.text(second->bits));
      if (l.base == BaseRel::kAgent || l.base == BaseRel::kPatient)
        f.entity = std::string(symbols_.text(second->bits));
    }
    f.from = l.date_bounds.from;
    f.to = l.date_bounds.to;
    // A category is a set of types: read each type's index, not every event.
    std::vector<std::string> types;
    if (l.base == BaseRel::kCategory && second && second->is_symbol()) {
      for (std::string_view t : event_types_in(symbols_.text(second->bits))) types.emplace_back(t);
      if (types.empty()) return;
    } else {
      types.emplace_back();
    }
    for (const std::string& type : types) {
      if (!type.empty()) f.type = type;
      auto events = kb_.scan(f);
      if (!events.ok()) return fail_with(events.status());
      for (const kb::EventRecord* e : **events) {
        if (failure_) return;
        kb_.event_tuples(l.base, *e, visit);
      }
    }
    return;
  }
  V t[3];
  if (l.base == BaseRel::kTimeline) {
    // One entity's timeline (kb::entity_timeline) over every visible event;
    // with X unbound, the timeline of every known entity.
    std::vector<std::string> targets;
    if (const V* x = known(0)) {
      if (!x->is_symbol()) return;
      targets.emplace_back(symbols_.text(x->bits));
    } else {
      auto entities = kb_.entities();
      if (!entities.ok()) return fail_with(entities.status());
      for (const kb::EntityRecord& e : **entities) targets.push_back(e.name);
    }
    kb::EventFilter f;
    f.as_of = as_of;
    auto events = kb_.scan(f);
    if (!events.ok()) return fail_with(events.status());
    std::vector<kb::EventRecord> records;
    records.reserve((*events)->size());
    for (const kb::EventRecord* e : **events) records.push_back(*e);
    for (const std::string& target : targets) {
      t[0] = symbols_.string(target);
      for (const kb::TimelineEntry& entry : kb::entity_timeline(records, target)) {
        t[1] = symbols_.string(entry.event->id);
        t[2] = V::integer(entry.position);
        visit(t);
      }
    }
    return;
  }
  if (l.base == BaseRel::kDoc || l.base == BaseRel::kDocDateSource) {
    auto docs = kb_.documents();
    if (!docs.ok()) return fail_with(docs.status());
    for (const kb::DocRecord& d : **docs) {
      t[0] = symbols_.string(d.name);
      if (l.base == BaseRel::kDoc) {
        t[1] = symbols_.string(d.outlet);
        // Every document: an undated one with an empty date.
        t[2] = d.published ? V::date(*d.published) : symbols_.string("");
      } else {
        t[1] = symbols_.string(d.published && !d.date_source.empty() ? d.date_source : "none");
        t[2] = symbols_.string(d.date_evidence);
      }
      visit(t);
    }
    return;
  }
  auto entities = kb_.entities();
  if (!entities.ok()) return fail_with(entities.status());
  for (const kb::EntityRecord& e : **entities) {
    t[0] = symbols_.string(e.name);
    if (l.base == BaseRel::kEntity) {
      t[1] = symbols_.atom(e.kind);
      visit(t);
    } else {
      for (const auto& a : e.aliases) {
        t[1] = symbols_.string(a);
        visit(t);
      }
    }
  }
}

void Engine::enumerate_builtin(Step& s, const std::function<void(const V*)>& visit) {
  const CLiteral& l = *s.literal;
  auto known = [&](size_t i) -> const V* {
    const ArgMode& m = s.args[i];
    if (m.mode == ArgMode::kConst) return &m.constant;
    if (m.mode == ArgMode::kCheck) return &vars_[static_cast<size_t>(m.var)];
    return nullptr;
  };
  V t[2];
  const V* a = known(0);
  const V* b = known(1);
  switch (l.builtin) {
    case Builtin::kYear:
    case Builtin::kMonth:
    case Builtin::kWeekday:
    case Builtin::kLower:
    case Builtin::kUpper: {
      if (!a) return;
      auto r = scalar_builtin(l.builtin, *a, symbols_);
      if (!r) return;
      t[0] = *a;
      t[1] = *r;
      visit(t);
      return;
    }
    case Builtin::kContains:
      if (a && b && contains_text(*a, *b, symbols_)) {
        t[0] = *a;
        t[1] = *b;
        visit(t);
      }
      return;
    default:
      break;
  }
  // Allen relations between events.
  const std::optional<Day> as_of = as_of_for(l);
  const bool distinct = l.builtin == Builtin::kOverlaps || l.builtin == Builtin::kDuring ||
                        l.builtin == Builtin::kSameDay;
  auto interval = [&](const V& id) -> const kb::EventRecord* {
    if (!id.is_symbol()) return nullptr;
    auto e = kb_.event(symbols_.text(id.bits), as_of);
    if (!e.ok()) {
      failure_ = "knowledge base: " + e.status().message();
      return nullptr;
    }
    return *e && (*e)->when ? *e : nullptr;
  };
  auto partners = [&](const kb::EventRecord& k, bool left_known) {
    kb::EventFilter f = allen_filter(l.builtin, *k.when, left_known);
    f.with_mentions = false;  // the order of events needs their dates only
    f.as_of = as_of;
    auto events = kb_.scan(f);
    if (!events.ok()) {
      failure_ = "knowledge base: " + events.status().message();
      return;
    }
    const V kv = symbols_.string(k.id);
    for (const kb::EventRecord* e : **events) {
      if (failure_) return;
      if (!e->when || (distinct && e->id == k.id)) continue;
      const bool holds = left_known ? allen_holds(l.builtin, *k.when, *e->when)
                                    : allen_holds(l.builtin, *e->when, *k.when);
      if (!holds) continue;
      t[left_known ? 0 : 1] = kv;
      t[left_known ? 1 : 0] = symbols_.string(e->id);
      visit(t);
    }
  };
  if (a && b) {
    const kb::EventRecord* x = interval(*a);
    const kb::EventRecord* y = x ? interval(*b) : nullptr;
    if (x && y && !(distinct && x->id == y->id) && allen_holds(l.builtin, *x->when, *y->when)) {
      t[0] = *a;
      t[1] = *b;
      visit(t);
    }
  } else if (a) {
    if (const kb::EventRecord* x = interval(*a)) partners(*x, true);
  } else if (b) {
    if (const kb::EventRecord* y = interval(*b)) partners(*y, false);
  } else {
    kb::EventFilter all;
    all.as_of = as_of;
    auto events = kb_.scan(all);
    if (!events.ok()) {
      failure_ = "knowledge base: " + events.status().message();
      return;
    }
    for (const kb::EventRecord* e : **events)
      if (e->when && !failure_) partners(*e, true);
  }
}

}  // namespace annals::query
