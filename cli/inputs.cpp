#include "inputs.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string_view>
#include <unordered_map>

#include <boost/json.hpp>

#include "text_encoding.h"

namespace annals::cli {
namespace fs = std::filesystem;
namespace {

std::string lower_extension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

bool is_article_extension(const fs::path& p) {
  const std::string ext = lower_extension(p);
  return ext == ".txt" || ext == ".html" || ext == ".htm" || ext == ".jsonl" || ext == ".md" ||
         ext == ".xml";
}

std::string format_of(const fs::path& p) {
  const std::string ext = lower_extension(p);
  if (ext == ".html" || ext == ".htm") return "html";
  if (ext == ".jsonl") return "jsonl";
  if (ext == ".xml") return "cat";
  return "txt";
}

Result<std::string> read_file(const std::string& path) {
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

// One JSON Lines record: an item, or why the line is no record (an empty
// `error` with no item: a blank line).
struct JsonlLine {
  std::optional<InputItem> item;
  std::string error;
};

JsonlLine parse_jsonl_line(std::string_view line, const std::string& path, const std::string& name,
                           std::size_t line_no) {
  JsonlLine out;
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) return out;
  const std::string where = path + ":" + std::to_string(line_no) + ": ";
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(line, ec);
  if (ec || !v.is_object()) {
    out.error =
        where + "not a JSON object (" + (ec ? ec.message() : std::string("wrong type")) + ")";
    return out;
  }
  const auto& o = v.as_object();
  auto record = std::make_shared<InputRecord>();
  record->line = line_no;
  record->text = json_string(o, "text");
  if (record->text.empty()) {
    out.error = where + "record has no \"text\"";
    return out;
  }
  if (std::string d = json_string(o, "date"); !d.empty()) {
    auto day = parse_day(d.substr(0, 10));
    if (!day) {
      out.error = where + "invalid date \"" + d + "\" (want YYYY-MM-DD)";
      return out;
    }
    record->date = *day;
  }
  record->outlet = json_string(o, "outlet");
  record->url = json_string(o, "url");
  InputItem item;
  item.path = path;
  item.name = name + "#" + std::to_string(line_no);
  item.format = "jsonl-line";
  item.record = std::move(record);
  out.item = std::move(item);
  return out;
}

// A feed is read a line at a time and its records' texts are left in the
// file (jsonl_text reads each again when it is parsed): a feed of a million
// stories costs a few hundred bytes a record, not its size. UTF-16 feeds are
// decoded whole.
void expand_jsonl(const std::string& path, const std::string& name, Inputs& inputs) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    inputs.errors.push_back(path + ": cannot open file");
    return;
  }
  const int first = in.peek();
  if (first == 0xFF || first == 0xFE) {
    auto bytes = read_file(path);
    if (bytes) bytes = to_utf8(std::move(*bytes));
    if (!bytes) {
      inputs.errors.push_back(bytes.status().message());
      return;
    }
    JsonlRecords records = parse_jsonl(*bytes, path, name);
    for (InputItem& item : records.items) inputs.items.push_back(std::move(item));
    for (std::string& e : records.errors) inputs.errors.push_back(std::move(e));
    return;
  }
  std::string line;
  std::uint64_t offset = 0;
  std::size_t line_no = 0, records = 0, bad = 0;
  while (std::getline(in, line)) {
    std::uint64_t start = offset;
    offset += line.size() + 1;
    std::string_view view = line;
    if (line_no == 0 && view.substr(0, 3) == "\xEF\xBB\xBF") {  // a UTF-8 byte-order mark
      view.remove_prefix(3);
      start += 3;
    }
    JsonlLine parsed = parse_jsonl_line(view, path, name, ++line_no);
    if (!parsed.error.empty()) {
      ++bad;
      inputs.errors.push_back(std::move(parsed.error));
    }
    if (!parsed.item) continue;
    auto record = std::make_shared<InputRecord>(*parsed.item->record);
    record->text.clear();
    record->text.shrink_to_fit();
    record->offset = start;
    record->length = view.size();
    parsed.item->record = std::move(record);
    inputs.items.push_back(std::move(*parsed.item));
    ++records;
  }
  if (in.bad()) inputs.errors.push_back(path + ": read error");
  if (records == 0 && bad == 0) inputs.errors.push_back(path + ": no records in JSONL file");
}

// A depth-first walk that follows symbolic links to folders but never into
// a folder it has already walked, so a link loop ends at once.
class FolderWalk {
 public:
  FolderWalk(const fs::path& root, Inputs& inputs) : root_(root), inputs_(inputs) {}

  std::vector<fs::path> files() {
    walk(root_);
    std::sort(files_.begin(), files_.end());
    return std::move(files_);
  }

 private:
  void walk(const fs::path& dir) {
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0) return;
    if (!walked_.insert({st.st_dev, st.st_ino}).second) {
      inputs_.warnings.push_back(dir.string() +
                                 ": symbolic link back to a folder already read; not followed");
      return;
    }
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      inputs_.errors.push_back(dir.string() + ": cannot read folder (" + ec.message() + ")");
      return;
    }
    std::vector<fs::path> subfolders;
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      const fs::path p = it->path();
      std::error_code sec;
      const fs::file_status target = fs::status(p, sec);
      if (sec) {
        if (sec == std::errc::too_many_symbolic_link_levels)
          inputs_.warnings.push_back(p.string() + ": symbolic link loop; not followed");
        else if (is_article_extension(p))
          inputs_.warnings.push_back(p.string() + ": broken symbolic link; skipped");
        continue;
      }
      if (fs::is_directory(target))
        subfolders.push_back(p);
      else if (fs::is_regular_file(target) && is_article_extension(p))
        files_.push_back(p);
    }
    if (ec) inputs_.errors.push_back(dir.string() + ": cannot read folder (" + ec.message() + ")");
    for (const fs::path& sub : subfolders) walk(sub);
  }

  fs::path root_;
  Inputs& inputs_;
  std::set<std::pair<dev_t, ino_t>> walked_;
  std::vector<fs::path> files_;
};

// Appends the articles under `path` to inputs.items; returns whether `path`
// is a folder (its items are named relative to it).
bool collect_path(const std::string& path, Inputs& inputs) {
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec == std::errc::too_many_symbolic_link_levels) {
    inputs.errors.push_back(path + ": symbolic link loop");
    return false;
  }
  if (ec || !fs::exists(st)) {
    inputs.errors.push_back(path + ": no such file or directory");
    return false;
  }
  auto add = [&](const fs::path& file, std::string name) {
    if (format_of(file) == "jsonl") return expand_jsonl(file.string(), name, inputs);
    InputItem item;
    item.path = file.string();
    item.name = std::move(name);
    item.format = format_of(file);
    inputs.items.push_back(std::move(item));
  };
  if (!fs::is_directory(st)) {
    add(path, fs::path(path).filename().string());
    return false;
  }
  std::vector<fs::path> files = FolderWalk(path, inputs).files();
  if (files.empty())
    inputs.errors.push_back(path + ": folder holds no articles (.txt, .html, .jsonl)");
  inputs.items.reserve(inputs.items.size() + files.size());
  for (fs::path& f : files) {
    std::string name = f.lexically_relative(path).generic_string();
    add(f, std::move(name));
    f = fs::path();  // the walk's list shrinks as the items grow
  }
  return true;
}

// The name of an item by the path as given ("news/2024/a.txt" for "2024/a.txt"
// found in the folder "news"), for names that two named paths both yield.
std::string qualified_name(const std::string& given_path, bool folder, const InputItem& item) {
  if (item.path == "-") return item.name;
  const fs::path given = fs::path(given_path).lexically_normal();
  if (folder) return (given / item.name).generic_string();
  // A named file: its name is its file name, and "#LINE" for a JSONL record.
  const std::string file_name = fs::path(given_path).filename().string();
  return given.generic_string() + item.name.substr(std::min(file_name.size(), item.name.size()));
}

}  // namespace

JsonlRecords parse_jsonl(std::string_view bytes, const std::string& path, const std::string& name) {
  JsonlRecords out;
  std::size_t line_no = 0;
  std::size_t bad = 0;
  while (!bytes.empty()) {
    const std::size_t end = std::min(bytes.find('\n'), bytes.size());
    JsonlLine parsed = parse_jsonl_line(bytes.substr(0, end), path, name, ++line_no);
    bytes.remove_prefix(std::min(end + 1, bytes.size()));
    if (parsed.item) out.items.push_back(std::move(*parsed.item));
    if (!parsed.error.empty()) {
      ++bad;
      out.errors.push_back(std::move(parsed.error));
    }
  }
  if (out.items.empty() && bad == 0) out.errors.push_back(path + ": no records in JSONL file");
  return out;
}

Result<std::string> jsonl_text(const InputItem& item) {
  if (!item.record) return Status::InvalidInput(item.path + ": not a JSON Lines record");
  const InputRecord& r = *item.record;
  if (!r.text.empty() || r.length == 0) return r.text;
  // One open feed per thread: the records of a feed come in file order.
  thread_local std::string open_path;
  thread_local std::ifstream in;
  if (open_path != item.path || !in.is_open()) {
    in.close();
    in.clear();
    in.open(item.path, std::ios::binary);
    open_path = item.path;
  }
  std::string line(r.length, '\0');
  in.clear();
  in.seekg(static_cast<std::streamoff>(r.offset));
  in.read(line.data(), static_cast<std::streamsize>(r.length));
  if (!in) {
    open_path.clear();
    return Status::IoError(item.path + ":" + std::to_string(r.line) +
                           ": cannot read the record again (the file changed or vanished)");
  }
  JsonlLine parsed = parse_jsonl_line(line, item.path, "", r.line);
  if (!parsed.item)
    return Status::InvalidInput(parsed.error.empty() ? item.path + ": the record changed"
                                                     : parsed.error);
  return parsed.item->record->text;
}

std::string short_hash(std::string_view bytes) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a 64
  for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
  char buf[20];
  std::snprintf(buf, sizeof buf, "%012llx", static_cast<unsigned long long>(h & 0xffffffffffffull));
  return buf;
}

Inputs collect_inputs(const std::vector<std::string>& paths) {
  Inputs inputs;
  std::vector<std::size_t> first_of_path;  // index in items where each path's items start
  std::vector<bool> is_folder;
  for (const std::string& path : paths) {
    first_of_path.push_back(inputs.items.size());
    if (path == "-") {
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      auto record = std::make_shared<InputRecord>();
      record->text = ss.str();
      InputItem item;
      item.path = "-";
      item.name = "stdin-" + short_hash(record->text);
      item.format = "txt";
      item.record = std::move(record);
      inputs.items.push_back(std::move(item));
      is_folder.push_back(false);
      continue;
    }
    is_folder.push_back(collect_path(path, inputs));
  }
  first_of_path.push_back(inputs.items.size());
  inputs.items.shrink_to_fit();
  if (paths.size() < 2) return inputs;  // names within one path are unique

  // A name that two named paths both yield: each takes the path as given.
  constexpr std::size_t kSeveral = static_cast<std::size_t>(-1);
  std::unordered_map<std::string_view, std::size_t> path_of_name;  // or kSeveral
  for (std::size_t p = 0; p + 1 < first_of_path.size(); ++p)
    for (std::size_t i = first_of_path[p]; i < first_of_path[p + 1]; ++i) {
      auto [it, added] = path_of_name.emplace(inputs.items[i].name, p);
      if (!added && it->second != p) it->second = kSeveral;
    }
  std::vector<std::pair<std::size_t, std::string>> renamed;
  for (std::size_t p = 0; p + 1 < first_of_path.size(); ++p)
    for (std::size_t i = first_of_path[p]; i < first_of_path[p + 1]; ++i)
      if (path_of_name[inputs.items[i].name] == kSeveral)
        renamed.emplace_back(i, qualified_name(paths[p], is_folder[p], inputs.items[i]));
  path_of_name.clear();  // its keys view the names about to change
  for (auto& [i, name] : renamed) inputs.items[i].name = std::move(name);
  return inputs;
}

}  // namespace annals::cli
