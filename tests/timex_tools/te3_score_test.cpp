// The TempEval-3 timex scoring rules (../shared/te3/SOURCE.md), on
// constructed annotations whose right answer follows from the rules.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "../support/shared_data.h"
#include "te3_score.h"

namespace fs = std::filesystem;
using annals::te3::Counts;
using annals::te3::percent;
using annals::te3::ScoredTimex;

namespace {

// A timex over [begin, end) of `text`, surface taken from the text.
ScoredTimex span(const std::string& text, std::size_t begin, std::size_t end,
                 std::string value = "2025-04-28", std::string type = "DATE") {
  return {begin, end, text.substr(begin, end - begin), std::move(type), std::move(value)};
}

ScoredTimex word(const std::string& text, const std::string& what, std::string value = "X",
                 std::string type = "DATE") {
  const auto at = text.find(what);
  REQUIRE(at != std::string::npos);
  return span(text, at, at + what.size(), std::move(value), std::move(type));
}

Counts count(const std::vector<ScoredTimex>& gold, const std::vector<ScoredTimex>& system) {
  return annals::te3::count(gold, system);
}

}  // namespace

TEST_CASE("te3: one system span over two gold spans matches only the first") {
  const std::string text = "open from Monday to Friday each week";
  const std::vector<ScoredTimex> gold = {word(text, "Monday"), word(text, "Friday")};
  const std::vector<ScoredTimex> system = {word(text, "Monday to Friday")};
  const Counts c = count(gold, system);
  CHECK(c.gold == 2);
  CHECK(c.system == 1);
  CHECK(c.matched == 1);
  CHECK(c.strict == 0);
  const auto pairs = annals::te3::align(gold, system);
  CHECK(pairs[0] == std::optional<std::size_t>(0));
  CHECK_FALSE(pairs[1].has_value());
}

TEST_CASE("te3: one gold span over two system spans leaves the second spurious") {
  const std::string text = "open from Monday to Friday each week";
  const Counts c =
      count({word(text, "Monday to Friday")}, {word(text, "Monday"), word(text, "Friday")});
  CHECK(c.matched == 1);
  CHECK(c.system == 2);
  const auto r = annals::te3::scores(c);
  CHECK(percent(r.relaxed_precision) == "50.00");
  CHECK(percent(r.relaxed_recall) == "100.00");
}

TEST_CASE("te3: a widened extent is a relaxed match with its value still scored") {
  const std::string text = "Talks resumed late last Monday in Geneva.";
  const Counts c =
      count({word(text, "Monday", "2025-04-21")}, {word(text, "late last Monday", "2025-04-21")});
  CHECK(c.matched == 1);
  CHECK(c.strict == 0);
  CHECK(c.value == 1);
  CHECK(c.type == 1);
  const auto r = annals::te3::scores(c);
  CHECK(percent(r.strict_f1) == "0.00");
  CHECK(percent(r.relaxed_f1) == "100.00");
  CHECK(percent(r.value_f1) == "100.00");
}

TEST_CASE("te3: same extent with a wrong value or type counts only for extent") {
  const std::string text = "The pact ran for two years until 2019.";
  const Counts wrong_value = count({word(text, "two years", "P2Y", "DURATION")},
                                   {word(text, "two years", "P24M", "DURATION")});
  CHECK(wrong_value.strict == 1);
  CHECK(wrong_value.value == 0);  // no P2Y = P24M equivalence
  CHECK(wrong_value.type == 1);
  const Counts wrong_type =
      count({word(text, "2019", "2019", "DATE")}, {word(text, "2019", "2019", "DURATION")});
  CHECK(wrong_type.value == 1);
  CHECK(wrong_type.type == 0);
}

TEST_CASE("te3: spurious and missed timexes, and spans that only touch, do not pair") {
  const std::string text = "2019-2020 was bad; in May things improved.";
  const Counts c =
      count({word(text, "2019"), word(text, "May")}, {span(text, 4, 9), word(text, "things")});
  CHECK(c.gold == 2);
  CHECK(c.system == 2);
  CHECK(c.matched == 0);  // "-2020" starts where "2019" ends
  const auto r = annals::te3::scores(c);
  CHECK(percent(r.strict_f1) == "0.00");
  CHECK(percent(r.relaxed_f1) == "0.00");
}

TEST_CASE("te3: no system output scores zero without dividing by zero") {
  const std::string text = "Last year.";
  const Counts c = count({word(text, "Last year")}, {});
  const auto r = annals::te3::scores(c);
  CHECK(percent(r.strict_precision) == "0.00");
  CHECK(percent(r.value_f1) == "0.00");
}

// SOURCE.md's worked check: counts G=138, S=130, m=121, s=109, v=104, t=110
// give HeidelTime's published figures. The annotations are built to have
// exactly those counts and spread over three documents (micro-sum).
TEST_CASE("te3: annotations with HeidelTime's platinum counts give its published scores") {
  const std::string text(200 * 40, 'a');
  std::string varied = text;
  for (std::size_t i = 0; i < varied.size(); ++i) varied[i] = static_cast<char>('a' + i % 26);
  std::vector<ScoredTimex> gold[3], system[3];
  std::size_t slot = 0;
  auto place = [&](int doc, bool has_gold, bool has_system, bool widened, bool value_ok,
                   bool type_ok) {
    const std::size_t at = 40 * slot++;
    if (has_gold) gold[doc].push_back(span(varied, at, at + 8, "2013-03-22", "DATE"));
    if (has_system)
      system[doc].push_back(span(varied, at, at + (widened ? 12 : 8),
                                 value_ok ? "2013-03-22" : "2013-03", type_ok ? "DATE" : "TIME"));
  };
  for (int k = 0; k < 121; ++k)  // pairs: 12 widened, 17 wrong values, 11 wrong types
    place(k % 3, true, true, k >= 109, k < 104, k >= 11);
  for (int k = 0; k < 17; ++k) place(k % 3, true, false, false, true, true);  // missed
  for (int k = 0; k < 9; ++k) place(k % 3, false, true, false, true, true);   // spurious

  Counts total;
  for (int d = 0; d < 3; ++d) total += annals::te3::count(gold[d], system[d]);
  CHECK(total.gold == 138);
  CHECK(total.system == 130);
  CHECK(total.matched == 121);
  CHECK(total.strict == 109);
  CHECK(total.value == 104);
  CHECK(total.type == 110);
  const auto r = annals::te3::scores(total);
  CHECK(percent(r.strict_precision) == "83.85");
  CHECK(percent(r.strict_recall) == "78.99");
  CHECK(percent(r.strict_f1) == "81.34");
  CHECK(percent(r.relaxed_precision) == "93.08");
  CHECK(percent(r.relaxed_recall) == "87.68");
  CHECK(percent(r.relaxed_f1) == "90.30");
  CHECK(percent(r.value_f1) == "77.61");
  CHECK(percent(r.type_f1) == "82.09");
}

// SOURCE.md's second check, made on the real platinum annotations: one
// widened extent, one wrong value, one wrong type, one deleted and one
// spurious timex give G=138, S=138, m=137, s=136, v=136, t=136.
TEST_CASE("te3: planted errors on platinum give the counts the official scorer gave") {
  ANNALS_REQUIRE_SHARED();
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(annals::testing::shared_dir() / "te3/platinum"))
    files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() == 20);

  Counts total;
  bool planted_attributes = false, planted_deletion = false;
  for (const auto& file : files) {
    auto doc = annals::read_timeml_file(file);
    REQUIRE(doc.ok());
    const auto gold = annals::te3::scored_timexes(*doc);
    auto system = gold;
    const auto first_word = doc->text.find_first_not_of(" \r\n");
    if (!planted_attributes && gold.size() >= 3 && gold[0].begin > 0) {
      // widen the first timex by the character before it; spoil two attributes
      auto& t = system[0];
      t = span(doc->text, t.begin - 1, t.end, t.value, t.type);
      system[1].value += "X";
      system[2].type = system[2].type == "DATE" ? "TIME" : "DATE";
      planted_attributes = true;
    } else if (!planted_deletion && gold.size() >= 2 && first_word + 1 < gold[0].begin) {
      // delete one timex, and tag the text's first character instead
      system.erase(system.begin() + 1);
      system.insert(system.begin(), span(doc->text, first_word, first_word + 1));
      planted_deletion = true;
    }
    total += annals::te3::count(gold, system);
  }
  REQUIRE(planted_attributes);
  REQUIRE(planted_deletion);
  CHECK(total.gold == 138);
  CHECK(total.system == 138);
  CHECK(total.matched == 137);
  CHECK(total.strict == 136);
  CHECK(total.value == 136);
  CHECK(total.type == 136);
}
