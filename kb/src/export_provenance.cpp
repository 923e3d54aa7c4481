// `annals show`: one event with its evidence, so an analyst can check every
// date and figure against the sentence and the source it came from.
#include <algorithm>
#include <cstdio>
#include <map>

#include "annals/export.h"
#include "export_common.h"

namespace annals::kb {
namespace {

std::string figure(const QuantityRecord& q) {
  auto number = [](double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return std::string(buf);
  };
  return q.low == q.high ? number(q.low) : number(q.low) + "-" + number(q.high);
}

const DocRecord* find_doc(std::span<const DocRecord> docs, const std::string& name) {
  for (const auto& d : docs)
    if (d.name == name) return &d;
  return nullptr;
}

void field(std::ostream& out, std::string_view name, const std::string& value) {
  if (value.empty()) return;
  out << "  " << name << ':' << std::string(std::max<int>(1, 11 - int(name.size())), ' ') << value
      << '\n';
}

void write_mention(const MentionRecord& m, std::size_t number, std::span<const DocRecord> docs,
                   std::ostream& out) {
  out << "  [" << number << "] " << m.doc;
  if (const DocRecord* d = find_doc(docs, m.doc)) {
    if (!d->outlet.empty()) out << " — " << d->outlet;
    if (d->published) {
      out << ", published " << format_day(*d->published);
      if (!d->date_source.empty()) out << " (" << d->date_source << ")";
    } else {
      out << ", undated";
    }
  }
  out << ", sentence " << m.sentence_index << '\n';
  // Why the document has its date: byline "| MAR 3, 2021 | 7:45 AM", url /2021/03/03/.
  if (const DocRecord* d = find_doc(docs, m.doc); d && d->published && !d->date_evidence.empty()) {
    const bool named = d->date_evidence.rfind(d->date_source, 0) == 0;
    out << "      document date: " << (named ? "" : d->date_source + ": ") << d->date_evidence
        << '\n';
  }
  out << "      \"" << m.sentence << "\"\n";
  out << "      date: ";
  if (!m.time_text.empty()) out << '"' << m.time_text << "\" → ";
  out << (m.when ? date_label(*m.when) : std::string("open"));
  if (!m.time_reason.empty()) out << "  (" << m.time_reason << ')';
  out << '\n';
}

void write_quantities(const EventRecord& e, std::ostream& out) {
  std::map<std::string, std::vector<const QuantityRecord*>> by_what;
  for (const auto& q : e.quantities) by_what[q.what].push_back(&q);
  if (by_what.empty()) return;
  out << "\nfigures:\n";
  for (const auto& [what, list] : by_what) {
    const bool disagree = std::any_of(list.begin(), list.end(), [&](const QuantityRecord* q) {
      return q->low != list.front()->low || q->high != list.front()->high;
    });
    out << "  " << what << (disagree ? " (sources disagree)" : "") << ":\n";
    for (const QuantityRecord* q : list) {
      out << "    " << figure(*q) << "  " << (q->doc.empty() ? "?" : q->doc);
      if (!q->text.empty()) out << ": \"" << q->text << '"';
      out << '\n';
    }
  }
}

}  // namespace

void write_provenance(const EventRecord& e, std::span<const DocRecord> docs, std::ostream& out,
                      std::span<const RelationRecord> relations) {
  out << e.id << "  " << event_headline(e) << '\n';
  if (!e.summary.empty()) out << "  " << e.summary << '\n';
  std::string date = event_date_label(e);
  if (e.when) date += " (" + std::string(granularity_name(e.when->granularity)) + ")";
  field(out, "type", e.type);
  field(out, "date", date);
  field(out, "agents", join(e.agents, ", "));
  field(out, "patients", join(e.patients, ", "));
  field(out, "place", e.place);
  field(out, "modality", e.modality);
  field(out, "polarity", e.polarity);
  field(out, "claimed by", join(e.claimed_by, ", "));
  field(out, "reported", e.reported ? format_day(*e.reported) : "");

  out << "\nmentions (" << e.mentions.size() << " in " << source_count(e)
      << (source_count(e) == 1 ? " source" : " sources") << "):\n";
  for (std::size_t i = 0; i < e.mentions.size(); ++i)
    write_mention(e.mentions[i], i + 1, docs, out);

  if (!e.conflicting_dates.empty()) {
    out << "\nconflicting dates (kept: " << event_date_label(e) << "):\n";
    for (const auto& other : e.conflicting_dates) {
      out << "  " << date_label(other);
      std::vector<std::string> from;
      for (const auto& m : e.mentions)
        if (m.when && *m.when == other) from.push_back(m.doc + " \"" + m.time_text + "\"");
      if (!from.empty()) out << "  from " << join(from, ", ");
      out << '\n';
    }
  }
  write_quantities(e, out);

  if (!relations.empty()) {
    out << "\nstated relations:\n";
    for (const auto& r : relations) {
      out << "  " << r.kind << ' ' << r.to;
      if (!r.doc.empty()) out << "  (" << r.doc << ')';
      out << '\n';
    }
  }
}

}  // namespace annals::kb
