// Regression floor on TempEval-3 TBAQ (the development set): the tagger's
// relaxed and value F1, scored with the TE3 Task A rules (one-to-one greedy
// pairing of overlapping spans in text order, DCT excluded, micro-averaged).
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../support/shared_data.h"
#include "timex_cases.h"

namespace {

struct GoldTimex {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string value;
};

struct GoldDocument {
  std::string document_date;  // YYYY-MM-DD
  std::string text;           // TEXT with tags stripped
  std::vector<GoldTimex> timexes;
};

std::string attribute(std::string_view tag, std::string_view name) {
  const std::string key = " " + std::string(name) + "=\"";
  const std::size_t at = tag.find(key);
  if (at == std::string_view::npos) return {};
  const std::size_t start = at + key.size();
  const std::size_t stop = tag.find('"', start);
  return std::string(tag.substr(start, stop - start));
}

GoldDocument read_tml(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string xml = buffer.str();
  GoldDocument doc;
  const std::size_t dct = xml.find("<DCT>");
  const std::size_t dct_tag_end = xml.find('>', xml.find("<TIMEX3", dct));
  doc.document_date =
      attribute(std::string_view(xml).substr(dct, dct_tag_end - dct + 1), "value").substr(0, 10);
  const std::size_t text_begin = xml.find("<TEXT>") + 6;
  const std::size_t text_end = xml.find("</TEXT>");
  std::size_t i = text_begin;
  while (i < text_end) {
    if (xml[i] != '<') {
      doc.text += xml[i++];
      continue;
    }
    const std::size_t close = xml.find('>', i);
    const std::string_view tag = std::string_view(xml).substr(i, close - i + 1);
    if (tag.starts_with("<TIMEX3")) {
      doc.timexes.push_back({doc.text.size(), 0, attribute(tag, "value")});
    } else if (tag.starts_with("</TIMEX3")) {
      doc.timexes.back().end = doc.text.size();
    }
    i = close + 1;
  }
  return doc;
}

}  // namespace

TEST_CASE("TBAQ: relaxed and value F1 stay above their floors", "[timex][tbaq]") {
  ANNALS_REQUIRE_SHARED();
  const std::filesystem::path tbaq = annals::testing::shared_dir() / "te3" / "tbaq";
  std::size_t gold_count = 0, system_count = 0, matched = 0, same_value = 0, documents = 0;
  for (const char* part : {"TimeBank", "AQUAINT"}) {
    for (const auto& entry : std::filesystem::directory_iterator(tbaq / part)) {
      if (entry.path().extension() != ".tml") continue;
      const GoldDocument doc = read_tml(entry.path());
      ++documents;
      annals::TimexOptions options;
      options.document_date = annals::parse_day(doc.document_date);
      const std::vector<annals::Timex> found = annals::tag_timexes(doc.text, options);
      gold_count += doc.timexes.size();
      system_count += found.size();
      std::vector<bool> used(found.size(), false);
      for (const GoldTimex& g : doc.timexes) {
        for (std::size_t j = 0; j < found.size(); ++j) {
          if (used[j] || found[j].begin >= g.end || g.begin >= found[j].end) continue;
          used[j] = true;
          ++matched;
          if (found[j].value == g.value) ++same_value;
          break;
        }
      }
    }
  }
  REQUIRE(documents == 256);
  REQUIRE(gold_count == 1822);
  const double relaxed_f1 = 200.0 * matched / (gold_count + system_count);
  const double value_f1 = 200.0 * same_value / (gold_count + system_count);
  INFO("relaxed F1 " << relaxed_f1 << ", value F1 " << value_f1 << " (G " << gold_count << ", S "
                     << system_count << ")");
  // Floors a little under the measured figures, so that a regression fails.
  CHECK(relaxed_f1 >= 94.0);
  CHECK(value_f1 >= 80.0);
}
