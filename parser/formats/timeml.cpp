// TimeML reading: one pass over the file that checks well-formedness, finds
// the DCT and the TEXT element, strips TEXT's tags and records its TIMEX3s
// and EVENTs.
#include "annals/timeml.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <utility>

namespace annals {
namespace {

struct Attribute {
  std::string_view name;
  std::string_view value;  // raw, entities not expanded
};

struct Tag {
  std::string_view name;
  bool closing = false;       // </name>
  bool self_closing = false;  // <name/>
  std::vector<Attribute> attributes;
  std::size_t end = 0;  // offset just past '>'
};

std::string_view attribute(const Tag& tag, std::string_view name) {
  for (const auto& a : tag.attributes)
    if (a.name == name) return a.value;
  return {};
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == ':' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

class TimemlReader {
 public:
  TimemlReader(std::string source, std::string_view name) {
    doc_.name = std::string(name);
    doc_.source = std::move(source);
    src_ = doc_.source;
  }

  Result<TimemlDocument> read() {
    if (Status s = scan(); !s.ok()) return s;
    if (!open_.empty()) {
      // Appended piecewise: GCC 12 at -O3 warns falsely (-Wrestrict) on "<" + name + ">".
      std::string what = "<";
      what.append(open_.back().first).append("> is never closed");
      return fail(open_.back().second, what);
    }
    if (!seen_dct_) return Status::InvalidInput(doc_.name + ": no <DCT> element");
    if (!seen_text_) return Status::InvalidInput(doc_.name + ": no <TEXT> element");
    return std::move(doc_);
  }

 private:
  Status fail(std::size_t at, const std::string& what) const {
    const auto line = 1 + std::count(src_.begin(), src_.begin() + std::min(at, src_.size()), '\n');
    return Status::InvalidInput(doc_.name + ":" + std::to_string(line) + ": " + what);
  }

  Status scan() {
    std::size_t pos = 0;
    while (true) {
      pos = src_.find_first_of("<&", pos);
      if (pos == std::string_view::npos) return Status::Ok();
      if (src_[pos] == '&') {
        if (Status s = check_entity(pos); !s.ok()) return s;
        ++pos;
        continue;
      }
      Result<std::size_t> next = markup(pos);
      if (!next.ok()) return next.status();
      pos = *next;
    }
  }

  Status check_entity(std::size_t at) const {
    std::size_t i = at + 1;
    while (i < src_.size() && i - at < 12 && (is_name_char(src_[i]) || src_[i] == '#')) ++i;
    if (i == at + 1 || i >= src_.size() || src_[i] != ';')
      return fail(at, "'&' does not start an entity (write &amp;)");
    return Status::Ok();
  }

  // Handles the markup starting at `at` ('<'); returns the offset after it.
  Result<std::size_t> markup(std::size_t at) {
    const std::string_view rest = src_.substr(at);
    if (rest.starts_with("<?")) return skip_to(at, "?>", "processing instruction", true);
    if (rest.starts_with("<!--")) return skip_to(at, "-->", "comment", true);
    if (rest.starts_with("<![CDATA[")) return skip_to(at, "]]>", "CDATA section", false);
    if (rest.starts_with("<!")) {
      const std::size_t bracket = src_.find('[', at), close = src_.find('>', at);
      if (bracket != std::string_view::npos && bracket < close)
        return skip_to(at, "]>", "DOCTYPE", true);
      return skip_to(at, ">", "declaration", true);
    }
    Result<Tag> tag = parse_tag(at);
    if (!tag.ok()) return tag.status();
    if (in_text_) flush_text(at);
    if (Status s = apply(*tag, at); !s.ok()) return s;
    if (in_text_) copied_from_ = tag->end;
    return tag->end;
  }

  // Skips to past `terminator`. Markup that is not text (comments, PIs) is
  // stripped from TEXT; CDATA stays as text.
  Result<std::size_t> skip_to(std::size_t at, std::string_view terminator, const char* what,
                              bool strip) {
    const std::size_t end = src_.find(terminator, at);
    if (end == std::string_view::npos) return fail(at, std::string("unterminated ") + what);
    const std::size_t after = end + terminator.size();
    if (in_text_ && strip) {
      flush_text(at);
      copied_from_ = after;
    }
    return after;
  }

  Result<Tag> parse_tag(std::size_t at) const {
    Tag tag;
    std::size_t i = at + 1;
    if (i < src_.size() && src_[i] == '/') {
      tag.closing = true;
      ++i;
    }
    const std::size_t name_begin = i;
    while (i < src_.size() && is_name_char(src_[i])) ++i;
    tag.name = src_.substr(name_begin, i - name_begin);
    if (tag.name.empty() || std::isdigit(static_cast<unsigned char>(tag.name[0])) ||
        tag.name[0] == '-' || tag.name[0] == '.')
      return fail(at, "'<' does not start a tag (write &lt;)");
    while (true) {
      while (i < src_.size() && is_space(src_[i])) ++i;
      if (i >= src_.size()) return fail(at, "tag <" + std::string(tag.name) + " is not closed");
      if (src_[i] == '>') break;
      if (!tag.closing && src_.substr(i).starts_with("/>")) {
        tag.self_closing = true;
        ++i;
        break;
      }
      if (tag.closing) return fail(at, "unexpected text in </" + std::string(tag.name) + ">");
      Result<Attribute> attr = parse_attribute(i, tag.name);
      if (!attr.ok()) return attr.status();
      tag.attributes.push_back(*attr);
    }
    tag.end = i + 1;
    return tag;
  }

  // Parses name="value" at `i` and advances `i` past it.
  Result<Attribute> parse_attribute(std::size_t& i, std::string_view tag_name) const {
    const std::size_t name_begin = i;
    while (i < src_.size() && is_name_char(src_[i])) ++i;
    Attribute attr;
    attr.name = src_.substr(name_begin, i - name_begin);
    const std::string where = "in <" + std::string(tag_name) + ">";
    if (attr.name.empty())
      return fail(i, "bad character '" + std::string(1, src_[i]) + "' " + where);
    while (i < src_.size() && is_space(src_[i])) ++i;
    if (i >= src_.size() || src_[i] != '=')
      return fail(i, "attribute " + std::string(attr.name) + " has no value " + where);
    ++i;
    while (i < src_.size() && is_space(src_[i])) ++i;
    if (i >= src_.size() || (src_[i] != '"' && src_[i] != '\''))
      return fail(i, "attribute " + std::string(attr.name) + " is not quoted " + where);
    const std::size_t close = src_.find(src_[i], i + 1);
    if (close == std::string_view::npos)
      return fail(i, "attribute " + std::string(attr.name) + " is never closed " + where);
    attr.value = src_.substr(i + 1, close - i - 1);
    if (attr.value.find('<') != std::string_view::npos)
      return fail(i, "'<' inside attribute " + std::string(attr.name) + " " + where);
    i = close + 1;
    return attr;
  }

  void flush_text(std::size_t upto) {
    doc_.text.append(src_.substr(copied_from_, upto - copied_from_));
  }

  bool inside(std::string_view name) const {
    return std::any_of(open_.begin(), open_.end(), [&](const auto& o) { return o.first == name; });
  }

  Status apply(const Tag& tag, std::size_t at) {
    if (tag.closing) return close(tag, at);
    if (in_text_)
      for (std::size_t i : open_timexes_) doc_.timexes[i].plain = false;
    if (tag.name == "DCT") {
      if (seen_dct_) return fail(at, "more than one <DCT>");
      seen_dct_ = true;
      if (tag.self_closing) return fail(at, "<DCT> holds no TIMEX3");
    } else if (tag.name == "TEXT") {
      if (seen_text_) return fail(at, "more than one <TEXT>");
      seen_text_ = true;
      doc_.text_begin = doc_.text_end = tag.end;
      in_text_ = !tag.self_closing;
      copied_from_ = tag.end;
    } else if (tag.name == "TIMEX3" && inside("DCT")) {
      if (++dct_timexes_ > 1) return fail(at, "<DCT> holds more than one TIMEX3");
      doc_.dct_tid = attribute(tag, "tid");
      doc_.dct_value = attribute(tag, "value");
      if (doc_.dct_value.empty()) return fail(at, "the DCT's TIMEX3 has no value");
      if (doc_.dct_value.size() >= 10) doc_.dct = parse_day(doc_.dct_value.substr(0, 10));
    } else if (tag.name == "TIMEX3" && in_text_) {
      TimemlTimex t;
      t.begin = t.end = doc_.text.size();
      t.tid = attribute(tag, "tid");
      t.type = attribute(tag, "type");
      t.value = attribute(tag, "value");
      t.mod = attribute(tag, "mod");
      t.plain = !tag.self_closing;
      doc_.timexes.push_back(std::move(t));
      if (!tag.self_closing) open_timexes_.push_back(doc_.timexes.size() - 1);
    } else if (tag.name == "EVENT" && in_text_) {
      TimemlEvent e;
      e.begin = e.end = doc_.text.size();
      e.eid = attribute(tag, "eid");
      e.event_class = attribute(tag, "class");
      e.stem = attribute(tag, "stem");
      doc_.events.push_back(std::move(e));
      if (!tag.self_closing) open_events_.push_back(doc_.events.size() - 1);
    } else if (tag.name == "MAKEINSTANCE") {
      instance(tag);
    }
    if (!tag.self_closing) open_.emplace_back(tag.name, at);
    return Status::Ok();
  }

  Status close(const Tag& tag, std::size_t at) {
    if (open_.empty()) return fail(at, "</" + std::string(tag.name) + "> closes nothing");
    if (open_.back().first != tag.name)
      return fail(at, "</" + std::string(tag.name) + "> closes <" +
                          std::string(open_.back().first) + "> (opened on line " +
                          std::to_string(1 + std::count(src_.begin(),
                                                        src_.begin() + open_.back().second, '\n')) +
                          ")");
    open_.pop_back();
    if (tag.name == "DCT" && dct_timexes_ == 0) return fail(at, "<DCT> holds no TIMEX3");
    if (tag.name == "TEXT" && in_text_) {
      in_text_ = false;
      doc_.text_end = at;
    } else if (tag.name == "TIMEX3" && in_text_ && !open_timexes_.empty()) {
      TimemlTimex& t = doc_.timexes[open_timexes_.back()];
      open_timexes_.pop_back();
      t.end = doc_.text.size();
      t.surface = doc_.text.substr(t.begin, t.end - t.begin);
    } else if (tag.name == "EVENT" && in_text_ && !open_events_.empty()) {
      TimemlEvent& e = doc_.events[open_events_.back()];
      open_events_.pop_back();
      e.end = doc_.text.size();
      e.surface = doc_.text.substr(e.begin, e.end - e.begin);
    }
    return Status::Ok();
  }

  // MAKEINSTANCE follows TEXT; the first instance of an event gives its attributes.
  void instance(const Tag& tag) {
    const std::string_view eid = attribute(tag, "eventID");
    for (TimemlEvent& e : doc_.events) {
      if (e.eid != eid || !e.tense.empty()) continue;
      e.tense = attribute(tag, "tense");
      e.aspect = attribute(tag, "aspect");
      e.pos = attribute(tag, "pos");
      e.modality = attribute(tag, "modality");
      e.polarity = attribute(tag, "polarity");
      if (e.tense.empty()) e.tense = "NONE";
      return;
    }
  }

  TimemlDocument doc_;
  std::string_view src_;
  std::vector<std::pair<std::string_view, std::size_t>> open_;  // tag name, offset
  std::vector<std::size_t> open_timexes_;                       // indices into doc_.timexes
  std::vector<std::size_t> open_events_;                        // indices into doc_.events
  bool seen_dct_ = false;
  bool seen_text_ = false;
  bool in_text_ = false;
  int dct_timexes_ = 0;
  std::size_t copied_from_ = 0;  // TEXT bytes before this are in doc_.text
};

}  // namespace

Result<TimemlDocument> parse_timeml(std::string source, std::string_view name) {
  return TimemlReader(std::move(source), name).read();
}

Result<TimemlDocument> read_timeml_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path.string() + ": cannot open");
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return Status::IoError(path.string() + ": read error");
  return parse_timeml(std::move(content).str(), path.string());
}

}  // namespace annals
