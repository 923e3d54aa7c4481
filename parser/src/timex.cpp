#include "annals/timex.h"

namespace annals {

std::string_view timex_type_name(TimexType t) {
  switch (t) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "DATE";
}

std::vector<Timex> tag_timexes(std::string_view, const TimexOptions&) { return {}; }

}  // namespace annals
