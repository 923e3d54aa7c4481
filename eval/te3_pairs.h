// The gold and system .tml files of a TempEval-3 run, paired by name: what
// both TE3 scorers (Task A timexes, Task B events) walk.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "annals/status.h"
#include "annals/timeml.h"

namespace annals::te3 {

struct DocumentPair {
  std::string name;  // the file name, e.g. "wsj_0006.tml"
  TimemlDocument gold;
  TimemlDocument system;
};

// Calls `score` for each gold .tml file of `gold_dir`, sorted by name, with
// the system file of the same name, and returns how many there were. Fails,
// naming the file, on an unreadable folder, a folder without .tml files, a
// missing or malformed file, or a system TEXT that differs from the gold
// TEXT (at the first differing byte).
Result<std::size_t> for_each_pair(const std::string& gold_dir, const std::string& system_dir,
                                  const std::function<void(const DocumentPair&)>& score);

}  // namespace annals::te3
