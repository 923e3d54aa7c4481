// The REPL's `.show EVENT` and `.export dot FILE QUERY`, over the timeline
// writers of kb/export.h.
#pragma once

#include <ostream>
#include <string>

#include "annals/kb.h"
#include "annals/query.h"
#include "annals/status.h"

namespace annals::cli {

// Writes the event with its mentions, sources and date reasoning.
Status show_event(const kb::Store& store, const std::string& id, std::ostream& out);

// Runs `query_text` in `session` (so the user's rules apply), and writes the
// events its answers name as a DOT timeline to `path`. Returns the number of
// events written.
Result<std::size_t> export_dot_for_query(const kb::Store& store, query::Session& session,
                                         const std::string& query_text, const std::string& path);

}  // namespace annals::cli
