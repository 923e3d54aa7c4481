// TimeML (.tml) reading and writing, for the time tagger's evaluation on
// TempEval-3 and for `annals timex`.
//
// A TimeML file holds a DCT (document creation time) and a TEXT element whose
// content carries inline TIMEX3, EVENT and SIGNAL tags. A tagger's input is
// the TEXT content with every tag stripped; offsets below index that stripped
// text. The stripped text is byte-exact: entities such as `&amp;` stay as
// written, so writing tags back in yields the input file again.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "annals/date.h"
#include "annals/document.h"
#include "annals/status.h"
#include "annals/timex.h"

namespace annals {

// One TIMEX3 tag found inside TEXT.
struct TimemlTimex {
  std::size_t begin = 0;  // [begin, end) in TimemlDocument::text
  std::size_t end = 0;
  std::string tid;
  std::string type;   // as written: "DATE", "TIME", "DURATION", "SET"
  std::string value;  // empty when the attribute is absent
  std::string mod;
  std::string surface;  // text[begin, end)
  // False when the tag's content holds another tag (the TE3 scorer skips
  // such timexes).
  bool plain = true;
};

// One EVENT tag found inside TEXT, with its instance's attributes (the
// first MAKEINSTANCE naming it), when the file has one.
struct TimemlEvent {
  std::size_t begin = 0;  // [begin, end) in TimemlDocument::text
  std::size_t end = 0;
  std::string eid;
  std::string event_class;  // "OCCURRENCE", "REPORTING", "STATE", ...
  std::string surface;      // text[begin, end)
  std::string stem;
  std::string tense;   // "PAST", "PRESENT", "FUTURE", "NONE", ... (empty: no instance)
  std::string aspect;  // "PERFECTIVE", "PROGRESSIVE", "NONE", ...
  std::string pos;     // "VERB", "NOUN", ...
  std::string modality;
  std::string polarity;
};

struct TimemlDocument {
  std::string name;    // the file name errors are reported against
  std::string source;  // the whole file, unchanged
  std::string dct_tid;
  std::string dct_value;       // the DCT TIMEX3's value, e.g. "2013-03-22"
  std::optional<Day> dct;      // its date part, when it has one
  std::size_t text_begin = 0;  // TEXT content in `source`: [text_begin, text_end)
  std::size_t text_end = 0;
  std::string text;                  // TEXT content with all tags stripped
  std::vector<TimemlTimex> timexes;  // the TIMEX3s of TEXT, in text order
  std::vector<TimemlEvent> events;   // the EVENTs of TEXT, in text order
};

// Parses TimeML held in memory. `name` only labels error messages. Checks
// that the XML is well-formed (tags nest and close, attributes are quoted,
// `&` starts an entity) and that there is exactly one DCT holding one TIMEX3
// and exactly one TEXT.
Result<TimemlDocument> parse_timeml(std::string source, std::string_view name);

// Reads and parses a .tml file; errors name the file.
Result<TimemlDocument> read_timeml_file(const std::filesystem::path& path);

// The spans of `timexes` that can be written as tags into `text`: sorted by
// begin, empty or out-of-range spans dropped, and of two overlapping spans
// the later one dropped. When `text_is_escaped` (TimeML TEXT), spans whose
// boundary falls inside an entity such as `&amp;` are dropped too.
std::vector<Timex> writable_timexes(std::string_view text, std::span<const Timex> timexes,
                                    bool text_is_escaped);

// `text` with `<TIMEX3 tid type value [mod]>` tags around `timexes` (which
// must come from writable_timexes). Tids run t1, t2, ... skipping
// `reserved_tid`. When `escape_text`, the text is XML-escaped on the way out.
std::string insert_timex_tags(std::string_view text, std::span<const Timex> timexes,
                              bool escape_text, std::string_view reserved_tid = "t0");

// The input file with TEXT's tags replaced by `timexes` (offsets into
// doc.text); every byte outside TEXT is copied unchanged, the DCT included.
std::string write_timeml(const TimemlDocument& doc, std::span<const Timex> timexes);

// The input file with TEXT's tags replaced by `<EVENT eid class>` tags around
// `events` (offsets into doc.text; sorted, overlapping or entity-splitting
// spans dropped as writable_timexes does; eids as given, or e1, e2, ... when
// empty); every byte outside TEXT is copied unchanged.
std::string write_timeml_events(const TimemlDocument& doc, std::span<const TimemlEvent> events);

// A minimal TimeML document for a plain text: DOCID, the DCT when known, and
// TEXT (escaped) with `timexes` tagged.
std::string write_plain_text_as_timeml(std::string_view text, std::string_view doc_id,
                                       std::optional<Day> dct, std::span<const Timex> timexes);

// The TEXT of a TimeML file as a Document for the later stages: the body is
// doc.text with line ends inside a paragraph read as spaces (same length, so
// every offset into the body is an offset into doc.text), dated by the DCT,
// split into sentences.
Document timeml_as_document(const TimemlDocument& doc);

// Escapes &, <, >, and " for XML text and attribute values.
std::string xml_escape(std::string_view raw);

}  // namespace annals
