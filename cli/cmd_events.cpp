// `annals events FILE.tml... --gold-events --format tsv`: the date of every
// EVENT tag already in a TimeML file, one line `doc<TAB>eid<TAB>label` in the
// TimeBank event-time notation, for the event-time benchmark
// (scripts/eval-eventtime.sh). One function per mode.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "annals/event_time.h"
#include "annals/timeml.h"
#include "annals/timex.h"
#include "commands.h"
#include "sentences.h"

namespace annals::cli {
namespace {

namespace fs = std::filesystem;

struct EventsFlags {
  std::vector<std::string> files;
  bool gold_events = false;
  bool reasons = false;  // a fourth column: why
  std::string format = "tsv";
};

std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

// Dates the EVENT tags of one TimeML file and prints one line per event.
Status date_gold_events(const fs::path& path, const EventsFlags& flags) {
  auto doc = read_timeml_file(path);
  if (!doc.ok()) return doc.status();
  TimexOptions options;
  options.document_date = doc->dct;
  const std::vector<Timex> timexes = tag_timexes(doc->text, options);
  const std::vector<Sentence> sentences = text::split_sentences(doc->text);
  std::vector<DatingSite> sites;
  sites.reserve(doc->events.size());
  for (const TimemlEvent& e : doc->events) {
    DatingSite site;
    site.begin = e.begin;
    site.end = e.end;
    site.tense = e.tense;
    site.aspect = e.aspect;
    site.event_class = e.event_class;
    site.pos = e.pos;
    site.lemma = e.stem;
    if (e.modality != "" && e.modality != "NONE") site.modality = e.modality;
    sites.push_back(std::move(site));
  }
  const std::vector<EventTime> times =
      date_event_sites({doc->text, sentences, timexes, doc->dct}, sites);
  const std::string name = path.stem().string();
  std::string out;
  for (std::size_t i = 0; i < times.size(); ++i) {
    out += name + "\t" + doc->events[i].eid + "\t" + event_time_label(times[i]);
    if (flags.reasons) out += "\t" + one_line(times[i].reason);
    out += "\n";
  }
  std::cout << out;
  return Status::Ok();
}

int run_gold_events(const EventsFlags& flags) {
  int exit_code = kExitOk;
  for (const std::string& file : flags.files) {
    if (Status s = date_gold_events(file, flags); !s.ok()) {
      print_error(s.message());
      exit_code = kExitError;  // one bad file never sinks the others
    }
  }
  std::cout.flush();
  return exit_code;
}

int run_events(const EventsFlags& flags) {
  if (flags.gold_events) return run_gold_events(flags);
  print_error("events: give --gold-events to date the EVENT tags of TimeML files");
  return kExitError;
}

}  // namespace

void register_events(CLI::App& app, const GlobalOptions&, int* exit_code) {
  auto flags = std::make_shared<EventsFlags>();
  CLI::App* cmd = app.add_subcommand("events", "The events of TimeML files, with their dates");
  cmd->add_option("FILE", flags->files, ".tml files (TimeML: DCT and TEXT)")->required();
  cmd->add_flag("--gold-events", flags->gold_events,
                "date the EVENT tags already in the files (the event-time benchmark)");
  cmd->add_flag("--reasons", flags->reasons, "add a fourth column: why each date");
  cmd->add_option("--format", flags->format, "tsv: doc<TAB>eid<TAB>label")
      ->check(CLI::IsMember({"tsv"}));
  cmd->callback([flags, exit_code] { *exit_code = run_events(*flags); });
}

}  // namespace annals::cli
