// From raw article bytes to a document: its date, dateline, outlet and title,
// its body with page furniture removed, and its sentences.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annals/date.h"
#include "annals/sentence.h"
#include "annals/status.h"

namespace annals {

// A token of pre-tokenised input (CAT XML): where it sits in Document::body
// and how the source numbers it, so mentions can be named as the source does.
struct SourceToken {
  std::size_t begin = 0;  // byte offsets into Document::body
  std::size_t end = 0;
  std::uint32_t id = 0;        // the source's token id (CAT t_id)
  std::uint32_t sentence = 0;  // the source's sentence number == index into sentences
};

// Where a document's date came from. kByline: next to a byline, agency or
// source credit; kMeta: the HTML's metadata; kUrl: the page's address;
// kRecord: the input record's own date (JSON Lines "date").
enum class DateSource : std::uint8_t {
  kNone,
  kDateLine,
  kDateline,
  kUser,
  kInferred,
  kByline,
  kMeta,
  kUrl,
  kRecord,
};
std::string_view date_source_name(DateSource s);  // "none", "date line", "byline", "url", ...

struct Document {
  std::string name;  // base name of the ingested file, e.g. "000_43710ace8eb4a1eb.txt"
  std::optional<Day> date;
  DateSource date_source = DateSource::kNone;
  // The words or field the date came from, named by its kind:
  // byline "| MAR 3, 2021 | 7:45 AM", meta article:published_time, url /2021/03/03/.
  std::string date_evidence;
  std::string place;   // dateline place: "SEOUL"
  std::string outlet;  // "Reuters", "AP", "USA Today"
  std::string title;
  std::string url;
  std::string body;  // story text, furniture removed, one block per line
  std::vector<Sentence> sentences;
  std::vector<SourceToken> tokens;  // only for pre-tokenised input; empty otherwise
  // The story's language (ISO 639-1, "en" unless the text says otherwise).
  // Events are read in English only: a story CLD2 is sure is in another
  // language keeps its date but gets no events or entities, and a warning.
  std::string language = "en";
  bool english = true;
  std::vector<std::string> warnings;
};

struct DocumentOptions {
  std::optional<Day> date;         // --date: overrides whatever the text says
  std::optional<Day> record_date;  // a JSON Lines record's "date": outranks the text, warns
  std::string outlet;              // from a JSONL record, when given
  std::string url;                 // a record's "url" or --url: its date is a candidate
  // The latest date a page can have (default: today); later ones are no dates.
  std::optional<Day> latest;
};

// Parses one article given as plain text. Fails (never throws) on empty,
// binary or non-UTF-8 input, naming what is wrong.
Result<Document> parse_text_document(std::string name, std::string_view bytes,
                                     const DocumentOptions& options);

// Parses one article given as HTML: tags stripped, block structure kept as
// lines, script/style dropped, entities decoded; then as parse_text_document.
Result<Document> parse_html_document(std::string name, std::string_view bytes,
                                     const DocumentOptions& options);

// The date a page's own header gives it (a date line, or a dateline with a
// year, moved to the lead's weekday as parse_text_document does), without
// reading the body: for a TimeML file whose DCT may disagree. nullopt when the
// header dates nothing.
std::optional<Day> header_date(std::string_view page);

// The date a page address gives ("/2021/03/03/", "/20210303/", "/2103/03/"):
// the day and the part of the address, or nullopt (also for a month only).
struct UrlDay {
  Day date = 0;
  std::string evidence;  // "url /2021/03/03/"
};
std::optional<UrlDay> url_day(std::string_view url);

// Checks that bytes are text annals can read: non-empty, UTF-8, no NUL.
// The message says what is wrong and at which byte.
Status check_text(std::string_view bytes);

}  // namespace annals
