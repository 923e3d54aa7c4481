// From page bytes to a Document: checks, date line and dateline, title,
// furniture removal, sentences.
#include <algorithm>
#include <cctype>
#include <chrono>
#include <string>

#include "annals/document.h"
#include "dateline.h"
#include "dater.h"
#include "furniture.h"
#include "html.h"
#include "language.h"
#include "sentences.h"
#include "structured_date.h"
#include "tokens.h"
#include "url_date.h"
#include "utf8.h"

namespace annals {
namespace {

// Header lines searched for a date line and a dateline.
constexpr std::size_t kHeaderLines = 16;

std::string_view trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return lines;
}

// "in the San Diego County community of" / "Fallbrook on Feb. 4": a line
// ending in a comma or a word that needs more after it goes on, whatever
// the case of the next line.
bool ends_mid_phrase(std::string_view line) {
  if (line.empty()) return false;
  if (line.back() == ',') return true;
  const std::size_t space = line.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? line : line.substr(space + 1);
  static constexpr std::string_view kNeedMore[] = {"of", "the", "a",    "an", "and", "to",   "in",
                                                   "by", "for", "with", "on", "at",  "from", "or"};
  for (std::string_view w : kNeedMore)
    if (last == w) return true;
  return false;
}

// "... defence technology. [Mikhail Metzel/Sputnik/AP Photo]": a photo
// credit in brackets after a caption's last sentence names no one in it.
std::string_view without_trailing_credit(std::string_view line) {
  if (line.empty() || line.back() != ']') return line;
  const std::size_t open = line.rfind('[');
  if (open == std::string_view::npos || open < 2) return line;
  const std::string_view inside = line.substr(open + 1, line.size() - open - 2);
  const bool credit = inside.find('/') != std::string_view::npos ||
                      inside.find("Photo") != std::string_view::npos ||
                      inside.find("photo") != std::string_view::npos;
  std::size_t end = open;
  while (end > 0 && line[end - 1] == ' ') --end;
  const char before = end > 0 ? line[end - 1] : ' ';
  const bool after_sentence = before == '.' || before == '!' || before == '?' || before == '"';
  return credit && after_sentence ? line.substr(0, end) : line;
}

// An archive's hard-wrapped paragraph ("was described by police" / "as a
// former business associate"): a line of some length that ends mid-sentence
// and a next line that goes on in lower case are one line. Headlines and
// leads are left alone: a lead starts with a capital.
std::string unwrap_hard_breaks(const std::vector<std::string_view>& lines) {
  constexpr std::size_t kShortestWrappedLine = 30;
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) {
      const std::string_view before = lines[i - 1];
      const std::string_view line = lines[i];
      const bool goes_on =
          before.size() >= kShortestWrappedLine && !line.empty() && !text::is_terminated(before) &&
          (std::islower(static_cast<unsigned char>(line.front())) || ends_mid_phrase(before));
      out += goes_on ? ' ' : '\n';
    }
    out += lines[i];
  }
  return out;
}

// Words a furniture-only page's line needs to be kept as its story.
constexpr int kProseWords = 12;

int word_count(std::string_view line) {
  const std::vector<text::Token>& tokens = text::line_tokens(line);
  return static_cast<int>(std::count_if(tokens.begin(), tokens.end(),
                                        [](const text::Token& t) { return t.is_word(); }));
}

// The headline: a line repeated near the top, else the first unterminated
// line of four words or more before the story starts.
std::string find_title(const std::vector<std::string_view>& lines) {
  std::vector<std::string_view> top;
  for (std::string_view raw : lines) {
    const std::string_view line = trim(raw);
    if (line.empty()) continue;
    top.push_back(line);
    if (top.size() >= 20) break;
  }
  const auto headline_like = [](std::string_view line) {
    return line.size() < 250 && !text::is_terminated(line) && word_count(line) >= 4;
  };
  for (std::size_t i = 0; i < top.size(); ++i) {
    if (!headline_like(top[i])) continue;
    for (std::size_t j = i + 1; j < top.size(); ++j) {
      if (top[j] == top[i]) return std::string(top[i]);
    }
  }
  for (std::string_view line : top) {
    if (headline_like(line)) return std::string(line);
    if (text::judge_line(line, false) == text::LineVerdict::kStory && word_count(line) >= 8) break;
  }
  return {};
}

struct Header {
  std::optional<text::DateLineMatch> date_line;
  std::optional<text::DatelineMatch> dateline;
  std::size_t dateline_line = 0;  // the line the dateline opened
};

// Finds the date line and the dateline among the first lines and cuts them
// out of their lines (what follows them on the line is story text).
Header read_header(std::vector<std::string_view>& lines) {
  Header header;
  std::size_t seen = 0;
  for (std::size_t index = 0; index < lines.size(); ++index) {
    std::string_view& line = lines[index];
    if (trim(line).empty()) continue;
    if (++seen > kHeaderLines) break;
    if (!header.date_line) {
      if (auto match = text::match_date_line(line)) {
        line = trim(line.substr(match->consumed));
        header.date_line = std::move(match);
      }
    }
    if (!header.dateline) {
      if (auto match = text::match_dateline(line)) {
        line = trim(line.substr(match->consumed));
        header.dateline = std::move(match);
        header.dateline_line = index;
      }
    }
    if (header.dateline) break;
    // The story has started without a dateline: stop looking for one.
    const bool caption = !line.empty() && line.back() == ')';
    if (word_count(line) >= 12 && text::is_terminated(line) && !caption && header.date_line) break;
  }
  return header;
}

std::string month_name(int month) {
  static constexpr const char* kNames[] = {"January",   "February", "March",    "April",
                                           "May",       "June",     "July",     "August",
                                           "September", "October",  "November", "December"};
  return month >= 1 && month <= 12 ? kNames[month - 1] : "?";
}

// Index 1..7 (ISO) of a weekday name at the start of `word`, else 0.
int weekday_index(std::string_view word) {
  static constexpr std::string_view kDays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                               "Friday", "Saturday", "Sunday"};
  for (int d = 0; d < 7; ++d) {
    if (word == kDays[d]) return d + 1;
  }
  return 0;
}

// A date line written in an earlier time zone than the dateline's place
// ("date 2025-04-27" over "SEOUL ... confirmed Monday" on Monday 28th): when
// the lead names the weekday after the date line's day, the story is local
// to the next day. News leads report today's events, not ones six days old.
void align_with_lead(Document& doc, std::string_view lead) {
  if (!doc.date || doc.date_source != DateSource::kDateLine) return;
  std::vector<text::Token> tokens;
  text::tokenize(lead, 0, std::min<std::size_t>(lead.size(), 400), tokens);
  for (const text::Token& t : tokens) {
    const int day = weekday_index(t.text(lead));
    if (day == 0) continue;
    if (day == weekday(*doc.date + 1)) {
      // The two lines contradict each other; the warning quotes both.
      constexpr std::size_t kQuote = 120;
      std::string quoted(lead.substr(0, std::min(lead.size(), kQuote)));
      if (lead.size() > kQuote) quoted += "...";
      doc.warnings.push_back("date line " + format_day(*doc.date) + " (\"" + doc.date_evidence +
                             "\") is a day behind the lead's " + std::string(t.text(lead)) +
                             " (\"" + quoted + "\"): document dated " + format_day(*doc.date + 1));
      doc.date = *doc.date + 1;
      doc.date_evidence += " (lead: " + std::string(t.text(lead)) + ")";
    }
    return;
  }
}

// Moves a date line a day behind the dateline's lead forward (align_with_lead).
void align_lead(Document& doc, const Header& header, const std::vector<std::string_view>& lines) {
  if (header.dateline && header.dateline_line < lines.size()) {
    // The lead follows the dateline on its line, or on the next non-empty one
    // when the dateline stands alone ("DAR ES SALAAM, Tanzania (AP) _").
    std::size_t lead = header.dateline_line;
    while (lead + 1 < lines.size() && trim(lines[lead]).empty()) ++lead;
    align_with_lead(doc, lines[lead]);
  }
}

void apply_places(Document& doc, const Header& header, const DocumentOptions& options) {
  if (header.dateline) {
    doc.place = header.dateline->place;
    doc.outlet = header.dateline->outlet;
  }
  if (doc.outlet.empty() && header.date_line) doc.outlet = header.date_line->outlet;
  if (!options.outlet.empty()) doc.outlet = options.outlet;
}

// The header's own date only (a date line, else a dateline with its year):
// what header_date() reports for a TimeML file.
void apply_header_date(Document& doc, const Header& header) {
  if (header.date_line) {
    doc.date = header.date_line->date;
    doc.date_source = DateSource::kDateLine;
    doc.date_evidence = header.date_line->evidence;
    return;
  }
  if (header.dateline && header.dateline->year != 0) {
    doc.date = to_day({header.dateline->year, header.dateline->month, header.dateline->day});
    doc.date_source = DateSource::kDateline;
    doc.date_evidence = header.dateline->evidence;
  }
}

DateSource source_of(text::DateKind kind) {
  switch (kind) {
    case text::DateKind::kRecord:
      return DateSource::kRecord;
    case text::DateKind::kMeta:
      return DateSource::kMeta;
    case text::DateKind::kDateLine:
      return DateSource::kDateLine;
    case text::DateKind::kDateline:
      return DateSource::kDateline;
    case text::DateKind::kByline:
      return DateSource::kByline;
    case text::DateKind::kUrl:
      return DateSource::kUrl;
    case text::DateKind::kNone:
      break;
  }
  return DateSource::kNone;
}

Day today() {
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return static_cast<Day>(now.time_since_epoch().count());
}

// The story's date from the dater (dater.h): every cue of the page, its
// address, metadata and record weighed; or none, with a warning that says why.
void apply_dater(Document& doc, const Header& header, const std::vector<std::string_view>& page,
                 const DocumentOptions& options,
                 const std::vector<text::StructuredDate>& structured) {
  if (options.date) {
    doc.date = options.date;
    doc.date_source = DateSource::kUser;
    doc.date_evidence = "--date " + format_day(*options.date);
    return;
  }
  text::DaterInput input;
  input.lines = page;
  input.url = options.url;
  input.structured = structured;
  input.record_date = options.record_date;
  input.latest = options.latest ? *options.latest : today();
  text::DaterVerdict verdict = text::date_page(input);
  // Why a page stays undated: the dater's first note ("\"March 3, 2031\" lies
  // in the future: no date"), for doc_date_source to tell.
  const std::string first_note = verdict.warnings.empty() ? "" : verdict.warnings.front();
  for (std::string& w : verdict.warnings) doc.warnings.push_back(std::move(w));
  if (verdict.date) {
    doc.date = verdict.date;
    doc.date_source = source_of(verdict.kind);
    doc.date_evidence = std::move(verdict.evidence);
    return;
  }
  if (header.dateline && header.dateline->month != 0) {
    doc.warnings.push_back("dateline gives " + month_name(header.dateline->month) + " " +
                           std::to_string(header.dateline->day) +
                           " but no year: document date unknown, relative dates stay unresolved");
    doc.date_evidence = header.dateline->evidence;
    return;
  }
  doc.warnings.push_back(
      "no story date in the page's head, bylines, address or metadata: document date unknown, "
      "relative dates stay unresolved");
  doc.date_evidence = "no story date in the page's head, bylines, address or metadata";
  if (!first_note.empty()) doc.date_evidence += " (" + first_note + ")";
}

// Dates, places and outlet from the page; cuts the header out of `lines`.
// `structured` holds the HTML's metadata dates (none for plain text).
void read_dates(Document& doc, std::vector<std::string_view>& lines, const DocumentOptions& options,
                const std::vector<text::StructuredDate>& structured) {
  const std::vector<std::string_view> page = lines;  // the dater reads the uncut page
  const Header header = read_header(lines);
  apply_places(doc, header, options);
  apply_dater(doc, header, page, options, structured);
  align_lead(doc, header, lines);
}

// A story CLD2 is sure is not in English: events are read in English only.
void note_language(Document& doc) {
  if (doc.body.empty()) return;
  const text::StoryLanguage language = text::detect_language(doc.body);
  if (language.english) return;
  doc.language = language.code;
  doc.english = false;
  std::string name = language.name;
  for (std::size_t i = 1; i < name.size(); ++i)
    name[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[i])));
  doc.warnings.push_back("the story reads as " + name + " (" + language.code + ", " +
                         std::to_string(language.percent) +
                         "% of its text): events are read in English only, so none are stored");
}

Result<Document> parse_checked_text(std::string name, std::string_view page,
                                    const DocumentOptions& options,
                                    std::vector<std::string> warnings,
                                    const std::vector<text::StructuredDate>& structured = {}) {
  Document doc;
  doc.name = std::move(name);
  doc.url = options.url;
  doc.warnings = std::move(warnings);
  std::vector<std::string_view> lines = split_lines(page);
  read_dates(doc, lines, options, structured);
  doc.title = find_title(lines);
  const std::string unwrapped = unwrap_hard_breaks(lines);
  std::vector<std::string_view> story = text::story_lines(split_lines(unwrapped), doc.title);
  if (story.empty()) {
    // Every line read as furniture. A page of captions, a forum post without
    // full stops or a one-line scrape still has prose: its long lines are
    // kept (with a warning) rather than the page dropped.
    for (std::string_view line : lines)
      if (word_count(line) >= kProseWords && line != doc.title) story.push_back(line);
    // A one-line scrape: its only line is also taken for the title.
    if (story.empty() && word_count(doc.title) >= kProseWords) story.push_back(doc.title);
    if (!story.empty())
      doc.warnings.push_back("every line looked like page furniture; kept " +
                             std::to_string(story.size()) + " long line(s) as the story");
  }
  for (std::string_view line : story) {
    if (!doc.body.empty()) doc.body += '\n';
    doc.body += without_trailing_credit(line);
  }
  doc.sentences = text::split_sentences(doc.body);
  note_language(doc);
  return doc;
}

// Common checks; on success returns the text to parse (repaired UTF-8,
// newlines normalised) and any warning.
Result<std::string> prepare(std::string_view bytes, std::vector<std::string>& warnings) {
  if (Status s = check_text(bytes); !s.ok()) {
    if (s.message().rfind("invalid UTF-8", 0) != 0) return s;
    warnings.push_back(s.message() + "; replaced with U+FFFD");
  }
  std::string text = warnings.empty() ? std::string(bytes) : text::repair_utf8(bytes);
  text.erase(std::remove(text.begin(), text.end(), '\r'), text.end());
  return text;
}

}  // namespace

std::string_view date_source_name(DateSource s) {
  switch (s) {
    case DateSource::kNone:
      return "none";
    case DateSource::kDateLine:
      return "date line";
    case DateSource::kDateline:
      return "dateline";
    case DateSource::kUser:
      return "user";
    case DateSource::kInferred:
      return "inferred";
    case DateSource::kByline:
      return "byline";
    case DateSource::kMeta:
      return "meta";
    case DateSource::kUrl:
      return "url";
    case DateSource::kRecord:
      return "record";
  }
  return "none";
}

Status check_text(std::string_view bytes) {
  if (bytes.empty()) return Status::InvalidInput("empty file");
  if (const std::size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    return Status::InvalidInput("binary file, not text (NUL byte at offset " + std::to_string(nul) +
                                ")");
  }
  if (auto bad = text::first_invalid_utf8(bytes)) {
    return Status::InvalidInput("invalid UTF-8 at byte offset " + std::to_string(*bad));
  }
  return Status::Ok();
}

Result<Document> parse_text_document(std::string name, std::string_view bytes,
                                     const DocumentOptions& options) {
  std::vector<std::string> warnings;
  Result<std::string> text = prepare(bytes, warnings);
  if (!text.ok()) return text.status();
  return parse_checked_text(std::move(name), *text, options, std::move(warnings));
}

std::optional<Day> header_date(std::string_view page) {
  Document doc;
  std::vector<std::string_view> lines = split_lines(page);
  const Header header = read_header(lines);
  apply_header_date(doc, header);
  align_lead(doc, header, lines);
  return doc.date;
}

std::optional<UrlDay> url_day(std::string_view url) {
  const int latest_year = to_ymd(today()).year;
  auto found = text::url_date(url, latest_year);
  if (!found || found->day == 0) return std::nullopt;
  return UrlDay{to_day({found->year, found->month, found->day}), "url " + found->evidence};
}

Result<Document> parse_html_document(std::string name, std::string_view bytes,
                                     const DocumentOptions& options) {
  std::vector<std::string> warnings;
  Result<std::string> html = prepare(bytes, warnings);
  if (!html.ok()) return html.status();
  const std::string page = text::html_to_text(*html);
  return parse_checked_text(std::move(name), page, options, std::move(warnings),
                            text::html_dates(*html));
}

}  // namespace annals
