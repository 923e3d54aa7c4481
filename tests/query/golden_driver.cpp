// Runs one golden file: NAME.dl against the example knowledge base, compared
// with NAME.out (outputs) or NAME.err (the diagnostic). Rows of each table
// are sorted before comparing. `--update` rewrites the expected file.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "annals/query.h"
#include "fake_store.h"

namespace fs = std::filesystem;
using namespace annals::query;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream s(text);
  for (std::string line; std::getline(s, line);) lines.push_back(line);
  return lines;
}

std::string render(const Session::RunResult& result) {
  std::string out;
  for (const Output& o : result.outputs) {
    out += "% " + o.statement.substr(0, o.statement.find('\n')) + "\n";
    if (auto* t = std::get_if<Table>(&o.result)) {
      std::string header;
      for (const auto& c : t->columns) header += (header.empty() ? "" : " | ") + c;
      out += header + "\n";
      std::vector<std::string> rows;
      for (const auto& row : t->rows) {
        std::string line;
        for (size_t i = 0; i < row.size(); ++i) line += (i ? " | " : "") + format_value(row[i]);
        rows.push_back(line);
      }
      std::sort(rows.begin(), rows.end());
      for (const auto& r : rows) out += r + "\n";
      out += "(" + std::to_string(rows.size()) + " rows)\n";
    } else if (auto* e = std::get_if<ExpectationResult>(&o.result)) {
      out += std::string(e->passed ? "passed: " : "FAILED: ") + e->found + "\n";
    } else if (auto* m = std::get_if<std::string>(&o.result)) {
      out += *m + (m->empty() || m->back() != '\n' ? "\n" : "");
    } else if (auto* d = std::get_if<Directive>(&o.result)) {
      out += "directive ." + d->name;
      for (const auto& a : d->args) out += " [" + a + "]";
      out += "\n";
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: query_golden FILE.dl [--update]\n";
    return 2;
  }
  const fs::path dl = fs::absolute(argv[1]);
  const bool update = argc > 2 && std::string(argv[2]) == "--update";
  fs::path expected_path = dl;
  expected_path.replace_extension(".err");
  const bool expect_error = fs::exists(expected_path);
  if (!expect_error) expected_path.replace_extension(".out");

  // `.import` paths in golden files are relative to the file.
  const std::string source = read(dl);
  if (dl.has_parent_path()) fs::current_path(dl.parent_path());
  auto store = annals::testing::example_store();
  Limits limits;
  limits.max_derived_tuples = 100000;
  Session session(&store, limits);
  // Relative file name: diagnostics in .err files do not depend on the checkout path.
  auto result = session.run(source, dl.filename().string());
  std::string actual = result.error ? result.error->render() : render(result);
  if (result.error && !expect_error) actual = render(result) + actual;

  if (update) {
    std::ofstream(expected_path, std::ios::binary) << actual;
    std::cout << "wrote " << expected_path << "\n";
    return 0;
  }
  if (!fs::exists(expected_path)) {
    std::cerr << "missing " << expected_path.filename() << "; actual output:\n" << actual;
    return 1;
  }
  const auto want = lines_of(read(expected_path));
  const auto got = lines_of(actual);
  if (want == got) return 0;
  std::cerr << "mismatch for " << dl.filename() << " (- expected, + actual):\n";
  const size_t n = std::max(want.size(), got.size());
  for (size_t i = 0; i < n; ++i) {
    const std::string* w = i < want.size() ? &want[i] : nullptr;
    const std::string* g = i < got.size() ? &got[i] : nullptr;
    if (w && g && *w == *g) {
      std::cerr << "  " << *w << "\n";
      continue;
    }
    if (w) std::cerr << "- " << *w << "\n";
    if (g) std::cerr << "+ " << *g << "\n";
  }
  return 1;
}
