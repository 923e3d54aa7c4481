// annals-train-event-lemmas OUT.tsv DIR...: counts, over the TimeML files of
// the development set (TBAQ: TimeBank and AQUAINT), how often each lemma,
// read as a part of speech by annals' tagger, carries an EVENT tag and of
// which class; writes parser/data/event_lemmas.tsv (see
// parser/lexicon/event_lemmas.h). Refuses the TempEval-3 platinum set: it
// is for measuring only. Deterministic: same input, same file.
#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "annals/timeml.h"
#include "ascii.h"
#include "event_lemmas.h"
#include "pos_tagger.h"
#include "tokens.h"

namespace fs = std::filesystem;

namespace {

struct Counts {
  unsigned seen = 0;
  unsigned events = 0;
  std::map<std::string, unsigned> classes;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: annals-train-event-lemmas OUT.tsv TML_DIR...\n";
    return 2;
  }
  std::vector<fs::path> files;
  for (int a = 2; a < argc; ++a) {
    const std::string dir = argv[a];
    if (dir.find("platinum") != std::string::npos) {
      std::cerr << "annals-train-event-lemmas: error: " << dir
                << ": the platinum set is for measuring only, never for training\n";
      return 2;
    }
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
      if (entry.path().extension() == ".tml") files.push_back(entry.path());
    if (ec) {
      std::cerr << "annals-train-event-lemmas: error: " << dir << ": " << ec.message() << "\n";
      return 2;
    }
  }
  std::sort(files.begin(), files.end());
  std::map<std::pair<std::string, char>, Counts> table;
  std::vector<annals::text::Token> tokens;
  std::vector<annals::lexicon::TaggedWord> tags;
  std::string scratch, key_scratch;
  for (const fs::path& path : files) {
    auto timeml = annals::read_timeml_file(path);
    if (!timeml.ok()) {
      std::cerr << "annals-train-event-lemmas: error: " << timeml.status().message() << "\n";
      return 2;
    }
    const annals::Document doc = annals::timeml_as_document(*timeml);
    const auto& gold = timeml->events;
    std::size_t next_gold = 0;
    for (const annals::Sentence& s : doc.sentences) {
      tokens.clear();
      annals::text::tokenize(doc.body, s.begin, s.end, tokens);
      annals::lexicon::tag_sentence(doc.body, tokens, tags, scratch);
      for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!tokens[i].is_word()) continue;
        const auto& t = tags[i];
        const std::string key(t.lemma.empty()
                                  ? annals::text::lowered(tokens[i].text(doc.body), key_scratch)
                                  : t.lemma);
        const char pos = annals::lexicon::event_pos_letter(annals::lexicon::event_pos(t.tag));
        Counts& c = table[{key, pos}];
        ++c.seen;
        while (next_gold < gold.size() && gold[next_gold].end <= tokens[i].begin) ++next_gold;
        if (next_gold < gold.size() && gold[next_gold].begin < tokens[i].end) {
          ++c.events;
          ++c.classes[gold[next_gold].event_class];
        }
      }
    }
  }
  std::ofstream out(argv[1], std::ios::trunc);
  out << "# lemma\tpos (n v a o)\ttimes an EVENT in TBAQ\ttimes seen\tcommonest class\ttimes of "
         "that class. Generated "
         "from TBAQ (TimeBank + AQUAINT) by annals-train-event-lemmas (target "
         "train-event-lemmas): do not edit.\n";
  for (const auto& [key, c] : table) {
    if (c.events == 0 && c.seen < 2) continue;
    if (key.first.find('\t') != std::string::npos || key.first.empty()) continue;
    std::string best = "-";
    unsigned best_count = 0;
    for (const auto& [name, n] : c.classes)
      if (n > best_count) {
        best = name;
        best_count = n;
      }
    out << key.first << '\t' << key.second << '\t' << c.events << '\t' << c.seen << '\t' << best
        << '\t' << best_count << '\n';
  }
  out.close();
  if (!out) {
    std::cerr << "annals-train-event-lemmas: error: cannot write " << argv[1] << "\n";
    return 2;
  }
  std::cerr << "annals-train-event-lemmas: " << files.size() << " documents, " << table.size()
            << " lemma readings\n";
  return 0;
}
