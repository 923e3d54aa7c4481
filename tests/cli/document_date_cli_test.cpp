// End-to-end: where a document's date came from, as `ingest`, `query` and
// `show` tell it. The pages are written for this test.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "../support/run_command.h"

namespace fs = std::filesystem;
using annals::testing::annals_cmd;
using annals::testing::CommandResult;
using annals::testing::run_shell;
using annals::testing::shell_quote;
using annals::testing::TempDir;

namespace {

void write_file(const fs::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary) << bytes;
}

CommandResult run_annals(const TempDir& tmp, const std::string& args) {
  return run_shell(annals_cmd(tmp.path() / "kb", args), tmp.path());
}

const char* kStory =
    "Harbour council approves new sea wall\n"
    "The harbour council approved a new sea wall on Tuesday after two winters of flooding "
    "along the front.\n"
    "Work is due to start in the spring, the council said.\n";

}  // namespace

TEST_CASE("doc lists every document, and doc_date_source says where each date came from",
          "[cli][dates]") {
  TempDir tmp;
  write_file(tmp.path() / "by_url.txt", kStory);
  write_file(tmp.path() / "undated.txt", kStory + std::string("The mayor welcomed it.\n"));
  write_file(tmp.path() / "byline.txt",
             std::string("Harbour Gazette | MAR 3, 2021 | 7:45 AM\n") + kStory);
  // --url gives a page its address, and the address its date.
  CommandResult r = run_annals(tmp, "ingest --url https://example.com/news/2021/03/03/sea-wall/ " +
                                        shell_quote((tmp.path() / "by_url.txt").string()));
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  r = run_annals(tmp, "ingest " + shell_quote((tmp.path() / "undated.txt").string()) + " " +
                          shell_quote((tmp.path() / "byline.txt").string()));
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.find("undated.txt: no story date") != std::string::npos);

  r = run_annals(tmp, "query --format tsv 'doc(D, _, P).'");
  INFO(r.out);
  CHECK(r.out.find("by_url.txt\t2021-03-03") != std::string::npos);
  CHECK(r.out.find("byline.txt\t2021-03-03") != std::string::npos);
  CHECK(r.out.find("undated.txt\t\n") != std::string::npos);  // listed, with an empty date

  r = run_annals(tmp, "query --format tsv 'doc_date_source(D, S, E).'");
  INFO(r.out);
  CHECK(r.out.find("by_url.txt\turl\turl /2021/03/03/") != std::string::npos);
  CHECK(r.out.find("byline.txt\tbyline\tbyline \"Harbour Gazette | MAR 3, 2021 | 7:45 AM\"") !=
        std::string::npos);
  // An undated page says why it is undated.
  CHECK(r.out.find("undated.txt\tnone\tno story date in the page's head") != std::string::npos);

  r = run_annals(tmp, "show ev:000001");
  INFO(r.out);
  CHECK(r.out.find("document date: ") != std::string::npos);
}

TEST_CASE("a JSON Lines date outranks the text, which is kept as a warning", "[cli][dates]") {
  TempDir tmp;
  write_file(tmp.path() / "pages.jsonl",
             "{\"text\": \"Published: March 4, 2021\\nThe harbour council approved a new sea wall "
             "on Wednesday after two winters of flooding.\\n\", \"date\": \"2021-03-03\", "
             "\"url\": \"https://example.com/2021/03/03/sea-wall/\"}\n");
  CommandResult r = run_annals(tmp, "ingest " + shell_quote((tmp.path() / "pages.jsonl").string()));
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.find("2021-03-04") != std::string::npos);  // the text's date, as a warning
  r = run_annals(tmp, "query --format tsv 'doc_date_source(D, S, E).'");
  CHECK(r.out.find("pages.jsonl#1\trecord") != std::string::npos);
}
