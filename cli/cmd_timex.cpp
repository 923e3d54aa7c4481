// `annals timex FILE... [--date D] [--format tml|table] [--out DIR]`: the time
// expressions the tagger finds, as TimeML or as a table. The debugging and
// benchmark view of the time tagger.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>

#include "annals/document.h"
#include "annals/timeml.h"
#include "annals/timex.h"
#include "commands.h"
#include "text_encoding.h"

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

bool is_timeml_path(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext == ".tml";
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

Result<std::string> read_bytes(const fs::path& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Status::NotFound(path.string() + ": no such file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path.string() + ": cannot open");
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return Status::IoError(path.string() + ": read error");
  auto text = to_utf8(std::move(content).str());
  if (!text) return Status::InvalidInput(path.string() + ": " + text.status().message());
  return text;
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

Status write_output(const fs::path& input, const fs::path& output, const std::string& content) {
  std::error_code ec;
  if (fs::exists(output, ec) && fs::equivalent(input, output, ec))
    return Status::InvalidInput(output.string() + ": is the input file; choose another --out");
  std::ofstream out(output, std::ios::binary | std::ios::trunc);
  out << content;
  out.close();
  if (!out) return Status::IoError(output.string() + ": cannot write");
  return Status::Ok();
}

// The files to tag: each FILE argument, or a directory's .tml and .txt files
// (recursively, sorted).
struct TimexInput {
  fs::path path;
  fs::path folder;  // under --out: its folder inside the directory named ("" for a file)
};

Result<std::vector<TimexInput>> expand_inputs(const std::vector<std::string>& args) {
  std::vector<TimexInput> files;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (!fs::is_directory(arg, ec)) {
      files.push_back({arg, {}});
      continue;
    }
    std::vector<fs::path> found;
    // Error codes, not exceptions: a link loop or an unreadable entry is
    // passed over, not the end of the run.
    for (auto it = fs::recursive_directory_iterator(
             arg, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code entry_ec;
      const std::string ext = it->path().extension().string();
      if (it->is_regular_file(entry_ec) && (is_timeml_path(it->path()) || ext == ".txt"))
        found.push_back(it->path());
    }
    if (ec) return Status::IoError(arg + ": " + ec.message());
    if (found.empty()) return Status::NotFound(arg + ": no .tml or .txt files in this directory");
    std::sort(found.begin(), found.end());
    for (const fs::path& f : found)
      files.push_back({f, f.parent_path().lexically_relative(arg).lexically_normal()});
  }
  return files;
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
    std::error_code ec;
    fs::create_directories(flags.out_dir, ec);
    if (ec || !fs::is_directory(flags.out_dir)) {
      print_error("--out " + flags.out_dir + ": cannot create the directory");
      return kExitError;
    }
  }
  const auto inputs = expand_inputs(flags.files);
  if (!inputs.ok()) {
    print_error(inputs.status().message());
    return kExitError;
  }
  const std::vector<TimexInput>& files = *inputs;
  int exit_code = kExitOk;
  std::map<fs::path, fs::path> written;  // --out file -> the input it came from
  for (const auto& [path, folder] : files) {
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
    // A file from a directory keeps its subfolder, so a/x.tml and b/x.tml stay two.
    const fs::path target_dir = (fs::path(flags.out_dir) / folder).lexically_normal();
    const fs::path target =
        target_dir / (path.stem().string() + (as_timeml ? ".tml" : ".timex.txt"));
    // Two named inputs of one name (a/x.tml b/x.tml) must not overwrite each other.
    if (auto [it, fresh] = written.emplace(target, path); !fresh) {
      print_error(file + ": would overwrite " + target.string() + ", written for " +
                  it->second.string() + "; not written (tag the two folders apart)");
      exit_code = kExitError;
      continue;
    }
    std::error_code dir_ec;
    fs::create_directories(target_dir, dir_ec);
    if (Status s = write_output(path, target, *output); !s.ok()) {
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
