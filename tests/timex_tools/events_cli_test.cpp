// End-to-end: the built `annals events` binary on TimeML and plain text.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "../support/run_command.h"
#include "annals/timeml.h"

namespace fs = std::filesystem;
using annals::testing::CommandResult;
using annals::testing::run_shell;
using annals::testing::shell_quote;
using annals::testing::TempDir;

namespace {

// Written for this test: CRLF line ends, an entity, gold EVENT and TIMEX3
// tags that the output must replace.
const std::string kArticle =
    "<?xml version=\"1.0\" ?>\r\n<TimeML>\r\n<DOCID>ev_cli</DOCID>\r\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-04-28\" "
    "functionInDocument=\"CREATION_TIME\">2025-04-28</TIMEX3></DCT>\r\n"
    "<TEXT>\r\nThe ministry <EVENT eid=\"e1\" class=\"REPORTING\">said</EVENT> on Monday that "
    "Chile &amp; Peru <EVENT eid=\"e2\" class=\"OCCURRENCE\">signed</EVENT> a trade deal in "
    "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-03\">March</TIMEX3>.\r\n</TEXT>\r\n"
    "</TimeML>\r\n";

std::string annals_events(const std::string& args) {
  return shell_quote(annals::testing::annals_binary().string()) + " events " + args;
}

fs::path write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

}  // namespace

TEST_CASE("events cli: TimeML output keeps the text byte for byte with annals' own EVENTs") {
  TempDir tmp;
  const fs::path input = write_file(tmp.path() / "article.tml", kArticle);
  const fs::path out = tmp.path() / "out";
  CommandResult r = run_shell(annals_events("--format tml --out " + shell_quote(out.string()) +
                                            " " + shell_quote(input.string())),
                              tmp.path());
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto in = annals::parse_timeml(kArticle, "in");
  auto written = annals::read_timeml_file(out / "article.tml");
  REQUIRE(in.ok());
  INFO(written.status().message());
  REQUIRE(written.ok());
  CHECK(written->text == in->text);
  CHECK(written->timexes.empty());
  REQUIRE(written->events.size() >= 2);
  bool said = false, signed_ = false;
  for (const auto& e : written->events) {
    CHECK_FALSE(e.eid.empty());
    said |= e.surface == "said" && e.event_class == "REPORTING";
    signed_ |= e.surface == "signed" && e.event_class == "OCCURRENCE";
  }
  CHECK(said);
  CHECK(signed_);
}

TEST_CASE("events cli: TSV has a header and one line per mention with offsets and lemma") {
  TempDir tmp;
  const fs::path input = write_file(tmp.path() / "article.tml", kArticle);
  CommandResult r =
      run_shell(annals_events("--format tsv " + shell_quote(input.string())), tmp.path());
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.rfind("document\tsentence\tbegin\tend\ttrigger\tlemma\tclass\ttype\tcategory\tdate\n",
                    0) == 0);
  auto in = annals::parse_timeml(kArticle, "in");
  REQUIRE(in.ok());
  const std::size_t at = in->text.find("signed");
  CHECK(r.out.find("article.tml\t0\t" + std::to_string(at) + "\t" + std::to_string(at + 6) +
                   "\tsigned\tsign\tOCCURRENCE\tsign\tsupport\t") != std::string::npos);
}

TEST_CASE("events cli: plain text needs --format tsv, and a missing file fails with exit 2") {
  TempDir tmp;
  const fs::path text = write_file(tmp.path() / "a.txt", "The union went on strike.\n");
  CommandResult tml =
      run_shell(annals_events("--format tml " + shell_quote(text.string())), tmp.path());
  CHECK(tml.exit_code == 2);
  CHECK(tml.err.find("needs TimeML input") != std::string::npos);
  CommandResult missing = run_shell(annals_events("no_such.tml"), tmp.path());
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("no_such.tml") != std::string::npos);
}

TEST_CASE("te3 events scorer cli: gold against itself is perfect, a missing file exits 2") {
  TempDir tmp;
  fs::create_directories(tmp.path() / "gold");
  fs::create_directories(tmp.path() / "empty");
  write_file(tmp.path() / "gold" / "article.tml", kArticle);
  const std::string scorer =
      shell_quote((fs::path(ANNALS_BINARY_DIR) / "eval" / "annals-te3-events-score").string());
  const std::string gold = shell_quote((tmp.path() / "gold").string());
  const std::string empty = shell_quote((tmp.path() / "empty").string());
  CommandResult same = run_shell(scorer + " --tsv " + gold + " " + gold, tmp.path());
  INFO(same.err);
  REQUIRE(same.exit_code == 0);
  CHECK(same.out.find("\n100.00\t100.00\t100.00\t100.00\t100.00\t2\t2\t2\t2\t2\n") !=
        std::string::npos);
  CommandResult missing = run_shell(scorer + " " + gold + " " + empty, tmp.path());
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("missing") != std::string::npos);
}
