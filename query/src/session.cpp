// Session: runs program text statement by statement against the program and
// user relations built so far.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <sstream>

#include "annals/query.h"
#include "checker.h"
#include "diagnostics.h"
#include "engine.h"
#include "grammar.h"
#include "import.h"
#include "kb_access.h"
#include "splitter.h"
#include "stratify.h"

namespace annals::query {

namespace {

using Clock = std::chrono::steady_clock;

struct Item {
  Chunk chunk;
  std::string text;  // statement text (with '.' added if it was missing)
  std::optional<ast::Statement> statement;
  std::string directive;
  std::vector<std::string> args;
  std::string rest;  // directive text after its name
};

std::vector<std::string> split_args(std::string_view s) {
  std::vector<std::string> args;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i >= s.size()) break;
    std::string arg;
    if (s[i] == '"') {
      ++i;
      while (i < s.size() && s[i] != '"') arg += s[i++];
      ++i;
    } else {
      while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) arg += s[i++];
    }
    args.push_back(std::move(arg));
  }
  return args;
}

std::optional<Day> body_as_of(const ast::Body& body) {
  if (!body.as_of) return std::nullopt;
  SymbolTable scratch;
  auto v = constant_value(ast::Term(*body.as_of), scratch);
  if (auto* d = std::get_if<V>(&v)) return d->last_day();
  return std::nullopt;
}

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

}  // namespace

struct Session::Impl {
  const kb::Store* store;
  Limits limits;
  SymbolTable symbols;
  Program program;

  struct Evaluated {
    std::vector<std::vector<Value>> rows;
    std::optional<std::string> error;
  };

  // Evaluates a compiled query relation into sorted public rows.
  Evaluated evaluate(int relation, std::optional<Day> as_of, Clock::time_point started) {
    KbAccess kb(store, symbols);
    Engine engine(program, symbols, kb, limits, started);
    engine.set_as_of(as_of);
    Evaluated out;
    out.error = engine.evaluate(relation);
    if (out.error) return out;
    const Relation& r = engine.relation(relation);
    out.rows.reserve(r.size());
    for (std::uint32_t id = 0; id < r.size(); ++id) {
      std::vector<Value> row;
      for (int c = 0; c < r.arity(); ++c) row.push_back(to_public(r.row(id)[c], symbols));
      out.rows.push_back(std::move(row));
    }
    std::sort(out.rows.begin(), out.rows.end());
    return out;
  }

  std::string resolve_path(const std::string& path, const std::string& file) const {
    namespace fs = std::filesystem;
    if (fs::path(path).is_absolute() || file.empty() || file[0] == '<') return path;
    const fs::path beside = fs::path(file).parent_path() / path;
    if (fs::exists(beside)) return beside.string();
    return path;
  }
};

namespace {

struct ExplainError {
  std::size_t offset;  // into the query as given
  std::string message;
  std::string hint;
};

// The plan of `query` ("?- body." or just the body) with the rules so far.
std::variant<std::string, ExplainError> explain_query(std::string_view query, Program& program,
                                                      SymbolTable& symbols, KbAccess& kb,
                                                      const Limits& limits, CheckContext& ctx) {
  std::string text = trim(query);
  std::size_t shift = 0;
  if (text.rfind("?-", 0) != 0) {
    text = "?- " + text;
    shift = 3;
  }
  if (text.back() != '.') text += " .";
  auto back = [&](std::size_t offset) { return offset >= shift ? offset - shift : 0; };
  auto parsed = parse_statement(text);
  if (auto* e = std::get_if<SyntaxError>(&parsed))
    return ExplainError{back(e->offset), e->message, ""};
  auto* q = boost::get<ast::Query>(&std::get<ast::Statement>(parsed));
  if (!q) return ExplainError{0, ".explain takes a query", ""};
  const size_t mark = program.relations.size();
  auto compiled = compile_query(q->body, text, ctx);
  if (auto* e = std::get_if<CheckError>(&compiled))
    return ExplainError{back(e->offset), e->message, e->hint};
  Engine engine(program, symbols, kb, limits, Clock::now());
  engine.set_as_of(body_as_of(q->body));
  std::string plan = engine.explain(std::get<CompiledQuery>(compiled).relation);
  program.truncate(mark);
  return plan;
}

}  // namespace

Session::Session(const kb::Store* store, Limits limits) : impl_(std::make_unique<Impl>()) {
  impl_->store = store;
  impl_->limits = limits;
}
Session::~Session() = default;

const Limits& Session::limits() const {
  return impl_->limits;
}

void Session::set_limits(const Limits& limits) {
  impl_->limits = limits;
}
Session::Session(Session&&) noexcept = default;
Session& Session::operator=(Session&&) noexcept = default;

Session::RunResult Session::run(std::string_view source, const std::string& file_name) {
  RunResult result;
  Impl& s = *impl_;
  auto error_at = [&](std::size_t offset, std::string message, std::string hint = {}) {
    result.error = make_diagnostic(source, file_name, offset, std::move(message), std::move(hint));
    return result;
  };
  SplitResult split = split_statements(source);
  if (split.error) return error_at(split.error->offset, split.error->message);

  // Parse everything first: a syntax error anywhere runs nothing.
  std::vector<Item> items;
  std::map<std::string, int, std::less<>> forward;
  for (const Chunk& chunk : split.chunks) {
    Item item;
    item.chunk = chunk;
    const std::string_view raw = source.substr(chunk.begin, chunk.end - chunk.begin);
    if (chunk.kind == Chunk::Kind::kDirective) {
      size_t name_end = 1;
      while (name_end < raw.size() && !std::isspace(static_cast<unsigned char>(raw[name_end])))
        ++name_end;
      item.directive = std::string(raw.substr(1, name_end - 1));
      item.rest = trim(raw.substr(name_end));
      item.args = split_args(item.rest);
      if (item.directive == "import") {
        if (item.args.size() != 2) return error_at(chunk.begin, "usage: .import \"FILE\" RELATION");
        if (!forward.count(item.args[1])) forward[item.args[1]] = -1;
      }
      items.push_back(std::move(item));
      continue;
    }
    item.text = std::string(raw);
    if (chunk.missing_period) item.text += "\n.";
    auto parsed = parse_statement(item.text);
    if (auto* e = std::get_if<SyntaxError>(&parsed)) {
      return error_at(chunk.begin + std::min<std::size_t>(e->offset, raw.size()), e->message);
    }
    item.statement = std::move(std::get<ast::Statement>(parsed));
    if (auto* rule = boost::get<ast::Rule>(&*item.statement))
      forward.emplace(rule->head.name, static_cast<int>(rule->head.args.size()));
    items.push_back(std::move(item));
  }

  CheckContext ctx{s.program, s.symbols, [&](std::string_view name) -> std::optional<int> {
                     auto it = forward.find(name);
                     if (it == forward.end()) return std::nullopt;
                     return it->second;
                   }};

  // Statement positions, counted forward once (not from the start each time).
  std::size_t cursor = 0, line_begin = 0;
  std::uint32_t line = 1;
  auto position_of = [&](std::size_t offset) {
    for (; cursor < offset; ++cursor)
      if (source[cursor] == '\n') {
        ++line;
        line_begin = cursor + 1;
      }
    SourcePos pos;
    pos.file = file_name;
    pos.line = line;
    pos.column = static_cast<std::uint32_t>(offset - line_begin + 1);
    return pos;
  };

  for (Item& item : items) {
    const auto started = Clock::now();
    Output output;
    output.pos = position_of(item.chunk.begin);
    output.statement = trim(source.substr(item.chunk.begin, item.chunk.end - item.chunk.begin));
    const std::size_t base = item.chunk.begin;
    auto check_error = [&](const CheckError& e) {
      return error_at(base + std::min<std::size_t>(e.offset, item.chunk.end - base), e.message,
                      e.hint);
    };

    if (!item.statement) {
      if (item.directive == "import") {
        const std::string path = s.resolve_path(item.args[0], file_name);
        auto imported = import_delimited(path, item.args[1], s.program, s.symbols);
        if (auto* message = std::get_if<std::string>(&imported)) return error_at(base, *message);
        const auto& summary = std::get<ImportSummary>(imported);
        output.result = ".import " + item.args[0] + ": " + std::to_string(summary.rows) +
                        " rows into " + item.args[1] + "/" + std::to_string(summary.arity);
      } else if (item.directive == "explain") {
        const std::string_view raw = source.substr(base, item.chunk.end - base);
        std::size_t rest_at = base + raw.find(item.rest.empty() ? std::string_view(" ")
                                                                : std::string_view(item.rest));
        if (item.rest.empty()) return error_at(base, "usage: .explain QUERY");
        KbAccess kb(s.store, s.symbols);
        auto plan = explain_query(item.rest, s.program, s.symbols, kb, s.limits, ctx);
        if (auto* e = std::get_if<ExplainError>(&plan))
          return error_at(rest_at + e->offset, e->message, e->hint);
        output.result = std::get<std::string>(plan);
      } else {
        output.result = Directive{item.directive, item.args};
      }
      result.outputs.push_back(std::move(output));
      continue;
    }

    if (auto* rule = boost::get<ast::Rule>(&*item.statement)) {
      if (auto e = add_rule(*rule, output.statement, ctx)) return check_error(*e);
      if (!rule->body) continue;
      auto strata = stratify(s.program, {});
      if (auto* err = std::get_if<StratifyError>(&strata)) {
        // The rule just added closed the cycle: take it back out.
        const int head = s.program.find(rule->head.name);
        s.program.relations[static_cast<size_t>(head)]->rules.pop_back();
        std::uint32_t offset = rule->offset;
        if (err->relation == head && err->literal >= 0 && err->rule >= 0)
          offset = s.program.relations[static_cast<size_t>(head)]->rules.size() ==
                           static_cast<size_t>(err->rule)
                       ? rule->offset
                       : offset;
        for (const auto& literal : rule->body->literals) {
          if (auto* n = boost::get<ast::Negation>(&literal)) offset = n->offset;
          if (auto* g = boost::get<ast::Aggregate>(&literal)) offset = g->offset;
        }
        return error_at(base + offset, err->message);
      }
      output.result = std::string("rule added");
      result.outputs.push_back(std::move(output));
      continue;
    }

    const size_t mark = s.program.relations.size();
    auto cleanup = [&] { s.program.truncate(mark); };
    if (auto* query = boost::get<ast::Query>(&*item.statement)) {
      auto compiled = compile_query(query->body, output.statement, ctx);
      if (auto* e = std::get_if<CheckError>(&compiled)) return check_error(*e);
      const auto& q = std::get<CompiledQuery>(compiled);
      auto evaluated = s.evaluate(q.relation, body_as_of(query->body), started);
      cleanup();
      if (evaluated.error) return error_at(base, *evaluated.error);
      output.result = Table{q.columns, std::move(evaluated.rows)};
      result.outputs.push_back(std::move(output));
      continue;
    }

    auto& expect = boost::get<ast::Expect>(*item.statement);
    std::optional<std::int64_t> bound;
    std::string op = ">=";
    if (expect.kind == "count") {
      if (!expect.bound)
        return error_at(base + expect.offset, "expect count needs a comparison, as in `>= 1`");
      op = expect.bound->op;
      const ast::Sum& sum = expect.bound->value;
      const ast::Term* term = sum.rest.empty() && sum.first.rest.empty()
                                  ? boost::get<ast::Term>(&sum.first.first)
                                  : nullptr;
      const ast::IntLiteral* n = term ? boost::get<ast::IntLiteral>(term) : nullptr;
      if (!n) return error_at(base + sum.offset, "expect count compares with an integer");
      bound = n->value;
    } else if (expect.bound) {
      return error_at(base + expect.bound->value.offset,
                      "expect " + expect.kind + " takes no comparison");
    }
    auto compiled = compile_query(expect.body, output.statement, ctx);
    if (auto* e = std::get_if<CheckError>(&compiled)) return check_error(*e);
    const auto& q = std::get<CompiledQuery>(compiled);
    auto evaluated = s.evaluate(q.relation, body_as_of(expect.body), started);
    cleanup();
    if (evaluated.error) return error_at(base, *evaluated.error);
    const auto count = static_cast<std::int64_t>(evaluated.rows.size());
    ExpectationResult verdict;
    verdict.pos = output.pos;
    verdict.text = output.statement;
    if (expect.kind == "none")
      verdict.passed = count == 0;
    else if (expect.kind == "some")
      verdict.passed = count > 0;
    else
      verdict.passed = *compare_values(V::integer(count), op, V::integer(*bound), s.symbols);
    verdict.found = "count = " + std::to_string(count);
    if (expect.kind == "none" && count > 0) {
      verdict.found += "; rows:";
      for (size_t i = 0; i < evaluated.rows.size() && i < 5; ++i) {
        verdict.found += " (";
        for (size_t c = 0; c < evaluated.rows[i].size(); ++c)
          verdict.found += (c ? ", " : "") + format_value(evaluated.rows[i][c]);
        verdict.found += ")";
      }
      if (evaluated.rows.size() > 5) verdict.found += " ...";
    }
    output.result = std::move(verdict);
    result.outputs.push_back(std::move(output));
  }
  return result;
}

Result<std::string> Session::explain(std::string_view query) {
  Impl& s = *impl_;
  KbAccess kb(s.store, s.symbols);
  CheckContext ctx{s.program, s.symbols, nullptr};
  auto plan = explain_query(query, s.program, s.symbols, kb, s.limits, ctx);
  if (auto* e = std::get_if<ExplainError>(&plan))
    return Status::InvalidInput(
        make_diagnostic(query, "<explain>", e->offset, e->message, e->hint).render());
  return std::get<std::string>(plan);
}

std::vector<std::string> Session::relation_names() const {
  std::vector<std::string> names;
  for (const auto& b : base_relations())
    names.push_back(std::string(b.name) + "/" + std::to_string(b.arity));
  for (const auto& b : builtins())
    names.push_back(std::string(b.name) + "/" + std::to_string(b.arity));
  for (const auto& [name, id] : impl_->program.by_name)
    names.push_back(name + "/" +
                    std::to_string(impl_->program.relations[static_cast<size_t>(id)]->arity));
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::string Session::rules_text() const {
  std::string out;
  for (const auto& [name, id] : impl_->program.by_name) {
    const RelationDef& def = *impl_->program.relations[static_cast<size_t>(id)];
    if (!def.facts.empty())
      out += "% " + name + "/" + std::to_string(def.arity) + ": " +
             std::to_string(def.facts.size()) + " fact(s)\n";
    for (const CRule& rule : def.rules) out += rule.text + "\n";
  }
  return out;
}

std::string Session::schema_text() {
  std::string out = "Base relations (from the knowledge base):\n";
  for (const auto& b : base_relations()) out += "  " + std::string(b.meaning) + "\n";
  out +=
      "Built-ins:\n"
      "  before(E1, E2), after, meets, overlaps, during, same_day: event intervals\n"
      "  < <= = != >= >, D2 = D1 + N (days), year(D, Y), month(D, M), weekday(D, W)\n"
      "  contains(S, Sub), lower(S, L), upper(S, U)\n"
      "Aggregates: N = count : { body }, N = sum(X) : { body }, N = count(E) by A\n";
  return out;
}

}  // namespace annals::query
