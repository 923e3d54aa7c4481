#include "case_mapping.h"

#include <unicode/ucasemap.h>

#include <memory>

namespace annals::query {

namespace {

struct CaseMapCloser {
  void operator()(UCaseMap* map) const { ucasemap_close(map); }
};

// One map a thread: opening one loads the case data, mapping with it is cheap.
UCaseMap* case_map() {
  thread_local std::unique_ptr<UCaseMap, CaseMapCloser> map = [] {
    UErrorCode status = U_ZERO_ERROR;
    UCaseMap* opened = ucasemap_open("", U_FOLD_CASE_DEFAULT, &status);
    return std::unique_ptr<UCaseMap, CaseMapCloser>(U_SUCCESS(status) ? opened : nullptr);
  }();
  return map.get();
}

}  // namespace

std::optional<std::string> change_case(std::string_view text, CaseMapping mapping) {
  UCaseMap* map = case_map();
  if (!map) return std::nullopt;
  auto apply = [&](std::string& out, UErrorCode& status) {
    const auto capacity = static_cast<int32_t>(out.size());
    const auto length = static_cast<int32_t>(text.size());
    return mapping == CaseMapping::kLower
               ? ucasemap_utf8ToLower(map, out.data(), capacity, text.data(), length, &status)
               : ucasemap_utf8ToUpper(map, out.data(), capacity, text.data(), length, &status);
  };
  // Mapped text can be longer ("ß" -> "SS"): size it, and retry once when short.
  std::string out(text.size() + 8, '\0');
  UErrorCode status = U_ZERO_ERROR;
  int32_t needed = apply(out, status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    out.assign(static_cast<std::size_t>(needed), '\0');
    status = U_ZERO_ERROR;
    needed = apply(out, status);
  }
  if (U_FAILURE(status)) return std::nullopt;
  out.resize(static_cast<std::size_t>(needed));
  return out;
}

}  // namespace annals::query
