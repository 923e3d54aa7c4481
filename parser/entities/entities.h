// Entity mentions: countries (names, aliases, adjectives, capitals), known
// organisations, people (with titles; later surname references resolved to
// the full name), and other capitalised names as `unknown`.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "annals/document.h"
#include "tokens.h"

namespace annals::text {

struct EntitySpan {
  std::size_t first = 0;  // token indices [first, last) in the sentence's tokens
  std::size_t last = 0;
  std::string name;        // canonical: "North Korea", "Kim Jong Un"
  std::string kind;        // country, person, org, place, group, unknown
  std::string country;     // the country it stands for (capitals, adjectives, state organs)
  bool adjective = false;  // "North Korean troops"
  bool capital = false;    // "Pyongyang"
  bool owned = false;      // "Ukraine's Special Operations Forces": `country` is the owner
  bool guessed = false;    // a person only by the look of the name ("Wells Fargo")
};

struct SentenceTokens {
  std::vector<Token> tokens;
  std::vector<EntitySpan> entities;
  std::vector<int> entity_at;  // per token: index into entities, or -1
};

// Document-level recogniser: knows the people and countries named so far,
// so that "Kim", "Putin" and "the North" resolve.
class EntityRecognizer {
 public:
  // Reads the whole document once to register full person names.
  explicit EntityRecognizer(const Document& doc);

  // Tokens and entities of sentence `index` of the document.
  void analyse(std::size_t index, SentenceTokens& out);

 private:
  void register_person(const std::string& canonical);
  std::size_t match_title(const std::vector<Token>& tokens, std::size_t i) const;
  std::size_t name_after_title(const std::vector<Token>& tokens, std::size_t start,
                               std::size_t run) const;
  std::size_t jurisdiction_end(const std::vector<Token>& tokens, std::size_t start,
                               std::size_t run) const;
  std::size_t capitalised_run(const std::vector<Token>& tokens, std::size_t i) const;
  bool joins_organisation_name(const std::vector<Token>& tokens, std::size_t i,
                               std::size_t k) const;
  bool completes_organisation(const std::vector<Token>& tokens, std::size_t i, std::size_t k) const;
  bool classify_run(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                    bool after_title, bool sentence_initial, EntitySpan& span) const;

  std::string_view body_;
  std::vector<std::vector<Token>> sentence_tokens_;              // from pass 1, reused by analyse
  std::unordered_map<std::string, std::string> person_by_part_;  // "Kim" -> "Kim Jong Un"
  std::unordered_set<std::string> titled_persons_;               // full names introduced by a title
  std::unordered_map<std::string, std::string> org_by_part_;     // "Lehman" -> "Lehman Brothers"
  std::unordered_map<std::string, std::string> compass_country_;  // "North" -> "North Korea"
  std::unordered_set<std::string_view>
      mid_sentence_caps_;  // capitalised words seen mid-sentence (views of body_)
  // Capitalised words seen alone mid-sentence, no capitalised word beside
  // them: a surname named on its own ("Nagin said").
  std::unordered_set<std::string_view> lone_caps_;
  mutable std::string key_, scratch_;
};

// "Kim Jong-un" -> "Kim Jong Un": a hyphen before a lower-case syllable in a
// name is a romanisation variant of a space.
std::string normalize_person_name(std::string_view name);

}  // namespace annals::text
