// The syntax tree of one statement, as the X3 grammar produces it. Every node
// that a diagnostic may point at carries its byte offset in the source.
#pragma once

#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace annals::query::ast {

namespace x3 = boost::spirit::x3;

// Byte offset from the start of the statement text; set by the grammar.
struct Located {
  std::uint32_t offset = 0;
};

struct Variable : Located {
  std::string name;
  Variable& operator=(std::string v) {
    name = std::move(v);
    return *this;
  }
};
struct DateLiteral : Located {
  std::string text;  // "2025-04-28", "2025-04"; validated by the checker
  DateLiteral& operator=(std::string v) {
    text = std::move(v);
    return *this;
  }
};
struct StringLiteral : Located {
  std::string value;  // escapes resolved
  StringLiteral& operator=(std::string v) {
    value = std::move(v);
    return *this;
  }
};
struct AtomLiteral : Located {
  std::string name;
  AtomLiteral& operator=(std::string v) {
    name = std::move(v);
    return *this;
  }
};
struct IntLiteral : Located {
  std::int64_t value = 0;
  IntLiteral& operator=(std::int64_t v) {
    value = std::move(v);
    return *this;
  }
};
struct FloatLiteral : Located {
  double value = 0;
  FloatLiteral& operator=(double v) {
    value = std::move(v);
    return *this;
  }
};

struct Term
    : x3::variant<Variable, DateLiteral, StringLiteral, AtomLiteral, IntLiteral, FloatLiteral> {
  using base_type::base_type;
  using base_type::operator=;
};

// Arithmetic: Sum = Product (('+'|'-') Product)*, Product = Factor (('*'|'/') Factor)*.
struct Sum;
struct Factor : x3::variant<Term, x3::forward_ast<Sum>> {
  using base_type::base_type;
  using base_type::operator=;
};
struct ProductTail {
  char op = '*';
  Factor factor;
};
struct Product {
  Factor first;
  std::vector<ProductTail> rest;
};
struct SumTail {
  char op = '+';
  Product product;
};
struct Sum : Located {
  Product first;
  std::vector<SumTail> rest;
};

struct AtomCall : Located {
  std::string name;
  std::vector<Term> args;
};
struct Negation : Located {
  AtomCall atom;
  Negation& operator=(AtomCall a) {
    atom = std::move(a);
    return *this;
  }
};
struct Comparison : Located {
  Sum lhs;
  std::string op;
  Sum rhs;
};

struct Body;
// `{ body }` or `by A, B` (the rest of the enclosing body, grouped).
struct AggregateOver : x3::variant<x3::forward_ast<Body>, std::vector<Variable>> {
  using base_type::base_type;
  using base_type::operator=;
};
struct Aggregate : Located {
  Variable result;
  std::string function;                // count, sum, min, max
  boost::optional<Variable> argument;  // count(E), sum(X)
  AggregateOver over;
};

struct Literal : x3::variant<Aggregate, Comparison, Negation, AtomCall> {
  using base_type::base_type;
  using base_type::operator=;
};

struct Body : Located {
  boost::optional<DateLiteral> as_of;
  std::vector<Literal> literals;
};

struct Rule : Located {
  AtomCall head;
  boost::optional<Body> body;  // none: a fact
};
struct Query : Located {
  Body body;
  Query& operator=(Body b) {
    body = std::move(b);
    return *this;
  }
};
// expect count : { body } >= N.   expect none : { body }.   expect some : { body }.
struct ExpectBound {
  std::string op;
  Sum value;
};
struct Expect : Located {
  std::string kind;
  Body body;
  boost::optional<ExpectBound> bound;  // for `count`
};

struct Statement : x3::variant<Query, Expect, Rule> {
  using base_type::base_type;
  using base_type::operator=;
};

}  // namespace annals::query::ast
