// End-to-end: the built `annals timex` and `annals-te3-score` binaries.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "../support/run_command.h"
#include "annals/timeml.h"

namespace fs = std::filesystem;
using annals::testing::CommandResult;
using annals::testing::run_shell;
using annals::testing::shell_quote;
using annals::testing::slurp;
using annals::testing::TempDir;

namespace {

// Written for this test: CRLF line ends, an entity, EVENT tags and a gold
// TIMEX3 that the output must replace.
const std::string kArticle =
    "<?xml version=\"1.0\" ?>\r\n<TimeML>\r\n<DOCID>cli_1</DOCID>\r\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-04-28\" "
    "functionInDocument=\"CREATION_TIME\">2025-04-28</TIMEX3></DCT>\r\n"
    "<TEXT>\r\nThe ministry <EVENT eid=\"e1\">said</EVENT> on Monday that exports to "
    "Chile &amp; Peru <EVENT eid=\"e2\">fell</EVENT> by a fifth in "
    "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-03\">March</TIMEX3>, after rising "
    "for three years.\r\nTalks resume next week.\r\n</TEXT>\r\n</TimeML>\r\n";

std::string annals_timex(const std::string& args) {
  return shell_quote(annals::testing::annals_binary().string()) + " timex " + args;
}

std::string scorer(const std::string& args) {
  return shell_quote((fs::path(ANNALS_BINARY_DIR) / "eval" / "annals-te3-score").string()) + " " +
         args;
}

fs::path write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

}  // namespace

TEST_CASE("timex cli: TimeML output is well-formed and keeps the text and the DCT") {
  TempDir tmp;
  const fs::path input = write_file(tmp.path() / "article.tml", kArticle);
  CommandResult r = run_shell(annals_timex(shell_quote(input.string())), tmp.path());
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto in = annals::parse_timeml(kArticle, "in");
  auto out = annals::parse_timeml(r.out, "out");
  REQUIRE(in.ok());
  INFO(out.status().message());
  REQUIRE(out.ok());
  CHECK(out->text == in->text);
  CHECK(out->dct_value == "2025-04-28");
  CHECK(r.out.substr(0, in->text_begin) == kArticle.substr(0, in->text_begin));
  CHECK(r.out.find("<EVENT") == std::string::npos);
  for (const auto& t : out->timexes) CHECK_FALSE(t.type.empty());
}

TEST_CASE("timex cli: --out writes one file per input under the same name") {
  TempDir tmp;
  const fs::path a = write_file(tmp.path() / "a.tml", kArticle);
  const fs::path b = write_file(tmp.path() / "b.txt", "The strike ended on 3 May 2024.\n");
  const fs::path out = tmp.path() / "out";
  CommandResult r =
      run_shell(annals_timex("--format tml --date 2025-04-28 --out " + shell_quote(out.string()) +
                             " " + shell_quote(a.string()) + " " + shell_quote(b.string())),
                tmp.path());
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto from_tml = annals::read_timeml_file(out / "a.tml");
  auto from_txt = annals::read_timeml_file(out / "b.tml");
  REQUIRE(from_tml.ok());
  REQUIRE(from_txt.ok());
  CHECK(from_txt->text == "The strike ended on 3 May 2024.\n");
  CHECK(from_txt->dct_value == "2025-04-28");

  // A directory stands for its .tml and .txt files.
  const fs::path again = tmp.path() / "again";
  CommandResult dir =
      run_shell(annals_timex("--format tml --date 2025-04-28 --out " + shell_quote(again.string()) +
                             " " + shell_quote(tmp.path().string())),
                tmp.path());
  INFO(dir.err);
  REQUIRE(dir.exit_code == 0);
  CHECK(fs::exists(again / "a.tml"));
  CHECK(fs::exists(again / "b.tml"));
}

TEST_CASE("timex cli: table format has a header and one row per TimeML tag") {
  TempDir tmp;
  const fs::path input = write_file(tmp.path() / "note.txt",
                                    "The plant shut on 3 May 2024 and stayed closed for two "
                                    "years; it reopens next Monday.\n");
  const std::string args = "--date 2025-04-28 " + shell_quote(input.string());
  CommandResult table = run_shell(annals_timex(args), tmp.path());
  CommandResult tml = run_shell(annals_timex("--format tml " + args), tmp.path());
  REQUIRE(table.exit_code == 0);
  REQUIRE(tml.exit_code == 0);
  const std::string header = table.out.substr(0, table.out.find('\n'));
  CHECK_THAT(header, Catch::StartsWith("offset  text  ") && Catch::Contains("  type  ") &&
                         Catch::Contains("  mod  ") && Catch::EndsWith("  reason"));
  auto doc = annals::parse_timeml(tml.out, "note.tml");
  REQUIRE(doc.ok());
  const auto rows = std::count(table.out.begin(), table.out.end(), '\n') - 1;
  CHECK(static_cast<std::size_t>(rows) == doc->timexes.size());
  for (const auto& t : doc->timexes) CHECK_THAT(table.out, Catch::Contains(t.surface));
}

TEST_CASE("timex cli: a wire header's own date outranks a later DCT, with a warning") {
  TempDir tmp;
  // Written for this test: a story filed on Friday 2025-04-25, archived (DCT) days later.
  const std::string wire =
      "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>cli_2</DOCID>\n"
      "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-05-02\" "
      "functionInDocument=\"CREATION_TIME\">2025-05-02</TIMEX3></DCT>\n"
      "<EXTRAINFO>\nXYZ20250425.0001  NEWS STORY  2025-04-25 09:10\n</EXTRAINFO>\n"
      "<TEXT>\nThe ministry said on Thursday that exports fell.\n</TEXT>\n</TimeML>\n";
  const fs::path input = write_file(tmp.path() / "wire.tml", wire);
  CommandResult r =
      run_shell(annals_timex("--format table " + shell_quote(input.string())), tmp.path());
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("2025-04-24"));  // the Thursday before the story, not the DCT
  CHECK_THAT(r.err, Catch::Contains("wire.tml") && Catch::Contains("2025-04-25") &&
                        Catch::Contains("2025-05-02"));
  // A header that agrees with the DCT in the other day-month order changes nothing.
  std::string agreeing = wire;
  agreeing.replace(agreeing.find("2025-04-25 09:10"), 16, "05/02/2025 09:10");
  const fs::path same = write_file(tmp.path() / "same.tml", agreeing);
  CommandResult s =
      run_shell(annals_timex("--format table " + shell_quote(same.string())), tmp.path());
  CHECK(s.err.empty());
  CHECK_THAT(s.out, Catch::Contains("2025-05-01"));
}

TEST_CASE("timex cli: plain text without a date warns that dates stay unresolved") {
  TempDir tmp;
  const fs::path input = write_file(tmp.path() / "note.txt", "It rained on Monday.\n");
  CommandResult r = run_shell(annals_timex(shell_quote(input.string())), tmp.path());
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("warning") && Catch::Contains("note.txt") &&
                        Catch::Contains("--date"));
}

TEST_CASE("timex cli: malformed input and bad flags fail with exit 2 naming the problem") {
  TempDir tmp;
  const fs::path broken =
      write_file(tmp.path() / "broken.tml", "<TimeML><TEXT>on <b>Monday</TEXT></TimeML>");
  CommandResult r = run_shell(annals_timex(shell_quote(broken.string())), tmp.path());
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::StartsWith("annals: error: " + broken.string()));
  CHECK(r.out.empty());

  CommandResult missing =
      run_shell(annals_timex(shell_quote((tmp.path() / "nope.tml").string())), tmp.path());
  CHECK(missing.exit_code == 2);
  CHECK_THAT(missing.err, Catch::Contains("nope.tml"));

  const fs::path ok = write_file(tmp.path() / "ok.txt", "Rain.\n");
  CommandResult bad_date =
      run_shell(annals_timex("--date 2025-02-30 " + shell_quote(ok.string())), tmp.path());
  CHECK(bad_date.exit_code == 2);
  CHECK_THAT(bad_date.err, Catch::Contains("--date"));
}

TEST_CASE("te3 scorer cli: gold against itself is perfect, and changed text is refused") {
  TempDir tmp;
  fs::create_directories(tmp.path() / "gold");
  fs::create_directories(tmp.path() / "sys");
  write_file(tmp.path() / "gold" / "a.tml", kArticle);
  write_file(tmp.path() / "sys" / "a.tml", kArticle);
  const std::string dirs = shell_quote((tmp.path() / "gold").string()) + " " +
                           shell_quote((tmp.path() / "sys").string());
  CommandResult same = run_shell(scorer(dirs), tmp.path());
  INFO(same.err);
  REQUIRE(same.exit_code == 0);
  CHECK_THAT(same.out, Catch::Contains("strict       100.00   100.00   100.00") &&
                           Catch::Contains("G=1 S=1 m=1 s=1 v=1 t=1"));

  std::string changed = kArticle;
  changed.replace(changed.find("a fifth"), 7, "a sixth");
  write_file(tmp.path() / "sys" / "a.tml", changed);
  CommandResult differ = run_shell(scorer(dirs), tmp.path());
  CHECK(differ.exit_code == 2);
  CHECK_THAT(differ.err, Catch::Contains("a.tml") && Catch::Contains("TEXT differs"));
}
