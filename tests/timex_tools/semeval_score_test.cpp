// The SemEval-2015 Task 4 scoring rules (eval/semeval_score.cpp) on tiny
// hand-made timelines whose counts we worked out by hand from the rules.
#include <catch2/catch.hpp>

#include "semeval_score.h"

using annals::semeval::score_timeline;
using annals::semeval::TimelineCounts;

namespace {

// Gold: e1 opened; e2 expansion + e3 expanded (coreferent); e4 closed; a 0 line.
const char* kGold =
    "Corner Shop\n"
    "1\t2001-02-03\t7-1-opened\n"
    "2\t2002-04-XX\t7-3-expansion\t8-2-expanded\n"
    "3\t2003\t8-5-closed\n"
    "0\tXXXX-XX-XX\t7-9-told\n";

void check_counts(const TimelineCounts& c, std::size_t p, std::size_t s, std::size_t r,
                  std::size_t g) {
  CHECK(c.prec_matched == p);
  CHECK(c.system_relations == s);
  CHECK(c.rec_matched == r);
  CHECK(c.gold_relations == g);
}

}  // namespace

TEST_CASE("semeval scorer: a perfect timeline scores 100 in both modes", "[semeval]") {
  // Full: 4 event-anchor links, opened<expansion, expanded<closed (expansion
  // SIM expanded is implied by the shared anchor). Ordering only: 3 links.
  check_counts(score_timeline(kGold, kGold, false), 6, 6, 6, 6);
  check_counts(score_timeline(kGold, kGold, true), 3, 3, 3, 3);
}

TEST_CASE("semeval scorer: anchors are compared as strings", "[semeval]") {
  const char* system =
      "x\n1\tQQ\t7-1-opened\n2\tQQ\t7-3-expansion\t8-2-expanded\n3\tQQ\t8-5-closed\n";
  check_counts(score_timeline(kGold, system, false), 2, 6, 2, 6);
  check_counts(score_timeline(kGold, system, true), 3, 3, 3, 3);
}

TEST_CASE("semeval scorer: a wrong order and a lost mention cost relations", "[semeval]") {
  const char* swapped =
      "x\n1\t2001-02-03\t7-1-opened\n2\t2003\t8-5-closed\n3\t2002-04-XX\t7-3-expansion\t8-2-"
      "expanded\n";
  check_counts(score_timeline(kGold, swapped, false), 5, 6, 5, 6);
  const char* lossy =
      "x\n1\t2001-02-03\t7-1-opened\n2\t2002-04-XX\t7-3-expansion\n"
      "2\t2002-04-XX\t9-1-announced\n3\t2003\t8-5-closed\n";
  check_counts(score_timeline(kGold, lossy, false), 4, 6, 4, 6);
  check_counts(score_timeline(kGold, lossy, true), 1, 3, 1, 3);
}

TEST_CASE("semeval scorer: empty and header-only system files match nothing", "[semeval]") {
  check_counts(score_timeline(kGold, "", false), 0, 0, 0, 6);
  check_counts(score_timeline(kGold, "Corner Shop\n", false), 0, 0, 0, 6);
  const std::vector<TimelineCounts> none{score_timeline(kGold, "", false)};
  const auto s = annals::semeval::micro_average(none);
  CHECK(s.f1 == 0);
}

TEST_CASE("semeval scorer: micro-average pools the counts", "[semeval]") {
  const std::vector<TimelineCounts> counts{{3, 4, 1, 2}, {1, 4, 3, 6}};
  const auto s = annals::semeval::micro_average(counts);
  CHECK(s.precision == Approx(50.0));
  CHECK(s.recall == Approx(50.0));
  CHECK(s.f1 == Approx(50.0));
}

TEST_CASE("semeval scorer: natural sort compares digit runs as numbers", "[semeval]") {
  using annals::semeval::natural_less;
  CHECK(natural_less("2\tb", "10\ta"));
  CHECK_FALSE(natural_less("10\ta", "2\tb"));
  CHECK(natural_less("1\t2005\tx", "1\tXXXX\tx"));  // a number before a string
  CHECK(natural_less("3\t2008-03-01\t12-4-a", "3\t2008-03-01\t12-10-a"));
}
