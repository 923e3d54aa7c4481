// HTML through gumbo, Google's HTML5 parser: the tree a browser would build
// (character references decoded, broken markup repaired, comments and raw
// text elements told apart by the tokenizer), flattened to lines of text.
#include "html.h"

#include <gumbo.h>

#include <array>
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

}  // namespace

std::string html_to_text(std::string_view html) {
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
