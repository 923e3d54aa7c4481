#include "closed_class.h"

#include <string>
#include <unordered_map>

#include "gazetteer.h"
#include "text_data.h"

namespace annals::lexicon {
namespace {

struct Hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

using Table = std::unordered_map<std::string_view, ClosedClass, Hash, std::equal_to<>>;

ClosedClass class_named(std::string_view name) {
  if (name == "determiner") return ClosedClass::kDeterminer;
  if (name == "pronoun") return ClosedClass::kPronoun;
  if (name == "preposition") return ClosedClass::kPreposition;
  if (name == "conjunction") return ClosedClass::kConjunction;
  if (name == "modal") return ClosedClass::kModal;
  if (name == "be") return ClosedClass::kBe;
  if (name == "have") return ClosedClass::kHave;
  if (name == "do") return ClosedClass::kDo;
  if (name == "adverb") return ClosedClass::kAdverb;
  if (name == "wh") return ClosedClass::kWh;
  return ClosedClass::kNone;
}

Table build() {
  Table table;
  for (const auto& row : text::parse_tsv(text::data::k_closed_class)) {
    if (row.size() < 2) continue;
    const ClosedClass c = class_named(row[0]);
    // The first class a word is listed under wins ("that": determiner).
    for (std::string_view w : text::split_on(row[1], ' ')) table.emplace(w, c);
  }
  return table;
}

}  // namespace

ClosedClass closed_class(std::string_view lower) {
  static const Table table = build();
  const auto found = table.find(lower);
  return found == table.end() ? ClosedClass::kNone : found->second;
}

}  // namespace annals::lexicon
