#include "value.h"

#include <cmath>

namespace annals::query {

std::int64_t SymbolTable::intern(std::string_view text) {
  auto it = ids_.find(text);
  if (it != ids_.end()) return it->second;
  strings_.emplace_back(text);
  auto id = static_cast<std::int64_t>(strings_.size() - 1);
  ids_.emplace(strings_.back(), id);
  return id;
}

namespace {

int three_way(double a, double b) {
  return a < b ? -1 : (a > b ? 1 : 0);
}

bool holds(std::string_view op, int order) {
  if (op == "<") return order < 0;
  if (op == "<=") return order <= 0;
  if (op == ">") return order > 0;
  if (op == ">=") return order >= 0;
  if (op == "=") return order == 0;
  return order != 0;  // "!="
}

// A date (or date range) against a date range, by interval.
bool compare_dates(const V& a, std::string_view op, const V& b) {
  const Day a_first = a.first_day(), a_last = a.last_day();
  const Day b_first = b.first_day(), b_last = b.last_day();
  if (op == "<") return a_last < b_first;
  if (op == "<=") return a_first <= b_last;
  if (op == ">") return a_first > b_last;
  if (op == ">=") return a_last >= b_first;
  const bool within =
      (a_first >= b_first && a_last <= b_last) || (b_first >= a_first && b_last <= a_last);
  return op == "=" ? within : !within;
}

}  // namespace

std::optional<bool> compare_values(const V& a, std::string_view op, const V& b,
                                   const SymbolTable& symbols) {
  if (a.is_number() && b.is_number()) {
    if (a.kind == Kind::kInt && b.kind == Kind::kInt)
      return holds(op, a.bits < b.bits ? -1 : (a.bits > b.bits ? 1 : 0));
    return holds(op, three_way(a.as_double(), b.as_double()));
  }
  if (a.is_date() && b.is_date()) return compare_dates(a, op, b);
  if (a.is_symbol() && b.is_symbol()) {
    if (a.bits == b.bits) return holds(op, 0);
    int c = symbols.text(a.bits).compare(symbols.text(b.bits));
    return holds(op, c);
  }
  if (op == "=") return false;
  if (op == "!=") return true;
  return std::nullopt;
}

Value to_public(const V& v, const SymbolTable& symbols) {
  switch (v.kind) {
    case Kind::kInt:
      return Value(std::in_place_type<std::int64_t>, v.bits);
    case Kind::kFloat:
      return Value(std::in_place_type<double>, v.as_double());
    case Kind::kString:
      return Value(std::in_place_type<std::string>, std::string(symbols.text(v.bits)));
    case Kind::kAtom:
      return Value(std::in_place_type<Atom>, Atom{std::string(symbols.text(v.bits))});
    case Kind::kDate:
      return Value(std::in_place_type<Day>, v.first_day());
    case Kind::kDateRange: {
      // The public Value has no interval: show it as the literal it came from.
      auto interval = DateInterval{v.first_day(), v.last_day(), Granularity::kMonth};
      Ymd a = to_ymd(v.first_day()), b = to_ymd(v.last_day());
      if (a.month == 1 && a.day == 1 && b.month == 12 && b.day == 31 && a.year == b.year)
        interval.granularity = Granularity::kYear;
      return Value(std::in_place_type<std::string>, format_interval(interval));
    }
  }
  return Value(std::in_place_type<std::int64_t>, 0);
}

V from_public(const Value& value, SymbolTable& symbols) {
  return std::visit(
      [&](const auto& x) -> V {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::int64_t>) return V::integer(x);
        if constexpr (std::is_same_v<T, double>) return V::real(x);
        if constexpr (std::is_same_v<T, std::string>) return symbols.string(x);
        if constexpr (std::is_same_v<T, Atom>) return symbols.atom(x.name);
        if constexpr (std::is_same_v<T, Day>) return V::date(x);
      },
      value);
}

std::string kind_name(Kind kind) {
  switch (kind) {
    case Kind::kInt:
    case Kind::kFloat:
      return "a number";
    case Kind::kString:
      return "a string";
    case Kind::kAtom:
      return "an atom";
    case Kind::kDate:
    case Kind::kDateRange:
      return "a date";
  }
  return "a value";
}

std::string format_value(const Value& value) {
  return std::visit(
      [](const auto& x) -> std::string {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::int64_t>) return std::to_string(x);
        if constexpr (std::is_same_v<T, double>) {
          if (std::isfinite(x) && x == std::floor(x) && std::fabs(x) < 1e15)
            return std::to_string(static_cast<std::int64_t>(x));
          char buffer[32];
          std::snprintf(buffer, sizeof buffer, "%g", x);
          return buffer;
        }
        if constexpr (std::is_same_v<T, std::string>) return x;
        if constexpr (std::is_same_v<T, Atom>) return x.name;
        if constexpr (std::is_same_v<T, Day>) return format_day(x);
      },
      value);
}

}  // namespace annals::query
