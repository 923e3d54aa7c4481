#include "entities.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_set>

#include "gazetteer.h"
#include "wordnet.h"

namespace annals::text {
namespace {

// Heads that make a capitalised name an organisation.
bool is_org_word(std::string_view word) {
  static const std::unordered_set<std::string_view> kWords = {"Department",
                                                              "Ministry",
                                                              "Agency",
                                                              "Council",
                                                              "Party",
                                                              "Forces",
                                                              "Force",
                                                              "University",
                                                              "Institute",
                                                              "Service",
                                                              "Services",
                                                              "Commission",
                                                              "Committee",
                                                              "Court",
                                                              "Bank",
                                                              "Group",
                                                              "Union",
                                                              "Association",
                                                              "Company",
                                                              "Corp",
                                                              "Inc",
                                                              "News",
                                                              "Army",
                                                              "Navy",
                                                              "Command",
                                                              "Office",
                                                              "Administration",
                                                              "Parliament",
                                                              "Assembly",
                                                              "Government",
                                                              "Federation",
                                                              "Organization",
                                                              "Organisation",
                                                              "Foundation",
                                                              "Center",
                                                              "Centre",
                                                              "Board",
                                                              "Authority",
                                                              "Police",
                                                              "Guard",
                                                              "Guards",
                                                              "Staff",
                                                              "Fund",
                                                              "Times",
                                                              "Post",
                                                              "Journal",
                                                              "Network",
                                                              "Corporation",
                                                              "Ltd",
                                                              "Agency's",
                                                              "Brigade",
                                                              "Battalion",
                                                              "Regiment",
                                                              "Division",
                                                              "Corps",
                                                              "Ministry's",
                                                              "School",
                                                              "College",
                                                              "Hospital",
                                                              "Church",
                                                              "Club",
                                                              "Team",
                                                              "Airlines",
                                                              "Motors",
                                                              "Holdings",
                                                              "Industries",
                                                              "Bureau",
                                                              "Ministries",
                                                              "Telegraph",
                                                              "Tribune",
                                                              "Herald",
                                                              "Press",
                                                              "Radio",
                                                              "TV",
                                                              "Television",
                                                              "Brothers",
                                                              "Co",
                                                              "LLC",
                                                              "PLC",
                                                              "plc",
                                                              "AG",
                                                              "GmbH",
                                                              "Partners",
                                                              "Securities",
                                                              "Bancorp",
                                                              "Airways",
                                                              "Reserve",
                                                              "Exchange",
                                                              "Systems",
                                                              "Technologies",
                                                              "Pharmaceuticals"};
  return kWords.count(word) > 0;
}

// The last word of a company's name, which its first word can stand for
// later ("Lehman Brothers" ... "Lehman's bankruptcy").
bool is_company_suffix(std::string_view word) {
  static const std::unordered_set<std::string_view> kWords = {"Brothers",
                                                              "Corp",
                                                              "Inc",
                                                              "Co",
                                                              "Ltd",
                                                              "LLC",
                                                              "PLC",
                                                              "plc",
                                                              "AG",
                                                              "GmbH",
                                                              "Group",
                                                              "Holdings",
                                                              "Airlines",
                                                              "Motors",
                                                              "Industries",
                                                              "Company",
                                                              "Bancorp",
                                                              "Airways",
                                                              "Securities",
                                                              "Partners",
                                                              "Systems",
                                                              "Technologies",
                                                              "Pharmaceuticals",
                                                              "Corporation"};
  return kWords.count(word) > 0;
}

// Organisation heads of a state: "Ministry of Defence of Russia" still
// names Russia as the actor, so a country after "of" stays its own name.
bool is_state_organ_word(std::string_view word) {
  static const std::unordered_set<std::string_view> kWords = {
      "Ministry", "Department", "Government", "Parliament", "Army",   "Navy",   "Forces",
      "Force",    "Police",     "Command",    "Guard",      "Guards", "Office", "Administration"};
  return kWords.count(word) > 0;
}

bool is_place_word(std::string_view word) {
  static const std::unordered_set<std::string_view> kWords = {
      "East",     "Coast",     "Desert", "City",      "Province", "Region", "County",
      "District", "Street",    "Square", "Island",    "Islands",  "River",  "Sea",
      "Ocean",    "Mountains", "Valley", "Peninsula", "Strait",   "Gulf",   "Bay",
      "Lake",     "State",     "Oblast", "Airport",   "Port"};
  return kWords.count(word) > 0;
}

// The words that open the title of an office someone holds in an
// organisation (not "General" or "King", which also open names).
bool is_office_word(std::string_view word) {
  static const std::unordered_set<std::string_view> kWords = {
      "CEO",       "Chairman", "Chairwoman", "President", "Chief",    "Director",
      "Secretary", "Minister", "Governor",   "Premier",   "Spokesman"};
  return kWords.count(word) > 0;
}

bool is_time_zone(std::string_view word) {
  static const std::unordered_set<std::string_view> kWords = {
      "GMT", "UTC", "BST", "CET",  "CEST", "EST", "EDT",  "CST", "CDT", "MST", "MDT", "PST", "PDT",
      "IST", "JST", "KST", "AEST", "AEDT", "EET", "EEST", "MSK", "WIB", "HKT", "SGT", "PT",  "ET"};
  return kWords.count(word) > 0;
}

bool is_calendar_word(std::string_view word) {
  static const std::unordered_set<std::string_view> kWords = {
      "Monday",  "Tuesday",   "Wednesday", "Thursday",  "Friday",   "Saturday", "Sunday",
      "January", "February",  "March",     "April",     "May",      "June",     "July",
      "August",  "September", "October",   "November",  "December", "Jan",      "Feb",
      "Mar",     "Apr",       "Jun",       "Jul",       "Aug",      "Sep",      "Sept",
      "Oct",     "Nov",       "Dec",       "Christmas", "Easter",   "Ramadan"};
  return kWords.count(word) > 0;
}

bool is_sentence_function_word(std::string_view lower) {
  static const std::unordered_set<std::string_view> kWords = {
      "regarding", "concerning", "following", "amid",      "throughout", "the",      "a",
      "an",        "in",         "on",        "at",        "but",        "and",      "or",
      "for",       "of",         "to",        "as",        "after",      "before",   "this",
      "that",      "these",      "those",     "it",        "its",        "he",       "she",
      "they",      "we",         "i",         "his",       "her",        "their",    "our",
      "under",     "with",       "without",   "from",      "by",         "while",    "when",
      "if",        "still",      "also",      "meanwhile", "however",    "moreover", "last",
      "earlier",   "later",      "some",      "many",      "most",       "neither",  "nor",
      "both",      "there",      "what",      "why",       "how",        "who",      "which",
      "citing",    "according",  "since",     "during",    "such",       "all",      "any",
      "no",        "not",        "yes",       "file",      "photo",      "here",     "now",
      "then",      "because",    "although",  "though",    "despite",    "among",    "between",
      "over",      "into",       "new",       "former",    "top",        "senior",   "other",
      "another",   "more",       "less",      "only",      "even",       "just",     "so",
      "yet",       "once",       "each",      "every",     "several",    "few",      "much",
      "you",       "your",       "my",        "me",        "us",         "them",     "him",
      "do",        "does",       "did",       "is",        "are",        "was",      "were",
      "be",        "will",       "would",     "can",       "could",      "may",      "might",
      "should",    "must",       "having",    "being",     "about",      "around",   "nearly",
      "almost",    "up",         "down",      "out"};
  return kWords.count(lower) > 0;
}

// "Paris-based", "Kurdish-led", "Moscow-backed": a compound describing
// what follows by a place or a people, no part of a name.
bool is_modifier_compound(std::string_view word) {
  static constexpr std::string_view kSuffixes[] = {
      "-based", "-led",           "-backed", "-born",   "-owned",  "-run",
      "-made",  "-headquartered", "-linked", "-allied", "-funded", "-bound"};
  for (std::string_view suffix : kSuffixes) {
    if (word.size() > suffix.size() && word.ends_with(suffix)) return true;
  }
  return false;
}

// "I've", "I’m": the pronoun with its verb, never a name.
bool is_contraction(std::string_view word) {
  if (word.size() < 3 || word[0] != 'I') return false;
  const std::size_t after = word[1] == '\'' ? 2 : word.substr(1, 3) == "\xE2\x80\x99" ? 4 : 0;
  return after > 0 && after < word.size() && std::islower(static_cast<unsigned char>(word[after]));
}

// A word of three letters or more that WordNet does not list in any part
// of speech: a name, not an English word capitalised by position.
bool unknown_word(std::string_view word) {
  if (word.size() < 3) return false;
  for (char c : word)
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  thread_local std::string buffer;
  const std::string_view lower = lowered(word, buffer);
  const lexicon::WordNet& wordnet = lexicon::WordNet::instance();
  using lexicon::WordPos;
  return wordnet.find(lower) == nullptr && wordnet.lemma(lower, WordPos::kNoun) == nullptr &&
         wordnet.lemma(lower, WordPos::kVerb) == nullptr &&
         wordnet.lemma(lower, WordPos::kAdjective) == nullptr;
}

bool is_connector(std::string_view word) {
  return word == "of" || word == "for" || word == "the" || word == "de" || word == "al" ||
         word == "bin" || word == "van" || word == "von" || word == "da" || word == "del" ||
         word == "la" || word == "on" || word == "dos" || word == "das" || word == "du" ||
         word == "di" || word == "der" || word == "ibn";
}

// Token i stands among all-caps words of three letters or more: a
// headline in capitals, where "WHO" or "AU" need not be a name.
bool shouted(const std::vector<Token>& tokens, std::size_t i) {
  auto caps_word = [&](std::size_t k) {
    return tokens[k].is_word() && tokens[k].all_caps && tokens[k].end - tokens[k].begin >= 3;
  };
  return (i > 0 && caps_word(i - 1)) || (i + 1 < tokens.size() && caps_word(i + 1));
}

// Only quotes and punctuation come before token i.
// The first word of the sentence, or of the story after a dateline's dash
// or colon ("L'AQUILA, Italy (AP) — Rescue workers", "Algiers: Dozens of
// students"): capitalised by position.
bool starts_sentence(std::string_view body, const std::vector<Token>& tokens, std::size_t i) {
  if (i > 0) {
    const std::string_view before = tokens[i - 1].text(body);
    if (before == "\u2014" || before == "\u2013" || before == "--" || before == ":") return true;
  }
  for (std::size_t k = 0; k < i; ++k) {
    if (tokens[k].is_word() || tokens[k].kind == TokenKind::kNumber) return false;
  }
  return true;
}

}  // namespace

std::string normalize_person_name(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (c == '-' && i > 0 && i + 1 < name.size() &&
        std::isalpha(static_cast<unsigned char>(name[i - 1])) &&
        std::islower(static_cast<unsigned char>(name[i + 1]))) {
      out += ' ';
      out += static_cast<char>(std::toupper(static_cast<unsigned char>(name[i + 1])));
      ++i;
      continue;
    }
    out += c;
  }
  return out;
}

EntityRecognizer::EntityRecognizer(const Document& doc) : body_(doc.body) {
  // Pass 1: full names introduced by a title or written out in full, the
  // countries "the North"/"the South" can refer to, and which capitalised
  // words occur mid-sentence (so that "Lacking" at a sentence start is not a name).
  const Gazetteer& gazetteer = Gazetteer::instance();
  sentence_tokens_.resize(doc.sentences.size());
  for (std::size_t index = 0; index < doc.sentences.size(); ++index) {
    const Sentence& s = doc.sentences[index];
    std::vector<Token>& tokens = sentence_tokens_[index];
    tokenize(body_, s.begin, s.end, tokens);
    const auto caps = [&](std::size_t k) {
      return k < tokens.size() && tokens[k].capitalised && tokens[k].is_word();
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (!caps(i)) continue;
      if (i > 0 && !starts_sentence(body_, tokens, i))
        mid_sentence_caps_.insert(tokens[i].text(body_));
      if ((i == 0 || !caps(i - 1)) && !caps(i + 1)) lone_caps_.insert(tokens[i].text(body_));
    }
  }
  for (std::size_t index = 0; index < doc.sentences.size(); ++index) {
    std::vector<Token>& tokens = sentence_tokens_[index];
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const std::string_view word = tokens[i].text(body_);
      if ((word == "North" || word == "South" || word == "East" || word == "West") &&
          i + 1 < tokens.size()) {
        std::string name(word);
        name += ' ';
        name += normalized(tokens[i + 1].text(body_), scratch_);
        if (const NameEntry* e = gazetteer.find(name); e && e->kind == NameKind::kCountry) {
          compass_country_.try_emplace(std::string(word), e->canonical);
        }
        if (const NameEntry* e = gazetteer.find(name);
            e && e->kind == NameKind::kCountryAdjective) {
          compass_country_.try_emplace(std::string(word), e->country);
        }
      }
      // A known name ("Turkish" in "Turkish President Recep Tayyip
      // Erdogan") is read as the second pass reads it, so the person's
      // name after it is registered whole.
      if (std::size_t known = 0;
          tokens[i].capitalised && gazetteer.longest_match(body_, tokens, i, &known, key_)) {
        i += known - 1;
        continue;
      }
      const std::size_t title = match_title(tokens, i);
      std::size_t start = title > 0 ? i + title : i;
      std::size_t run = capitalised_run(tokens, start);
      if (title > 0) run = name_after_title(tokens, start, run);
      if (title == 0) run = jurisdiction_end(tokens, start, run);
      // "The Dzhokhar Tsarnaev trial": the article opening the sentence is
      // no part of the name registered.
      while (title == 0 && run > 1 && starts_sentence(body_, tokens, start) &&
             is_sentence_function_word(lowered(tokens[start].text(body_), scratch_))) {
        ++start;
        --run;
      }
      if (run == 0) continue;
      EntitySpan span;
      if (classify_run(tokens, start, start + run, title > 0, starts_sentence(body_, tokens, start),
                       span) &&
          span.kind == "person" && span.name.find(' ') != std::string::npos) {
        register_person(span.name);
        if (title > 0) titled_persons_.insert(span.name);
      }
      if (span.kind == "org" && run >= 2 &&
          is_company_suffix(tokens[start + run - 1].text(body_)) &&
          !is_org_word(tokens[start].text(body_))) {
        org_by_part_.try_emplace(std::string(tokens[start].text(body_)), span.name);
      }
      i = start + run - 1;
    }
  }
}

void EntityRecognizer::register_person(const std::string& canonical) {
  std::size_t begin = 0;
  while (begin < canonical.size()) {
    std::size_t end = canonical.find(' ', begin);
    if (end == std::string::npos) end = canonical.size();
    // "Dzhokhar Tsarnaev" ... "his brother, Tamerlan Tsarnaev": a surname
    // alone stays with the first person the story named by it.
    person_by_part_.try_emplace(canonical.substr(begin, end - begin), canonical);
    begin = end + 1;
  }
  person_by_part_[canonical] = canonical;
}

// Tokens of a person title starting at i ("President", "Prime Minister",
// "Gen."), or 0.
// "Governor Simon Lalong of Plateau state": after a title the name is a
// person's, and "of" begins what the person is of. The run's new length.
std::size_t EntityRecognizer::name_after_title(const std::vector<Token>& tokens, std::size_t start,
                                               std::size_t run) const {
  std::string buffer;
  for (std::size_t k = start + 1; k < start + run; ++k)
    if (lowered(tokens[k].text(body_), buffer) == "of") return k - start;
  return run;
}

// "Former mayor of New Orleans Ray Nagin", "Chancellor of the Exchequer
// Philip Hammond": after "TITLE of", a run of capitalised words is the
// office's place and then a person, when the story names the last word
// alone elsewhere ("Nagin had denied"). The run's new length: the place's.
std::size_t EntityRecognizer::jurisdiction_end(const std::vector<Token>& tokens, std::size_t start,
                                               std::size_t run) const {
  if (run < 3 || start < 2) return run;
  // The cheap test first: the last word named alone somewhere in the story.
  const std::size_t end = start + run;
  const Token& surname = tokens[end - 1];
  const Token& given = tokens[end - 2];
  if (surname.all_caps || !given.is_word() || given.all_caps || given.end - given.begin < 2 ||
      lone_caps_.count(surname.text(body_)) == 0)
    return run;
  std::size_t p = start - 1;
  if (tokens[p].text(body_) == "the" && p > 0) --p;
  const std::string_view link = tokens[p].text(body_);
  if ((link != "of" && link != "for") || p == 0) return run;
  for (std::size_t q = p; q > 0 && p - q < 3;) {
    --q;
    if (match_title(tokens, q) == p - q) return run - 2;
  }
  return run;
}

// Titles chain: "Chief Minister", "Deputy Chief Minister", "Vice Admiral
// Commander" are one title before the name.
std::size_t EntityRecognizer::match_title(const std::vector<Token>& tokens, std::size_t i) const {
  const Gazetteer& gazetteer = Gazetteer::instance();
  std::size_t total = gazetteer.title_at(body_, tokens, i, key_);
  while (total > 0 && i + total < tokens.size()) {
    std::size_t more = gazetteer.title_at(body_, tokens, i + total, key_);
    // "President and Chief Operating Officer Jay Margolis": two offices
    // joined by "and" are one title before the name.
    if (more == 0 && tokens[i + total].text(body_) == "and" && i + total + 1 < tokens.size()) {
      if (const std::size_t second = gazetteer.title_at(body_, tokens, i + total + 1, key_))
        more = 1 + second;
    }
    if (more == 0) break;
    total += more;
  }
  return total;
}

// Length of a run of capitalised words from i (with "of", "for", "the"...
// inside when a capitalised word follows), stopping before calendar words.
std::size_t EntityRecognizer::capitalised_run(const std::vector<Token>& tokens,
                                              std::size_t i) const {
  std::size_t j = i;
  while (j < tokens.size()) {
    const Token& t = tokens[j];
    const std::string_view word = t.text(body_);
    // "Christmas Eve", "New Year's Eve": a holiday, no one's name.
    const bool holiday_eve = word == "Eve" && j > 0 &&
                             (is_calendar_word(tokens[j - 1].text(body_)) ||
                              tokens[j - 1].kind == TokenKind::kPossessive);
    if (t.is_word() && t.capitalised && !is_calendar_word(word) && !is_modifier_compound(word) &&
        !is_contraction(word) && !holiday_eve) {
      // "Helen G. Berrigan", "J. L. Dawkins": an initial and its point.
      if (word.size() == 1 && j + 2 < tokens.size() && tokens[j + 1].text(body_) == "." &&
          tokens[j + 2].is_word() && tokens[j + 2].capitalised)
        ++j;
      ++j;
      continue;
    }
    if (j > i && t.is_word() && is_connector(word) && j + 1 < tokens.size() &&
        tokens[j + 1].capitalised && tokens[j + 1].is_word() &&
        !is_calendar_word(tokens[j + 1].text(body_))) {
      ++j;
      continue;
    }
    if (j > i && word == "and" && joins_organisation_name(tokens, i, j)) {
      ++j;
      continue;
    }
    // "The San Diego-based company": the whole name describes what follows.
    if (j > i && t.is_word() && t.capitalised && is_modifier_compound(word)) return 0;
    break;
  }
  // "Cook County Circuit Judge Jessica O'Brien": a title inside the run
  // starts the person's name; the words before it describe the person.
  for (std::size_t k = i + 1; k + 1 < j && j - i >= 3; ++k) {
    const std::size_t title = match_title(tokens, k);
    if (title > 0 && k + title < j) {
      j = k;
      break;
    }
  }
  // A run ends where a known name starts ("Maria Lopez of Chile"), unless
  // the name completes an organisation's ("Bank of America", "University of
  // Tokyo"); and never on a connector.
  const Gazetteer& gazetteer = Gazetteer::instance();
  for (std::size_t k = i + 1; k < j; ++k) {
    std::size_t length = 0;
    if (gazetteer.longest_match(body_, tokens, k, &length, key_) == nullptr) continue;
    if (completes_organisation(tokens, i, k)) {
      k += length - 1;
      continue;
    }
    j = k;
    break;
  }
  // "Apple CEO Steve Jobs", "Federal Reserve Chairman Ben Bernanke": an
  // office title inside the run ends the employer's name; the person's name
  // after it is a name of its own.
  for (std::size_t k = i + 1; k + 2 < j; ++k) {
    const std::size_t title = match_title(tokens, k);
    if (title == 0 || k + title + 2 > j) continue;
    bool office = false;
    for (std::size_t h = k; h < k + title; ++h)
      office = office || is_office_word(tokens[h].text(body_));
    if (office) {
      j = k;
      break;
    }
  }
  while (j > i && is_connector(tokens[j - 1].text(body_))) --j;
  return j - i;
}

// "Food and Drug Administration", "Bureau of Alcohol and Tobacco": "and" at
// token k inside one organisation's name, whose capitalised words after it
// end in an organisation's head; not between two known names ("Russia and
// North Korea").
bool EntityRecognizer::joins_organisation_name(const std::vector<Token>& tokens, std::size_t i,
                                               std::size_t k) const {
  std::size_t end = k + 1;
  while (end < tokens.size() && tokens[end].is_word() && tokens[end].capitalised &&
         !is_calendar_word(tokens[end].text(body_)))
    ++end;
  // Companies are joined by "and" only as two ("Walgreens and Rite Aid Corp").
  static const std::unordered_set<std::string_view> kInstitutionHeads{
      "Administration", "Department",   "Ministry",   "Commission", "Committee", "Bureau",
      "Agency",         "Council",      "Office",     "Institute",  "Service",   "Services",
      "Board",          "Authority",    "Foundation", "Center",     "Centre",    "Association",
      "Organization",   "Organisation", "Federation", "University", "College",   "School"};
  if (end < k + 2 || !kInstitutionHeads.count(tokens[end - 1].text(body_))) return false;
  const Gazetteer& gazetteer = Gazetteer::instance();
  std::size_t length = 0;
  for (std::size_t h = i; h < end; ++h) {
    if (h != k && gazetteer.longest_match(body_, tokens, h, &length, key_)) return false;
  }
  return true;
}

// Whether a known name at token k ends the organisation name begun at i:
// "of" or "for" before it and a non-state organisation head in between.
bool EntityRecognizer::completes_organisation(const std::vector<Token>& tokens, std::size_t i,
                                              std::size_t k) const {
  if (k < i + 2) return false;
  const std::string_view connector = tokens[k - 1].text(body_);
  if (connector != "of" && connector != "for") return false;
  for (std::size_t h = i; h + 1 < k; ++h) {
    const std::string_view word = tokens[h].text(body_);
    if (is_org_word(word) && !is_state_organ_word(word)) return true;
  }
  return false;
}

bool EntityRecognizer::classify_run(const std::vector<Token>& tokens, std::size_t first,
                                    std::size_t last, bool after_title, bool sentence_initial,
                                    EntitySpan& span) const {
  span.first = first;
  span.last = last;
  const std::string_view text =
      body_.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin);
  const std::string surface(normalized(text, scratch_));
  const std::string_view last_word = tokens[last - 1].text(body_);
  if (last - first == 1) {
    const std::string part = normalize_person_name(surface);
    if (auto it = person_by_part_.find(part); it != person_by_part_.end()) {
      span.name = it->second;
      span.kind = "person";
      span.guessed = titled_persons_.count(it->second) == 0;
      return true;
    }
    if (after_title) {
      span.name = part;
      span.kind = "person";
      return true;
    }
    if (auto it = org_by_part_.find(surface); it != org_by_part_.end()) {
      span.name = it->second;
      span.kind = "org";
      return true;
    }
    if (tokens[first].all_caps && surface.size() > 5) return false;  // shouted headline words
    if (match_title(tokens, first) == 1) return false;  // "The Minister said": a title, no name
    // "USD 49 billion", "Rs 334.70": a currency before its amount.
    if ((surface == "USD" || surface == "EUR" || surface == "GBP" || surface == "JPY" ||
         surface == "CNY" || surface == "INR" || surface == "RUB" || surface == "Rs" ||
         surface == "CHF" || surface == "AUD" || surface == "CAD") &&
        last < tokens.size() && tokens[last].kind == TokenKind::kNumber)
      return false;
    // "Chapter 11 bankruptcy", "Article 5": a part of a text, numbered.
    if ((surface == "Chapter" || surface == "Article" || surface == "Section" ||
         surface == "Clause" || surface == "Paragraph") &&
        last < tokens.size() && tokens[last].kind == TokenKind::kNumber)
      return false;
    if (is_time_zone(surface)) return false;  // "09:12 GMT"
    if (surface.size() == 1) return false;    // "I", initials
    // "Police said": an organisation's head word alone opens a sentence as a
    // name; "Boeing today announced": so does a word no dictionary has.
    if (sentence_initial && !is_org_word(surface) &&
        (is_sentence_function_word(lowered(surface, scratch_)) ||
         (mid_sentence_caps_.count(tokens[first].text(body_)) == 0 && !unknown_word(surface))))
      return false;
    // "The Company also announced", "the Board decided": a description,
    // not a name (the events read it as one).
    if (is_org_word(surface) && first > 0 &&
        lowered(tokens[first - 1].text(body_), scratch_) == "the")
      return false;
    span.name = surface;
    span.kind = is_org_word(surface) ? "org" : "unknown";
    return true;
  }
  for (std::size_t k = first; k < last; ++k) {
    if (is_org_word(tokens[k].text(body_))) {
      span.name = surface;
      span.kind = "org";
      return true;
    }
  }
  if (is_place_word(last_word)) {
    span.name = surface;
    span.kind = "place";
    return true;
  }
  const std::string person = normalize_person_name(surface);
  bool name_like = last - first <= 4;
  for (std::size_t k = first; k < last && name_like; ++k) {
    if (!tokens[k].is_word() || tokens[k].all_caps || !tokens[k].capitalised) name_like = false;
  }
  // "born in San Francisco", "a plant in Sao Paulo": an unknown name after
  // a preposition of place is a place, not a person.
  if (!after_title && person_by_part_.count(person) == 0 && name_like && first > 0) {
    const std::string_view before = tokens[first - 1].text(body_);
    if (before == "in" || before == "from" || before == "near" || before == "outside") {
      span.name = surface;
      span.kind = "place";
      return true;
    }
  }
  if (after_title || person_by_part_.count(person) > 0 || name_like) {
    if (sentence_initial && !after_title &&
        is_sentence_function_word(lowered(tokens[first].text(body_), scratch_))) {
      return false;
    }
    span.name = person;
    span.kind = "person";
    span.guessed = !after_title && titled_persons_.count(person) == 0;
    return true;
  }
  span.name = surface;
  span.kind = "unknown";
  return true;
}

void EntityRecognizer::analyse(std::size_t index, SentenceTokens& out) {
  out.tokens.swap(sentence_tokens_.at(index));
  out.entities.clear();
  out.entity_at.assign(out.tokens.size(), -1);
  const std::vector<Token>& tokens = out.tokens;
  const Gazetteer& gazetteer = Gazetteer::instance();
  std::size_t i = 0;
  while (i < tokens.size()) {
    const Token& t = tokens[i];
    const std::string_view word = t.text(body_);
    EntitySpan span;
    bool found = false;
    // "the North" after "North Korea" was named.
    if ((word == "North" || word == "South" || word == "East" || word == "West") && i > 0 &&
        lowered(tokens[i - 1].text(body_), scratch_) == "the" &&
        (i + 1 >= tokens.size() || !tokens[i + 1].capitalised)) {
      if (auto it = compass_country_.find(std::string(word)); it != compass_country_.end()) {
        span = {i, i + 1, it->second, "country", it->second, false, false};
        found = true;
      }
    }
    if (!found && t.is_word() && t.capitalised) {
      std::size_t n = 0;
      const NameEntry* e = gazetteer.longest_match(body_, tokens, i, &n, key_);
      // "WHO WILL PAY": in a shouted line an acronym may be a plain word.
      if (e && n == 1 && t.all_caps && shouted(tokens, i)) e = nullptr;
      if (e) {
        span.first = i;
        span.last = i + n;
        span.name = e->canonical;
        span.country = e->country;
        switch (e->kind) {
          case NameKind::kCountry:
            span.kind = "country";
            break;
          case NameKind::kCountryAdjective:
            span.kind = "country";
            span.adjective = true;
            // "Indian Ocean", "Arabian Sea": a place named after a country.
            if (i + n < tokens.size() && tokens[i + n].capitalised &&
                is_place_word(tokens[i + n].text(body_))) {
              span.last = i + n + 1;
              span.name = std::string(normalized(
                  body_.substr(tokens[i].begin, tokens[i + n].end - tokens[i].begin), scratch_));
              span.kind = "place";
              span.country.clear();
              span.adjective = false;
            }
            break;
          case NameKind::kCapital:
            span.kind = "place";
            span.capital = true;
            break;
          case NameKind::kGroup:
            span.kind = "group";
            break;
          default:
            span.kind = "org";
            break;
        }
        found = true;
      }
    }
    if (!found && t.is_word()) {
      const std::size_t title = match_title(tokens, i);
      std::size_t start = title > 0 ? i + title : i;
      if (start < tokens.size() && tokens[start].text(body_) == ".") ++start;
      std::size_t run = start < tokens.size() ? capitalised_run(tokens, start) : 0;
      if (title > 0) run = name_after_title(tokens, start, run);
      if (title == 0) run = jurisdiction_end(tokens, start, run);
      if (run > 0) {
        const std::size_t end = start + run;
        // Sentence-initial function words are not part of a name ("And the KCNA").
        // ("New Orleans" mid-sentence keeps its "New"; an article goes anywhere.)
        while (start < end && title == 0) {
          const std::string_view first = lowered(tokens[start].text(body_), scratch_);
          if (!is_sentence_function_word(first) ||
              !(starts_sentence(body_, tokens, start) || first == "the" || first == "a" ||
                first == "an"))
            break;
          ++start;
        }
        // "Shares of Shree Cement declined", "Residents of Nova Friburgo
        // said": a first word the story never capitalises elsewhere, before
        // "of", is a common noun; the name is after the "of".
        if (title == 0 && end - start >= 3 && starts_sentence(body_, tokens, start) &&
            lowered(tokens[start + 1].text(body_), scratch_) == "of" &&
            !is_org_word(tokens[start].text(body_)) &&
            mid_sentence_caps_.count(tokens[start].text(body_)) == 0)
          start += 2;
        found = start < end && classify_run(tokens, start, end, title > 0,
                                            starts_sentence(body_, tokens, start), span);
        if (!found) {
          i = std::max(start, i + 1);
          continue;
        }
      } else if (title > 0) {
        i += title;
        continue;
      }
    }
    if (!found) {
      ++i;
      continue;
    }
    for (std::size_t k = span.first; k < span.last; ++k) {
      out.entity_at[k] = static_cast<int>(out.entities.size());
    }
    i = span.last;
    out.entities.push_back(std::move(span));
  }
  // "Ukraine's Special Operations Forces": a country owning a state organ
  // is the country it acts for, as in "the Defence Ministry of Russia".
  for (EntitySpan& span : out.entities) {
    if ((span.kind != "org" && span.kind != "group") || !span.country.empty() || span.first < 2 ||
        tokens[span.first - 1].kind != TokenKind::kPossessive)
      continue;
    const int owner = out.entity_at[span.first - 2];
    if (owner < 0 || out.entities[owner].kind != "country" || out.entities[owner].adjective)
      continue;
    for (std::size_t k = span.first; k < span.last; ++k) {
      if (is_state_organ_word(tokens[k].text(body_))) {
        span.country = out.entities[owner].name;
        span.owned = true;
        break;
      }
    }
  }
}

}  // namespace annals::text
