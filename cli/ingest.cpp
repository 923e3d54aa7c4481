#include "ingest.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <thread>

#include <boost/json.hpp>

#include "annals/cat.h"
#include "annals/document.h"
#include "annals/events.h"
#include "ordered_pool.h"

namespace annals::cli {
namespace fs = std::filesystem;
namespace {

bool is_article_extension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".html" || ext == ".htm" || ext == ".jsonl" || ext == ".md" ||
         ext == ".xml";
}

std::string format_of(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  if (ext == ".html" || ext == ".htm") return "html";
  if (ext == ".jsonl") return "jsonl";
  if (ext == ".xml") return "cat";
  return "txt";
}

Result<std::string> read_all(const std::string& path) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open file");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IoError(path + ": read error");
  return bytes;
}

std::string json_string(const boost::json::object& o, const char* key) {
  if (auto* v = o.if_contains(key); v && v->is_string()) return std::string(v->as_string());
  return {};
}

// Splits a JSONL file into one item per record; a bad line is an error
// naming the file and line.
Status expand_jsonl(const std::string& path, std::vector<InputItem>& out) {
  auto bytes = read_all(path);
  if (!bytes) return bytes.status();
  const std::string base = fs::path(path).filename().string();
  std::istringstream lines(*bytes);
  std::string line;
  std::size_t line_no = 0;
  std::size_t records = 0;
  while (std::getline(lines, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    boost::system::error_code ec;
    boost::json::value v = boost::json::parse(line, ec);
    if (ec || !v.is_object())
      return Status::InvalidInput(path + ":" + std::to_string(line_no) + ": not a JSON object (" +
                                  (ec ? ec.message() : "wrong type") + ")");
    const auto& o = v.as_object();
    InputItem item;
    item.path = path;
    item.name = base + "#" + std::to_string(line_no);
    item.format = "jsonl-line";
    item.inline_text = json_string(o, "text");
    if (item.inline_text.empty())
      return Status::InvalidInput(path + ":" + std::to_string(line_no) +
                                  ": record has no \"text\"");
    if (std::string d = json_string(o, "date"); !d.empty()) {
      auto day = parse_day(d.substr(0, 10));
      if (!day)
        return Status::InvalidInput(path + ":" + std::to_string(line_no) + ": invalid date \"" + d +
                                    "\" (want YYYY-MM-DD)");
      item.date = *day;
    }
    item.outlet = json_string(o, "outlet");
    item.url = json_string(o, "url");
    out.push_back(std::move(item));
    ++records;
  }
  if (records == 0) return Status::InvalidInput(path + ": no records in JSONL file");
  return Status::Ok();
}

Result<Document> parse_item(const InputItem& item, const IngestOptions& options,
                            std::optional<Day> inferred) {
  DocumentOptions doc_options;
  doc_options.date = options.date ? options.date : inferred;
  doc_options.record_date = item.date;
  doc_options.outlet = options.outlet.empty() ? item.outlet : options.outlet;
  doc_options.url = item.url.empty() ? options.url : item.url;
  if (item.format == "jsonl-line")
    return parse_text_document(item.name, item.inline_text, doc_options);
  auto bytes = read_all(item.path);
  if (!bytes) return bytes.status();
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
  if (!doc) return Status::InvalidInput(item.path + ": " + doc.status().message());
  return doc;
}

}  // namespace

Result<std::vector<InputItem>> collect_inputs(const std::vector<std::string>& paths) {
  std::vector<InputItem> items;
  for (const std::string& path : paths) {
    if (path == "-") {
      items.push_back({"-", "stdin", "txt", "", std::nullopt, "", ""});
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) return Status::NotFound(path + ": no such file or directory");
    std::vector<fs::path> files;
    if (fs::is_directory(st)) {
      for (auto it = fs::recursive_directory_iterator(path, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file() && is_article_extension(it->path())) files.push_back(it->path());
      }
      if (ec) return Status::IoError(path + ": " + ec.message());
      if (files.empty())
        return Status::InvalidInput(path + ": folder holds no articles (.txt, .html, .jsonl)");
      std::sort(files.begin(), files.end());
    } else {
      files.emplace_back(path);
    }
    for (const fs::path& f : files) {
      if (format_of(f) == "jsonl") {
        if (Status s = expand_jsonl(f.string(), items); !s.ok()) return s;
        continue;
      }
      items.push_back({f.string(), f.filename().string(), format_of(f), "", std::nullopt, "", ""});
    }
  }
  return items;
}

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
    auto report = store->put_document(doc, ex);
    if (!report) return Status(report.status());
    ++totals.documents;
    if (report->unchanged) ++totals.unchanged;
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
        warn(items[i].name + ": no story text found (blank, or only page furniture); not stored");
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
  if (store)
    if (Status s = store->commit_pending(); !s.ok()) return s;

  // Undated documents: date them from the events they share with stored
  // ones, or keep their relative dates unresolved.
  for (std::size_t i : undated) {
    auto doc = parse_item(items[i], options, std::nullopt);
    if (!doc) continue;  // parsed fine a moment ago; a vanished file is skipped
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
