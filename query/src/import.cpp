#include "import.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>
#include <optional>

namespace annals::query {

namespace {

// One record; quoted fields may hold the delimiter, doubled quotes and newlines.
bool read_record(std::string_view text, std::size_t& pos, char delimiter,
                 std::vector<std::string>& fields, std::size_t& line) {
  fields.clear();
  if (pos >= text.size()) return false;
  std::string field;
  bool quoted = false;
  while (pos < text.size()) {
    const char c = text[pos++];
    if (quoted) {
      if (c == '"' && pos < text.size() && text[pos] == '"') {
        field += '"';
        ++pos;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        field += c;
      }
    } else if (c == '"' && field.empty()) {
      quoted = true;
    } else if (c == delimiter) {
      fields.push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      ++line;
      break;
    } else if (c != '\r') {
      field += c;
    }
  }
  fields.push_back(std::move(field));
  return true;
}

std::string trim(const std::string& s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

V field_value(const std::string& raw, SymbolTable& symbols) {
  const std::string s = trim(raw);
  std::int64_t i = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), i);
  if (!s.empty() && ec == std::errc() && end == s.data() + s.size()) return V::integer(i);
  if (!s.empty() &&
      (std::isdigit(static_cast<unsigned char>(s[0])) || s[0] == '-' || s[0] == '.')) {
    char* stop = nullptr;
    const double d = std::strtod(s.c_str(), &stop);
    if (stop == s.c_str() + s.size()) return V::real(d);
  }
  if (auto day = parse_day(s)) return V::date(*day);
  return symbols.string(s);
}

bool identifier(const std::string& s) {
  if (s.empty() || !(std::islower(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c)) ||
           std::isdigit(static_cast<unsigned char>(c)) || c == '_';
  });
}

}  // namespace

std::variant<ImportSummary, std::string> import_delimited(const std::string& path,
                                                          const std::string& relation,
                                                          Program& program, SymbolTable& symbols) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return "cannot read " + path;
  std::string text(static_cast<std::size_t>(std::max<std::streamoff>(0, in.tellg())), '\0');
  in.seekg(0);
  if (!in.read(text.data(), static_cast<std::streamsize>(text.size())))
    return "cannot read " + path;
  if (text.find('\0') != std::string::npos) return path + " is not a text file (NUL byte)";
  char delimiter = ',';
  const std::string lower = [&] {
    std::string l = path;
    for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return l;
  }();
  if (lower.size() > 4 && lower.substr(lower.size() - 4) == ".tsv") {
    delimiter = '\t';
  } else if (!(lower.size() > 4 && lower.substr(lower.size() - 4) == ".csv")) {
    const std::string first = text.substr(0, text.find('\n'));
    if (std::count(first.begin(), first.end(), '\t') > std::count(first.begin(), first.end(), ','))
      delimiter = '\t';
  }
  // Records are converted as they are read (a million-row file is never held
  // as strings); blank lines are skipped.
  std::vector<std::string> fields;
  std::size_t pos = 0, line = 1, at = 0;
  auto next_record = [&]() {
    for (;;) {
      at = line;
      if (!read_record(text, pos, delimiter, fields, line)) return false;
      if (!(fields.size() == 1 && trim(fields[0]).empty())) return true;
    }
  };
  auto identifiers = [&] {
    return std::all_of(fields.begin(), fields.end(),
                       [](const std::string& f) { return identifier(trim(f)); });
  };
  ImportSummary summary;
  if (!next_record()) return path + " has no rows";
  summary.arity = static_cast<int>(fields.size());
  if (summary.arity > 31) return path + " has more than 31 columns";
  const std::vector<std::string> first = fields;
  const std::size_t first_line = at, data_pos = pos, data_line = line;
  // Header: identifiers in the first row, and some later field that is not one.
  if (identifiers())
    while (!summary.header && next_record()) summary.header = !identifiers();
  int id = program.find(relation);
  if (find_base(relation) || find_builtin(relation))
    return "`" + relation + "` is a built-in relation";
  if (id >= 0 && program.relations[static_cast<size_t>(id)]->arity != summary.arity)
    return relation + "/" + std::to_string(program.relations[static_cast<size_t>(id)]->arity) +
           " cannot take rows of " + std::to_string(summary.arity) + " fields from " + path;
  // Staged apart, so a bad row leaves the relation as it was.
  Relation staged(summary.arity);
  std::vector<V> values;
  auto stage = [&]() -> std::optional<std::string> {
    if (static_cast<int>(fields.size()) != summary.arity)
      return path + ":" + std::to_string(at) + ": " + std::to_string(fields.size()) +
             " fields, expected " + std::to_string(summary.arity);
    values.clear();
    for (const auto& f : fields) values.push_back(field_value(f, symbols));
    staged.insert(values.data());
    return std::nullopt;
  };
  if (!summary.header) {
    fields = first;
    at = first_line;
    stage();
  }
  pos = data_pos;
  line = data_line;
  while (next_record())
    if (auto error = stage()) return *error;
  if (id < 0) id = program.add(relation, summary.arity, false);
  Relation& facts = program.relations[static_cast<size_t>(id)]->facts;
  if (facts.empty()) {
    summary.rows = staged.size();
    facts = std::move(staged);
  } else {
    const std::size_t before = facts.size();
    facts.insert_all(staged);
    summary.rows = facts.size() - before;
  }
  return summary;
}

}  // namespace annals::query
