// The REPL as a user meets it: in a real terminal (forkpty), and scripted.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <thread>

#include "../support/run_command.h"
#include "pty_session.h"

namespace fs = std::filesystem;
using annals::testing::PtySession;
using annals::testing::TempDir;

namespace {

// The REPL with no knowledge base: what these tests type uses only the
// user's own relations, so they do not depend on the store's contents.
std::unique_ptr<PtySession> start_repl(const TempDir& tmp) {
  const fs::path db = tmp.path() / "no-kb";
  return std::make_unique<PtySession>(
      std::vector<std::string>{annals::testing::annals_binary().string(), "--db", db.string(),
                               "repl"},
      std::vector<std::pair<std::string, std::string>>{
          {"XDG_DATA_HOME", (tmp.path() / "data").string()}, {"TERM", "xterm"}, {"NO_COLOR", "1"}},
      tmp.path());
}

}  // namespace

TEST_CASE("repl: a typed query prints its table", "[cli_query][repl]") {
  TempDir tmp;
  auto repl = start_repl(tmp);
  REQUIRE(repl->started());
  REQUIRE(repl->expect("annals> "));
  repl->send("visited(\"Pyongyang\", 2025).\r");
  repl->send("?- visited(City,\r");  // a statement over two lines
  REQUIRE(repl->expect("...> "));
  repl->send("  Year).\r");
  CHECK(repl->expect("City"));
  CHECK(repl->expect("Pyongyang"));
  CHECK(repl->expect("(1 row)"));
  repl->send(".quit\r");
  CHECK(repl->wait_exit() == 0);
}

TEST_CASE("repl: tab completes a relation name", "[cli_query][repl]") {
  TempDir tmp;
  auto repl = start_repl(tmp);
  REQUIRE(repl->expect("annals> "));
  repl->send("landmark(\"Kremlin\").\r");
  REQUIRE(repl->expect("annals> "));
  REQUIRE(repl->wait_raw_mode());
  repl->send("?- landm\tX).\r");
  CHECK(repl->expect("ark("));  // libedit redraws only what the completion added
  CHECK(repl->expect("Kremlin"));
  CHECK(repl->expect("(1 row)"));
  REQUIRE(repl->expect("annals> "));  // at the prompt, Ctrl-D is end of input
  REQUIRE(repl->wait_raw_mode());
  repl->send("\x04");
  CHECK(repl->wait_exit() == 0);
}

TEST_CASE("repl: Ctrl-C stops a long query and the session goes on", "[cli_query][repl]") {
  TempDir tmp;
  {
    // A long chain: its transitive closure has tens of millions of pairs.
    std::ofstream edges(tmp.path() / "edges.csv");
    edges << "from,to\n";
    for (int i = 0; i < 30000; ++i) edges << i << ',' << i + 1 << '\n';
  }
  auto repl = start_repl(tmp);
  REQUIRE(repl->expect("annals> "));
  repl->send(".import \"edges.csv\" edge\r");
  REQUIRE(repl->expect("annals> "));
  repl->send("reach(X, Y) :- edge(X, Y).\r");
  repl->send("reach(X, Z) :- reach(X, Y), edge(Y, Z).\r");
  repl->send("?- N = count : { reach(X, Y) }.\r");
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  repl->send("\x03");
  CHECK(repl->expect("interrupted"));
  repl->send("?- edge(41, Next).\r");
  CHECK(repl->expect("42"));
  CHECK(repl->expect("(1 row)"));
  repl->send(".quit\r");
  CHECK(repl->wait_exit() == 0);
}

TEST_CASE("repl: history persists across sessions", "[cli_query][repl]") {
  TempDir tmp;
  {
    auto first = start_repl(tmp);
    REQUIRE(first->expect("annals> "));
    first->send("note(\"remember me\"). ?- note(Text).\r");
    REQUIRE(first->expect("(1 row)"));
    first->send(".quit\r");
    REQUIRE(first->wait_exit() == 0);
  }
  CHECK(fs::exists(tmp.path() / "data" / "annals" / "history"));
  auto second = start_repl(tmp);
  REQUIRE(second->expect("annals> "));
  second->send("\x10\x10\r");  // Ctrl-P twice: back past `.quit` to the query
  CHECK(second->expect("remember me"));
  CHECK(second->expect("(1 row)"));
  second->send(".quit\r");
  CHECK(second->wait_exit() == 0);
}

TEST_CASE("repl: statements from a pipe, without a terminal", "[cli_query][repl]") {
  TempDir tmp;
  std::ofstream(tmp.path() / "script.dl") << "city(\"Kursk\").\ncity(\"Seoul\").\n"
                                          << "?- city(C),\n   C != \"Seoul\".\n.mode csv\n"
                                          << "?- city(C).\n";
  const std::string cmd = "cd " + annals::testing::shell_quote(tmp.path().string()) + " && " +
                          annals::testing::shell_quote(annals::testing::annals_binary().string()) +
                          " --db " + annals::testing::shell_quote((tmp.path() / "none").string()) +
                          " repl < script.dl";
  // run_shell feeds /dev/null to the whole group; the inner redirect wins.
  auto r = annals::testing::run_shell(cmd, tmp.path());
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("Kursk") != std::string::npos);
  CHECK(r.out.find("(1 row)") != std::string::npos);
  CHECK(r.out.find("C\nKursk\nSeoul\n") != std::string::npos);
  CHECK(r.out.find("annals> ") == std::string::npos);  // no prompts when scripted
}

TEST_CASE("repl: .read runs a file, an error does not end a scripted session",
          "[cli_query][repl]") {
  TempDir tmp;
  std::ofstream(tmp.path() / "defs.dl") << "capital(\"Seoul\", \"South Korea\").\n"
                                        << "capital(\"Pyongyang\", \"North Korea\").\n"
                                        << "seat(C) :- capital(C, _).\n";
  std::ofstream(tmp.path() / "script.dl") << ".read defs.dl\n"
                                          << "?- seat(C) seat(D).\n"  // a syntax error
                                          << "?- seat(C).\n";
  const std::string cmd = "cd " + annals::testing::shell_quote(tmp.path().string()) + " && " +
                          annals::testing::shell_quote(annals::testing::annals_binary().string()) +
                          " --db no-kb repl < script.dl";
  auto r = annals::testing::run_shell(cmd, tmp.path());
  INFO(r.out << r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("<stdin>:2:") != std::string::npos);
  CHECK(r.out.find("Pyongyang") != std::string::npos);
  CHECK(r.out.find("(2 rows)") != std::string::npos);
}
