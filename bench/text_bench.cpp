// Throughput of the text pipeline on one core: parse_text_document +
// extract_events (time tagging included) over generated news pages, then
// extract_any_events (the event words of any domain) on the same documents.
//   text_bench [MEGABYTES]   (default 8)
// Prints MB/s. Not a test: timing belongs here, never in a unit test.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "annals/document.h"
#include "annals/events.h"
#include "annals/timex.h"

namespace {

const char* const kCountries[] = {"Kenya", "Chile", "Norway", "Vietnam",
                                  "Ghana", "Peru",  "Poland", "Japan"};
const char* const kCapitals[] = {"NAIROBI", "SANTIAGO", "OSLO",   "HANOI",
                                 "ACCRA",   "LIMA",     "WARSAW", "TOKYO"};
const char* const kDays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                             "Friday", "Saturday", "Sunday"};

// One page with a headline, date line, dateline, story and furniture.
std::string page(int n) {
  const int a = n % 8, b = (n * 3 + 1) % 8, d = n % 7;
  const std::string ca = kCountries[a], cb = kCountries[b];
  std::string s;
  s += ca + " and " + cb + " sign border accord after months of talks\n\n";
  s += ca + " and " + cb + " sign border accord after months of talks\n\n";
  s += " date 2024-0" + std::to_string(1 + n % 9) + "-1" + std::to_string(n % 10) + "\n";
  s += std::string(kCapitals[a]) + ", March 12 (Reuters) - " + ca + " confirmed on " + kDays[d] +
       " that it had signed a border accord with " + cb +
       ", ending a dispute that began in 2019.\n";
  s += "President Ana Torres said the agreement would let about 12,000 families return to farms "
       "near the "
       "river, and " +
       cb + "'s foreign ministry welcomed the deal.\n";
  s += "\"This is a day for both our peoples,\" Torres told reporters in the capital.\n";
  s += "Officials from " + cb +
       " said last week that troops had withdrawn from two disputed villages, "
       "although local groups denied the claim and said patrols continued.\n";
  s += "More: " + ca + " central bank holds rates steady\n";
  s += "The accord is expected to be ratified by parliament in May, according to the U.N. envoy, "
       "who praised both governments.\n";
  s += "(Reporting by Jo Doe; Editing by Sam Roe)\n\nRelated Articles\n\n";
  s += "Floods hit the south as rivers rise\ntime26 minutes ago\n";
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  const double megabytes = argc > 1 ? std::atof(argv[1]) : 8.0;
  std::vector<std::string> pages;
  std::size_t bytes = 0;
  for (int n = 0; bytes < megabytes * 1e6; ++n) {
    pages.push_back(page(n));
    bytes += pages.back().size();
  }
  std::size_t events = 0, sentences = 0;
  const auto start = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < pages.size(); ++i) {
    auto doc = annals::parse_text_document("bench.txt", pages[i], {});
    if (!doc.ok()) return 1;
    sentences += doc->sentences.size();
    events += annals::extract_events(*doc).events.size();
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf(
      "text_bench: %zu pages, %.1f MB, %zu sentences, %zu events in %.2f s: %.1f MB/s (one core)\n",
      pages.size(), bytes / 1e6, sentences, events, seconds, bytes / 1e6 / seconds);

  // Where the time goes: documents alone, and the time tagger alone.
  std::vector<annals::Document> docs;
  const auto parse_start = std::chrono::steady_clock::now();
  for (const std::string& p : pages)
    docs.push_back(std::move(*annals::parse_text_document("bench.txt", p, {})));
  const double parse_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - parse_start).count();
  std::size_t timexes = 0;
  const auto tag_start = std::chrono::steady_clock::now();
  for (const annals::Document& d : docs) timexes += annals::tag_timexes(d.body, {d.date}).size();
  const double tag_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - tag_start).count();
  std::printf(
      "  documents only: %.2f s (%.1f MB/s); tag_timexes only: %.2f s, %zu timexes; the rest "
      "(entities, events): %.2f s\n",
      parse_seconds, bytes / 1e6 / parse_seconds, tag_seconds, timexes,
      seconds - parse_seconds - tag_seconds);

  // The event words of any domain on top (tagger, WordNet lemmas, trained
  // rates): what `annals events` runs.
  std::size_t any = 0;
  const auto any_start = std::chrono::steady_clock::now();
  for (const annals::Document& d : docs) any += annals::extract_any_events(d).events.size();
  const double any_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - any_start).count();
  std::printf(
      "  with the event words of any domain (extract_any_events): %zu events in %.2f s: "
      "%.1f MB/s (documents parsed beforehand)\n",
      any, any_seconds, bytes / 1e6 / any_seconds);
  return 0;
}
