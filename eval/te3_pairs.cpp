#include "te3_pairs.h"

#include <algorithm>
#include <filesystem>
#include <vector>

namespace annals::te3 {
namespace fs = std::filesystem;
namespace {

std::string first_difference(const std::string& a, const std::string& b) {
  const auto diff = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
  const std::size_t at = static_cast<std::size_t>(diff.first - a.begin());
  return "TEXT differs from the gold TEXT at byte " + std::to_string(at) + " (gold \"" +
         a.substr(at, 20) + "\", system \"" + b.substr(at, 20) + "\")";
}

}  // namespace

Result<std::size_t> for_each_pair(const std::string& gold_dir, const std::string& system_dir,
                                  const std::function<void(const DocumentPair&)>& score) {
  std::error_code ec;
  std::vector<fs::path> gold_files;
  for (const auto& entry : fs::directory_iterator(gold_dir, ec))
    if (entry.path().extension() == ".tml") gold_files.push_back(entry.path());
  if (ec) return Status::IoError(gold_dir + ": " + ec.message());
  if (gold_files.empty()) return Status::NotFound(gold_dir + ": no .tml files");
  std::sort(gold_files.begin(), gold_files.end());

  for (const fs::path& gold_path : gold_files) {
    const fs::path system_path = fs::path(system_dir) / gold_path.filename();
    if (!fs::exists(system_path, ec))
      return Status::NotFound(system_path.string() + ": missing (the gold folder has " +
                              gold_path.filename().string() + ")");
    auto gold = read_timeml_file(gold_path);
    if (!gold.ok()) return gold.status();
    auto system = read_timeml_file(system_path);
    if (!system.ok()) return system.status();
    if (gold->text != system->text)
      return Status::InvalidInput(system_path.string() + ": " +
                                  first_difference(gold->text, system->text));
    score({gold_path.filename().string(), std::move(*gold), std::move(*system)});
  }
  return gold_files.size();
}

}  // namespace annals::te3
