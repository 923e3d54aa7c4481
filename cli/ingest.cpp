#include "ingest.h"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <iterator>
#include <thread>

#include <time.h>

#include "annals/cat.h"
#include "annals/document.h"
#include "annals/events.h"
#include "inputs.h"
#include "ordered_pool.h"
#include "text_encoding.h"

namespace annals::cli {
namespace {

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

// Adds the calling thread's CPU time between construction and destruction.
class CpuTimer {
 public:
  explicit CpuTimer(double& total) : total_(total), start_(thread_cpu_seconds()) {}
  ~CpuTimer() { total_ += thread_cpu_seconds() - start_; }
  CpuTimer(const CpuTimer&) = delete;
  CpuTimer& operator=(const CpuTimer&) = delete;

 private:
  double& total_;
  double start_;
};

// Where an item's text comes from, for messages.
std::string source_of(const InputItem& item) {
  return item.path == "-" ? "standard input" : item.path;
}

// The item's bytes as UTF-8 (UTF-16 with a byte-order mark is decoded).
Result<std::string> read_text(const InputItem& item) {
  std::string bytes;
  if (item.path == "-") {
    bytes = item.record ? item.record->text : std::string();
  } else {
    std::ifstream in(item.path, std::ios::binary);
    if (!in) return Status::IoError(item.path + ": cannot open file");
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) return Status::IoError(item.path + ": read error");
  }
  auto text = to_utf8(std::move(bytes));
  if (!text) return Status::InvalidInput(source_of(item) + ": " + text.status().message());
  return text;
}

constexpr std::string_view kEmptyFile = "empty file";
constexpr std::string_view kOnlyWhitespace = "only whitespace";

// Why a text holds nothing to store, or nullopt when it holds something. An
// empty file and a blank one are the same to a reader: both are skipped.
std::optional<std::string> blank_reason(std::string_view bytes) {
  if (bytes.empty()) return std::string(kEmptyFile);
  if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos)
    return std::string(kOnlyWhitespace);
  return std::nullopt;
}

bool is_blank_reason(std::string_view why) {
  return why == kEmptyFile || why == kOnlyWhitespace;
}

Result<Document> parse_item(const InputItem& item, const IngestOptions& options,
                            std::optional<Day> inferred) {
  DocumentOptions doc_options;
  doc_options.date = options.date ? options.date : inferred;
  static const InputRecord kNoRecord;
  const InputRecord& record = item.record ? *item.record : kNoRecord;
  doc_options.record_date = record.date;
  doc_options.outlet = options.outlet.empty() ? record.outlet : options.outlet;
  doc_options.url = record.url.empty() ? options.url : record.url;
  if (item.format == "jsonl-line") {
    auto text = jsonl_text(item);
    if (!text) return text.status();
    auto doc = parse_text_document(item.name, *text, doc_options);
    if (!doc)
      return Status::InvalidInput(item.path + ":" + std::to_string(record.line) + ": " +
                                  doc.status().message());
    return doc;
  }
  auto bytes = read_text(item);
  if (!bytes) return bytes.status();
  if (auto blank = blank_reason(*bytes)) {
    Document empty;  // nothing to store: the caller skips it, saying why
    empty.name = item.name;
    empty.warnings.push_back(*blank);
    return empty;
  }
  if (item.format == "cat") {
    // Pre-tokenised CAT XML: named by its doc_id, dated by creation time / dateline.
    auto cat = parse_cat(*bytes, item.path);
    if (!cat) return cat.status();
    auto doc = cat_to_document(*cat);
    if (doc && doc->url.empty()) doc->url = doc_options.url;
    if (doc && !doc->date) {
      // No creation time or dateline: the document's address may date it.
      if (auto from_url = url_day(doc->url)) {
        doc->date = from_url->date;
        doc->date_source = DateSource::kUrl;
        doc->date_evidence = from_url->evidence;
      }
    }
    if (doc && doc_options.date) {
      doc->date = doc_options.date;
      doc->date_source = options.date ? DateSource::kUser : DateSource::kInferred;
    }
    return doc;
  }
  Result<Document> doc = item.format == "html"
                             ? parse_html_document(item.name, *bytes, doc_options)
                             : parse_text_document(item.name, *bytes, doc_options);
  if (!doc) return Status::InvalidInput(source_of(item) + ": " + doc.status().message());
  return doc;
}

}  // namespace

Result<IngestTotals> ingest_all(const std::string& db_path, const std::vector<InputItem>& items,
                                const IngestOptions& options, const IngestCallbacks& cb) {
  IngestTotals totals;
  std::unique_ptr<kb::Store> store;
  auto ensure_store = [&]() -> Status {
    if (store) return Status::Ok();
    auto opened = kb::Store::open(db_path, kb::Store::Mode::kReadWrite);
    if (!opened) return opened.status();
    store = std::move(*opened);
    return Status::Ok();
  };
  auto warn = [&](const std::string& m) {
    ++totals.warnings;
    if (cb.warning) cb.warning(m);
  };
  auto store_one = [&](const Document& doc, const Extraction& ex) -> Status {
    if (Status s = ensure_store(); !s.ok()) return s;
    CpuTimer timer(totals.store_cpu_seconds);
    auto report = store->put_document(doc, ex);
    if (!report) return Status(report.status());
    ++totals.documents;
    if (report->unchanged) ++totals.unchanged;
    if (report->replaced) {
      ++totals.replaced;
      warn(doc.name + ": replaces the stored document of this name (its text changed)");
    }
    totals.events_new += report->events_new;
    totals.events_merged += report->events_merged;
    for (const std::string& w : report->warnings) warn(doc.name + ": " + w);
    for (const std::string& w : doc.warnings) warn(doc.name + ": " + w);
    for (const std::string& w : ex.warnings) warn(doc.name + ": " + w);
    return Status::Ok();
  };

  // Parsing and extraction are pure functions of the item: a pool runs them
  // and hands the results back in input order, so the store sees the same
  // sequence whatever the number of threads. Skipping the extraction of
  // stored content reads the committed store only (safe from any thread).
  struct Prepared {
    Result<Document> doc = Status::InvalidInput("not parsed yet");
    std::optional<Extraction> extraction;  // nullopt: undated, empty, or stored already
    bool stored = false;
  };
  std::atomic<kb::Store*> shared_store{nullptr};
  auto prepare = [&](std::size_t i) {
    Prepared p;
    p.doc = parse_item(items[i], options, std::nullopt);
    if (!p.doc || p.doc->body.empty() || !p.doc->date) return p;
    if (kb::Store* st = shared_store.load()) {
      if (auto same = st->has_same_content(*p.doc); same.ok() && *same) {
        p.stored = true;
        return p;
      }
    }
    p.extraction = extract_events(*p.doc);
    return p;
  };
  constexpr std::size_t kGroupDocuments = 1000;
  constexpr std::size_t kGroupBytes = 8 << 20;
  auto open_for_groups = [&]() -> Status {
    if (store) return Status::Ok();
    if (Status s = ensure_store(); !s.ok()) return s;
    store->set_write_group(kGroupDocuments, kGroupBytes);
    shared_store.store(store.get());
    return Status::Ok();
  };
  const std::size_t jobs =
      options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());

  std::size_t done = 0;
  std::vector<std::size_t> undated;
  {
    OrderedPool<Prepared> pool(items.size(), jobs, prepare);
    for (std::size_t i = 0; i < items.size(); ++i) {
      Prepared p = pool.next();
      Result<Document>& doc = p.doc;
      if (!doc) {
        ++totals.failed;
        if (cb.error) cb.error(doc.status().message());
      } else if (doc->body.empty()) {
        // Empty of story (blank, or only page furniture): a warning, and no
        // document in the store that would stand for nothing.
        ++totals.skipped;
        const bool blank = doc->warnings.size() == 1 && is_blank_reason(doc->warnings.front());
        const std::string why = blank ? doc->warnings.front() : "only page furniture";
        warn(items[i].name + ": no story text found (" + why + "); not stored");
      } else if (!doc->date) {
        undated.push_back(i);
        continue;
      } else {
        totals.bytes += doc->body.size();
        if (Status s = open_for_groups(); !s.ok()) return s;
        // Stored already: skip extracting events only to find that out.
        if (p.stored) {
          ++totals.documents;
          ++totals.unchanged;
          if (cb.progress) cb.progress(++done, items.size(), totals.bytes);
          continue;
        }
        if (!p.extraction) p.extraction = extract_events(*doc);
        if (Status s = store_one(*doc, *p.extraction); !s.ok()) {
          // The store itself failed (locked, or a write lost): stop.
          if (s.code() == Status::Code::kLocked || s.code() == Status::Code::kIoError) return s;
          ++totals.failed;
          if (cb.error) cb.error(items[i].name + ": " + s.message());
        }
      }
      if (cb.progress) cb.progress(++done, items.size(), totals.bytes);
    }
  }
  // Inference reads what is written.
  if (store) {
    CpuTimer timer(totals.store_cpu_seconds);
    if (Status s = store->commit_pending(); !s.ok()) return s;
  }

  // Undated documents: date them from the events they share with stored
  // ones, or keep their relative dates unresolved.
  for (std::size_t i : undated) {
    auto doc = parse_item(items[i], options, std::nullopt);
    if (!doc) {  // parsed fine a moment ago: the file changed or vanished since
      ++totals.failed;
      if (cb.error) cb.error(doc.status().message());
      continue;
    }
    Extraction ex = extract_events(*doc);
    if (Status s = ensure_store(); !s.ok()) return s;
    auto inferred = store->infer_document_date(ex);
    if (inferred && inferred->has_value()) {
      auto redated = parse_item(items[i], options, (*inferred)->date);
      if (redated) {
        redated->date_source = DateSource::kInferred;
        redated->date_evidence = (*inferred)->evidence;
        ++totals.inferred_dates;
        doc = std::move(redated);
        ex = extract_events(*doc);
      }
    } else {
      warn(items[i].name +
           ": no date line and no shared events to date it by; relative dates left unresolved "
           "(give --date to set one)");
    }
    totals.bytes += doc->body.size();
    if (Status s = store_one(*doc, ex); !s.ok()) {
      ++totals.failed;
      if (cb.error) cb.error(items[i].name + ": " + s.message());
    }
    if (cb.progress) cb.progress(++done, items.size(), totals.bytes);
  }
  if (store)
    if (Status s = store->commit_pending(); !s.ok()) return s;
  return totals;
}

}  // namespace annals::cli
