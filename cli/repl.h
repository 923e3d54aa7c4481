// The interactive REPL (`annals repl`, or bare `annals` on a terminal).
#pragma once

#include <filesystem>

#include "commands.h"

namespace annals::cli {

// Runs the REPL on stdin/stdout: libedit line editing when stdin is a
// terminal, else plain statement reading so it can be scripted. Returns the
// exit code (scripted: 2 after an error, 1 after a failed expectation).
int run_repl(const GlobalOptions& global);

// $XDG_DATA_HOME/annals/history, else ~/.local/share/annals/history.
std::filesystem::path history_path();

}  // namespace annals::cli
