// The event category table, read once from the embedded TSV.
#include "annals/event_category.h"

#include <algorithm>
#include <map>

#include "gazetteer.h"
#include "text_data.h"

namespace annals {
namespace {

struct CategoryTable {
  std::map<std::string_view, std::vector<std::string_view>, std::less<>> by_type;
  std::map<std::string_view, std::vector<std::string_view>, std::less<>> by_category;
  std::vector<std::string_view> categories;
};

const CategoryTable& table() {
  static const CategoryTable t = [] {
    CategoryTable built;
    for (const auto& row : text::parse_tsv(text::data::k_event_categories)) {
      if (row.size() < 2) continue;
      std::vector<std::string_view>& of_type = built.by_type[row[0]];
      for (std::string_view c : text::split_on(row[1], ' ')) {
        if (c.empty()) continue;
        of_type.push_back(c);
        built.by_category[c].push_back(row[0]);
      }
    }
    for (auto& [category, types] : built.by_category) {
      std::sort(types.begin(), types.end());
      types.erase(std::unique(types.begin(), types.end()), types.end());
      built.categories.push_back(category);
    }
    return built;
  }();
  return t;
}

const std::vector<std::string_view> kNone;

}  // namespace

const std::vector<std::string_view>& event_categories(std::string_view type) {
  const auto found = table().by_type.find(type);
  return found == table().by_type.end() ? kNone : found->second;
}

const std::vector<std::string_view>& event_types_in(std::string_view category) {
  const auto found = table().by_category.find(category);
  return found == table().by_category.end() ? kNone : found->second;
}

const std::vector<std::string_view>& known_event_categories() {
  return table().categories;
}

}  // namespace annals
