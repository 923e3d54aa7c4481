// `annals events FILE... [--format tml|tsv] [--out DIR]`: the event mentions
// annals finds in texts, as TimeML (TEXT with annals' own <EVENT eid class>
// tags, every other byte unchanged) or as one tab-separated line per mention.
// The measurement view of the event finder (TempEval-3 Task B:
// scripts/eval-events.sh).
//
// `annals events FILE.tml... --gold-events --format tsv`: the date of every
// EVENT tag already in a TimeML file, one line `doc<TAB>eid<TAB>label` in the
// TimeBank event-time notation (scripts/eval-eventtime.sh).
//
// One function per mode:
//  - find_events_in_file: annals' own event mentions (the default);
//  - date_gold_events: the dates of the file's own EVENT tags.
#include <cstdio>
#include <iostream>
#include <memory>

#include "annals/document.h"
#include "annals/event_category.h"
#include "annals/event_time.h"
#include "annals/events.h"
#include "annals/timeml.h"
#include "annals/timex.h"
#include "commands.h"
#include "input_files.h"
#include "sentences.h"

namespace annals::cli {
namespace {

namespace fs = std::filesystem;

struct EventsFlags {
  std::vector<std::string> files;
  std::string format;  // empty: tml for .tml input, tsv otherwise
  std::string out_dir;
  std::string date;          // for plain text: the document date
  bool gold_events = false;  // mode: date the file's own EVENT tags
  bool reasons = false;      // with --gold-events: a fourth column, why
};

void print_warning(const std::string& message) {
  std::fputs(("annals: warning: " + message + "\n").c_str(), stderr);
}

// A TSV cell: tabs and line ends as spaces, empty as "-".
std::string cell(std::string_view s) {
  if (s.empty()) return "-";
  std::string out(s);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

// The type's categories, space-separated ("coerce legal").
std::string categories_of(std::string_view type) {
  std::string out;
  for (std::string_view c : event_categories(type)) {
    if (!out.empty()) out += ' ';
    out += c;
  }
  return out;
}

constexpr std::string_view kTsvHeader =
    "document\tsentence\tbegin\tend\ttrigger\tlemma\tclass\ttype\tcategory\tdate\n";

// One line per mention; begin and end are byte offsets of the TEXT (TimeML)
// or of the document body (plain text).
std::string render_tsv(const std::string& name, const std::vector<EventMention>& events) {
  std::string out;
  for (const EventMention& e : events) {
    out += cell(name) + '\t' + std::to_string(e.sentence) + '\t' + std::to_string(e.begin) + '\t' +
           std::to_string(e.end) + '\t' + cell(e.trigger) + '\t' + cell(e.lemma) + '\t' +
           cell(e.event_class) + '\t' + cell(e.type) + '\t' + cell(categories_of(e.type)) + '\t' +
           (e.when ? format_interval(*e.when) : std::string("-")) + '\n';
  }
  return out;
}

std::vector<TimemlEvent> as_timeml_events(const std::vector<EventMention>& events) {
  std::vector<TimemlEvent> out;
  out.reserve(events.size());
  for (const EventMention& e : events) {
    TimemlEvent tag;
    tag.begin = e.begin;
    tag.end = e.end;
    tag.event_class = e.event_class;
    tag.surface = e.trigger;
    out.push_back(std::move(tag));
  }
  return out;
}

// Mode "find": annals' event mentions of one file, as TimeML or TSV.
Result<std::string> find_events_in_file(const fs::path& path, const EventsFlags& flags,
                                        bool as_timeml) {
  auto bytes = read_bytes(path);
  if (!bytes.ok()) return bytes.status();
  const std::string name = path.filename().string();
  if (is_timeml_path(path)) {
    auto doc = parse_timeml(std::move(*bytes), path.string());
    if (!doc.ok()) return doc.status();
    Document document = timeml_as_document(*doc);
    if (!flags.date.empty()) document.date = parse_day(flags.date);
    if (!document.date) print_warning(path.string() + ": the DCT is not a calendar date");
    const Extraction found = extract_any_events(document);
    if (as_timeml) return write_timeml_events(*doc, as_timeml_events(found.events));
    return render_tsv(name, found.events);
  }
  if (as_timeml)
    return Status::InvalidInput(path.string() +
                                ": --format tml needs TimeML input (.tml); use --format tsv");
  DocumentOptions options;
  if (!flags.date.empty()) options.date = parse_day(flags.date);
  auto document = parse_text_document(name, *bytes, options);
  if (!document.ok())
    return Status::InvalidInput(path.string() + ": " + document.status().message());
  return render_tsv(name, extract_any_events(*document).events);
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
    if (flags.reasons) out += "\t" + cell(times[i].reason);
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
  if (flags.gold_events) {
    if (flags.format == "tml") {
      print_error("--gold-events writes tsv (doc<TAB>eid<TAB>label), not tml");
      return kExitError;
    }
    return run_gold_events(flags);
  }
  if (!flags.date.empty() && !parse_day(flags.date)) {
    print_error("--date " + flags.date + ": not a valid date (want YYYY-MM-DD)");
    return kExitError;
  }
  if (!flags.out_dir.empty()) {
    if (Status s = make_output_dir(flags.out_dir); !s.ok()) {
      print_error(s.message());
      return kExitError;
    }
  }
  const auto inputs = expand_inputs(flags.files);
  if (!inputs.ok()) {
    print_error(inputs.status().message());
    return kExitError;
  }
  int exit_code = kExitOk;
  bool header_written = false;
  OutputFiles outputs(flags.out_dir);
  for (const InputFile& input : *inputs) {
    const fs::path& path = input.path;
    const bool as_timeml = flags.format.empty() ? is_timeml_path(path) : flags.format == "tml";
    auto output = find_events_in_file(path, flags, as_timeml);
    if (!output.ok()) {
      print_error(output.status().message());
      exit_code = kExitError;
      continue;
    }
    if (flags.out_dir.empty()) {
      if (!as_timeml && !header_written) std::cout << kTsvHeader;
      header_written |= !as_timeml;
      std::cout << *output;
      continue;
    }
    auto target = outputs.claim(input, as_timeml ? ".tml" : ".events.tsv");
    if (!target.ok()) {
      print_error(target.status().message());
      exit_code = kExitError;
      continue;
    }
    const std::string content = as_timeml ? *output : std::string(kTsvHeader) + *output;
    if (Status s = write_output(path, *target, content); !s.ok()) {
      print_error(s.message());
      exit_code = kExitError;
    }
  }
  std::cout.flush();
  return exit_code;
}

}  // namespace

void register_events(CLI::App& app, const GlobalOptions&, int* exit_code) {
  auto flags = std::make_shared<EventsFlags>();
  CLI::App* cmd = app.add_subcommand(
      "events", "The event mentions of texts, as TimeML or TSV (the event finder's view)");
  cmd->add_option("FILE", flags->files,
                  ".tml (TimeML: DCT and TEXT) or plain text files; a directory means its .tml "
                  "and .txt files")
      ->required();
  cmd->add_option("--format", flags->format,
                  "tml or tsv (default: tml for .tml input, tsv otherwise)")
      ->check(CLI::IsMember({"tml", "tsv"}));
  cmd->add_option("--out", flags->out_dir,
                  "write one file per input into DIR (NAME.tml or NAME.events.tsv)");
  cmd->add_option("--date", flags->date,
                  "document date YYYY-MM-DD (overrides a .tml file's DCT; needed for plain text)");
  cmd->add_flag("--gold-events", flags->gold_events,
                "date the EVENT tags already in .tml files, one line doc<TAB>eid<TAB>label "
                "(the event-time benchmark)");
  cmd->add_flag("--reasons", flags->reasons, "with --gold-events: a fourth column, why each date");
  cmd->callback([flags, exit_code] { *exit_code = run_events(*flags); });
}

}  // namespace annals::cli
