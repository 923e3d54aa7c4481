#include "input_files.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace annals::cli {

namespace fs = std::filesystem;

bool is_timeml_path(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext == ".tml";
}

Result<std::vector<fs::path>> expand_inputs(const std::vector<std::string>& args) {
  std::vector<fs::path> files;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (!fs::is_directory(arg, ec)) {
      files.emplace_back(arg);
      continue;
    }
    std::vector<fs::path> found;
    for (const auto& entry : fs::recursive_directory_iterator(arg, ec)) {
      const std::string ext = entry.path().extension().string();
      if (entry.is_regular_file() && (is_timeml_path(entry.path()) || ext == ".txt"))
        found.push_back(entry.path());
    }
    if (found.empty()) return Status::NotFound(arg + ": no .tml or .txt files in this directory");
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
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
  return std::move(content).str();
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

}  // namespace annals::cli
