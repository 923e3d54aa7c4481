#include "html.h"

#include <array>
#include <cctype>
#include <charconv>
#include <utility>

#include "ascii.h"
#include "utf8.h"

namespace annals::text {
namespace {

bool is_block_tag(std::string_view name) {
  static constexpr std::array<std::string_view, 30> kBlocks = {
      "p",      "div",    "br",    "h1",         "h2",         "h3",     "h4",      "h5",
      "h6",     "li",     "ul",    "ol",         "tr",         "table",  "article", "section",
      "header", "footer", "title", "blockquote", "figcaption", "figure", "aside",   "nav",
      "main",   "pre",    "hr",    "dd",         "dt",         "time"};
  for (std::string_view b : kBlocks) {
    if (ascii_iequals(name, b)) return true;
  }
  return false;
}

bool is_skipped_container(std::string_view name) {
  return ascii_iequals(name, "script") || ascii_iequals(name, "style") ||
         ascii_iequals(name, "noscript") || ascii_iequals(name, "template") ||
         ascii_iequals(name, "svg");
}

struct NamedEntity {
  std::string_view name;
  char32_t cp;
};
constexpr std::array<NamedEntity, 22> kEntities = {{
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},        {"quot", '"'},     {"apos", '\''},
    {"nbsp", ' '},     {"rsquo", 0x2019}, {"lsquo", 0x2018},  {"ldquo", 0x201C}, {"rdquo", 0x201D},
    {"mdash", 0x2014}, {"ndash", 0x2013}, {"hellip", 0x2026}, {"middot", 0xB7},  {"bull", 0x2022},
    {"copy", 0xA9},    {"reg", 0xAE},     {"eacute", 0xE9},   {"euro", 0x20AC},  {"pound", 0xA3},
    {"laquo", 0xAB},   {"raquo", 0xBB},
}};

// Decodes the reference at html[i] == '&'; returns bytes consumed or 0.
std::size_t decode_reference(std::string_view html, std::size_t i, std::string& out) {
  const std::size_t semi = html.find(';', i);
  if (semi == std::string_view::npos || semi - i > 12) return 0;
  std::string_view ref = html.substr(i + 1, semi - i - 1);
  if (ref.size() >= 2 && ref[0] == '#') {
    unsigned value = 0;
    const bool hex = ref[1] == 'x' || ref[1] == 'X';
    std::string_view digits = ref.substr(hex ? 2 : 1);
    auto [ptr, ec] =
        std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
    if (ec != std::errc() || ptr != digits.data() + digits.size()) return 0;
    append_utf8(out, value == 0xA0 ? U' ' : static_cast<char32_t>(value));
    return semi - i + 1;
  }
  for (const NamedEntity& e : kEntities) {
    if (ref == e.name) {
      append_utf8(out, e.cp);
      return semi - i + 1;
    }
  }
  return 0;
}

void new_line(std::string& out) {
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty() && out.back() != '\n') out += '\n';
}

}  // namespace

std::string html_to_text(std::string_view html) {
  std::string out;
  out.reserve(html.size() / 2);
  std::size_t i = 0;
  while (i < html.size()) {
    const char c = html[i];
    if (c == '<') {
      if (html.compare(i, 4, "<!--") == 0) {
        const std::size_t end = html.find("-->", i + 4);
        i = end == std::string_view::npos ? html.size() : end + 3;
        continue;
      }
      const std::size_t close = html.find('>', i + 1);
      if (close == std::string_view::npos) break;
      std::size_t name_begin = i + 1;
      const bool closing = name_begin < close && html[name_begin] == '/';
      if (closing) ++name_begin;
      std::size_t name_end = name_begin;
      while (name_end < close && std::isalnum(static_cast<unsigned char>(html[name_end])))
        ++name_end;
      const std::string_view name = html.substr(name_begin, name_end - name_begin);
      i = close + 1;
      if (!closing && is_skipped_container(name)) {
        // Skip to the matching close tag; contents are code, not text.
        std::size_t search = i;
        while (true) {
          const std::size_t lt = html.find("</", search);
          if (lt == std::string_view::npos) {
            i = html.size();
            break;
          }
          if (ascii_iequals(html.substr(lt + 2, name.size()), name)) {
            const std::size_t gt = html.find('>', lt);
            i = gt == std::string_view::npos ? html.size() : gt + 1;
            break;
          }
          search = lt + 2;
        }
        continue;
      }
      if (is_block_tag(name)) new_line(out);
      continue;
    }
    if (c == '&') {
      if (const std::size_t used = decode_reference(html, i, out); used > 0) {
        i += used;
        continue;
      }
    }
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      // Whitespace in HTML source is layout, not structure.
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
      ++i;
      continue;
    }
    out += c;
    ++i;
  }
  new_line(out);
  return out;
}

}  // namespace annals::text
