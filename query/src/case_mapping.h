// Unicode case mapping of UTF-8 text (ICU's full mappings, root locale), for
// the lower/upper built-ins: "ÜBER ÉTÉ" lowers to "über été", "ß" uppers to "SS".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace annals::query {

enum class CaseMapping { kLower, kUpper };

// nullopt when `text` is not valid UTF-8.
std::optional<std::string> change_case(std::string_view text, CaseMapping mapping);

}  // namespace annals::query
