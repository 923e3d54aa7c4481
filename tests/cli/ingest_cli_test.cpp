// End-to-end: the `annals` binary on the bundled samples and on bad input.
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

// A bad input must fail with one `annals: error:` line naming the file, exit
// 2, and leave no knowledge base behind.
void require_rejected(const TempDir& tmp, const std::string& args, const std::string& names) {
  const fs::path db = tmp.path() / "kb";
  CommandResult r = run_shell(annals_cmd(db, "ingest " + args), tmp.path());
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("annals: error: ", 0) == 0);
  CHECK(r.err.find(names) != std::string::npos);
  CHECK_FALSE(fs::exists(db));
}

const fs::path kSamples = fs::path(ANNALS_SOURCE_DIR) / "samples";

}  // namespace

TEST_CASE("ingest rejects a missing file", "[cli][ingest]") {
  TempDir tmp;
  require_rejected(tmp, shell_quote((tmp.path() / "nope.txt").string()), "nope.txt");
}

TEST_CASE("ingest rejects a folder with no articles", "[cli][ingest]") {
  TempDir tmp;
  fs::create_directory(tmp.path() / "empty");
  write_file(tmp.path() / "empty" / "image.png", "\x89PNG");
  require_rejected(tmp, shell_quote((tmp.path() / "empty").string()), "empty");
}

TEST_CASE("ingest rejects a UTF-16 file with a broken surrogate pair", "[cli][ingest]") {
  TempDir tmp;
  write_file(tmp.path() / "broken.txt", std::string("\xFF\xFEH\0\x00\xD8", 6));
  require_rejected(tmp, shell_quote((tmp.path() / "broken.txt").string()), "broken.txt");
}

TEST_CASE("ingest rejects a binary file", "[cli][ingest]") {
  TempDir tmp;
  write_file(tmp.path() / "photo.txt", std::string("\x7f"
                                                   "ELF\x02\x01\x01\0\0\0\0\x03\0\x3e\0",
                                                   16));
  require_rejected(tmp, shell_quote((tmp.path() / "photo.txt").string()), "photo.txt");
}

TEST_CASE("ingest refuses --db pointing at a regular file", "[cli][ingest]") {
  TempDir tmp;
  const fs::path not_a_db = tmp.path() / "notes.txt";
  write_file(not_a_db, "my notes\n");
  write_file(tmp.path() / "a.txt", " date 2024-03-07\nSweden joined NATO on Thursday.\n");
  CommandResult r = run_shell(shell_quote(annals::testing::annals_binary().string()) + " --db " +
                                  shell_quote(not_a_db.string()) + " ingest " +
                                  shell_quote((tmp.path() / "a.txt").string()),
                              tmp.path());
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("notes.txt") != std::string::npos);
  CHECK(annals::testing::slurp(not_a_db) == "my notes\n");
}

TEST_CASE("a bad file in a batch does not stop the good ones", "[cli][ingest]") {
  TempDir tmp;
  const fs::path db = tmp.path() / "kb";
  write_file(tmp.path() / "good.txt",
             " date 2024-03-07\nSweden formally joined NATO on Thursday in Washington.\n");
  write_file(tmp.path() / "photo.txt", std::string("GIF89a\0\0", 8));
  CommandResult r =
      run_shell(annals_cmd(db, "ingest " + shell_quote(tmp.path().string())), tmp.path());
  INFO(r.out << r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("photo.txt") != std::string::npos);
  CHECK(r.out.find("ingested 1 documents") != std::string::npos);
}

TEST_CASE("the samples ingest, answer queries and export a timeline", "[cli][e2e]") {
  TempDir tmp;
  const fs::path db = tmp.path() / "kb";
  CommandResult ingest = run_shell(
      annals_cmd(db, "ingest " + shell_quote((kSamples / "articles").string())), tmp.path());
  INFO(ingest.out << ingest.err);
  REQUIRE(ingest.exit_code == 0);

  SECTION("Sweden's accession is an event dated 2024-03-07") {
    CommandResult q = run_shell(
        annals_cmd(db, "query --format csv 'event(E, join), agent(E, \"Sweden\"), time(E, S, _).'"),
        tmp.path());
    INFO(q.out << q.err);
    CHECK(q.exit_code == 0);
    CHECK(q.out.find("2024-03-07") != std::string::npos);
  }
  SECTION("the JSONL export carries the spec's keys and the dated events") {
    CommandResult x = run_shell(annals_cmd(db, "export --format jsonl"), tmp.path());
    INFO(x.err);
    REQUIRE(x.exit_code == 0);
    for (const char* key : {"\"id\"", "\"type\"", "\"start\"", "\"end\"", "\"granularity\"",
                            "\"agents\"", "\"patients\"", "\"mentions\"", "\"reported\""})
      CHECK(x.out.find(key) != std::string::npos);
    CHECK(x.out.find("\"2024-02-26\"") != std::string::npos);  // Hungary's vote, "on Monday"
    CHECK(x.out.find("\"2024-01-23\"") != std::string::npos);  // Turkey's vote, JSONL record
    // Page furniture yields nothing.
    CHECK(x.out.find("Storm warnings") == std::string::npos);
    CHECK(x.out.find("Wildfire") == std::string::npos);
  }
  SECTION("the DOT timeline lays dates out left to right") {
    CommandResult x = run_shell(annals_cmd(db, "export --format dot"), tmp.path());
    REQUIRE(x.exit_code == 0);
    CHECK(x.out.find("digraph") != std::string::npos);
    CHECK(x.out.find("rankdir=LR") != std::string::npos);
    CHECK(x.out.find("2024-03-07") != std::string::npos);
  }
  SECTION("re-ingesting the same samples changes nothing") {
    CommandResult before = run_shell(annals_cmd(db, "stats"), tmp.path());
    CommandResult again = run_shell(
        annals_cmd(db, "ingest " + shell_quote((kSamples / "articles").string())), tmp.path());
    CommandResult after = run_shell(annals_cmd(db, "stats"), tmp.path());
    CHECK(again.exit_code == 0);
    CHECK(before.out == after.out);
  }
  SECTION("the tour and the CI checks pass") {
    CommandResult tour = run_shell(
        annals_cmd(db, "run " + shell_quote((kSamples / "queries" / "tour.dl").string()) + " " +
                           shell_quote((kSamples / "queries" / "ci_checks.dl").string())),
        tmp.path());
    INFO(tour.out << tour.err);
    CHECK(tour.exit_code == 0);
  }
}

TEST_CASE("a page of only furniture is reported and not stored", "[cli][ingest]") {
  TempDir tmp;
  write_file(tmp.path() / "furniture.txt",
             "Related Articles\nMore Stories\nCredit: AP\nShare this article\n");
  write_file(tmp.path() / "story.txt",
             " date 2024-03-07\nSweden formally joined NATO on Thursday in Washington.\n");
  const fs::path db = tmp.path() / "kb";
  CommandResult r =
      run_shell(annals_cmd(db, "ingest " + shell_quote((tmp.path() / "furniture.txt").string()) +
                                   " " + shell_quote((tmp.path() / "story.txt").string())),
                tmp.path());
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("furniture.txt: no story text found") != std::string::npos);
  CommandResult stats = run_shell(annals_cmd(db, "stats"), tmp.path());
  CHECK(stats.out.find("documents  1") != std::string::npos);
}
