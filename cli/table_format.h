// Printing a query's answer table: aligned text for people, CSV/TSV/JSON for
// other programs.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "annals/query.h"

namespace annals::cli {

enum class OutputFormat { kTable, kCsv, kTsv, kJson };

std::optional<OutputFormat> parse_output_format(std::string_view name);
std::string_view output_format_name(OutputFormat format);
inline constexpr std::string_view kOutputFormatNames = "table|csv|tsv|json";

struct TableStyle {
  int width = 100;     // terminal columns available to the table
  bool color = false;  // ANSI bold header and dim rule
};

// Columns of the terminal on `fd` (TIOCGWINSZ), else 100.
int terminal_width(int fd);

// A value as printed in a cell: dates as ISO, strings unquoted.
std::string cell_text(const query::Value& value);

// Writes `table` in `format`. The table format ends with "(N rows)".
void write_table(std::ostream& out, const query::Table& table, OutputFormat format,
                 const TableStyle& style);

// One CSV field (RFC 4180: quoted when it holds a comma, quote or line break).
std::string csv_field(std::string_view text);

// Splits `text` into lines of at most `width` display columns, breaking at
// spaces where possible. Never returns an empty vector.
std::vector<std::string> wrap_text(std::string_view text, int width);

// Display columns of UTF-8 text (one per code point; no wide-glyph table).
int display_width(std::string_view text);

}  // namespace annals::cli
