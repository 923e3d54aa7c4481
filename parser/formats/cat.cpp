// CAT XML reader: a small scanner for the flat layout the format uses
// (<token> elements, then <Markables> with token_anchor children).
#include "annals/cat.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <iterator>

#include "dateline.h"

namespace annals {
namespace {

struct Tag {
  std::string name;  // without '/', e.g. "token", "TIMEX3"
  bool closing = false;
  bool self_closing = false;
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string_view attribute(std::string_view key) const {
    for (const auto& [k, v] : attributes)
      if (k == key) return v;
    return {};
  }
};

std::string decode_entities(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '&') {
      out += raw[i];
      continue;
    }
    const std::size_t semi = raw.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out += raw[i];
      continue;
    }
    const std::string_view entity = raw.substr(i + 1, semi - i - 1);
    if (entity == "amp")
      out += '&';
    else if (entity == "lt")
      out += '<';
    else if (entity == "gt")
      out += '>';
    else if (entity == "quot")
      out += '"';
    else if (entity == "apos")
      out += '\'';
    else if (entity.size() > 1 && entity[0] == '#') {
      unsigned code = 0;
      const bool hex = entity[1] == 'x' || entity[1] == 'X';
      const std::string_view digits = entity.substr(hex ? 2 : 1);
      auto [p, ec] =
          std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
      if (ec != std::errc() || p != digits.data() + digits.size()) {
        out.append(raw.substr(i, semi - i + 1));
      } else if (code < 0x80) {
        out += static_cast<char>(code);
      } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
      } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
      } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
      }
    } else {
      out.append(raw.substr(i, semi - i + 1));
    }
    i = semi;
  }
  return out;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Parses the inside of `<...>` (without the brackets).
std::optional<Tag> parse_tag(std::string_view inside) {
  Tag tag;
  std::size_t i = 0;
  if (i < inside.size() && inside[i] == '/') {
    tag.closing = true;
    ++i;
  }
  if (inside.size() > i && inside.back() == '/') {  // "</>" is no tag at all
    tag.self_closing = true;
    inside.remove_suffix(1);
  }
  const std::size_t name_begin = i;
  while (i < inside.size() && !is_space(inside[i])) ++i;
  tag.name = std::string(inside.substr(name_begin, i - name_begin));
  if (tag.name.empty()) return std::nullopt;
  while (i < inside.size()) {
    while (i < inside.size() && is_space(inside[i])) ++i;
    if (i >= inside.size()) break;
    const std::size_t key_begin = i;
    while (i < inside.size() && inside[i] != '=' && !is_space(inside[i])) ++i;
    std::string key(inside.substr(key_begin, i - key_begin));
    while (i < inside.size() && is_space(inside[i])) ++i;
    if (i >= inside.size() || inside[i] != '=') return std::nullopt;
    ++i;
    while (i < inside.size() && is_space(inside[i])) ++i;
    if (i >= inside.size() || (inside[i] != '"' && inside[i] != '\'')) return std::nullopt;
    const char quote = inside[i++];
    const std::size_t close = inside.find(quote, i);
    if (close == std::string_view::npos) return std::nullopt;
    tag.attributes.emplace_back(std::move(key), decode_entities(inside.substr(i, close - i)));
    i = close + 1;
  }
  return tag;
}

std::optional<std::uint32_t> to_number(std::string_view text) {
  std::uint32_t n = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || p != text.data() + text.size()) return std::nullopt;
  return n;
}

// The day the dateline sentence names ("June 13 , 2005").
std::optional<Day> dateline_day(std::string_view sentence) {
  std::string line(sentence);
  for (std::size_t p; (p = line.find(" ,")) != std::string::npos;) line.erase(p, 1);
  if (auto match = text::match_date_line(line)) return match->date;
  return std::nullopt;
}

}  // namespace

bool looks_like_cat(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 4096);
  return head.find("<Document") != std::string_view::npos &&
         head.find("<token") != std::string_view::npos;
}

Result<CatDocument> parse_cat(std::string_view xml, std::string_view name) {
  const std::string where(name);
  CatDocument doc;
  bool in_document = false;
  CatMarkable* open_markable = nullptr;
  std::optional<CatToken> open_token;
  std::size_t text_begin = 0;
  for (std::size_t i = 0; i < xml.size();) {
    const std::size_t lt = xml.find('<', i);
    if (lt == std::string_view::npos) break;
    if (xml.compare(lt, 4, "<!--") == 0) {
      const std::size_t end = xml.find("-->", lt);
      if (end == std::string_view::npos) return Status::InvalidInput(where + ": unclosed comment");
      i = end + 3;
      continue;
    }
    const std::size_t gt = xml.find('>', lt);
    if (gt == std::string_view::npos)
      return Status::InvalidInput(where + ": unclosed tag at byte " + std::to_string(lt));
    i = gt + 1;
    if (xml[lt + 1] == '?' || xml[lt + 1] == '!') continue;
    auto tag = parse_tag(xml.substr(lt + 1, gt - lt - 1));
    if (!tag) return Status::InvalidInput(where + ": malformed tag at byte " + std::to_string(lt));
    if (tag->name == "Document" && !tag->closing) {
      in_document = true;
      doc.doc_id = std::string(tag->attribute("doc_id"));
      doc.doc_name = std::string(tag->attribute("doc_name"));
      doc.url = std::string(tag->attribute("src_url"));
      continue;
    }
    if (!in_document) continue;
    if (tag->name == "token") {
      if (tag->closing) {
        if (!open_token) return Status::InvalidInput(where + ": stray </token>");
        open_token->text = decode_entities(xml.substr(text_begin, lt - text_begin));
        doc.tokens.push_back(std::move(*open_token));
        open_token.reset();
        continue;
      }
      auto id = to_number(tag->attribute("t_id"));
      auto sentence = to_number(tag->attribute("sentence"));
      if (!id || !sentence)
        return Status::InvalidInput(where + ": token without numeric t_id/sentence at byte " +
                                    std::to_string(lt));
      if (!doc.tokens.empty() && *sentence < doc.tokens.back().sentence)
        return Status::InvalidInput(where + ": token " + std::to_string(*id) +
                                    " goes back to an earlier sentence");
      open_token = CatToken{*id, *sentence, {}};
      text_begin = gt + 1;
      continue;
    }
    if (tag->name == "token_anchor") {
      if (open_markable) {
        if (auto id = to_number(tag->attribute("t_id"))) open_markable->tokens.push_back(*id);
      }
      continue;
    }
    if (tag->name == "Markables" || tag->name == "Relations" || tag->name == "Document") continue;
    if (tag->closing) {
      open_markable = nullptr;
      continue;
    }
    // Any other element inside the document is a markable or relation; keep
    // markables (they carry m_id).
    if (tag->attribute("m_id").empty()) continue;
    CatMarkable m;
    m.kind = tag->name;
    m.id = std::string(tag->attribute("m_id"));
    m.value = std::string(tag->attribute("value"));
    m.function = std::string(tag->attribute("functionInDocument"));
    doc.markables.push_back(std::move(m));
    open_markable = tag->self_closing ? nullptr : &doc.markables.back();
  }
  if (!in_document) return Status::InvalidInput(where + ": no <Document> element");
  if (doc.doc_id.empty()) return Status::InvalidInput(where + ": <Document> has no doc_id");
  if (doc.tokens.empty()) return Status::InvalidInput(where + ": no tokens");
  return doc;
}

Result<Document> cat_to_document(const CatDocument& cat) {
  Document doc;
  doc.name = cat.doc_id;
  doc.url = cat.url;
  const std::uint32_t sentences = cat.tokens.back().sentence + 1;
  doc.sentences.resize(sentences);
  std::uint32_t current = 0;
  doc.sentences[0].begin = 0;
  for (const CatToken& t : cat.tokens) {
    while (current < t.sentence) {
      // Close the sentence (dropping the trailing space) and open the next.
      if (!doc.body.empty() && doc.body.back() == ' ') doc.body.pop_back();
      doc.sentences[current].end = doc.body.size();
      doc.body += '\n';
      ++current;
      doc.sentences[current].begin = doc.body.size();
    }
    SourceToken st;
    st.begin = doc.body.size();
    doc.body += t.text;
    st.end = doc.body.size();
    st.id = t.id;
    st.sentence = t.sentence;
    doc.tokens.push_back(st);
    doc.body += ' ';
  }
  if (!doc.body.empty() && doc.body.back() == ' ') doc.body.pop_back();
  doc.sentences[current].end = doc.body.size();
  doc.body += '\n';
  doc.title = std::string(doc.sentences[0].text(doc.body));

  std::optional<Day> stored;
  std::string stored_value;
  for (const CatMarkable& m : cat.markables) {
    if (m.kind == "TIMEX3" && m.function == "CREATION_TIME") {
      stored_value = m.value;
      stored = parse_day(m.value.substr(0, 10));
      break;
    }
  }
  const std::optional<Day> dateline =
      sentences > 1 ? dateline_day(doc.sentences[1].text(doc.body)) : std::nullopt;
  if (dateline) {
    doc.date = dateline;
    doc.date_source = DateSource::kDateline;
    doc.date_evidence = std::string(doc.sentences[1].text(doc.body));
    if (!stored_value.empty() && stored != dateline)
      doc.warnings.push_back("creation time \"" + stored_value + "\" disagrees with the dateline " +
                             format_day(*dateline) + "; the dateline wins");
  } else if (stored) {
    doc.date = stored;
    doc.date_source = DateSource::kDateLine;
    doc.date_evidence = "CREATION_TIME " + stored_value;
  } else {
    doc.warnings.push_back("no usable creation time or dateline");
  }
  return doc;
}

Result<Document> read_cat_document(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path.string() + ": cannot open file");
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto cat = parse_cat(bytes, path.string());
  if (!cat) return cat.status();
  return cat_to_document(*cat);
}

}  // namespace annals
