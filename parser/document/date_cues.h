// The tables of the document dater: month and weekday names, the labels a
// page puts before its date, and the agencies whose credit dates a story.
#pragma once

#include <array>
#include <string_view>

namespace annals::text {

struct MonthName {
  std::string_view name;  // lower case
  int month;
};

// English first; then French, Spanish, Portuguese, Italian, German.
inline constexpr auto kMonthNames = std::to_array<MonthName>({
    {"january", 1},    {"february", 2},   {"march", 3},      {"april", 4},     {"may", 5},
    {"june", 6},       {"july", 7},       {"august", 8},     {"september", 9}, {"october", 10},
    {"november", 11},  {"december", 12},  {"jan", 1},        {"feb", 2},       {"mar", 3},
    {"apr", 4},        {"jun", 6},        {"jul", 7},        {"aug", 8},       {"sep", 9},
    {"sept", 9},       {"oct", 10},       {"nov", 11},       {"dec", 12},      {"janvier", 1},
    {"février", 2},    {"fevrier", 2},    {"mars", 3},       {"avril", 4},     {"mai", 5},
    {"juin", 6},       {"juillet", 7},    {"août", 8},       {"aout", 8},      {"septembre", 9},
    {"octobre", 10},   {"novembre", 11},  {"décembre", 12},  {"decembre", 12}, {"janv", 1},
    {"févr", 2},       {"avr", 4},        {"juil", 7},       {"déc", 12},      {"enero", 1},
    {"febrero", 2},    {"marzo", 3},      {"abril", 4},      {"mayo", 5},      {"junio", 6},
    {"julio", 7},      {"agosto", 8},     {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10},
    {"noviembre", 11}, {"diciembre", 12}, {"janeiro", 1},    {"fevereiro", 2}, {"março", 3},
    {"maio", 5},       {"junho", 6},      {"julho", 7},      {"setembro", 9},  {"outubro", 10},
    {"novembro", 11},  {"dezembro", 12},  {"gennaio", 1},    {"febbraio", 2},  {"aprile", 4},
    {"maggio", 5},     {"giugno", 6},     {"luglio", 7},     {"settembre", 9}, {"ottobre", 10},
    {"dicembre", 12},  {"januar", 1},     {"februar", 2},    {"märz", 3},      {"maerz", 3},
    {"juni", 6},       {"juli", 7},       {"oktober", 10},   {"dezember", 12},
});

struct WeekdayName {
  std::string_view name;  // lower case
  int weekday;            // ISO: 1 = Monday
};

inline constexpr auto kWeekdayNames = std::to_array<WeekdayName>({
    {"monday", 1},
    {"tuesday", 2},
    {"wednesday", 3},
    {"thursday", 4},
    {"friday", 5},
    {"saturday", 6},
    {"sunday", 7},
    {"mon", 1},
    {"tue", 2},
    {"tues", 2},
    {"wed", 3},
    {"thu", 4},
    {"thur", 4},
    {"thurs", 4},
    {"fri", 5},
    {"sat", 6},
    {"sun", 7},
    {"lundi", 1},
    {"mardi", 2},
    {"mercredi", 3},
    {"jeudi", 4},
    {"vendredi", 5},
    {"samedi", 6},
    {"dimanche", 7},
    // Spanish, Portuguese, Italian, German.
    {"lunes", 1},
    {"martes", 2},
    {"miércoles", 3},
    {"miercoles", 3},
    {"jueves", 4},
    {"viernes", 5},
    {"sábado", 6},
    {"sabado", 6},
    {"domingo", 7},
    {"segunda-feira", 1},
    {"terça-feira", 2},
    {"terca-feira", 2},
    {"quarta-feira", 3},
    {"quinta-feira", 4},
    {"sexta-feira", 5},
    {"lunedì", 1},
    {"martedì", 2},
    {"mercoledì", 3},
    {"giovedì", 4},
    {"venerdì", 5},
    {"sabato", 6},
    {"domenica", 7},
    {"montag", 1},
    {"dienstag", 2},
    {"mittwoch", 3},
    {"donnerstag", 4},
    {"freitag", 5},
    {"samstag", 6},
    {"sonntag", 7},
});

// What a label before a date says of it.
enum class DateCue : unsigned char {
  kNone,
  kPublished,  // "Published", "Posted on:", "Web posted at", " date" (a crawl record)
  kUpdated,    // "Updated", "Last modified": the story may be older
  kSource,     // "Source: The Star", "Issue:": the outlet's own date
  kNotStory,   // "Joined", "Member since": the date of something else, never the story's
};

struct DateLabel {
  std::string_view phrase;  // lower case, words separated by one space
  DateCue cue;
  // A label of a language that writes the day first: "Publié le 04/05/2021"
  // is the 4th of May, where an English page's "04/05/2021" is either.
  bool day_first = false;
};

// Longest phrases first: the dater takes the first that ends the text
// before a date.
inline constexpr auto kDateLabels = std::to_array<DateLabel>({
    {"story first published", DateCue::kPublished},
    {"first published on", DateCue::kPublished},
    {"first published", DateCue::kPublished},
    {"originally published", DateCue::kPublished},
    {"web posted at", DateCue::kPublished},
    {"web posted", DateCue::kPublished},
    {"published on", DateCue::kPublished},
    {"published at", DateCue::kPublished},
    {"published", DateCue::kPublished},
    {"posted on", DateCue::kPublished},
    {"posted at", DateCue::kPublished},
    {"posted", DateCue::kPublished},
    {"created on", DateCue::kPublished},
    {"created", DateCue::kPublished},
    {"released", DateCue::kPublished},
    {"filed", DateCue::kPublished},
    {"dated", DateCue::kPublished},
    {"date", DateCue::kPublished},
    {"publié le", DateCue::kPublished, true},
    {"publie le", DateCue::kPublished, true},
    {"publicado el", DateCue::kPublished, true},
    {"publicado", DateCue::kPublished, true},
    {"veröffentlicht am", DateCue::kPublished, true},
    {"pubblicato il", DateCue::kPublished, true},
    {"pubblicato", DateCue::kPublished, true},
    {"publicado em", DateCue::kPublished, true},
    {"publicada em", DateCue::kPublished, true},
    {"veröffentlicht", DateCue::kPublished, true},
    {"publié", DateCue::kPublished, true},
    {"last updated on", DateCue::kUpdated},
    {"last updated", DateCue::kUpdated},
    {"last modified on", DateCue::kUpdated},
    {"last modified at", DateCue::kUpdated},
    {"last modified", DateCue::kUpdated},
    {"updated on", DateCue::kUpdated},
    {"updated at", DateCue::kUpdated},
    {"updated", DateCue::kUpdated},
    {"modified", DateCue::kUpdated},
    {"mis à jour le", DateCue::kUpdated, true},
    {"mis à jour", DateCue::kUpdated, true},
    {"mise à jour", DateCue::kUpdated, true},
    {"actualizado el", DateCue::kUpdated, true},
    {"actualizado", DateCue::kUpdated, true},
    {"atualizado em", DateCue::kUpdated, true},
    {"atualizado", DateCue::kUpdated, true},
    {"aggiornato il", DateCue::kUpdated, true},
    {"aggiornato", DateCue::kUpdated, true},
    {"aktualisiert am", DateCue::kUpdated, true},
    {"aktualisiert", DateCue::kUpdated, true},
    {"source", DateCue::kSource},
    {"issue", DateCue::kSource},
    {"edition", DateCue::kSource},
    {"member since", DateCue::kNotStory},
    {"join date", DateCue::kNotStory},
    {"joined", DateCue::kNotStory},
    {"registered", DateCue::kNotStory},
    {"date of birth", DateCue::kNotStory},
    {"born", DateCue::kNotStory},
});

// News agencies and wire services whose credit next to a date dates the
// story ("AFP , Friday 21 Jan 2011", "Agence France Presse September 02, 1999").
inline constexpr auto kAgencies = std::to_array<std::string_view>({
    "AFP",
    "AP",
    "Reuters",
    "REUTERS",
    "PTI",
    "ANI",
    "IANS",
    "UNI",
    "dpa",
    "DPA",
    "Xinhua",
    "XINHUA",
    "Bernama",
    "BERNAMA",
    "NAN",
    "UNB",
    "BSS",
    "Kyodo",
    "Yonhap",
    "TASS",
    "EFE",
    "ANSA",
    "APP",
    "WAM",
    "KUNA",
    "IRNA",
    "KAZINFORM",
    "Anadolu",
    "AA",
    "Bloomberg",
    "AAP",
    "CP",
    "UPI",
    "Interfax",
    "Sputnik",
    "Agence France-Presse",
    "Agence France Presse",
    "Associated Press",
    "Press Trust of India",
    "Press Association",
    "Asian News International",
});

// True when `word` (any case) is one word of a date label: "Updated", "Created".
bool is_date_label(std::string_view word);

// The cue of the label that ends `prefix` (the text before a date on its
// line), else kNone. `prefix` may end in spaces, ':' or '-'.
DateCue label_before(std::string_view prefix);

// True when the label that ends `prefix` is one of a day-first language.
bool day_first_label_before(std::string_view prefix);

// True when `text` ends with an agency's name as a word ("LIMA (AFP",
// "Agence France Presse").
bool ends_with_agency(std::string_view text);

}  // namespace annals::text
