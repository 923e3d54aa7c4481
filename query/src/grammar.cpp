// The Spirit X3 grammar of the query language (SPEC "The query language").
#include "grammar.h"

#include <cctype>

#include <boost/fusion/include/adapt_struct.hpp>
#include <boost/fusion/include/std_pair.hpp>
#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>

BOOST_FUSION_ADAPT_STRUCT(annals::query::ast::ProductTail, op, factor)
BOOST_FUSION_ADAPT_STRUCT(annals::query::ast::Product, first, rest)
BOOST_FUSION_ADAPT_STRUCT(annals::query::ast::SumTail, op, product)
BOOST_FUSION_ADAPT_STRUCT(annals::query::ast::Sum, first, rest)
BOOST_FUSION_ADAPT_STRUCT(annals::query::ast::AtomCall, name, args)
BOOST_FUSION_ADAPT_STRUCT(annals::query::ast::Comparison, lhs, op, rhs)
BOOST_FUSION_ADAPT_STRUCT(annals::query::ast::Aggregate, result, function, argument, over)
BOOST_FUSION_ADAPT_STRUCT(annals::query::ast::Body, as_of, literals)
BOOST_FUSION_ADAPT_STRUCT(annals::query::ast::Rule, head, body)
BOOST_FUSION_ADAPT_STRUCT(annals::query::ast::ExpectBound, op, value)
BOOST_FUSION_ADAPT_STRUCT(annals::query::ast::Expect, kind, body, bound)

namespace annals::query {
namespace grammar {

namespace x3 = boost::spirit::x3;
using x3::alnum;
using x3::char_;
using x3::lexeme;
using x3::lit;
using Iterator = std::string_view::const_iterator;

struct begin_tag;

// Records each located node's offset from the statement start.
struct annotate {
  template <class It, class Ctx, class Node>
  void on_success(const It& first, const It&, Node& node, const Ctx& ctx) const {
    if constexpr (std::is_base_of_v<ast::Located, Node>) {
      const Iterator begin = x3::get<begin_tag>(ctx);
      node.offset = static_cast<std::uint32_t>(first - begin);
    }
  }
};

// A keyword that is not the prefix of a longer name.
inline auto kw(const char* word) {
  return lexeme[lit(word) >> !(alnum | char_('_'))];
}

struct variable_id : annotate {};
struct date_id : annotate {};
struct string_id : annotate {};
struct atom_lit_id : annotate {};
struct int_id : annotate {};
struct float_id : annotate {};
struct term_id : annotate {};
struct factor_id : annotate {};
struct product_id : annotate {};
struct sum_id : annotate {};
struct atom_call_id : annotate {};
struct negation_id : annotate {};
struct comparison_id : annotate {};
struct aggregate_id : annotate {};
struct literal_id : annotate {};
struct body_id : annotate {};
struct rule_id : annotate {};
struct query_id : annotate {};
struct expect_id : annotate {};
struct statement_id : annotate {};

const x3::rule<variable_id, ast::Variable> variable = "a variable";
const x3::rule<date_id, ast::DateLiteral> date_literal = "a date (YYYY-MM-DD)";
const x3::rule<string_id, ast::StringLiteral> string_literal = "a string";
const x3::rule<atom_lit_id, ast::AtomLiteral> atom_literal = "a name";
const x3::rule<int_id, ast::IntLiteral> int_literal = "an integer";
const x3::rule<float_id, ast::FloatLiteral> float_literal = "a number";
const x3::rule<term_id, ast::Term> term = "a variable or a constant";
const x3::rule<factor_id, ast::Factor> factor = "an operand";
const x3::rule<product_id, ast::Product> product = "an expression";
const x3::rule<sum_id, ast::Sum> sum = "an expression";
const x3::rule<atom_call_id, ast::AtomCall> atom_call = "an atom, such as agent(E, A)";
const x3::rule<negation_id, ast::Negation> negation = "a negation";
const x3::rule<comparison_id, ast::Comparison> comparison = "a comparison";
const x3::rule<aggregate_id, ast::Aggregate> aggregate = "an aggregate";
const x3::rule<literal_id, ast::Literal> literal = "a literal";
const x3::rule<body_id, ast::Body> body = "a body";
const x3::rule<rule_id, ast::Rule> rule = "a rule";
const x3::rule<query_id, ast::Query> query = "a query";
const x3::rule<expect_id, ast::Expect> expect = "an expectation";
const x3::rule<statement_id, ast::Statement> statement = "a statement";

const auto name_chars = *(alnum | char_('_'));
const auto lower_name = x3::rule<struct lower_name_id, std::string>{"a name"} =
    lexeme[x3::lower >> name_chars];
const auto keyword = kw("not") | kw("as_of") | kw("expect") | kw("by");

const auto variable_name = x3::rule<struct variable_name_id, std::string>{"a variable"} =
    lexeme[(x3::upper | char_('_')) >> name_chars];
const auto variable_def = variable_name;
// One or two digits: `2025-4-1` is read as a date, for the checker to say
// how to pad it, not as the subtraction 2025 - 4 - 1.
const auto date_part = x3::repeat(1, 2)[x3::digit];
const auto date_text = x3::rule<struct date_text_id, std::string>{"a date (YYYY-MM-DD)"} =
    lexeme[x3::raw[x3::repeat(4)[x3::digit] >> '-' >> date_part >> -('-' >> date_part)] >>
           !(alnum | char_('_'))];
const auto date_literal_def = date_text;
const auto escaped = lit('\\') >> ((lit('n') >> x3::attr('\n')) | (lit('t') >> x3::attr('\t')) |
                                   (lit('r') >> x3::attr('\r')) | char_("\"\\"));
const auto string_text = x3::rule<struct string_text_id, std::string>{"string"} =
    lexeme['"' >> *(escaped | (char_ - '"' - '\\')) >> '"'];
const auto string_literal_def = string_text;
const auto atom_literal_def = !keyword >> lower_name;
// "1." at the end of a statement is the integer 1 and the full stop.
struct decimal_policies : x3::strict_real_policies<double> {
  static const bool allow_trailing_dot = false;
  static const bool allow_leading_dot = false;
};
const auto strict_double = x3::real_parser<double, decimal_policies>{};
const auto float_value = x3::rule<struct float_value_id, double>{"number"} =
    lexeme[strict_double >> !(alnum | char_('_'))];
const auto float_literal_def = float_value;
const auto int_value = x3::rule<struct int_value_id, std::int64_t>{"integer"} =
    lexeme[x3::int64 >> !(alnum | char_('_'))];
const auto int_literal_def = int_value;
const auto term_def =
    date_literal | float_literal | int_literal | string_literal | variable | atom_literal;

// Named in the user's words: an expectation failure reports the name of what
// it expected, and an unnamed X3 parser would report its C++ type.
const auto close_paren = x3::rule<struct close_paren_id>{"`)`"} = lit(')');
// After a comma, an argument must follow.
const auto next_argument =
    x3::rule<struct next_argument_id, ast::Term>{"an argument (a variable, `_` or a constant)"} =
        term;
const auto arguments = x3::rule<struct arguments_id, std::vector<ast::Term>>{
    "an argument (a variable, `_` or a constant)"} = term >> *(',' > next_argument);
const auto close_arguments = x3::rule<struct close_arguments_id>{"`,` or `)`"} = lit(')');
// After a comma, a literal must follow.
const auto next_literal = x3::rule<struct next_literal_id, ast::Literal>{
    "a literal (an atom such as event(E, T), a comparison or `not`)"} = literal;
const auto literals =
    x3::rule<struct literals_id, std::vector<ast::Literal>>{
        "a literal (an atom such as event(E, T), a comparison or `not`)"} = literal >>
                                                                            *(',' > next_literal);
const auto close_brace = x3::rule<struct close_brace_id>{"`,` or `}`"} = lit('}');
const auto open_brace = x3::rule<struct open_brace_id>{"`{`"} = lit('{');
const auto colon = x3::rule<struct colon_id>{"`:`"} = lit(':');
const auto full_stop = x3::rule<struct full_stop_id>{"`.` at the end of the statement"} = lit('.');

const auto factor_def = term | ('(' > sum > close_paren);
const auto product_def = factor >> *(char_("*/") >> factor);
const auto sum_def = product >> *(char_("+-") >> product);

const auto atom_call_def = !keyword >> lower_name >> -('(' > arguments > close_arguments);
const auto negation_def = kw("not") > atom_call;
const auto compare_op = x3::string("<=") | x3::string(">=") | x3::string("!=") | x3::string("<") |
                        x3::string(">") | x3::string("=");
const auto comparison_def = sum >> compare_op >> sum;
const auto aggregate_function =
    x3::rule<struct agg_fn_id, std::string>{"`count`, `sum`, `min` or `max`"} =
        lexeme[(x3::string("count") | x3::string("sum") | x3::string("min") | x3::string("max")) >>
               !(alnum | char_('_'))];
const auto curly_body = x3::rule<struct curly_id, x3::forward_ast<ast::Body>>{"`{ body }`"} =
    lit(':') > open_brace > body > close_brace;
// `by A, B`: stops before a variable that starts the next literal.
const auto group_variables =
    x3::rule<struct group_variables_id, std::vector<ast::Variable>>{"a group variable"} =
        variable % (',' >> &(variable >> (lit(',') | lit('.') | lit('}') | x3::eoi)));
const auto by_list = x3::rule<struct by_id, std::vector<ast::Variable>>{"group variables"} =
    kw("by") > group_variables;
const auto aggregate_over = x3::rule<struct over_id, ast::AggregateOver>{"`:` or `by`"} =
    curly_body | by_list;
const auto aggregate_def = variable >> '=' >> aggregate_function >>
                           -('(' > variable > close_paren) >> aggregate_over;
const auto literal_def = aggregate | negation | comparison | atom_call;
const auto body_def = -(kw("as_of") > date_literal > colon) > literals;

const auto rule_def = atom_call >> -(":-" > body);
const auto query_def = lit("?-") > body;
const auto expect_kind = x3::rule<struct kind_id, std::string>{"`count`, `none` or `some`"} =
    lexeme[(x3::string("count") | x3::string("none") | x3::string("some")) >>
           !(alnum | char_('_'))];
const auto expect_bound = x3::rule<struct bound_id, ast::ExpectBound>{"a comparison such as >= 1"} =
    compare_op > sum;
const auto expect_def =
    kw("expect") > expect_kind > colon > open_brace > body > close_brace > -expect_bound;
const auto statement_def = query | expect | rule;

BOOST_SPIRIT_DEFINE(variable, date_literal, string_literal, atom_literal, int_literal,
                    float_literal, term, factor, product, sum, atom_call, negation, comparison,
                    aggregate, literal, body, rule, query, expect, statement)

const auto skipper = x3::space | (lit('%') >> *(char_ - x3::eol));
const auto end_of_statement = x3::rule<struct end_of_statement_id>{"the end of the statement"} =
    x3::eoi;

}  // namespace grammar

namespace {

// X3 names a rule by its name, a literal by itself in quotes ('('), and any
// other parser by its mangled C++ type: every expectation point above is a
// named rule or a literal, and anything else still reads as English.
std::string expected_in_words(std::string what) {
  if (what.size() >= 3 && what.front() == '\'' && what.back() == '\'')
    return "`" + what.substr(1, what.size() - 2) + "`";
  if (what.size() == 1 || what == "?-" || what == ":-") return "`" + what + "`";
  const bool mangled =
      what.find("boost") != std::string::npos || what.find("spirit") != std::string::npos ||
      (what.size() > 1 && what[0] == 'N' && std::isdigit(static_cast<unsigned char>(what[1])));
  return mangled ? "something else here" : what;
}

// ", found `'`", with a word on the usual slips.
std::string found_in_words(std::string_view rest) {
  const std::size_t start = rest.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return ", found the end of the statement";
  const char c = rest[start];
  if (c == '\'') return ", found `'` (strings are written in double quotes: \"...\")";
  if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x80) return "";
  return std::string(", found `") + c + "`";
}

}  // namespace

std::variant<ast::Statement, SyntaxError> parse_statement(std::string_view text) {
  namespace x3 = boost::spirit::x3;
  grammar::Iterator first = text.begin();
  const grammar::Iterator begin = text.begin();
  ast::Statement result;
  const auto parser = x3::with<grammar::begin_tag>(
      begin)[grammar::statement > grammar::full_stop > grammar::end_of_statement];
  try {
    if (x3::phrase_parse(first, text.end(), parser, grammar::skipper, result)) return result;
    return SyntaxError{0, "syntax error: not a rule, fact, query or expectation"};
  } catch (const x3::expectation_failure<grammar::Iterator>& e) {
    auto offset = static_cast<std::uint32_t>(e.where() - begin);
    return SyntaxError{offset, "syntax error: expected " + expected_in_words(e.which()) +
                                   found_in_words(text.substr(offset))};
  }
}

}  // namespace annals::query
