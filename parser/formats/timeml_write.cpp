// TimeML writing: the tagger's TIMEX3 tags put into a TEXT whose other tags
// were stripped, everything else of the file kept byte for byte.
#include <algorithm>

#include "annals/timeml.h"

namespace annals {
namespace {

// True when offset `at` of escaped text falls strictly inside an entity
// reference such as "&amp;" (after its '&', up to and including its ';').
bool splits_entity(std::string_view text, std::size_t at) {
  const std::size_t window = std::min<std::size_t>(at, 12);
  for (std::size_t back = 1; back <= window; ++back) {
    const char c = text[at - back];
    if (c == ';' || c == ' ' || c == '\n' || c == '<' || c == '>') return false;
    if (c == '&') return true;
  }
  return false;
}

void append_escaped(std::string& out, std::string_view raw) {
  for (char c : raw) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
}

// "t7". Built by appending: GCC 12 at -O3 warns falsely (-Wrestrict) on "t" + std::string.
std::string tid_of(int n) {
  std::string tid(1, 't');
  tid.append(std::to_string(n));
  return tid;
}

void append_attribute(std::string& out, std::string_view name, std::string_view value) {
  out += ' ';
  out += name;
  out += "=\"";
  append_escaped(out, value);
  out += '"';
}

}  // namespace

std::string xml_escape(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  append_escaped(out, raw);
  return out;
}

std::vector<Timex> writable_timexes(std::string_view text, std::span<const Timex> timexes,
                                    bool text_is_escaped) {
  std::vector<Timex> sorted(timexes.begin(), timexes.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Timex& a, const Timex& b) { return a.begin < b.begin; });
  std::vector<Timex> kept;
  std::size_t kept_end = 0;
  for (auto& t : sorted) {
    if (t.begin >= t.end || t.end > text.size() || t.begin < kept_end) continue;
    if (text_is_escaped && (splits_entity(text, t.begin) || splits_entity(text, t.end))) continue;
    kept_end = t.end;
    kept.push_back(std::move(t));
  }
  return kept;
}

std::string insert_timex_tags(std::string_view text, std::span<const Timex> timexes,
                              bool escape_text, std::string_view reserved_tid) {
  std::string out;
  out.reserve(text.size() + timexes.size() * 64);
  auto emit = [&](std::string_view part) {
    if (escape_text)
      append_escaped(out, part);
    else
      out += part;
  };
  std::size_t done = 0;
  int next_id = 1;
  for (const Timex& t : timexes) {
    std::string tid = tid_of(next_id++);
    if (tid == reserved_tid) tid = tid_of(next_id++);
    emit(text.substr(done, t.begin - done));
    out += "<TIMEX3";
    append_attribute(out, "tid", tid);
    append_attribute(out, "type", timex_type_name(t.type));
    append_attribute(out, "value", t.value);
    if (!t.mod.empty()) append_attribute(out, "mod", t.mod);
    out += '>';
    emit(text.substr(t.begin, t.end - t.begin));
    out += "</TIMEX3>";
    done = t.end;
  }
  emit(text.substr(done));
  return out;
}

std::string write_timeml(const TimemlDocument& doc, std::span<const Timex> timexes) {
  const std::vector<Timex> kept = writable_timexes(doc.text, timexes, /*text_is_escaped=*/true);
  const std::string_view source = doc.source;
  std::string out(source.substr(0, doc.text_begin));
  out += insert_timex_tags(doc.text, kept, /*escape_text=*/false, doc.dct_tid);
  out += source.substr(doc.text_end);
  return out;
}

std::string write_timeml_events(const TimemlDocument& doc, std::span<const TimemlEvent> events) {
  std::vector<TimemlEvent> sorted(events.begin(), events.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const TimemlEvent& a, const TimemlEvent& b) { return a.begin < b.begin; });
  const std::string_view text = doc.text;
  const std::string_view source = doc.source;
  std::string out(source.substr(0, doc.text_begin));
  out.reserve(source.size() + sorted.size() * 40);
  std::size_t done = 0;
  int next_id = 1;
  for (const TimemlEvent& e : sorted) {
    if (e.begin >= e.end || e.end > text.size() || e.begin < done) continue;
    if (splits_entity(text, e.begin) || splits_entity(text, e.end)) continue;
    out += text.substr(done, e.begin - done);
    out += "<EVENT";
    std::string eid = e.eid;
    if (eid.empty()) eid.append(1, 'e').append(std::to_string(next_id));
    append_attribute(out, "eid", eid);
    ++next_id;
    append_attribute(out, "class", e.event_class);
    out += '>';
    out += text.substr(e.begin, e.end - e.begin);
    out += "</EVENT>";
    done = e.end;
  }
  out += text.substr(done);
  out += source.substr(doc.text_end);
  return out;
}

std::string write_plain_text_as_timeml(std::string_view text, std::string_view doc_id,
                                       std::optional<Day> dct, std::span<const Timex> timexes) {
  const std::vector<Timex> kept = writable_timexes(text, timexes, /*text_is_escaped=*/false);
  std::string out = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>";
  append_escaped(out, doc_id);
  out += "</DOCID>\n";
  if (dct) {
    const std::string date = format_day(*dct);
    out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"";
    out += date;
    out += "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">";
    out += date;
    out += "</TIMEX3></DCT>\n";
  }
  out += "<TEXT>";
  out += insert_timex_tags(text, kept, /*escape_text=*/true);
  out += "</TEXT>\n</TimeML>\n";
  return out;
}

}  // namespace annals
