// Building diagnostics: positions from byte offsets, the source line, and
// did-you-mean hints by edit distance.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "annals/query.h"

namespace annals::query {

Diagnostic make_diagnostic(std::string_view source, const std::string& file, std::size_t offset,
                           std::string message, std::string hint = {});

std::size_t edit_distance(std::string_view a, std::string_view b);

// The closest candidate within a distance that scales with the length, or "".
std::string closest_name(std::string_view wanted, const std::vector<std::string>& candidates);

}  // namespace annals::query
