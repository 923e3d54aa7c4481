// "Did you mean ...": the known names closest to one that matched nothing.
#pragma once

#include <string>
#include <vector>

namespace annals::cli {

// Up to `limit` candidates near `wanted`, closest first: a small edit
// distance (ignoring case), or one name containing the other. Empty when
// nothing is near.
std::vector<std::string> near_names(const std::string& wanted,
                                    const std::vector<std::string>& candidates,
                                    std::size_t limit = 3);

// " (did you mean "a", "b"?)", or "" for no suggestions.
std::string did_you_mean(const std::vector<std::string>& suggestions);

}  // namespace annals::cli
