// `annals timex FILE... [--date D] [--format tml|table] [--out DIR]`: the time
// expressions the tagger finds, as TimeML or as a table. The debugging and
// benchmark view of the time tagger.
#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

#include "annals/document.h"
#include "annals/timeml.h"
#include "annals/timex.h"
#include "commands.h"
#include "input_files.h"

namespace annals::cli {
namespace {

namespace fs = std::filesystem;

struct TimexFlags {
  std::vector<std::string> files;
  std::string date;
  std::string format;  // empty: tml for .tml input, table otherwise
  std::string out_dir;
};

void print_warning(const std::string& message) {
  std::fputs(("annals: warning: " + message + "\n").c_str(), stderr);
}

// One cell of the table: on one line, tabs and line ends shown as spaces.
std::string one_line(std::string_view s) {
  std::string out(s);
  std::replace_if(
      out.begin(), out.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return out;
}

std::string render_table(std::string_view text, const std::vector<Timex>& timexes) {
  std::vector<std::array<std::string, 6>> rows;
  rows.push_back({"offset", "text", "type", "value", "mod", "reason"});
  for (const Timex& t : timexes)
    rows.push_back({std::to_string(t.begin), one_line(text.substr(t.begin, t.end - t.begin)),
                    std::string(timex_type_name(t.type)), t.value, t.mod.empty() ? "-" : t.mod,
                    one_line(t.reason)});
  std::array<std::size_t, 6> width{};
  for (const auto& row : rows)
    for (std::size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], row[c].size());
  std::string out;
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      line += row[c];
      if (c + 1 < row.size()) line += std::string(width[c] - row[c].size() + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

// The wire header TimeML keeps outside TEXT, in EXTRAINFO
// ("APW20000107.0088  NEWS STORY  2000-01-07 03:03"), with a line break after.
std::string header_of(const TimemlDocument& doc) {
  const std::string_view before = std::string_view(doc.source).substr(0, doc.text_begin);
  const std::size_t open = before.find("<EXTRAINFO>");
  if (open == std::string_view::npos) return {};
  const std::size_t begin = open + std::string_view("<EXTRAINFO>").size();
  const std::size_t close = before.find("</EXTRAINFO>", begin);
  if (close == std::string_view::npos) return {};
  return std::string(before.substr(begin, close - begin)) + "\n";
}

// "08/07/1998" reads as 8 July or August 7: a DCT that matches either
// reading agrees with it.
bool same_day_either_order(Day own, std::optional<Day> dct) {
  if (!dct) return false;
  if (own == *dct) return true;
  const Ymd ymd = to_ymd(own);
  return ymd.day <= 12 && is_valid_date(ymd.year, ymd.day, ymd.month) &&
         to_day({ymd.year, ymd.day, ymd.month}) == *dct;
}

// Tags one file; returns what to print or write.
Result<std::string> tag_file(const fs::path& path, std::optional<Day> date_flag, bool as_timeml) {
  auto bytes = read_bytes(path);
  if (!bytes.ok()) return bytes.status();
  std::optional<TimemlDocument> doc;
  if (is_timeml_path(path)) {
    auto parsed = parse_timeml(std::move(*bytes), path.string());
    if (!parsed.ok()) return parsed.status();
    doc = std::move(*parsed);
  }
  const std::string_view text = doc ? std::string_view(doc->text) : std::string_view(*bytes);

  TimexOptions options;
  options.document_date = date_flag ? date_flag : doc ? doc->dct : std::nullopt;
  if (doc && !date_flag) {
    std::string header = header_of(*doc);
    if (doc->dct) header += "date " + format_day(*doc->dct) + "\n";
    // The story's own header outranks the DCT: a wire copy filed days after
    // the story is still told relative to the story's day.
    // The header sits in the first lines: no need to copy a long TEXT whole.
    constexpr std::size_t kHeaderBytes = 64 * 1024;
    header.append(text.substr(0, kHeaderBytes));
    const auto own = header_date(header);
    if (own && !same_day_either_order(*own, doc->dct)) {
      print_warning(path.string() + ": the text dates itself " + format_day(*own) +
                    (doc->dct ? ", not the DCT's " + format_day(*doc->dct) : std::string()) +
                    "; resolving against the text's date");
      options.document_date = own;
    }
  }
  if (!options.document_date)
    print_warning(path.string() +
                  (doc ? ": the DCT is not a calendar date" : ": no document date") +
                  " (give --date YYYY-MM-DD); relative expressions are left unresolved");
  const std::vector<Timex> timexes = tag_timexes(text, options);
  if (!as_timeml) return render_table(text, timexes);

  const std::size_t writable = writable_timexes(text, timexes, doc.has_value()).size();
  if (writable < timexes.size())
    print_warning(path.string() + ": " + std::to_string(timexes.size() - writable) +
                  " overlapping time expression(s) left out of the TimeML");
  if (doc) return write_timeml(*doc, timexes);
  return write_plain_text_as_timeml(text, path.stem().string(), options.document_date, timexes);
}

int run_timex(const TimexFlags& flags) {
  std::optional<Day> date_flag;
  if (!flags.date.empty()) {
    date_flag = parse_day(flags.date);
    if (!date_flag) {
      print_error("--date " + flags.date + ": not a valid date (want YYYY-MM-DD)");
      return kExitError;
    }
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
  const std::vector<InputFile>& files = *inputs;
  int exit_code = kExitOk;
  OutputFiles outputs(flags.out_dir);
  for (const InputFile& input : files) {
    const fs::path& path = input.path;
    const std::string file = path.string();
    const bool as_timeml = flags.format.empty() ? is_timeml_path(path) : flags.format == "tml";
    auto output = tag_file(path, date_flag, as_timeml);
    if (!output.ok()) {
      print_error(output.status().message());
      exit_code = kExitError;
      continue;
    }
    if (flags.out_dir.empty()) {
      if (files.size() > 1 && !as_timeml) std::cout << "# " << file << "\n";
      std::cout << *output;
      if (files.size() > 1 && !as_timeml) std::cout << "\n";
      continue;
    }
    auto target = outputs.claim(input, as_timeml ? ".tml" : ".timex.txt");
    if (!target.ok()) {
      print_error(target.status().message());
      exit_code = kExitError;
      continue;
    }
    if (Status s = write_output(path, *target, *output); !s.ok()) {
      print_error(s.message());
      exit_code = kExitError;
    }
  }
  std::cout.flush();
  return exit_code;
}

}  // namespace

void register_timex(CLI::App& app, const GlobalOptions&, int* exit_code) {
  auto flags = std::make_shared<TimexFlags>();
  CLI::App* cmd = app.add_subcommand(
      "timex", "The time expressions of texts, as TimeML or a table (the time tagger's view)");
  cmd->add_option("FILE", flags->files,
                  ".tml (TimeML: DCT and TEXT) or plain text files; a directory means its .tml "
                  "and .txt files")
      ->required();
  cmd->add_option("--date", flags->date,
                  "document date YYYY-MM-DD (overrides a .tml file's DCT; needed for plain text)");
  cmd->add_option("--format", flags->format,
                  "tml or table (default: tml for .tml input, table otherwise)")
      ->check(CLI::IsMember({"tml", "table"}));
  cmd->add_option("--out", flags->out_dir,
                  "write one file per input into DIR (NAME.tml or NAME.timex.txt; a directory's "
                  "subfolders are kept)");
  cmd->callback([flags, exit_code] { *exit_code = run_timex(*flags); });
}

}  // namespace annals::cli
