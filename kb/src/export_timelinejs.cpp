// `--format timelinejs`: TimelineJS3's JSON. A date carries only the parts
// that are known (a month-level event has no day); periods get an end_date
// and every slide a display_date in annals' own words ("2024 autumn").
#include <boost/json.hpp>

#include "annals/export.h"
#include "annals/timeml.h"  // xml_escape
#include "export_common.h"

namespace annals::kb {
namespace {

boost::json::object date_object(Day day, bool with_month, bool with_day, const std::string& shown) {
  const Ymd ymd = to_ymd(day);
  boost::json::object o;
  o["year"] = std::to_string(ymd.year);
  if (with_month) o["month"] = std::to_string(ymd.month);
  if (with_day) o["day"] = std::to_string(ymd.day);
  if (!shown.empty()) o["display_date"] = shown;
  return o;
}

// The evidence, one paragraph per mention: sentence and source.
std::string slide_text(const EventRecord& e) {
  std::string out;
  for (const auto& m : e.mentions) {
    out += "<p>" + xml_escape(m.sentence) + " <i>(" + xml_escape(m.doc);
    if (!m.time_text.empty()) out += ": \"" + xml_escape(m.time_text) + "\"";
    out += ")</i></p>";
  }
  return out;
}

}  // namespace

Status write_timelinejs(std::span<const EventRecord> events, std::ostream& out) {
  boost::json::array slides;
  for (const EventRecord* e : timeline_events(events)) {
    boost::json::object slide;
    const std::string shown = event_date_label(*e);
    if (e->when) {
      const Granularity g = e->when->granularity;
      const bool month = g <= Granularity::kHalf;  // finer than a year: month known
      const bool day = g <= Granularity::kWeek;
      slide["start_date"] = date_object(e->when->start, month, day, shown);
      if (e->when->end != e->when->start && g != Granularity::kMonth)
        slide["end_date"] = date_object(e->when->end, month, day, "");
    } else if (e->reported) {
      // TimelineJS needs a date: place an open event at its reporting bound.
      slide["start_date"] = date_object(*e->reported, true, true, shown);
    } else {
      continue;  // nothing to place it by
    }
    boost::json::object text;
    text["headline"] = xml_escape(e->summary.empty() ? event_headline(*e) : e->summary);
    text["text"] = slide_text(*e);
    slide["text"] = std::move(text);
    slide["unique_id"] = e->id;
    slide["group"] = e->type;
    slides.push_back(std::move(slide));
  }
  boost::json::object doc;
  doc["events"] = std::move(slides);
  out << doc << '\n';
  if (!out) return Status::IoError("write failed");
  return Status::Ok();
}

}  // namespace annals::kb
