// `--format jsonl`: one event a line, the keys SPEC fixes first (external
// scorers read them), extras after.
#include <cmath>
#include <cstdint>

#include <boost/json.hpp>

#include "annals/export.h"
#include "export_common.h"

namespace annals::kb {
namespace {

boost::json::array string_array(const std::vector<std::string>& items) {
  boost::json::array out;
  for (const auto& s : items) out.emplace_back(s);
  return out;
}

boost::json::value optional_day(const std::optional<Day>& day) {
  if (!day) return nullptr;
  return boost::json::string(format_day(*day));
}

// Whole figures print as integers (12000, not 1.2E4).
boost::json::value number(double v) {
  if (std::nearbyint(v) == v && std::fabs(v) < 9e15) return static_cast<std::int64_t>(v);
  return v;
}

boost::json::object event_object(const EventRecord& e) {
  boost::json::object o;
  o["id"] = e.id;
  o["type"] = e.type;
  if (e.when) {
    o["start"] = format_day(e.when->start);
    o["end"] = format_day(e.when->end);
    o["granularity"] = granularity_name(e.when->granularity);
  } else {
    // Open: only "before the reporting date" is known.
    o["start"] = nullptr;
    o["end"] = optional_day(e.reported);
    o["granularity"] = nullptr;
  }
  o["agents"] = string_array(e.agents);
  o["patients"] = string_array(e.patients);
  o["place"] = e.place;
  o["modality"] = e.modality;
  o["polarity"] = e.polarity;
  boost::json::array mentions;
  for (const auto& m : e.mentions) {
    boost::json::object mo;
    mo["doc"] = m.doc;
    mo["sentence"] = m.sentence;
    mo["time_text"] = m.time_text;
    mo["time_reason"] = m.time_reason;
    mo["trigger"] = m.trigger;
    mo["sentence_index"] = m.sentence_index;
    mentions.push_back(std::move(mo));
  }
  o["mentions"] = std::move(mentions);
  o["reported"] = optional_day(e.reported);
  o["claimed_by"] = string_array(e.claimed_by);
  boost::json::array quantities;
  for (const auto& q : e.quantities) {
    boost::json::object qo;
    qo["what"] = q.what;
    qo["low"] = number(q.low);
    qo["high"] = number(q.high);
    qo["text"] = q.text;
    qo["doc"] = q.doc;
    quantities.push_back(std::move(qo));
  }
  o["quantities"] = std::move(quantities);
  o["summary"] = e.summary;
  o["date_label"] = event_date_label(e);
  return o;
}

}  // namespace

Status write_jsonl(std::span<const EventRecord> events, std::ostream& out) {
  for (const EventRecord* e : timeline_events(events)) out << event_object(*e) << '\n';
  if (!out) return Status::IoError("write failed");
  return Status::Ok();
}

}  // namespace annals::kb
