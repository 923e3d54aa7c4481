// Writes a synthetic news corpus for ingest benchmarks:
//   gen_articles OUT_DIR N_DOCS [SEED]
// Each article has a date line in one of several formats, a dateline, a few
// sentences of varied shapes (absolute, weekday and relative dates, reported
// speech, quantities), and page furniture, so every pipeline stage works.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "annals/date.h"

namespace {

const std::vector<std::string> kCountries = {
    "France",  "Germany", "Japan",  "Brazil", "Kenya",   "India",  "Canada", "Mexico",
    "Egypt",   "Turkey",  "Poland", "Chile",  "Vietnam", "Norway", "Ghana",  "Peru",
    "Morocco", "Spain",   "Italy",  "Sweden", "Finland", "Greece", "Nepal",  "Qatar"};
const std::vector<std::string> kPeople = {
    "Maria Lopez",   "John Carter", "Aiko Tanaka", "Peter Novak", "Amina Diallo", "Lars Berg",
    "Elena Petrova", "Omar Haddad", "Chen Wei",    "Sofia Rossi", "David Cohen",  "Ines Duarte"};
const std::vector<std::string> kCities = {"Geneva", "Nairobi", "Oslo", "Lima",   "Cairo",
                                          "Madrid", "Hanoi",   "Doha", "Warsaw", "Ottawa"};
const std::vector<std::string> kVerbs = {"signed",   "announced", "approved",  "rejected",
                                         "launched", "suspended", "confirmed", "proposed"};
const std::vector<std::string> kObjects = {"a trade agreement", "a ceasefire plan",
                                           "new sanctions",     "a border deal",
                                           "an aid package",    "a climate pledge"};
const char* kWeekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                           "Friday", "Saturday", "Sunday"};
const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                         "July",    "August",   "September", "October", "November", "December"};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: gen_articles OUT_DIR N_DOCS [SEED]\n");
    return 2;
  }
  const std::filesystem::path out = argv[1];
  const long n = std::stol(argv[2]);
  std::mt19937_64 rng(argc > 3 ? std::stoull(argv[3]) : 42);
  auto pick = [&](const auto& v) -> const auto& {
    return v[rng() % v.size()];
  };
  std::filesystem::create_directories(out);
  const annals::Day first = annals::to_day({2015, 1, 1});
  for (long i = 0; i < n; ++i) {
    const annals::Day day = first + static_cast<annals::Day>(rng() % 3650);
    const annals::Ymd ymd = annals::to_ymd(day);
    const std::string a = pick(kCountries), b = pick(kCountries), person = pick(kPeople),
                      city = pick(kCities), verb = pick(kVerbs), object = pick(kObjects);
    const char* weekday = kWeekdays[(annals::weekday(day) + 5 + rng() % 3) % 7];
    char dateline[96];
    switch (i % 3) {
      case 0:
        std::snprintf(dateline, sizeof dateline, " date %s", annals::format_day(day).c_str());
        break;
      case 1:
        std::snprintf(dateline, sizeof dateline, "Published on: %04d/%02d/%02d 09:15", ymd.year,
                      ymd.month, ymd.day);
        break;
      default:
        std::snprintf(dateline, sizeof dateline, "%s %d, %04d 10:02 AM EDT", kMonths[ymd.month - 1],
                      ymd.day, ymd.year);
    }
    std::ofstream f(out / ("doc_" + std::to_string(i) + ".txt"));
    f << dateline << "\n\n"
      << a << " and " << b << " agree on " << object.substr(object.find(' ') + 1) << "\n\n"
      << city << " (Reuters) - " << a << " " << verb << " " << object << " with " << b << " on "
      << weekday << ", officials said.\n"
      << "President " << person << " said the talks in " << city << " had lasted "
      << (2 + rng() % 9) << " days and that " << (1000 + rng() % 9000) << " people took part.\n"
      << b << "'s foreign ministry confirmed that it had received the proposal in "
      << kMonths[rng() % 12] << " last year.\n"
      << "The two governments first met in " << (2000 + rng() % 15) << ", and " << person
      << " is expected to visit " << b << " next month.\n"
      << person << " told reporters that the deal would take effect within six months.\n"
      << "More: " << pick(kCountries) << " holds elections amid protests\n"
      << "(Reporting by " << pick(kPeople) << "; Editing by " << pick(kPeople) << ")\n\n"
      << "Related Articles\n\n"
      << pick(kCountries) << " weather service warns of storms\n\ntime" << (1 + rng() % 59)
      << " minutes ago\n";
  }
  return 0;
}
