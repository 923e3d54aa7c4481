#include "table_format.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cstdio>
#include <type_traits>

namespace annals::cli {
namespace {

constexpr std::string_view kColumnGap = "  ";
constexpr int kMinWrappedWidth = 8;  // narrower columns are unreadable
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kDim = "\x1b[2m";
constexpr std::string_view kReset = "\x1b[0m";

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

bool is_numeric(const query::Value& v) {
  return std::holds_alternative<std::int64_t>(v) || std::holds_alternative<double>(v);
}

// Byte length of the longest prefix of `text` that fits in `columns`.
std::size_t prefix_bytes_for_columns(std::string_view text, int columns) {
  std::size_t i = 0;
  int used = 0;
  while (i < text.size()) {
    std::size_t next = i + 1;
    while (next < text.size() && is_continuation_byte(text[next])) ++next;
    if (used + 1 > columns) break;
    ++used;
    i = next;
  }
  return i;
}

void wrap_paragraph(std::string_view text, int width, std::vector<std::string>& lines) {
  std::string line;
  int line_width = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (text[pos] == ' ') {
      ++pos;
      continue;
    }
    std::size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(pos, end - pos);
    pos = end;
    int word_width = display_width(word);
    const int needed = line.empty() ? word_width : line_width + 1 + word_width;
    if (needed <= width) {
      if (!line.empty()) line += ' ';
      line += word;
      line_width = needed;
      continue;
    }
    if (!line.empty()) lines.push_back(std::move(line));
    line.clear();
    line_width = 0;
    // A word wider than the column is cut at code-point boundaries.
    while (word_width > width) {
      const std::size_t cut = prefix_bytes_for_columns(word, width);
      lines.emplace_back(word.substr(0, cut));
      word.remove_prefix(cut);
      word_width = display_width(word);
    }
    line = std::string(word);
    line_width = word_width;
  }
  lines.push_back(std::move(line));
}

void pad_to(std::ostream& out, int columns) {
  for (int i = 0; i < columns; ++i) out << ' ';
}

void write_cell(std::ostream& out, std::string_view text, int width, bool right_align, bool last) {
  const int padding = width - display_width(text);
  if (right_align) pad_to(out, padding);
  out << text;
  if (!right_align && !last) pad_to(out, padding);
}

// Shrinks the widest columns until the row fits `available` columns.
void fit_widths(std::vector<int>& widths, int available) {
  const int gaps = static_cast<int>(kColumnGap.size() * (widths.size() - 1));
  int total = gaps;
  for (int w : widths) total += w;
  while (total > available) {
    auto widest = std::max_element(widths.begin(), widths.end());
    if (*widest <= kMinWrappedWidth) return;
    --*widest;
    --total;
  }
}

void write_aligned(std::ostream& out, const query::Table& table, const TableStyle& style) {
  const std::size_t n = table.columns.size();
  if (n > 0) {
    std::vector<std::vector<std::string>> cells(table.rows.size());
    std::vector<int> widths(n);
    for (std::size_t c = 0; c < n; ++c) widths[c] = display_width(table.columns[c]);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      for (std::size_t c = 0; c < n && c < table.rows[r].size(); ++c) {
        cells[r].push_back(cell_text(table.rows[r][c]));
        widths[c] = std::max(widths[c], display_width(cells[r].back()));
      }
      cells[r].resize(n);
    }
    fit_widths(widths, style.width);

    for (std::size_t c = 0; c < n; ++c) {
      if (c > 0) out << kColumnGap;
      if (style.color) out << kBold;
      const std::string header = wrap_text(table.columns[c], widths[c]).front();
      write_cell(out, header, widths[c], false, c + 1 == n);
      if (style.color) out << kReset;
    }
    out << '\n';
    if (style.color) out << kDim;
    for (std::size_t c = 0; c < n; ++c) {
      if (c > 0) out << kColumnGap;
      out << std::string(static_cast<std::size_t>(widths[c]), '-');
    }
    if (style.color) out << kReset;
    out << '\n';

    std::vector<std::vector<std::string>> wrapped(n);
    for (std::size_t r = 0; r < cells.size(); ++r) {
      std::size_t height = 1;
      for (std::size_t c = 0; c < n; ++c) {
        wrapped[c] = wrap_text(cells[r][c], widths[c]);
        height = std::max(height, wrapped[c].size());
      }
      for (std::size_t line = 0; line < height; ++line) {
        for (std::size_t c = 0; c < n; ++c) {
          if (c > 0) out << kColumnGap;
          const bool numeric = c < table.rows[r].size() && is_numeric(table.rows[r][c]);
          const std::string_view text =
              line < wrapped[c].size() ? std::string_view(wrapped[c][line]) : std::string_view();
          write_cell(out, text, widths[c], numeric, c + 1 == n);
        }
        out << '\n';
      }
    }
  }
  const std::size_t count = table.rows.size();
  out << '(' << count << (count == 1 ? " row)\n" : " rows)\n");
}

std::string tsv_field(std::string_view text) {
  std::string field;
  field.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\t':
        field += "\\t";
        break;
      case '\n':
        field += "\\n";
        break;
      case '\r':
        field += "\\r";
        break;
      case '\\':
        field += "\\\\";
        break;
      default:
        field += c;
    }
  }
  return field;
}

template <class FieldFn>
void write_delimited(std::ostream& out, const query::Table& table, char separator, FieldFn field) {
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (c > 0) out << separator;
    out << field(table.columns[c]);
  }
  out << '\n';
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c > 0) out << separator;
      out << field(cell_text(row[c]));
    }
    out << '\n';
  }
}

boost::json::value json_value(const query::Value& value) {
  return std::visit(
      [](const auto& v) -> boost::json::value {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::int64_t> || std::is_same_v<T, double>)
          return boost::json::value(v);
        else if constexpr (std::is_same_v<T, std::string>)
          return boost::json::value(boost::json::string_view(v));
        else if constexpr (std::is_same_v<T, query::Atom>)
          return boost::json::value(boost::json::string_view(v.name));
        else
          return boost::json::value(boost::json::string_view(format_day(v)));
      },
      value);
}

void write_json(std::ostream& out, const query::Table& table) {
  out << '[';
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    boost::json::object object;
    const auto& row = table.rows[r];
    for (std::size_t c = 0; c < table.columns.size() && c < row.size(); ++c)
      object[table.columns[c]] = json_value(row[c]);
    out << (r == 0 ? "\n  " : ",\n  ") << boost::json::serialize(object);
  }
  out << (table.rows.empty() ? "]\n" : "\n]\n");
}

}  // namespace

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  if (name == "table") return OutputFormat::kTable;
  if (name == "csv") return OutputFormat::kCsv;
  if (name == "tsv") return OutputFormat::kTsv;
  if (name == "json") return OutputFormat::kJson;
  return std::nullopt;
}

std::string_view output_format_name(OutputFormat format) {
  switch (format) {
    case OutputFormat::kTable:
      return "table";
    case OutputFormat::kCsv:
      return "csv";
    case OutputFormat::kTsv:
      return "tsv";
    case OutputFormat::kJson:
      return "json";
  }
  return "table";
}

int terminal_width(int fd) {
  winsize size{};
  if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 100;
}

std::string cell_text(const query::Value& value) {
  return std::visit(
      [](const auto& v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::int64_t>) {
          return std::to_string(v);
        } else if constexpr (std::is_same_v<T, double>) {
          char buffer[32];
          std::snprintf(buffer, sizeof buffer, "%.15g", v);
          return buffer;
        } else if constexpr (std::is_same_v<T, std::string>) {
          return v;
        } else if constexpr (std::is_same_v<T, query::Atom>) {
          return v.name;
        } else {
          return format_day(v);
        }
      },
      value);
}

void write_table(std::ostream& out, const query::Table& table, OutputFormat format,
                 const TableStyle& style) {
  switch (format) {
    case OutputFormat::kTable:
      write_aligned(out, table, style);
      break;
    case OutputFormat::kCsv:
      write_delimited(out, table, ',', csv_field);
      break;
    case OutputFormat::kTsv:
      write_delimited(out, table, '\t', tsv_field);
      break;
    case OutputFormat::kJson:
      write_json(out, table);
      break;
  }
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string field = "\"";
  for (char c : text) {
    if (c == '"') field += '"';
    field += c;
  }
  return field + '"';
}

std::vector<std::string> wrap_text(std::string_view text, int width) {
  width = std::max(width, 1);
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    wrap_paragraph(text.substr(start, end == std::string_view::npos ? end : end - start), width,
                   lines);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return lines;
}

int display_width(std::string_view text) {
  int width = 0;
  for (char c : text)
    if (!is_continuation_byte(c)) ++width;
  return width;
}

}  // namespace annals::cli
