#include "event_model.h"

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "text_data.h"

namespace annals::lexicon {
namespace {

constexpr std::string_view kLabels[kEventLabels] = {
    "", "OCCURRENCE", "REPORTING", "ASPECTUAL", "I_ACTION", "I_STATE", "STATE", "PERCEPTION"};

// The compiled model, or the file $ANNALS_EVENT_MODEL names when set and
// readable.
std::string model_text_from_env() {
  const char* path = std::getenv("ANNALS_EVENT_MODEL");
  if (!path || !*path) return {};
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return std::move(content).str();
}

std::string_view next_line(std::string_view& text) {
  const std::size_t end = text.find('\n');
  const std::string_view line = text.substr(0, end);
  text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
  return line;
}

// Reads an integer and the separator after it.
template <typename T>
bool read_number(std::string_view& s, T& value) {
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc()) return false;
  s.remove_prefix(static_cast<std::size_t>(ptr - s.data()));
  if (!s.empty()) s.remove_prefix(1);
  return true;
}

}  // namespace

std::string_view event_label_name(int label) {
  return label >= 0 && label < kEventLabels ? kLabels[label] : std::string_view();
}

int event_label(std::string_view event_class) {
  for (int k = 1; k < kEventLabels; ++k)
    if (kLabels[k] == event_class) return k;
  return 0;
}

// Format: '#' comment lines; "buckets\tN" (a power of two); then one line a
// bucket with a nonzero weight: "BUCKET\tw0,w1,...,w7".
EventModel::EventModel(std::string_view text) {
  std::size_t buckets = 1;
  while (!text.empty()) {
    std::string_view line = next_line(text);
    if (line.empty() || line.front() == '#') continue;
    if (line.starts_with("buckets\t")) {
      line.remove_prefix(8);
      if (!read_number(line, buckets) || buckets == 0 || (buckets & (buckets - 1)) != 0)
        buckets = 1;
      weights_.assign(buckets * kEventLabels, 0);
      mask_ = buckets - 1;
      continue;
    }
    std::size_t bucket = 0;
    if (weights_.empty() || !read_number(line, bucket) || bucket >= buckets) continue;
    for (int k = 0; k < kEventLabels; ++k) {
      int w = 0;
      if (!read_number(line, w)) break;
      weights_[bucket * kEventLabels + k] = static_cast<std::int16_t>(w);
    }
  }
  if (weights_.empty()) weights_.assign(kEventLabels, 0);
}

const EventModel& EventModel::instance() {
  static const EventModel model = [] {
    const std::string from_file = model_text_from_env();
    return EventModel(from_file.empty() ? text::data::k_event_model : std::string_view(from_file));
  }();
  return model;
}

void EventModel::score(const EventFeatures& f, Scores& out) const {
  out.fill(0);
  for (std::size_t n = 0; n < f.count; ++n) {
    const std::int16_t* w = &weights_[(f.hashes[n] & mask_) * kEventLabels];
    for (int k = 0; k < kEventLabels; ++k) out[k] += w[k];
  }
}

int EventModel::predict(const EventFeatures& f) const {
  Scores s;
  score(f, s);
  if (s[0] <= 0) return 0;
  int best = 1;
  for (int k = 2; k < kEventLabels; ++k)
    if (s[k] > s[best]) best = k;
  return best;
}

}  // namespace annals::lexicon
