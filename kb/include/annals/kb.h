// The knowledge base: a temporal graph of events, entities and documents in
// RocksDB. One WriteBatch per document; byte order of keys is query order.
// The key layout is documented in kb/KEYS.md.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "annals/date.h"
#include "annals/document.h"
#include "annals/events.h"
#include "annals/status.h"

namespace annals::kb {

// Another word of the same document mentioning the event (see TriggerSite).
struct TriggerRef {
  std::uint32_t sentence_index = 0;
  std::string trigger;
};

struct MentionRecord {
  std::string doc;  // document name (unique: see cli/inputs.h)
  std::uint32_t sentence_index = 0;
  std::string sentence;  // the evidence sentence
  std::string trigger;
  std::string time_text;
  std::string time_reason;
  std::optional<DateInterval> when;  // this mention's own date (nullopt: open)
  std::vector<TriggerRef> other_triggers;
  std::optional<Day> published;     // the document's date
  std::vector<std::string> agents;  // this mention's own roles (the event's are the union)
  std::vector<std::string> patients;
};

struct QuantityRecord {
  std::string what;
  double low = 0;
  double high = 0;
  std::string text;
  std::string doc;  // the source that gives this figure
};

struct EventRecord {
  std::string id;  // stable: "ev:000123"
  std::string type;
  std::optional<DateInterval> when;  // nullopt: open, before `reported`
  // An open event's bounds from its text: strictly after / before these days.
  std::optional<Day> after;
  std::optional<Day> before;
  std::vector<std::string> agents;
  std::vector<std::string> patients;
  std::string place;
  std::string modality = "asserted";
  std::string polarity = "positive";
  std::vector<std::string> claimed_by;
  std::optional<Day> reported;  // earliest publication date of a mentioning document
  std::vector<MentionRecord> mentions;
  std::vector<QuantityRecord> quantities;
  // False when a scan asked for the record without its mentions (and so
  // without `mentions` and `quantities`, which are read from them).
  bool has_mentions = true;
  std::string summary;  // one line for timelines
  // Mention dates that disagree with `when` (which has the most support);
  // kept so the disagreement stays visible.
  std::vector<DateInterval> conflicting_dates;
};

// A relation stated in the text, stored in both directions. kind: "under"
// (from is nested under the reporting event `to`), "over" (the inverse).
struct RelationRecord {
  std::string from;  // event id
  std::string kind;
  std::string to;   // event id
  std::string doc;  // the document that states it
};

struct DocRecord {
  std::string name;
  std::string outlet;
  std::optional<Day> published;
  std::string date_source;  // "date line", "dateline", "user", "inferred", "none"
  std::string date_evidence;
  std::string title;
  std::string place;
  std::string url;
  std::string content_hash;
  std::uint32_t events = 0;           // distinct events its mentions belong to
  std::uint32_t mentions = 0;         // event mentions stored for it
  std::vector<std::string> entities;  // entities it names (canonical), sorted
};

struct EntityRecord {
  std::string name;  // canonical
  std::string kind;  // country, person, org, place, group, unknown
  std::vector<std::string> aliases;
  std::uint32_t documents = 0;  // documents naming it; it is removed with the last one
};

// A scan over events. Every set field narrows the scan; the store picks the
// index that bounds it best (time index for a date range, roles-by-entity for
// an entity, type index for a type) instead of reading all events.
struct EventFilter {
  std::optional<std::string> id;
  std::optional<std::string> type;
  std::optional<Day> from;  // event interval overlaps [from, to]
  std::optional<Day> to;
  std::optional<std::string> entity;  // agent or patient
  std::optional<Day> as_of;           // only events reported on or before
  // False: the records come without their mentions (has_mentions false), a
  // read of the events alone for what needs no sentence or figure.
  bool with_mentions = true;
};

struct IngestReport {
  bool unchanged = false;  // same content already stored
  bool replaced = false;   // a document of the same name with other content was replaced
  std::uint32_t events_new = 0;
  std::uint32_t events_merged = 0;
  // Stored events made one because a mention of this document joins both.
  std::uint32_t events_absorbed = 0;
  std::vector<std::string> warnings;
};

struct Stats {
  std::uint64_t documents = 0;
  std::uint64_t events = 0;
  std::uint64_t mentions = 0;
  std::uint64_t entities = 0;
  std::uint64_t relations = 0;
};

// A date for an undated document, from the events it shares with stored ones.
struct InferredDate {
  Day date = 0;
  std::string evidence;  // "shares confirm(North Korea) with 000_..., 001_...: 2025-04-28"
};

class Store {
 public:
  enum class Mode { kReadWrite, kReadOnly };

  virtual ~Store() = default;

  // Opens (creating in kReadWrite) the store at `path`. A second writer gets
  // Status::Locked("database is locked by another process"); a path that is a
  // regular file, or a store of another schema version, gets a clear error.
  static Result<std::unique_ptr<Store>> open(const std::string& path, Mode mode);

  // Stores one document and its extraction atomically (one WriteBatch),
  // merging its event mentions into existing events. Idempotent by content.
  virtual Result<IngestReport> put_document(const Document& doc, const Extraction& extraction) = 0;
  virtual Status remove_document(const std::string& name) = 0;
  // Group commit: from now on put_document and remove_document stage whole
  // documents and write them in one atomic batch per `documents` documents
  // or `bytes` bytes (default: every document at once). Staged documents are
  // seen by later puts and removals at once, by the other reads after
  // commit_pending(). A crash loses the group not yet written, never part of
  // a document.
  virtual void set_write_group(std::size_t /*documents*/, std::size_t /*bytes*/) {}
  // Writes the staged documents (also done when the store is closed).
  virtual Status commit_pending() { return Status::Ok(); }
  // Whether put_document(doc, ...) would change nothing (the same content is
  // stored and committed): lets a re-ingest skip extraction for what it
  // already has. Safe to call from other threads while one thread writes.
  virtual Result<bool> has_same_content(const Document& /*doc*/) const { return false; }

  // For a document without a date: the date of the same-day events it shares
  // with stored dated documents, or nullopt when nothing matches.
  virtual Result<std::optional<InferredDate>> infer_document_date(
      const Extraction& /*undated*/) const {
    return std::optional<InferredDate>();
  }

  // Calls `visit` for each matching event in start-date order until it
  // returns false.
  virtual Status scan_events(const EventFilter& filter,
                             const std::function<bool(const EventRecord&)>& visit) const = 0;
  virtual Result<std::optional<EventRecord>> event(const std::string& id) const = 0;
  virtual Status scan_documents(const std::function<bool(const DocRecord&)>& visit) const = 0;
  virtual Status scan_entities(const std::function<bool(const EntityRecord&)>& visit) const = 0;

  // Relations stated in the text with `event_id` as their `from` side.
  virtual Status scan_relations(const std::string& /*event_id*/,
                                const std::function<bool(const RelationRecord&)>& /*visit*/) const {
    return Status::Ok();
  }

  virtual Result<Stats> stats() const = 0;
  // Verifies every index entry points at its record and back.
  virtual Status check() const = 0;
};

}  // namespace annals::kb
