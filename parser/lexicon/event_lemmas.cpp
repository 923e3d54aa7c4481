#include "event_lemmas.h"

#include <array>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <sstream>
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

using Rates = std::array<EventRate, 4>;
using Table = std::unordered_map<std::string_view, Rates, Hash, std::equal_to<>>;

std::uint16_t number(std::string_view field) {
  unsigned value = 0;
  std::from_chars(field.data(), field.data() + field.size(), value);
  return static_cast<std::uint16_t>(value > 65535 ? 65535 : value);
}

// The compiled table, or the file $ANNALS_EVENT_LEMMAS names when set and
// readable: for measuring a table trained on part of the development set on
// the rest (scripts/eval-events.sh --heldout) without rebuilding.
std::string_view table_text() {
  static const std::string from_file = [] {
    const char* path = std::getenv("ANNALS_EVENT_LEMMAS");
    if (!path || !*path) return std::string();
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return std::move(content).str();
  }();
  return from_file.empty() ? text::data::k_event_lemmas : std::string_view(from_file);
}

Table build() {
  Table table;
  // lemma, pos letter, events, seen, class
  for (const auto& row : text::parse_tsv(table_text())) {
    if (row.size() < 5 || row[1].size() != 1) continue;
    const std::string_view letters = "nvao";
    const std::size_t pos = letters.find(row[1][0]);
    if (pos == std::string_view::npos) continue;
    EventRate& rate = table[row[0]][pos];
    rate.events = number(row[2]);
    rate.seen = number(row[3]);
    rate.event_class = row[4];
    if (row.size() > 5) rate.class_events = number(row[5]);
  }
  return table;
}

}  // namespace

EventPos event_pos(Tag tag) {
  switch (tag) {
    case Tag::kNoun:
    case Tag::kProperNoun:
      return EventPos::kNoun;
    case Tag::kVerb:
    case Tag::kAuxiliary:
    case Tag::kModal:
      return EventPos::kVerb;
    case Tag::kAdjective:
      return EventPos::kAdjective;
    default:
      return EventPos::kOther;
  }
}

char event_pos_letter(EventPos pos) {
  return "nvao"[static_cast<int>(pos)];
}

const EventRate* event_rate(std::string_view lemma, EventPos pos) {
  static const Table table = build();
  const auto found = table.find(lemma);
  if (found == table.end()) return nullptr;
  const EventRate& rate = found->second[static_cast<int>(pos)];
  return rate.seen == 0 ? nullptr : &rate;
}

}  // namespace annals::lexicon
