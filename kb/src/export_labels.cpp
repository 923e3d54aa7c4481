// Human labels for dates and events, and the format dispatcher.
#include <array>
#include <cstdio>
#include <set>

#include "annals/export.h"
#include "export_common.h"

namespace annals::kb {
namespace {

std::string season_name(int month) {
  switch (month) {
    case 3:
      return "spring";
    case 6:
      return "summer";
    case 9:
      return "autumn";
    default:
      return "winter";
  }
}

std::string ordinal(int n) {
  const int last_two = n % 100;
  const char* suffix = (last_two >= 11 && last_two <= 13) ? "th"
                       : n % 10 == 1                      ? "st"
                       : n % 10 == 2                      ? "nd"
                       : n % 10 == 3                      ? "rd"
                                                          : "th";
  return std::to_string(n) + suffix;
}

std::string canonical_label(const DateInterval& in) {
  const Ymd s = to_ymd(in.start);
  switch (in.granularity) {
    case Granularity::kDay:
      return in.start == in.end ? format_day(in.start)
                                : format_day(in.start) + ".." + format_day(in.end);
    case Granularity::kWeek:
    case Granularity::kMonth:
    case Granularity::kYear:
      return format_interval(in);
    case Granularity::kSeason:
      return std::to_string(s.year) + " " + season_name(s.month);
    case Granularity::kQuarter:
      return std::to_string(s.year) + " Q" + std::to_string((s.month + 2) / 3);
    case Granularity::kHalf:
      return std::to_string(s.year) + (s.month <= 6 ? " H1" : " H2");
    case Granularity::kDecade:
      return std::to_string(s.year / 10 * 10) + "s";
    case Granularity::kCentury:
      return ordinal(s.year / 100 + 1) + " century";
  }
  return format_day(in.start);
}

}  // namespace

std::string date_label(const DateInterval& in) {
  std::string label = canonical_label(in);
  if (in.granularity == Granularity::kDay) return label;
  // A part of a period ("earlier this year": Jan..Mar at year granularity)
  // keeps its bounds visible rather than pretending to be the whole period.
  const auto whole = interval_of_timex_value(format_interval(in));
  if (!whole || whole->start != in.start || whole->end != in.end)
    label += " (" + format_day(in.start) + ".." + format_day(in.end) + ")";
  return label;
}

std::string event_date_label(const EventRecord& event) {
  if (event.when) return date_label(*event.when);
  // An open event: the bounds its text gives, else "before" its first report.
  std::string label;
  if (event.after) label = "after " + format_day(*event.after);
  const std::optional<Day> before = event.before ? event.before : event.reported;
  if (before) label += (label.empty() ? "before " : ", before ") + format_day(*before);
  return label.empty() ? "undated" : label;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

std::string event_headline(const EventRecord& event) {
  std::string out = event.polarity == "negative" ? "not " + event.type : event.type;
  if (!event.agents.empty()) out += ": " + join(event.agents, ", ");
  if (!event.patients.empty())
    out += (event.agents.empty() ? ": → " : " → ") + join(event.patients, ", ");
  if (!event.modality.empty() && event.modality != "asserted") out += " (" + event.modality + ")";
  return out;
}

std::size_t source_count(const EventRecord& event) {
  std::set<std::string_view> docs;
  for (const auto& m : event.mentions) docs.insert(m.doc);
  return docs.size();
}

std::vector<const EventRecord*> timeline_events(std::span<const EventRecord> events,
                                                std::span<const StatedRelation> relations) {
  std::vector<const EventRecord*> out;
  out.reserve(events.size());
  for (std::size_t i : timeline_order(events, relations).order) out.push_back(&events[i]);
  return out;
}

namespace {
constexpr std::array<std::pair<ExportFormat, std::string_view>, 6> kFormats{{
    {ExportFormat::kDot, "dot"},
    {ExportFormat::kSvg, "svg"},
    {ExportFormat::kJsonl, "jsonl"},
    {ExportFormat::kCsv, "csv"},
    {ExportFormat::kGraphml, "graphml"},
    {ExportFormat::kTimelineJs, "timelinejs"},
}};
}  // namespace

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  for (const auto& [format, n] : kFormats)
    if (n == name) return format;
  return std::nullopt;
}

std::string_view export_format_name(ExportFormat f) {
  for (const auto& [format, n] : kFormats)
    if (format == f) return n;
  return "?";
}

Status export_events(ExportFormat format, std::span<const EventRecord> events,
                     const ExportOptions& options, std::ostream& out) {
  switch (format) {
    case ExportFormat::kDot:
      return write_dot(events, options, out);
    case ExportFormat::kSvg:
      return write_svg(events, options, out);
    case ExportFormat::kJsonl:
      return write_jsonl(events, out);
    case ExportFormat::kCsv:
      return write_csv(events, out);
    case ExportFormat::kGraphml:
      return write_graphml(events, out);
    case ExportFormat::kTimelineJs:
      return write_timelinejs(events, out);
  }
  return Status::InvalidInput("unknown export format");
}

}  // namespace annals::kb
