#include "inputs.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>

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

// One article found under a named path, before names are made unique.
struct Found {
  InputItem item;
  std::string qualified;  // the name by the path as given, for clashes
};

void expand_jsonl(const std::string& path, const std::string& name, const std::string& qualified,
                  std::vector<Found>& out, Inputs& inputs) {
  auto bytes = read_file(path);
  if (bytes) bytes = to_utf8(std::move(*bytes));
  if (!bytes) {
    inputs.errors.push_back(bytes.status().message());
    return;
  }
  JsonlRecords records = parse_jsonl(*bytes, path, name);
  for (InputItem& item : records.items) {
    const std::string line = "#" + std::to_string(item.line);
    out.push_back({std::move(item), qualified + line});
  }
  for (std::string& e : records.errors) inputs.errors.push_back(std::move(e));
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

void collect_path(const std::string& path, std::vector<Found>& found, Inputs& inputs) {
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec == std::errc::too_many_symbolic_link_levels) {
    inputs.errors.push_back(path + ": symbolic link loop");
    return;
  }
  if (ec || !fs::exists(st)) {
    inputs.errors.push_back(path + ": no such file or directory");
    return;
  }
  const fs::path given = fs::path(path).lexically_normal();
  std::vector<std::pair<fs::path, std::string>> files;  // path, name
  if (fs::is_directory(st)) {
    for (const fs::path& f : FolderWalk(path, inputs).files())
      files.emplace_back(f, f.lexically_relative(path).generic_string());
    if (files.empty()) {
      inputs.errors.push_back(path + ": folder holds no articles (.txt, .html, .jsonl)");
      return;
    }
  } else {
    files.emplace_back(path, fs::path(path).filename().string());
  }
  for (const auto& [file, name] : files) {
    const std::string qualified =
        fs::is_directory(st) ? (given / name).generic_string() : given.generic_string();
    if (format_of(file) == "jsonl") {
      expand_jsonl(file.string(), name, qualified, found, inputs);
      continue;
    }
    InputItem item;
    item.path = file.string();
    item.name = name;
    item.format = format_of(file);
    found.push_back({std::move(item), qualified});
  }
}

}  // namespace

JsonlRecords parse_jsonl(std::string_view bytes, const std::string& path, const std::string& name) {
  JsonlRecords out;
  std::size_t line_no = 0;
  std::size_t bad = 0;
  while (!bytes.empty()) {
    const std::size_t end = std::min(bytes.find('\n'), bytes.size());
    const std::string_view line = bytes.substr(0, end);
    bytes.remove_prefix(std::min(end + 1, bytes.size()));
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const std::string where = path + ":" + std::to_string(line_no) + ": ";
    auto fail = [&](const std::string& why) {
      ++bad;
      out.errors.push_back(where + why);
    };
    boost::system::error_code ec;
    boost::json::value v = boost::json::parse(line, ec);
    if (ec || !v.is_object()) {
      fail("not a JSON object (" + (ec ? ec.message() : std::string("wrong type")) + ")");
      continue;
    }
    const auto& o = v.as_object();
    InputItem item;
    item.path = path;
    item.name = name + "#" + std::to_string(line_no);
    item.format = "jsonl-line";
    item.line = line_no;
    item.inline_text = json_string(o, "text");
    if (item.inline_text.empty()) {
      fail("record has no \"text\"");
      continue;
    }
    if (std::string d = json_string(o, "date"); !d.empty()) {
      auto day = parse_day(d.substr(0, 10));
      if (!day) {
        fail("invalid date \"" + d + "\" (want YYYY-MM-DD)");
        continue;
      }
      item.date = *day;
    }
    item.outlet = json_string(o, "outlet");
    item.url = json_string(o, "url");
    out.items.push_back(std::move(item));
  }
  if (out.items.empty() && bad == 0) out.errors.push_back(path + ": no records in JSONL file");
  return out;
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
  std::vector<Found> found;
  std::vector<std::size_t> first_of_path;  // index in `found` where each path's items start
  for (const std::string& path : paths) {
    first_of_path.push_back(found.size());
    if (path == "-") {
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      InputItem item;
      item.path = "-";
      item.inline_text = ss.str();
      item.name = "stdin-" + short_hash(item.inline_text);
      item.format = "txt";
      found.push_back({item, item.name});
      continue;
    }
    collect_path(path, found, inputs);
  }
  first_of_path.push_back(found.size());

  // A name that two named paths both yield: each takes the path as given.
  std::map<std::string, std::set<std::size_t>> paths_of_name;
  for (std::size_t p = 0; p + 1 < first_of_path.size(); ++p)
    for (std::size_t i = first_of_path[p]; i < first_of_path[p + 1]; ++i)
      paths_of_name[found[i].item.name].insert(p);
  for (Found& f : found) {
    if (paths_of_name[f.item.name].size() > 1) f.item.name = f.qualified;
  }
  for (Found& f : found) inputs.items.push_back(std::move(f.item));
  return inputs;
}

}  // namespace annals::cli
