// The files a batch command reads and writes: inputs expanded from the
// command line, read whole, outputs written beside nothing they read.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "annals/status.h"

namespace annals::cli {

bool is_timeml_path(const std::filesystem::path& path);  // ".tml", any case

// Each FILE argument, or a directory's .tml and .txt files (recursively, sorted).
Result<std::vector<std::filesystem::path>> expand_inputs(const std::vector<std::string>& args);

Result<std::string> read_bytes(const std::filesystem::path& path);

// Writes `content` to `output`, refusing to overwrite `input` itself.
Status write_output(const std::filesystem::path& input, const std::filesystem::path& output,
                    const std::string& content);

// Creates --out DIR when needed.
Status make_output_dir(const std::string& dir);

}  // namespace annals::cli
