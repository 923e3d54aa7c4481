// annals-text-dump [--date YYYY-MM-DD] FILE...
// Prints the events the text pipeline extracts from articles (.txt, .html, or
// .jsonl with one {"text","date","outlet","url"} record a line), one line per
// event: type, trigger, date, agents, patients, modality/polarity, sentence.
// A quick look at what a sample produces, without a knowledge base.
#include <boost/json.hpp>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "annals/date.h"
#include "annals/document.h"
#include "annals/events.h"

namespace {

std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ";") + n;
  return out;
}

std::optional<annals::Day> g_date;  // --date: the document date of every file

void dump(const annals::Result<annals::Document>& parsed) {
  if (!parsed) {
    std::cout << "error: " << parsed.status().message() << "\n";
    return;
  }
  const annals::Document& doc = *parsed;
  std::cout << doc.name << ": date " << (doc.date ? annals::format_day(*doc.date) : "none") << ", "
            << doc.sentences.size() << " sentences\n";
  const annals::Extraction ex = annals::extract_events(doc);
  for (std::size_t i = 0; i < ex.events.size(); ++i) {
    const annals::EventMention& e = ex.events[i];
    std::cout << "  " << i << " " << e.type << " '" << e.trigger << "' "
              << (e.when ? annals::format_interval(*e.when) : "open")
              << " agents=" << join_names(e.agents) << " patients=" << join_names(e.patients) << " "
              << e.modality << "/" << e.polarity << " s" << e.sentence;
    if (e.parent) std::cout << " under=" << *e.parent;
    if (!e.claimed_by.empty()) std::cout << " claimed_by=" << e.claimed_by;
    for (const annals::TriggerSite& t : e.other_triggers)
      std::cout << " +s" << t.sentence << "'" << t.trigger << "'";
    std::cout << "\n";
  }
}

std::string json_string(const boost::json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string path = argv[i];
    if (path == "--date" && i + 1 < argc) {
      g_date = annals::parse_day(argv[++i]);
      continue;
    }
    annals::DocumentOptions file_options;
    file_options.date = g_date;
    std::ifstream in(path, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    const std::string bytes = buf.str();
    const std::string name = path.substr(path.find_last_of('/') + 1);
    if (path.ends_with(".jsonl")) {
      std::istringstream lines(bytes);
      std::string line;
      int record = 0;
      while (std::getline(lines, line)) {
        if (line.empty()) continue;
        boost::json::error_code ec;
        boost::json::value v = boost::json::parse(line, ec);
        if (ec || !v.is_object()) continue;
        const auto& o = v.as_object();
        annals::DocumentOptions options;
        options.date = annals::parse_day(json_string(o, "date"));
        options.outlet = json_string(o, "outlet");
        options.url = json_string(o, "url");
        dump(annals::parse_text_document(name + "#" + std::to_string(++record),
                                         json_string(o, "text"), options));
      }
    } else if (path.ends_with(".html") || path.ends_with(".htm")) {
      dump(annals::parse_html_document(name, bytes, file_options));
    } else {
      dump(annals::parse_text_document(name, bytes, file_options));
    }
  }
  return 0;
}
