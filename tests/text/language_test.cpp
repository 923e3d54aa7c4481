// A story in another language keeps its date and gets a warning, not events
// read as if it were English.
#include <algorithm>
#include <catch2/catch.hpp>

#include "annals/document.h"
#include "annals/events.h"

using annals::extract_events;
using annals::parse_text_document;

namespace {
bool warns_about_language(const annals::Document& doc) {
  return std::any_of(doc.warnings.begin(), doc.warnings.end(), [](const std::string& w) {
    return w.find("events are read in English only") != std::string::npos;
  });
}
}  // namespace

TEST_CASE("a French story keeps its date but stores no events", "[text][language]") {
  const std::string page =
      "Publié le 14 mars 2023\n"
      "Le gouvernement a annoncé mardi la fermeture de trois usines dans le nord du pays. "
      "Les syndicats ont dénoncé une décision brutale et appellent à la grève dès la semaine "
      "prochaine. Le ministre de l'Industrie a rencontré les représentants des salariés à "
      "Lille, sans parvenir à un accord.\n";
  auto doc = parse_text_document("fr.txt", page, {});
  REQUIRE(doc.ok());
  CHECK(doc->language == "fr");
  CHECK_FALSE(doc->english);
  CHECK(warns_about_language(*doc));
  REQUIRE(doc->date);
  CHECK(annals::format_day(*doc->date) == "2023-03-14");
  CHECK(extract_events(*doc).events.empty());
}

TEST_CASE("a German story is named as German in the warning", "[text][language]") {
  const std::string page =
      "Die Regierung hat am Dienstag angekündigt, drei Werke im Norden des Landes zu schließen. "
      "Die Gewerkschaften kritisierten die Entscheidung scharf und riefen für die kommende "
      "Woche zu Streiks auf. Der Minister traf sich in Hamburg mit Vertretern der Belegschaft.\n";
  auto doc = parse_text_document("de.txt", page, {});
  REQUIRE(doc.ok());
  CHECK(doc->language == "de");
  REQUIRE(warns_about_language(*doc));
  const auto w = std::find_if(doc->warnings.begin(), doc->warnings.end(),
                              [](auto& s) { return s.find("reads as") != std::string::npos; });
  CHECK(w->find("German") != std::string::npos);
}

TEST_CASE("an English story quoting French stays English", "[text][language]") {
  const std::string page =
      "PARIS, March 14, 2023 (Reuters) - The French government announced on Tuesday that it "
      "would close three factories in the north of the country. \"C'est une décision brutale,\" "
      "a union leader told reporters. The industry minister met workers' representatives in "
      "Lille but no agreement was reached, officials said.\n";
  auto doc = parse_text_document("en.txt", page, {});
  REQUIRE(doc.ok());
  CHECK(doc->english);
  CHECK(doc->language == "en");
  CHECK_FALSE(warns_about_language(*doc));
  CHECK_FALSE(extract_events(*doc).events.empty());
}
