// The files a batch command reads and writes: inputs expanded from the
// command line, read whole, outputs written beside nothing they read.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "annals/status.h"

namespace annals::cli {

bool is_timeml_path(const std::filesystem::path& path);  // ".tml", any case

struct InputFile {
  std::filesystem::path path;
  std::filesystem::path folder;  // its folder inside the directory named ("" for a file named)
};

// Each FILE argument, or a directory's .tml and .txt files (recursively,
// sorted). A link loop or an unreadable entry is passed over.
Result<std::vector<InputFile>> expand_inputs(const std::vector<std::string>& args);

Result<std::string> read_bytes(const std::filesystem::path& path);

// Writes `content` to `output`, refusing to overwrite `input` itself.
Status write_output(const std::filesystem::path& input, const std::filesystem::path& output,
                    const std::string& content);

// Creates --out DIR when needed.
Status make_output_dir(const std::string& dir);

// Where --out DIR puts each input's output: DIR/FOLDER/STEM + suffix, so
// a/x.tml and b/x.tml from one directory stay two. Two named inputs of one
// name would overwrite each other: the second is refused.
class OutputFiles {
 public:
  explicit OutputFiles(std::filesystem::path dir) : dir_(std::move(dir)) {}
  Result<std::filesystem::path> claim(const InputFile& input, std::string_view suffix);

 private:
  std::filesystem::path dir_;
  std::map<std::filesystem::path, std::filesystem::path> written_;  // target -> its input
};

}  // namespace annals::cli
