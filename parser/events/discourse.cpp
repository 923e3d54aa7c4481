#include "discourse.h"

#include <unordered_set>

namespace annals::text {

PronounClass pronoun_class(std::string_view w) {
  if (w == "he" || w == "she" || w == "him" || w == "his" || w == "her")
    return PronounClass::kPerson;
  if (w == "it" || w == "its") return PronounClass::kThing;
  if (w == "they" || w == "them" || w == "their") return PronounClass::kPlural;
  return PronounClass::kNone;
}

Referent referent_of(const EntitySpan& span, std::vector<std::string> names) {
  Referent r;
  r.names = std::move(names);
  r.kind = span.capital ? "capital" : span.guessed ? "name" : span.kind;
  r.token = span.first;
  return r;
}

namespace {

// "Police", "Syrian Democratic Forces": an organisation named in the plural.
bool plural_organisation(const std::string& name) {
  static const std::unordered_set<std::string_view> kPluralHeads{
      "Police", "Forces", "Guards", "Troops", "Rebels", "Militants", "Authorities", "Brothers"};
  const std::size_t space = name.rfind(' ');
  const std::string_view last = space == std::string::npos
                                    ? std::string_view(name)
                                    : std::string_view(name).substr(space + 1);
  return kPluralHeads.count(last) > 0;
}

// "World Wide Developers Conference", "Rights Management": a name guessed
// to be a person's but ending in the word for an institution or a
// gathering, which "he" or "she" never stands for.
bool institution_head(const std::string& name) {
  static const std::unordered_set<std::string_view> kHeads{
      "Conference", "Council",    "Committee",  "Commission",  "Summit",     "Forum",
      "Festival",   "Congress",   "Assembly",   "Association", "Management", "Institute",
      "University", "College",    "Foundation", "Center",      "Centre",     "Agency",
      "Ministry",   "Department", "Office",     "Board",       "Court",      "Party"};
  const std::size_t space = name.rfind(' ');
  if (space == std::string::npos) return false;
  return kHeads.count(std::string_view(name).substr(space + 1)) > 0;
}

}  // namespace

bool compatible(PronounClass c, const Referent& r) {
  if (r.names.empty()) return false;
  const std::string& k = r.kind;
  switch (c) {
    case PronounClass::kPerson:
      return k == "person" || (k == "name" && !institution_head(r.names.front()));
    case PronounClass::kThing:
      return k == "org" || k == "unknown" || k == "name" || k == "country" || k == "capital" ||
             k == "group";
    case PronounClass::kPlural:
      return k == "several" || k == "group" || (k == "org" && plural_organisation(r.names.front()));
    case PronounClass::kOrganisation:
      return k == "org" || k == "unknown" || k == "name" || k == "group";
    case PronounClass::kNone:
      return false;
  }
  return false;
}

std::optional<Referent> latest_before(const std::vector<Referent>& mentions, std::size_t token,
                                      PronounClass c) {
  const Referent* best = nullptr;
  for (const Referent& r : mentions) {
    if (r.token < token && !r.oblique && compatible(c, r) && (!best || r.token >= best->token))
      best = &r;
  }
  if (!best) return std::nullopt;
  return *best;
}

std::optional<Referent> DiscourseMemory::antecedent(PronounClass c) const {
  for (auto s = recent_.rbegin(); s != recent_.rend(); ++s) {
    if (s->subject && compatible(c, *s->subject)) return s->subject;
    if (s->unnamed_subject == c) return std::nullopt;
    if (auto r = latest_before(s->mentions, static_cast<std::size_t>(-1), c)) return r;
  }
  return std::nullopt;
}

void DiscourseMemory::push(SentenceReferents sentence) {
  recent_.push_back(std::move(sentence));
  while (recent_.size() > 2) recent_.pop_front();
}

}  // namespace annals::text
