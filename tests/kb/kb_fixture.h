// Helpers for the store tests: a scratch directory, and documents and
// extractions written by hand (no parser involved).
#pragma once

#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "annals/kb.h"

namespace annals::kbtest {

class ScratchDir {
 public:
  ScratchDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("annals-kb-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string db() const { return (path_ / "kb").string(); }
  std::filesystem::path path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline Day d(const char* iso) {
  return *parse_day(iso);
}
inline DateInterval on(const char* iso) {
  return day_interval(d(iso));
}

// A document whose body is the given sentences, one per line.
inline Document make_doc(const std::string& name, std::optional<Day> date,
                         const std::vector<std::string>& sentences) {
  Document doc;
  doc.name = name;
  doc.date = date;
  doc.date_source = date ? DateSource::kDateLine : DateSource::kNone;
  doc.outlet = "Test Wire";
  for (const std::string& s : sentences) {
    Sentence sent{doc.body.size(), doc.body.size() + s.size()};
    doc.body += s;
    doc.body += '\n';
    doc.sentences.push_back(sent);
  }
  return doc;
}

inline EventMention mention(std::string type, std::vector<std::string> agents,
                            std::optional<DateInterval> when, std::size_t sentence = 0) {
  EventMention m;
  m.type = type;
  m.trigger = type + "ed";
  m.agents = std::move(agents);
  m.when = when;
  m.sentence = sentence;
  return m;
}

// Names entities in the extraction: the story documents must share for
// their events to merge across documents.
inline void name_entities(Extraction& ex, const std::vector<std::string>& names) {
  for (const std::string& n : names) ex.entities.push_back({n, "unknown", n, 0});
}

inline std::unique_ptr<kb::Store> open_rw(const std::string& db) {
  auto s = kb::Store::open(db, kb::Store::Mode::kReadWrite);
  if (!s) throw std::runtime_error(s.status().message());
  return std::move(*s);
}

inline std::vector<kb::EventRecord> all_events(const kb::Store& store, kb::EventFilter f = {}) {
  std::vector<kb::EventRecord> out;
  Status s = store.scan_events(f, [&](const kb::EventRecord& e) {
    out.push_back(e);
    return true;
  });
  if (!s.ok()) throw std::runtime_error(s.message());
  return out;
}

}  // namespace annals::kbtest
