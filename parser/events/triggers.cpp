#include "triggers.h"

#include <vector>

#include "gazetteer.h"
#include "text_data.h"

namespace annals::text {
namespace {

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

std::string regular_past(const std::string& lemma) {
  if (lemma.back() == 'e') return lemma + "d";
  if (lemma.size() >= 2 && lemma.back() == 'y' && !is_vowel(lemma[lemma.size() - 2])) {
    return lemma.substr(0, lemma.size() - 1) + "ied";
  }
  return lemma + "ed";
}

std::string third_person(const std::string& lemma) {
  const auto ends = [&](std::string_view s) {
    return lemma.size() >= s.size() && lemma.compare(lemma.size() - s.size(), s.size(), s) == 0;
  };
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh")) return lemma + "es";
  if (lemma.size() >= 2 && lemma.back() == 'y' && !is_vowel(lemma[lemma.size() - 2])) {
    return lemma.substr(0, lemma.size() - 1) + "ies";
  }
  return lemma + "s";
}

// "make" -> "making", "stop" (past "stopped") -> "stopping", "die" -> "dying".
std::string present_participle(const std::string& lemma, const std::string& past) {
  const std::size_t n = lemma.size();
  if (n >= 2 && lemma.compare(n - 2, 2, "ie") == 0) return lemma.substr(0, n - 2) + "ying";
  if (n >= 2 && lemma.back() == 'e' && lemma[n - 2] != 'e' && lemma[n - 2] != 'y' &&
      lemma[n - 2] != 'o')
    return lemma.substr(0, n - 1) + "ing";
  if (past.size() == n + 3 && past.compare(0, n, lemma) == 0 && past[n] == lemma.back() &&
      past.compare(n + 1, 2, "ed") == 0)
    return lemma + lemma.back() + "ing";
  return lemma + "ing";
}

// "drive out" -> ("drive", "out").
std::pair<std::string, std::string> split_particle(std::string_view phrase) {
  const std::size_t space = phrase.find(' ');
  if (space == std::string_view::npos) return {std::string(phrase), {}};
  return {std::string(phrase.substr(0, space)), std::string(phrase.substr(space + 1))};
}

}  // namespace

void TriggerLexicon::add(const std::string& word, const std::string& type, bool reporting,
                         std::uint8_t forms, const std::string& particle) {
  if (!particle.empty()) {
    std::vector<TriggerEntry>& list = phrases_[word];
    for (TriggerEntry& e : list) {
      if (e.type == type && e.particle == particle) {
        e.forms |= forms;
        return;
      }
    }
    list.push_back(TriggerEntry{type, reporting, forms, particle});
    return;
  }
  auto [it, inserted] = entries_.try_emplace(word, TriggerEntry{type, reporting, forms, particle});
  if (!inserted && it->second.type == type && it->second.particle == particle)
    it->second.forms |= forms;
}

TriggerLexicon::TriggerLexicon() {
  for (const auto& row : parse_tsv(data::k_triggers)) {
    if (row.size() < 3) continue;
    const std::string type(row[0]);
    const bool reporting = row[1] == "r";
    for (std::string_view verb : split_on(row[2], '|')) {
      if (verb.empty()) continue;  // a type named by nouns only ("earthquake")
      const std::vector<std::string_view> parts = split_on(verb, '/');
      auto [lemma, particle] = split_particle(parts[0]);
      const std::string past =
          parts.size() > 1 ? split_particle(parts[1]).first : regular_past(lemma);
      const std::string participle = parts.size() > 2 ? split_particle(parts[2]).first : past;
      add(lemma, type, reporting, kBase, particle);
      add(third_person(lemma), type, reporting, kPresent, particle);
      add(past, type, reporting, kPast, particle);
      add(participle, type, reporting, kParticiple, particle);
      // "saying", "launching": read as a nominal mention of the event.
      add(present_participle(lemma, past), type, reporting, kNoun, particle);
    }
    if (row.size() > 3) {
      for (std::string_view noun : split_on(row[3], '|'))
        add(std::string(noun), type, reporting, kNoun, {});
    }
  }
}

const TriggerLexicon& TriggerLexicon::instance() {
  static const TriggerLexicon lexicon;
  return lexicon;
}

const TriggerEntry* TriggerLexicon::find(std::string_view lower) const {
  if (auto it = entries_.find(lower); it != entries_.end()) return &it->second;
  auto phrase = phrases_.find(lower);
  return phrase == phrases_.end() || phrase->second.empty() ? nullptr : &phrase->second.front();
}

const TriggerEntry* TriggerLexicon::find(std::string_view lower, std::string_view next) const {
  if (auto phrase = phrases_.find(lower); phrase != phrases_.end()) {
    for (const TriggerEntry& e : phrase->second) {
      if (e.particle == next) return &e;
    }
  }
  auto it = entries_.find(lower);
  return it == entries_.end() ? nullptr : &it->second;
}

}  // namespace annals::text
