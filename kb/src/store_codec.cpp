#include "store_codec.h"

#include <boost/json.hpp>

#include <map>

#include "json_writer.h"
#include "keys.h"
#include "merge.h"

namespace annals::kb::codec {
namespace json = boost::json;
namespace {

std::string get_string(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->get_string()) : std::string();
}

std::vector<std::string> get_strings(const json::object& o, std::string_view key) {
  std::vector<std::string> out;
  if (const json::value* v = o.if_contains(key); v && v->is_array())
    for (const json::value& x : v->get_array())
      if (x.is_string()) out.emplace_back(x.get_string());
  return out;
}

std::optional<Day> get_day(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  if (!v || !v->is_int64()) return std::nullopt;
  return static_cast<Day>(v->get_int64());
}

double get_double(const json::value& v) {
  return v.is_double() ? v.get_double() : v.to_number<double>();
}

void write_strings(JsonWriter& w, std::string_view name, const std::vector<std::string>& values) {
  if (values.empty()) return;
  w.key(name).begin_array();
  for (const std::string& v : values) w.value(v);
  w.end_array();
}

StoredMention mention_from(const json::object& o) {
  StoredMention m;
  m.doc = get_string(o, "doc");
  if (const json::value* v = o.if_contains("i"); v && v->is_number())
    m.index = v->to_number<std::uint32_t>();
  m.published = get_day(o, "pub");
  m.type = get_string(o, "type");
  m.trigger = get_string(o, "trig");
  m.agents = get_strings(o, "ag");
  m.patients = get_strings(o, "pa");
  m.place = get_string(o, "place");
  if (const json::value* v = o.if_contains("when");
      v && v->is_array() && v->get_array().size() == 3) {
    const json::array& w = v->get_array();
    m.when = DateInterval{static_cast<Day>(w[0].to_number<std::int64_t>()),
                          static_cast<Day>(w[1].to_number<std::int64_t>()),
                          static_cast<Granularity>(w[2].to_number<int>())};
  }
  m.after = get_day(o, "ba");
  m.before = get_day(o, "bb");
  m.time_text = get_string(o, "tt");
  m.time_reason = get_string(o, "tr");
  if (std::string mod = get_string(o, "mod"); !mod.empty()) m.modality = mod;
  if (std::string pol = get_string(o, "pol"); !pol.empty()) m.polarity = pol;
  m.claimed_by = get_string(o, "by");
  if (const json::value* v = o.if_contains("q"); v && v->is_array()) {
    for (const json::value& qv : v->get_array()) {
      if (!qv.is_array() || qv.get_array().size() != 4) continue;
      const json::array& q = qv.get_array();
      m.quantities.push_back(Quantity{std::string(q[0].get_string()), get_double(q[1]),
                                      get_double(q[2]), std::string(q[3].get_string())});
    }
  }
  if (const json::value* v = o.if_contains("si"); v && v->is_number())
    m.sentence_index = v->to_number<std::uint32_t>();
  m.sentence = get_string(o, "sent");
  if (const json::value* v = o.if_contains("ot"); v && v->is_array()) {
    for (const json::value& tv : v->get_array()) {
      if (!tv.is_array() || tv.get_array().size() != 2 || !tv.get_array()[1].is_string()) continue;
      const json::array& t = tv.get_array();
      m.other_triggers.push_back({t[0].to_number<std::uint32_t>(), std::string(t[1].get_string())});
    }
  }
  m.story = get_strings(o, "st");
  return m;
}

Result<json::object> parse_object(std::string_view value, std::string_view what) {
  boost::system::error_code ec;
  json::value v = json::parse(value, ec);
  if (ec || !v.is_object())
    return Status::Corruption("unreadable " + std::string(what) +
                              " record: " + (ec ? ec.message() : "not an object"));
  return std::move(v.get_object());
}

}  // namespace

namespace {

void write_counts(JsonWriter& w, std::string_view name, const NameCounts& counts) {
  w.key(name).begin_object();
  for (const auto& [what, n] : counts) w.key(what).value(n);
  w.end_object();
}

NameCounts get_counts(const json::object& o, std::string_view key) {
  NameCounts out;
  if (const json::value* v = o.if_contains(key); v && v->is_object()) {
    out.reserve(v->get_object().size());
    for (const auto& [name, n] : v->get_object())
      out[std::string(name)] = n.to_number<std::uint32_t>();
  }
  return out;
}

// {day: count} as [[day, count], ...]: days are numbers, JSON keys strings.
void write_day_counts(JsonWriter& w, std::string_view name, const DayCounts& counts) {
  w.key(name).begin_array();
  for (const auto& [day, n] : counts) w.begin_array().value(day).value(n).end_array();
  w.end_array();
}

DayCounts get_day_counts(const json::object& o, std::string_view key) {
  DayCounts out;
  const json::value* v = o.if_contains(key);
  if (!v || !v->is_array()) return out;
  for (const json::value& pair : v->get_array()) {
    const json::array& a = pair.as_array();
    if (a.size() == 2) out[a[0].to_number<Day>()] = a[1].to_number<std::uint32_t>();
  }
  return out;
}

}  // namespace

std::string encode_event(const EventTally& t) {
  JsonWriter w;
  w.begin_object();
  w.key("n").value(t.mentions);
  write_counts(w, "ty", t.types);
  if (!t.places.empty()) write_counts(w, "pl", t.places);
  write_counts(w, "po", t.polarities);
  write_counts(w, "mo", t.modalities);
  if (!t.agents.empty()) write_counts(w, "ag", t.agents);
  if (!t.patients.empty()) write_counts(w, "pa", t.patients);
  if (!t.claimed_by.empty()) write_counts(w, "by", t.claimed_by);
  if (!t.story.empty()) write_counts(w, "st", t.story);
  if (!t.dates.empty()) {
    w.key("d").begin_array();
    for (const auto& [d, n] : t.dates)
      w.begin_array()
          .value(std::get<0>(d))
          .value(std::get<1>(d))
          .value(std::get<2>(d))
          .value(n)
          .end_array();
    w.end_array();
  }
  if (!t.afters.empty()) write_day_counts(w, "af", t.afters);
  if (!t.befores.empty()) write_day_counts(w, "bf", t.befores);
  w.key("f")
      .begin_array()
      .value(t.first.published)
      .value(t.first.doc)
      .value(t.first.index)
      .end_array();
  w.member_if("fty", t.first_type);
  w.member_if("ft", t.first_trigger);
  w.end_object();
  return w.take();
}

Result<EventState> decode_event(std::uint64_t number, std::string_view value) {
  auto o = parse_object(value, "event " + keys::event_id(number));
  if (!o) return o.status();
  EventState ev;
  ev.number = number;
  EventTally& t = ev.tally;
  try {
    if (const json::value* v = o->if_contains("n"); v && v->is_number())
      t.mentions = v->to_number<std::uint64_t>();
    t.types = get_counts(*o, "ty");
    t.places = get_counts(*o, "pl");
    t.polarities = get_counts(*o, "po");
    t.modalities = get_counts(*o, "mo");
    t.agents = get_counts(*o, "ag");
    t.patients = get_counts(*o, "pa");
    t.claimed_by = get_counts(*o, "by");
    t.story = get_counts(*o, "st");
    if (const json::value* v = o->if_contains("d"); v && v->is_array())
      for (const json::value& d : v->get_array()) {
        const json::array& a = d.as_array();
        if (a.size() != 4) continue;
        t.dates[{a[0].to_number<Day>(), a[1].to_number<Day>(), a[2].to_number<int>()}] =
            a[3].to_number<std::uint32_t>();
      }
    t.afters = get_day_counts(*o, "af");
    t.befores = get_day_counts(*o, "bf");
    if (const json::value* v = o->if_contains("f");
        v && v->is_array() && v->as_array().size() == 3) {
      const json::array& f = v->as_array();
      t.first = MentionOrder{f[0].to_number<Day>(), std::string(f[1].as_string()),
                             f[2].to_number<std::uint32_t>()};
    }
    t.first_type = get_string(*o, "fty");
    t.first_trigger = get_string(*o, "ft");
  } catch (const std::exception& e) {
    return Status::Corruption("unreadable event " + keys::event_id(number) + ": " + e.what());
  }
  if (t.mentions == 0)
    return Status::Corruption("event " + keys::event_id(number) + " has no mentions");
  ev.record = derive_record(number, t);
  return ev;
}

std::string encode_mention(const StoredMention& m) {
  JsonWriter w;
  w.begin_object();
  w.key("doc").value(m.doc);
  w.key("i").value(m.index);
  if (m.published) w.key("pub").value(*m.published);
  w.key("type").value(m.type);
  w.member_if("trig", m.trigger);
  write_strings(w, "ag", m.agents);
  write_strings(w, "pa", m.patients);
  w.member_if("place", m.place);
  if (m.when) {
    w.key("when").begin_array().value(m.when->start).value(m.when->end);
    w.value(static_cast<int>(m.when->granularity)).end_array();
  }
  if (m.after) w.key("ba").value(*m.after);
  if (m.before) w.key("bb").value(*m.before);
  w.member_if("tt", m.time_text);
  w.member_if("tr", m.time_reason);
  if (m.modality != "asserted") w.key("mod").value(m.modality);
  if (m.polarity != "positive") w.key("pol").value(m.polarity);
  w.member_if("by", m.claimed_by);
  if (!m.quantities.empty()) {
    w.key("q").begin_array();
    for (const Quantity& q : m.quantities)
      w.begin_array().value(q.what).value(q.low).value(q.high).value(q.text).end_array();
    w.end_array();
  }
  w.key("si").value(m.sentence_index);
  w.member_if("sent", m.sentence);
  if (!m.other_triggers.empty()) {
    w.key("ot").begin_array();
    for (const TriggerRef& t : m.other_triggers)
      w.begin_array().value(t.sentence_index).value(t.trigger).end_array();
    w.end_array();
  }
  write_strings(w, "st", m.story);
  w.end_object();
  return w.take();
}

Result<StoredMention> decode_mention(std::string_view value) {
  auto o = parse_object(value, "mention");
  if (!o) return o.status();
  try {
    return mention_from(*o);
  } catch (const std::exception& e) {
    return Status::Corruption(std::string("unreadable mention: ") + e.what());
  }
}

std::string encode_doc(const DocRecord& d) {
  JsonWriter w;
  w.begin_object();
  w.key("name").value(d.name);
  w.member_if("outlet", d.outlet);
  if (d.published) w.key("pub").value(*d.published);
  w.member_if("ds", d.date_source);
  w.member_if("de", d.date_evidence);
  w.member_if("title", d.title);
  w.member_if("place", d.place);
  w.member_if("url", d.url);
  w.key("hash").value(d.content_hash);
  w.key("events").value(d.events);
  w.key("mentions").value(d.mentions);
  write_strings(w, "ents", d.entities);
  w.end_object();
  return w.take();
}

Result<DocRecord> decode_doc(std::string_view value) {
  auto o = parse_object(value, "document");
  if (!o) return o.status();
  DocRecord d;
  d.name = get_string(*o, "name");
  d.outlet = get_string(*o, "outlet");
  d.published = get_day(*o, "pub");
  d.date_source = get_string(*o, "ds");
  d.date_evidence = get_string(*o, "de");
  d.title = get_string(*o, "title");
  d.place = get_string(*o, "place");
  d.url = get_string(*o, "url");
  d.content_hash = get_string(*o, "hash");
  if (const json::value* v = o->if_contains("events"); v && v->is_number())
    d.events = v->to_number<std::uint32_t>();
  if (const json::value* v = o->if_contains("mentions"); v && v->is_number())
    d.mentions = v->to_number<std::uint32_t>();
  d.entities = get_strings(*o, "ents");
  return d;
}

std::string encode_entity(const EntityRecord& e) {
  JsonWriter w;
  w.begin_object();
  w.key("name").value(e.name);
  w.key("kind").value(e.kind);
  write_strings(w, "aliases", e.aliases);
  w.key("docs").value(e.documents);
  w.end_object();
  return w.take();
}

Result<EntityRecord> decode_entity(std::string_view value) {
  auto o = parse_object(value, "entity");
  if (!o) return o.status();
  EntityRecord e{get_string(*o, "name"), get_string(*o, "kind"), get_strings(*o, "aliases"), 0};
  if (const json::value* v = o->if_contains("docs"); v && v->is_number())
    e.documents = v->to_number<std::uint32_t>();
  return e;
}

std::string encode_mention_link(const MentionLink& link) {
  std::string v;
  keys::append_u64(v, link.event);
  if (link.parent_event) keys::append_u64(v, *link.parent_event);
  return v;
}

std::optional<MentionLink> decode_mention_link(std::string_view value) {
  if (value.size() != 8 && value.size() != 16) return std::nullopt;
  MentionLink link{keys::read_u64(value, 0), std::nullopt};
  if (value.size() == 16) link.parent_event = keys::read_u64(value, 8);
  return link;
}

std::string encode_agents(const std::vector<std::string>& agents) {
  std::string v;
  for (const std::string& a : agents) {
    if (!v.empty()) v.push_back('\n');
    v += a;
  }
  return v;
}

std::vector<std::string> decode_agents(std::string_view value) {
  std::vector<std::string> out;
  while (!value.empty()) {
    std::size_t nl = value.find('\n');
    out.emplace_back(value.substr(0, nl));
    if (nl == std::string_view::npos) break;
    value.remove_prefix(nl + 1);
  }
  return out;
}

}  // namespace annals::kb::codec
