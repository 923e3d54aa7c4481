// What a third-person pronoun stands for: the named entities of the
// sentence so far and of the two sentences before it, with each sentence's
// subject. A careful reader's rules, in order:
//  - a pronoun inside its sentence (after the main clause's subject) takes
//    the most recent compatible name before it ("Putin said he hoped"),
//    except that a pronoun opening a clause coordinated with the main one
//    continues the main subject ("Suez rebuffed Veolia's advances, and in
//    February it rejected");
//  - a pronoun subject takes the previous sentence's subject when that is
//    compatible, else its most recent compatible name, else the same from
//    the sentence before that;
//  - an unnamed subject in between ("The 24-year-old from Sydney was ...
//    He also lost") is what the pronoun continues: no name is given, so no
//    actor is, rather than a wrong one.
// he/she/his/her: one person; it/its: an organisation, a country or its
// capital, a group; they/their: several names together, a group, or an
// organisation named in the plural ("police", "forces").
#pragma once

#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entities.h"

namespace annals::text {

// kOrganisation: a definite description such as "the company".
enum class PronounClass { kNone, kPerson, kThing, kPlural, kOrganisation };

// he/she/him/his/her -> person, it/its -> thing, they/them/their -> plural.
PronounClass pronoun_class(std::string_view lower);

struct Referent {
  std::vector<std::string> names;  // canonical actor names: one, or a coordinated group
  // The entity kind of a single name ("capital" for a capital, "name" for
  // a person only guessed from the look of the name); "several" for a group.
  std::string kind;
  std::size_t token = 0;  // where it is named in its sentence
  // Named inside a prepositional phrase ("between Pyongyang and Moscow"):
  // not what a pronoun refers back to.
  bool oblique = false;
};

// A single entity as a referent; `names` as an actor would name it.
Referent referent_of(const EntitySpan& span, std::vector<std::string> names);

bool compatible(PronounClass c, const Referent& r);

struct SentenceReferents {
  std::vector<Referent> mentions;   // in text order
  std::optional<Referent> subject;  // the main clause's named (or resolved) subject
  // The main clause's subject is a noun phrase without a name, which a
  // following pronoun of this class would continue.
  PronounClass unnamed_subject = PronounClass::kNone;
};

class DiscourseMemory {
 public:
  // A pronoun subject with nothing compatible before it in its sentence:
  // the referent from the previous two sentences, or none.
  std::optional<Referent> antecedent(PronounClass c) const;
  // Ends a sentence: it becomes the previous one.
  void push(SentenceReferents sentence);
  // The previous sentence, if any.
  const SentenceReferents* previous() const { return recent_.empty() ? nullptr : &recent_.back(); }

 private:
  std::deque<SentenceReferents> recent_;  // at most two, the latest last
};

// The most recent referent of `mentions` named before `token` that fits `c`,
// outside prepositional phrases.
std::optional<Referent> latest_before(const std::vector<Referent>& mentions, std::size_t token,
                                      PronounClass c);

}  // namespace annals::text
