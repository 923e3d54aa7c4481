// End-to-end: `annals` under hostile input loses nothing without a word and
// never crashes (issue 21's cases, each as a user would meet it).
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
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
}

const std::string kStoryA =
    " date 2024-03-07\nSweden formally joined NATO on Thursday in Washington.\n";
const std::string kStoryB =
    " date 2024-02-26\nHungary's parliament voted on Monday to approve Sweden's bid.\n";

// `annals --db DB ARGS` run from inside `dir`, so relative paths are as typed.
CommandResult run_in(const TempDir& tmp, const fs::path& dir, const std::string& args) {
  return run_shell("cd " + shell_quote(dir.string()) + " && " + annals_cmd(tmp.path() / "kb", args),
                   tmp.path());
}

std::string documents(const TempDir& tmp) {
  return run_in(tmp, tmp.path(), "query --format csv 'doc(D, _, _).'").out;
}

}  // namespace

TEST_CASE("files of the same base name in two folders stay two documents", "[cli][identity]") {
  TempDir tmp;
  write_file(tmp.path() / "news" / "a" / "story.txt", kStoryA);
  write_file(tmp.path() / "news" / "b" / "story.txt", kStoryB);

  SECTION("one folder named: names are paths inside it") {
    CommandResult r = run_in(tmp, tmp.path(), "ingest news");
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("ingested 2 documents") != std::string::npos);
    const std::string docs = documents(tmp);
    CHECK(docs.find("a/story.txt") != std::string::npos);
    CHECK(docs.find("b/story.txt") != std::string::npos);
    CommandResult rm = run_in(tmp, tmp.path(), "rm a/story.txt");
    CHECK(rm.exit_code == 0);
    CHECK(documents(tmp).find("a/story.txt") == std::string::npos);
  }
  SECTION("two folders named: each name keeps the folder it came from") {
    CommandResult r = run_in(tmp, tmp.path() / "news", "ingest a b");
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("ingested 2 documents") != std::string::npos);
    const std::string docs = documents(tmp);
    CHECK(docs.find("a/story.txt") != std::string::npos);
    CHECK(docs.find("b/story.txt") != std::string::npos);
  }
}

TEST_CASE("a changed re-ingest under the same name is reported as replaced", "[cli][identity]") {
  TempDir tmp;
  write_file(tmp.path() / "news.jsonl",
             R"({"text": "Sweden formally joined NATO on Thursday.", "date": "2024-03-07"})"
             "\n");
  REQUIRE(run_in(tmp, tmp.path(), "ingest news.jsonl").exit_code == 0);
  write_file(tmp.path() / "news.jsonl",
             R"({"text": "Hungary's parliament voted on Monday.", "date": "2024-02-26"})"
             "\n");
  CommandResult r = run_in(tmp, tmp.path(), "ingest news.jsonl");
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("1 replaced") != std::string::npos);
  CHECK(r.err.find("news.jsonl#1: replaces the stored document") != std::string::npos);
}

TEST_CASE("each text on standard input is a document of its own", "[cli][identity]") {
  TempDir tmp;
  write_file(tmp.path() / "one.txt", kStoryA);
  write_file(tmp.path() / "two.txt", kStoryB);
  REQUIRE(run_in(tmp, tmp.path(), "ingest - < one.txt").exit_code == 0);
  CommandResult r = run_in(tmp, tmp.path(), "ingest - < two.txt");
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("0 replaced") != std::string::npos);
  const std::string docs = documents(tmp);
  const std::size_t first = docs.find("stdin-");
  REQUIRE(first != std::string::npos);
  CHECK(docs.find("stdin-", first + 1) != std::string::npos);
}

TEST_CASE("a bad JSON Lines line is reported and skipped, the rest is ingested", "[cli][jsonl]") {
  TempDir tmp;
  write_file(tmp.path() / "in" / "good.txt", kStoryA);
  write_file(tmp.path() / "in" / "feed.jsonl",
             R"({"text": "Hungary's parliament voted on Monday.", "date": "2024-02-26"})"
             "\n"
             R"({"text": "broken)"
             "\n"
             R"({"text": "Turkey ratified the bid on Tuesday.", "date": "2025-02-30"})"
             "\n");
  CommandResult r = run_in(tmp, tmp.path(), "ingest in");
  INFO(r.out << r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("feed.jsonl:2: ") != std::string::npos);
  CHECK(r.err.find("feed.jsonl:3: invalid date \"2025-02-30\"") != std::string::npos);
  CHECK(r.out.find("ingested 2 documents") != std::string::npos);
  CHECK(r.out.find("2 failed") != std::string::npos);
  CHECK(run_in(tmp, tmp.path(), "stats").out.find("documents  2") != std::string::npos);
}

TEST_CASE("a JSON Lines feed with a byte-order mark and CRLF lines reads every record",
          "[cli][jsonl]") {
  TempDir tmp;
  write_file(tmp.path() / "in" / "feed.jsonl",
             "\xEF\xBB\xBF"
             R"({"text": "Hungary's parliament voted on Monday.", "date": "2024-02-26"})"
             "\r\n\r\n"
             R"({"text": "Sweden formally joined NATO on Thursday.", "date": "2024-03-07"})"
             "\r\n");
  CommandResult r = run_in(tmp, tmp.path(), "ingest in");
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("ingested 2 documents") != std::string::npos);
  const std::string docs = documents(tmp);
  CHECK(docs.find("feed.jsonl#1") != std::string::npos);
  CHECK(docs.find("feed.jsonl#3") != std::string::npos);
  CHECK(run_in(tmp, tmp.path(), "query --format csv 'event(E, join), time(E, S, _).'")
            .out.find("2024-03-07") != std::string::npos);
}

TEST_CASE("a symbolic-link loop is walked once, with a warning", "[cli][ingest]") {
  TempDir tmp;
  write_file(tmp.path() / "in" / "story.txt", kStoryA);
  fs::create_directory_symlink(".", tmp.path() / "in" / "again");
  fs::create_symlink("self.txt", tmp.path() / "in" / "self.txt");
  CommandResult r = run_in(tmp, tmp.path(), "ingest in");
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("ingested 1 documents") != std::string::npos);
  CHECK(r.err.find("again: symbolic link back to a folder already read") != std::string::npos);
  CHECK(r.err.find("self.txt: symbolic link loop") != std::string::npos);
}

TEST_CASE("a full disk on standard output is an error", "[cli][output]") {
  if (!fs::exists("/dev/full")) {
    WARN("no /dev/full on this system: skipped");
    return;
  }
  TempDir tmp;
  write_file(tmp.path() / "story.txt", kStoryA);
  REQUIRE(run_in(tmp, tmp.path(), "ingest story.txt").exit_code == 0);
  for (const char* command :
       {"export --format jsonl", "query 'event(E, T).'", "show ev:000001", "stats"}) {
    CommandResult r = run_in(tmp, tmp.path(), std::string(command) + " > /dev/full");
    INFO(command << ": " << r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("annals: error: cannot write to standard output") != std::string::npos);
  }
}

TEST_CASE("undated text on standard input is stored, with a warning", "[cli][ingest]") {
  TempDir tmp;
  CommandResult r = run_shell("echo 'Sweden formally joined NATO on Monday.' | " +
                                  annals_cmd(tmp.path() / "kb", "ingest -"),
                              tmp.path());
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("ingested 1 documents") != std::string::npos);
  CHECK(r.err.find("no date line") != std::string::npos);
}

TEST_CASE("UTF-16 text with a byte-order mark is read", "[cli][ingest]") {
  TempDir tmp;
  std::string le = "\xFF\xFE", be = "\xFE\xFF";
  for (char c : kStoryA) {
    le += c, le += '\0';
    be += '\0', be += c;
  }
  write_file(tmp.path() / "le.txt", le);
  write_file(tmp.path() / "be.txt", be);
  CommandResult r = run_in(tmp, tmp.path(), "ingest le.txt be.txt");
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("binary") == std::string::npos);
  // The same text twice: one document, the other its duplicate.
  CHECK(r.out.find("ingested 2 documents (1 unchanged") != std::string::npos);
  CommandResult q = run_in(tmp, tmp.path(), "query --format csv 'event(E, join), time(E, S, _).'");
  CHECK(q.out.find("2024-03-07") != std::string::npos);
}

TEST_CASE("ingest refuses a --db folder holding other files", "[cli][ingest]") {
  TempDir tmp;
  write_file(tmp.path() / "papers" / "notes.md", "my notes\n");
  write_file(tmp.path() / "story.txt", kStoryA);
  CommandResult r = run_shell(shell_quote(annals::testing::annals_binary().string()) + " --db " +
                                  shell_quote((tmp.path() / "papers").string()) + " ingest " +
                                  shell_quote((tmp.path() / "story.txt").string()),
                              tmp.path());
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("not an annals knowledge base") != std::string::npos);
  std::size_t entries = 0;
  for (const auto& e : fs::directory_iterator(tmp.path() / "papers")) {
    (void)e;
    ++entries;
  }
  CHECK(entries == 1);
}

TEST_CASE("an empty file and a blank one are both skipped, saying which", "[cli][ingest]") {
  TempDir tmp;
  write_file(tmp.path() / "empty.txt", "");
  write_file(tmp.path() / "blank.txt", " \n\t\n");
  write_file(tmp.path() / "story.txt", kStoryA);
  CommandResult r = run_in(tmp, tmp.path(), "ingest empty.txt blank.txt story.txt");
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("2 skipped, 0 failed") != std::string::npos);
  CHECK(r.err.find("empty.txt: no story text found (empty file)") != std::string::npos);
  CHECK(r.err.find("blank.txt: no story text found (only whitespace)") != std::string::npos);
}

TEST_CASE("a name that matches nothing gets near names", "[cli][names]") {
  TempDir tmp;
  write_file(tmp.path() / "in" / "2024" / "story.txt", kStoryA);
  REQUIRE(run_in(tmp, tmp.path(), "ingest in").exit_code == 0);

  SECTION("export --entity") {
    CommandResult r = run_in(tmp, tmp.path(), "export --format jsonl --entity Swedn");
    INFO(r.err);
    CHECK(r.err.find("no entity is named \"Swedn\" (did you mean \"Sweden\"") != std::string::npos);
  }
  SECTION("rm, a typo") {
    CommandResult r = run_in(tmp, tmp.path(), "rm 2024/stroy.txt");
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("did you mean \"2024/story.txt\"") != std::string::npos);
  }
  SECTION("rm, the base name of a document in a folder") {
    CommandResult r = run_in(tmp, tmp.path(), "rm story.txt");
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("did you mean \"2024/story.txt\"") != std::string::npos);
  }
}

TEST_CASE("timex --out never overwrites one input's file with another's", "[cli][timex]") {
  TempDir tmp;
  write_file(tmp.path() / "a" / "story.txt", "Sweden joined NATO on Thursday.\n");
  write_file(tmp.path() / "b" / "story.txt", "Hungary voted on Monday.\n");
  fs::create_symlink("loop.txt", tmp.path() / "b" / "loop.txt");
  CommandResult r = run_in(tmp, tmp.path(), "timex a b --date 2024-03-07 --out out");
  INFO(r.out << r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("b/story.txt: would overwrite") != std::string::npos);
  CHECK(annals::testing::slurp(tmp.path() / "out" / "story.timex.txt").find("Thursday") !=
        std::string::npos);
}
