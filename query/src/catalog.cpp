// The base relations (SPEC "Data model") and built-in predicates.
#include "program.h"

namespace annals::query {

namespace {
constexpr ColumnType A = ColumnType::kAny;
constexpr ColumnType D = ColumnType::kDate;
constexpr ColumnType N = ColumnType::kNumber;
constexpr ColumnType S = ColumnType::kSymbol;
}  // namespace

const std::vector<BaseInfo>& base_relations() {
  static const std::vector<BaseInfo> kBase = {
      {BaseRel::kEvent, "event", 2, {S, S}, "event(E, Type): E happened and is of Type", true},
      {BaseRel::kTime,
       "time",
       3,
       {S, D, D},
       "time(E, Start, End): E lies within [Start, End]",
       true},
      {BaseRel::kGranularity, "granularity", 2, {S, S}, "granularity(E, G): day, month, ...", true},
      {BaseRel::kTimeKind,
       "time_kind",
       2,
       {S, S},
       "time_kind(E, K): on (a day), within (a coarser interval), before (open: some day "
       "before its reported date), between (open, after a day the text gives)",
       true},
      {BaseRel::kEarliest,
       "earliest",
       2,
       {S, D},
       "earliest(E, D): the first day E can have happened on (none: unbounded)",
       true},
      {BaseRel::kLatest,
       "latest",
       2,
       {S, D},
       "latest(E, D): the last day E can have happened on (an open event: the day before its "
       "bound, else its reported date)",
       true},
      {BaseRel::kCategory,
       "category",
       2,
       {S, S},
       "category(E, C): PLOVER category (assault, coerce, consult, ...), statement, or a domain "
       "(economy, legal, disaster, election, health, sport, science)",
       true},
      {BaseRel::kAgent, "agent", 2, {S, S}, "agent(E, X): X acted in E", true},
      {BaseRel::kPatient, "patient", 2, {S, S}, "patient(E, X): X underwent E", true},
      {BaseRel::kPlace, "place", 2, {S, S}, "place(E, P): where E happened", true},
      {BaseRel::kEntity, "entity", 2, {S, S}, "entity(X, Kind): country, person, org, ...", false},
      {BaseRel::kAlias, "alias", 2, {S, S}, "alias(X, Name): another name of X", false},
      {BaseRel::kMention,
       "mention",
       3,
       {S, S, S},
       "mention(E, Doc, Sentence): evidence sentence in Doc",
       true},
      {BaseRel::kDoc,
       "doc",
       3,
       {S, S, D},
       "doc(Doc, Outlet, Published): source documents (Published empty when undated)",
       false},
      {BaseRel::kDocDateSource,
       "doc_date_source",
       3,
       {S, S, S},
       "doc_date_source(Doc, Source, Evidence): where a document's date came from (byline, url, "
       "meta, date line, ...); an undated one: none, and why",
       false},
      {BaseRel::kReported,
       "reported",
       2,
       {S, D},
       "reported(E, Date): earliest publication mentioning E",
       true},
      {BaseRel::kModality,
       "modality",
       2,
       {S, S},
       "modality(E, M): asserted, planned, possible",
       true},
      {BaseRel::kPolarity, "polarity", 2, {S, S}, "polarity(E, P): positive, negative", true},
      {BaseRel::kClaimedBy, "claimed_by", 2, {S, S}, "claimed_by(E, X): who says so", true},
      {BaseRel::kQuantity,
       "quantity",
       4,
       {S, A, N, S},
       "quantity(E, What, N, Source): figures, per source",
       true},
      {BaseRel::kCause, "cause", 2, {S, S}, "cause(E1, E2): E1 caused E2 (stated in text)", true},
      {BaseRel::kUnder, "under", 2, {S, S}, "under(E1, E2): E1 happened under E2", true},
      {BaseRel::kTimeline,
       "timeline",
       3,
       {S, S, N},
       "timeline(X, E, Position): E is on X's timeline (1.., equal = simultaneous, 0 = unplaced)",
       false},
  };
  return kBase;
}

const BaseInfo* find_base(std::string_view name) {
  for (const BaseInfo& info : base_relations())
    if (name == info.name) return &info;
  return nullptr;
}

const BaseInfo* find_base_info(BaseRel rel) {
  for (const BaseInfo& info : base_relations())
    if (info.rel == rel) return &info;
  return nullptr;
}

const std::vector<BuiltinInfo>& builtins() {
  static const std::vector<BuiltinInfo> kBuiltins = {
      {Builtin::kBefore, "before", 2, true},    {Builtin::kAfter, "after", 2, true},
      {Builtin::kMeets, "meets", 2, true},      {Builtin::kOverlaps, "overlaps", 2, true},
      {Builtin::kDuring, "during", 2, true},    {Builtin::kSameDay, "same_day", 2, true},
      {Builtin::kYear, "year", 2, false},       {Builtin::kMonth, "month", 2, false},
      {Builtin::kWeekday, "weekday", 2, false}, {Builtin::kContains, "contains", 2, false},
      {Builtin::kLower, "lower", 2, false},     {Builtin::kUpper, "upper", 2, false},
  };
  return kBuiltins;
}

const BuiltinInfo* find_builtin(std::string_view name) {
  for (const BuiltinInfo& info : builtins())
    if (name == info.name) return &info;
  return nullptr;
}

}  // namespace annals::query
