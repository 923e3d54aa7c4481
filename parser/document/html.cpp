// HTML through gumbo, Google's HTML5 parser: the tree a browser would build
// (character references decoded, broken markup repaired, comments and raw
// text elements told apart by the tokenizer), flattened to lines of text.
#include "html.h"

#include <gumbo.h>

#include <array>
#include <cctype>
#include <vector>

#include "ascii.h"

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

// Elements whose contents are code or markup for machines, not story text.
bool is_skipped_container(GumboTag tag) {
  return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT ||
         tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH ||
         tag == GUMBO_TAG_IFRAME || tag == GUMBO_TAG_OBJECT;
}

std::string_view tag_name(const GumboElement& element) {
  if (element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.tag);
  GumboStringPiece original = element.original_tag;
  gumbo_tag_from_original_text(&original);
  return {original.data, original.length};
}

void new_line(std::string& out) {
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty() && out.back() != '\n') out += '\n';
}

// Text of a text node: whitespace runs (layout in HTML) become one space, a
// no-break space is a space.
void append_text(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool nbsp = c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || nbsp) {
      if (nbsp) ++i;
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
      continue;
    }
    out += c;
  }
}

// Depth first without recursion: a page nested ten thousand deep must not
// exhaust the stack. A null node on the stack closes its element.
void flatten(const GumboNode* root, std::string& out) {
  std::vector<std::pair<const GumboNode*, bool>> stack{{root, false}};  // node, closing
  while (!stack.empty()) {
    auto [node, closing] = stack.back();
    stack.pop_back();
    switch (node->type) {
      case GUMBO_NODE_DOCUMENT:
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboVector& children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children
                                                                        : node->v.element.children;
        const bool block =
            node->type != GUMBO_NODE_DOCUMENT && is_block_tag(tag_name(node->v.element));
        if (closing) {
          if (block) new_line(out);
          break;
        }
        if (node->type != GUMBO_NODE_DOCUMENT && is_skipped_container(node->v.element.tag)) break;
        if (block) new_line(out);
        stack.emplace_back(node, true);
        for (unsigned i = children.length; i-- > 0;)
          stack.emplace_back(static_cast<const GumboNode*>(children.data[i]), false);
        break;
      }
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
        append_text(out, node->v.text.text);
        break;
      case GUMBO_NODE_COMMENT:
        break;
    }
  }
}

// Void elements, and those the next of their kind closes (p, li, option).
bool does_not_nest(std::string_view name) {
  static constexpr std::array<std::string_view, 16> kVoid = {
      "area", "base",   "br",    "col", "embed", "hr", "img",   "input", "link",
      "meta", "source", "track", "wbr", "p",     "li", "option"};  // p, li: closed implicitly
  for (std::string_view v : kVoid) {
    if (ascii_iequals(name, v)) return true;
  }
  return false;
}

// Gumbo checks the scope of each new tag against every open element, so a
// page nested a hundred thousand deep (hostile, never a real article) takes
// minutes. Tags opened deeper than `max_depth` are dropped before parsing
// (their text is kept); a page within the depth comes back as it is.
constexpr std::size_t kMaxDepth = 400;

std::string_view capped_nesting(std::string_view html, std::string& storage) {
  std::size_t depth = 0, dropped = 0;
  std::size_t copied = 0;  // html[0, copied) is in storage when dropping began
  bool capping = false;
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    if (html.compare(i, 4, "<!--") == 0) {
      i = html.find("-->", i);
      if (i == std::string_view::npos) break;
      continue;
    }
    const bool closing = i + 1 < html.size() && html[i + 1] == '/';
    std::size_t n = i + (closing ? 2 : 1);
    const std::size_t name_begin = n;
    while (n < html.size() && std::isalnum(static_cast<unsigned char>(html[n]))) ++n;
    if (n == name_begin) continue;
    const std::size_t gt = html.find('>', n);
    if (gt == std::string_view::npos) break;
    const std::string_view name = html.substr(name_begin, n - name_begin);
    if (does_not_nest(name) || html[gt - 1] == '/') continue;
    bool drop = false;
    if (!closing && depth >= kMaxDepth) {
      ++dropped;
      drop = true;
    } else if (!closing) {
      ++depth;
    } else if (dropped > 0) {
      --dropped;
      drop = true;
    } else if (depth > 0) {
      --depth;
    }
    if (!drop) continue;
    if (!capping) {
      storage.reserve(html.size());
      capping = true;
    }
    storage.append(html.substr(copied, i - copied));
    copied = gt + 1;
    i = gt;
  }
  if (!capping) return html;
  storage.append(html.substr(copied));
  return storage;
}

}  // namespace

std::string html_to_text(std::string_view page) {
  std::string storage;
  const std::string_view html = capped_nesting(page, storage);
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are repaired, not reported: keep none
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  std::string out;
  out.reserve(html.size() / 2);
  if (output) flatten(output->document, out);
  if (output) gumbo_destroy_output(&options, output);
  new_line(out);
  return out;
}

}  // namespace annals::text
