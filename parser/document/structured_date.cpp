#include "structured_date.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "ascii.h"
#include "full_date.h"

namespace annals::text {
namespace {

struct Key {
  std::string_view name;  // lower case
  bool updated;
  int rank;
};

// Names (property=, name=, itemprop=) that carry a page's own date.
constexpr auto kKeys = std::to_array<Key>({
    {"article:published_time", false, 0},
    {"datepublished", false, 0},
    {"og:published_time", false, 1},
    {"article.published", false, 1},
    {"pubdate", false, 1},
    {"publishdate", false, 1},
    {"publish-date", false, 1},
    {"publish_date", false, 1},
    {"parsely-pub-date", false, 1},
    {"sailthru.date", false, 1},
    {"dc.date.issued", false, 1},
    {"dcterms.issued", false, 1},
    {"dcterms.created", false, 1},
    {"dc.date", false, 2},
    {"date", false, 2},
    {"datecreated", false, 2},
    {"article:modified_time", true, 2},
    {"og:updated_time", true, 2},
    {"datemodified", true, 2},
    {"last-modified", true, 2},
});

const Key* find_key(std::string_view name) {
  std::string lower;
  for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const Key& k : kKeys)
    if (lower == k.name) return &k;
  return nullptr;
}

// The value of attribute `name` in the tag text `tag` ("<meta ... >").
std::string_view attribute(std::string_view tag, std::string_view name) {
  for (std::size_t at = 0; at < tag.size();) {
    std::size_t found = std::string_view::npos;
    for (std::size_t i = at; i + name.size() < tag.size(); ++i) {
      if (ascii_iequals(tag.substr(i, name.size()), name) &&
          (i == 0 || tag[i - 1] == ' ' || tag[i - 1] == '\t' || tag[i - 1] == '\n')) {
        found = i;
        break;
      }
    }
    if (found == std::string_view::npos) return {};
    std::size_t i = found + name.size();
    while (i < tag.size() && tag[i] == ' ') ++i;
    if (i >= tag.size() || tag[i] != '=') {
      at = found + 1;
      continue;
    }
    ++i;
    while (i < tag.size() && tag[i] == ' ') ++i;
    if (i >= tag.size()) return {};
    const char quote = tag[i];
    if (quote == '"' || quote == '\'') {
      const std::size_t close = tag.find(quote, i + 1);
      if (close == std::string_view::npos) return {};
      return tag.substr(i + 1, close - i - 1);
    }
    std::size_t end = i;
    while (end < tag.size() && tag[end] != ' ' && tag[end] != '>' && tag[end] != '/') ++end;
    return tag.substr(i, end - i);
  }
  return {};
}

std::optional<Day> parse_value(std::string_view value) {
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  if (value.size() >= 8 &&
      std::all_of(value.begin(), value.begin() + 8,
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
      (value.size() == 8 || !std::isdigit(static_cast<unsigned char>(value[8])))) {
    const int y = std::stoi(std::string(value.substr(0, 4)));
    const int m = std::stoi(std::string(value.substr(4, 2)));
    const int d = std::stoi(std::string(value.substr(6, 2)));
    if (is_valid_date(y, m, d)) return to_day({y, m, d});
    return std::nullopt;
  }
  for (std::size_t i = 0; i < value.size() && i < 40; ++i) {
    if (i > 0 && std::isalnum(static_cast<unsigned char>(value[i - 1]))) continue;
    if (auto d = match_full_date(value, i, 69); d && !d->two_digit_year && d->alt_month == 0)
      return to_day({d->year, d->month, d->day});
  }
  return std::nullopt;
}

void add(std::vector<StructuredDate>& out, std::string_view value, const Key& key,
         std::string how) {
  if (auto day = parse_value(value)) out.push_back({*day, key.updated, key.rank, std::move(how)});
}

// "datePublished": "2021-03-03T07:45:00+05:30" in JSON-LD.
void scan_json_ld(std::string_view html, std::vector<StructuredDate>& out) {
  for (std::string_view field : {"\"datePublished\"", "\"dateCreated\"", "\"dateModified\""}) {
    const std::size_t at = html.find(field);
    if (at == std::string_view::npos) continue;
    std::size_t i = at + field.size();
    while (i < html.size() && (html[i] == ' ' || html[i] == ':')) ++i;
    if (i >= html.size() || html[i] != '"') continue;
    const std::size_t close = html.find('"', i + 1);
    if (close == std::string_view::npos) continue;
    const std::string_view name = field.substr(1, field.size() - 2);
    const Key key{name, name == "dateModified", name == "datePublished" ? 0 : 2};
    add(out, html.substr(i + 1, close - i - 1), key, "json-ld " + std::string(name));
  }
}

}  // namespace

std::vector<StructuredDate> html_dates(std::string_view html, std::size_t limit) {
  html = html.substr(0, std::min(limit, html.size()));
  std::vector<StructuredDate> out;
  bool time_seen = false;
  for (std::size_t lt = html.find('<'); lt != std::string_view::npos; lt = html.find('<', lt + 1)) {
    const std::size_t gt = html.find('>', lt);
    if (gt == std::string_view::npos) break;
    const std::string_view tag = html.substr(lt, gt - lt + 1);
    if (tag.size() > 2000) continue;
    if (ascii_istarts_with(tag, "<meta")) {
      for (std::string_view attr : {"property", "name", "itemprop", "http-equiv"}) {
        const std::string_view name = attribute(tag, attr);
        if (name.empty()) continue;
        if (const Key* key = find_key(name)) {
          add(out, attribute(tag, "content"), *key, "meta " + std::string(name));
          break;
        }
      }
      continue;
    }
    // Microdata on any element: <span itemprop="datePublished" content=...> or datetime=.
    if (const std::string_view prop = attribute(tag, "itemprop"); !prop.empty()) {
      if (const Key* key = find_key(prop);
          key && key->name.substr(0, 4) == "date" && key->name.size() > 4) {
        std::string_view value = attribute(tag, "datetime");
        if (value.empty()) value = attribute(tag, "content");
        add(out, value, *key, "itemprop " + std::string(prop));
        continue;
      }
    }
    if (!time_seen && ascii_istarts_with(tag, "<time")) {
      const std::string_view value = attribute(tag, "datetime");
      if (!value.empty()) {
        time_seen = true;
        add(out, value, Key{"time", false, 3}, "<time datetime=\"" + std::string(value) + "\">");
      }
    }
  }
  scan_json_ld(html, out);
  std::stable_sort(out.begin(), out.end(), [](const StructuredDate& a, const StructuredDate& b) {
    return a.rank < b.rank;
  });
  return out;
}

}  // namespace annals::text
