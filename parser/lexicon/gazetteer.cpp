#include "gazetteer.h"

#include "text_data.h"

namespace annals::text {

std::vector<std::string_view> split_on(std::string_view field, char separator) {
  std::vector<std::string_view> parts;
  std::size_t begin = 0;
  while (begin <= field.size()) {
    std::size_t end = field.find(separator, begin);
    if (end == std::string_view::npos) end = field.size();
    if (end > begin) parts.push_back(field.substr(begin, end - begin));
    begin = end + 1;
  }
  return parts;
}

std::vector<std::vector<std::string_view>> parse_tsv(std::string_view table) {
  std::vector<std::vector<std::string_view>> rows;
  std::size_t begin = 0;
  while (begin < table.size()) {
    std::size_t end = table.find('\n', begin);
    if (end == std::string_view::npos) end = table.size();
    std::string_view line = table.substr(begin, end - begin);
    begin = end + 1;
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields;
    std::size_t f = 0;
    while (true) {
      std::size_t tab = line.find('\t', f);
      fields.push_back(line.substr(f, tab == std::string_view::npos ? line.size() - f : tab - f));
      if (tab == std::string_view::npos) break;
      f = tab + 1;
    }
    rows.push_back(std::move(fields));
  }
  return rows;
}

std::string_view Gazetteer::make_key(std::string_view text, const std::vector<Token>& tokens,
                                     std::size_t first, std::size_t last, std::string& buffer) {
  buffer.clear();
  thread_local std::string scratch;
  for (std::size_t i = first; i < last; ++i) {
    if (i > first) buffer += ' ';
    buffer += normalized(tokens[i].text(text), scratch);
  }
  return buffer;
}

void Gazetteer::add(std::string_view surface, NameEntry entry) {
  std::vector<Token> tokens;
  tokenize(surface, 0, surface.size(), tokens);
  if (tokens.empty()) return;
  std::string key;
  make_key(surface, tokens, 0, tokens.size(), key);
  if (tokens.size() > longest_) longest_ = tokens.size();
  std::string first;
  make_key(surface, tokens, 0, 1, first);
  std::size_t& longest_from_first = name_first_[first];
  longest_from_first = std::max(longest_from_first, tokens.size());
  names_.try_emplace(std::move(key), std::move(entry));
}

Gazetteer::Gazetteer() {
  for (const auto& row : parse_tsv(data::k_countries)) {
    if (row.empty()) continue;
    const std::string country(row[0]);
    add(country, {country, NameKind::kCountry, country});
    if (row.size() > 1) {
      for (std::string_view alias : split_on(row[1], '|'))
        add(alias, {country, NameKind::kCountry, country});
    }
    if (row.size() > 2) {
      for (std::string_view adjective : split_on(row[2], '|')) {
        add(adjective, {country, NameKind::kCountryAdjective, country});
      }
    }
    if (row.size() > 3) {
      for (std::string_view capital : split_on(row[3], '|')) {
        add(capital, {std::string(split_on(row[3], '|').front()), NameKind::kCapital, country});
      }
    }
  }
  for (const auto& row : parse_tsv(data::k_organizations)) {
    if (row.size() < 2) continue;
    NameEntry entry;
    entry.canonical = std::string(row[0]);
    const std::string_view kind = row[1];
    entry.kind = kind == "agency"       ? NameKind::kAgency
                 : kind == "government" ? NameKind::kGovernment
                 : kind == "group"      ? NameKind::kGroup
                                        : NameKind::kOrganization;
    if (row.size() > 3) entry.country = std::string(row[3]);
    add(row[0], entry);
    if (row.size() > 2) {
      for (std::string_view alias : split_on(row[2], '|')) add(alias, entry);
    }
  }
  for (const auto& row : parse_tsv(data::k_titles)) {
    if (row.empty()) continue;
    std::vector<Token> tokens;
    tokenize(row[0], 0, row[0].size(), tokens);
    if (tokens.empty()) continue;
    std::string key;
    make_key(row[0], tokens, 0, tokens.size(), key);
    titles_.try_emplace(std::move(key), true);
    make_key(row[0], tokens, 0, 1, key);
    std::size_t& longest_from_first = title_first_[key];
    longest_from_first = std::max(longest_from_first, tokens.size());
  }
}

const Gazetteer& Gazetteer::instance() {
  static const Gazetteer gazetteer;
  return gazetteer;
}

const NameEntry* Gazetteer::find(std::string_view key) const {
  auto it = names_.find(key);
  return it == names_.end() ? nullptr : &it->second;
}

bool Gazetteer::is_title(std::string_view key) const {
  return titles_.find(key) != titles_.end();
}

std::size_t Gazetteer::longest_from(std::string_view text, const Token& first) const {
  std::string scratch;
  auto it = name_first_.find(normalized(first.text(text), scratch));
  return it == name_first_.end() ? 0 : it->second;
}

const NameEntry* Gazetteer::longest_match(std::string_view text, const std::vector<Token>& tokens,
                                          std::size_t i, std::size_t* length,
                                          std::string& buffer) const {
  auto it = name_first_.find(normalized(tokens[i].text(text), buffer));
  if (it == name_first_.end()) return nullptr;
  for (std::size_t n = std::min(it->second, tokens.size() - i); n > 0; --n) {
    if (const NameEntry* e = find(make_key(text, tokens, i, i + n, buffer))) {
      *length = n;
      return e;
    }
  }
  return nullptr;
}

std::size_t Gazetteer::title_at(std::string_view text, const std::vector<Token>& tokens,
                                std::size_t i, std::string& buffer) const {
  auto it = title_first_.find(normalized(tokens[i].text(text), buffer));
  if (it == title_first_.end()) return 0;
  for (std::size_t n = std::min(it->second, tokens.size() - i); n > 0; --n) {
    if (is_title(make_key(text, tokens, i, i + n, buffer))) return n;
  }
  return 0;
}

}  // namespace annals::text
