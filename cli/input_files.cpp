#include "input_files.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "text_encoding.h"

namespace annals::cli {

namespace fs = std::filesystem;

bool is_timeml_path(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext == ".tml";
}

Result<std::vector<InputFile>> expand_inputs(const std::vector<std::string>& args) {
  std::vector<InputFile> files;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (!fs::is_directory(arg, ec)) {
      files.push_back({arg, {}});
      continue;
    }
    std::vector<fs::path> found;
    // Error codes, not exceptions: a link loop or an unreadable entry is
    // passed over, not the end of the run.
    for (auto it = fs::recursive_directory_iterator(
             arg, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code entry_ec;
      const std::string ext = it->path().extension().string();
      if (it->is_regular_file(entry_ec) && (is_timeml_path(it->path()) || ext == ".txt"))
        found.push_back(it->path());
    }
    if (ec) return Status::IoError(arg + ": " + ec.message());
    if (found.empty()) return Status::NotFound(arg + ": no .tml or .txt files in this directory");
    std::sort(found.begin(), found.end());
    for (const fs::path& f : found)
      files.push_back({f, f.parent_path().lexically_relative(arg).lexically_normal()});
  }
  return files;
}

Result<std::string> read_bytes(const fs::path& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Status::NotFound(path.string() + ": no such file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path.string() + ": cannot open");
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return Status::IoError(path.string() + ": read error");
  auto text = to_utf8(std::move(content).str());
  if (!text) return Status::InvalidInput(path.string() + ": " + text.status().message());
  return text;
}

Status write_output(const fs::path& input, const fs::path& output, const std::string& content) {
  std::error_code ec;
  if (fs::exists(output, ec) && fs::equivalent(input, output, ec))
    return Status::InvalidInput(output.string() + ": is the input file; choose another --out");
  std::ofstream out(output, std::ios::binary | std::ios::trunc);
  out << content;
  out.close();
  if (!out) return Status::IoError(output.string() + ": cannot write");
  return Status::Ok();
}

Status make_output_dir(const std::string& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir))
    return Status::IoError("--out " + dir + ": cannot create the directory");
  return Status::Ok();
}

Result<fs::path> OutputFiles::claim(const InputFile& input, std::string_view suffix) {
  const fs::path target_dir = (dir_ / input.folder).lexically_normal();
  const fs::path target = target_dir / (input.path.stem().string() + std::string(suffix));
  if (auto [it, fresh] = written_.emplace(target, input.path); !fresh)
    return Status::InvalidInput(input.path.string() + ": would overwrite " + target.string() +
                                ", written for " + it->second.string() +
                                "; not written (run the two folders apart)");
  std::error_code ec;
  fs::create_directories(target_dir, ec);
  if (ec) return Status::IoError(target_dir.string() + ": cannot create the directory");
  return target;
}

}  // namespace annals::cli
