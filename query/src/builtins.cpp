#include "builtins.h"

#include <cstdint>
#include <string>

#include "case_mapping.h"

namespace annals::query {

bool allen_holds(Builtin b, const DateInterval& x, const DateInterval& y) {
  switch (b) {
    case Builtin::kBefore:
      return x.end < y.start;
    case Builtin::kAfter:
      return y.end < x.start;
    case Builtin::kMeets:
      return x.end + 1 == y.start;
    case Builtin::kOverlaps:
      return x.overlaps(y);
    case Builtin::kDuring:
      return y.start <= x.start && x.end <= y.end;
    case Builtin::kSameDay:
      return x.start == x.end && y.start == y.end && x.start == y.start;
    default:
      return false;
  }
}

kb::EventFilter allen_filter(Builtin b, const DateInterval& k, bool left_known) {
  kb::EventFilter f;
  switch (b) {
    case Builtin::kBefore:
      if (left_known)
        f.from = k.end + 1;  // b starts after a ends
      else
        f.to = k.start - 1;
      break;
    case Builtin::kAfter:
      if (left_known)
        f.to = k.start - 1;
      else
        f.from = k.end + 1;
      break;
    case Builtin::kMeets:
      f.from = f.to = left_known ? k.end + 1 : k.start - 1;
      break;
    case Builtin::kOverlaps:
    case Builtin::kDuring:
      f.from = k.start;
      f.to = k.end;
      break;
    case Builtin::kSameDay:
      f.from = k.start;
      f.to = k.start;
      break;
    default:
      break;
  }
  return f;
}

std::optional<V> scalar_builtin(Builtin b, const V& input, SymbolTable& symbols) {
  if (b == Builtin::kLower || b == Builtin::kUpper) {
    if (!input.is_symbol()) return std::nullopt;
    auto mapped = change_case(symbols.text(input.bits),
                              b == Builtin::kUpper ? CaseMapping::kUpper : CaseMapping::kLower);
    if (!mapped) return std::nullopt;
    return symbols.string(*mapped);
  }
  if (!input.is_date()) return std::nullopt;
  const Ymd ymd = to_ymd(input.first_day());
  switch (b) {
    case Builtin::kYear:
      return V::integer(ymd.year);
    case Builtin::kMonth:
      return V::integer(ymd.month);
    case Builtin::kWeekday:
      return V::integer(weekday(input.first_day()));
    default:
      return std::nullopt;
  }
}

bool contains_text(const V& haystack, const V& needle, const SymbolTable& symbols) {
  if (!haystack.is_symbol() || !needle.is_symbol()) return false;
  return symbols.text(haystack.bits).find(symbols.text(needle.bits)) != std::string_view::npos;
}

std::optional<V> arithmetic(char op, const V& a, const V& b) {
  if (a.kind == Kind::kInt && b.kind == Kind::kInt) {
    std::int64_t r = 0;
    bool overflow = false;
    switch (op) {
      case '+':
        overflow = __builtin_add_overflow(a.bits, b.bits, &r);
        break;
      case '-':
        overflow = __builtin_sub_overflow(a.bits, b.bits, &r);
        break;
      case '*':
        overflow = __builtin_mul_overflow(a.bits, b.bits, &r);
        break;
      default:
        if (b.bits == 0 || (b.bits == -1 && a.bits == INT64_MIN)) return std::nullopt;
        r = a.bits / b.bits;
    }
    if (overflow) return std::nullopt;  // no value rather than a wrapped one
    return V::integer(r);
  }
  if (a.is_number() && b.is_number()) {
    const double x = a.as_double(), y = b.as_double();
    switch (op) {
      case '+':
        return V::real(x + y);
      case '-':
        return V::real(x - y);
      case '*':
        return V::real(x * y);
      default:
        if (y == 0) return std::nullopt;
        return V::real(x / y);
    }
  }
  // Days: date ± integer is a date, date - date a number of days.
  auto shift = [](const V& d, std::int64_t n) -> std::optional<V> {
    const std::int64_t from = d.first_day() + n, to = d.last_day() + n;
    if (from < to_day({kMinYear, 1, 1}) || to > to_day({kMaxYear, 12, 31})) return std::nullopt;
    return V::date_range(static_cast<Day>(from), static_cast<Day>(to));
  };
  if (a.is_date() && b.kind == Kind::kInt && (op == '+' || op == '-'))
    return shift(a, op == '+' ? b.bits : -b.bits);
  if (a.kind == Kind::kInt && b.is_date() && op == '+') return shift(b, a.bits);
  if (a.kind == Kind::kDate && b.kind == Kind::kDate && op == '-')
    return V::integer(static_cast<std::int64_t>(a.first_day()) - b.first_day());
  return std::nullopt;
}

}  // namespace annals::query
