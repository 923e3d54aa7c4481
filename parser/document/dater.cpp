#include "dater.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>
#include <vector>

#include "date_cues.h"
#include "full_date.h"
#include "url_date.h"

namespace annals::text {
namespace {

// Scores of the cues (higher wins). A record's own date and a page's
// metadata outrank what the text says; a labelled "Published" line outranks
// the address, which outranks a date that only stands alone or sits by a
// byline (those may be the date the page was rendered).
constexpr int kScoreRecord = 120;
constexpr int kScoreMetaPublished = 110;
constexpr int kScoreMetaOther = 95;
constexpr int kScoreLabelPublished = 100;
constexpr int kScoreDateline = 90;
constexpr int kScoreUrl = 88;
constexpr int kScoreAgency = 85;
constexpr int kScoreSource = 85;
constexpr int kScoreAlone = 80;
constexpr int kScoreMetaUpdated = 72;
constexpr int kScoreLabelUpdated = 70;
constexpr int kScoreByline = 70;
constexpr int kScoreLeadStart = 60;
// Penalties.
constexpr int kWrongWeekday = 40;            // "Tuesday, March 3, 2021" (a Wednesday)
constexpr int kOtherMonthThanUrl = 30;       // the address says another month
constexpr int kRenderDate = 35;              // a top line is far later than a cued date
constexpr std::size_t kRenderZoneLines = 5;  // non-empty lines a render date may sit in
// The lead's weekday: a news lead tells of the date itself or a day or three before.
constexpr int kLeadDaysBack = 3;
constexpr int kLeadPreferMargin = 12;  // a candidate that fits the lead may win by so little

struct Candidate {
  Day date = 0;
  int alt = -1;  // the other reading of an ambiguous numeric date, as a Day; -1: none
  int score = 0;
  DateKind kind = DateKind::kNone;
  std::string how;       // "byline", "date line", ...
  std::string evidence;  // the words
  std::size_t line = 0;  // non-empty line index; structured ones: 0
  bool text = true;      // from the text (not metadata, record or address)
  bool published_cue = false;
  bool named_weekday = false;  // "Domingo, 10 Novembro 2024": as a render date shows today
};

std::string_view trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

bool is_function_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"in",  "at",   "of",   "for", "and", "by",
                                                "the", "on",   "de",   "la",  "le",  "du",
                                                "von", "from", "with", "to",  "min", "read"};
  for (std::string_view f : kWords)
    if (w == f) return true;
  return false;
}

// A byline, credit or source before a date: short, no sentence in it, few
// lower-case words ("Umer Jamshaid 4 minutes ago", "Daniel Brettig in Colombo").
bool byline_like(std::string_view prefix) {
  if (prefix.size() > 80) return false;
  // "Speaking to Reuters on": the date is the object of a sentence's preposition.
  const std::size_t space = prefix.find_last_of(' ');
  const std::string_view last = space == std::string_view::npos ? prefix : prefix.substr(space + 1);
  for (std::string_view p :
       {"on", "at", "in", "since", "by",    "from", "until", "before", "after",  "of",
        "to", "On", "At", "In",    "Since", "By",   "From",  "Until",  "Before", "After"})
    if (last == p) return false;
  int lower = 0, words = 0;
  for (std::size_t i = 0; i < prefix.size();) {
    const unsigned char c = static_cast<unsigned char>(prefix[i]);
    if ((c == '.' || c == '!' || c == '?') && i + 1 < prefix.size() && prefix[i + 1] == ' ' &&
        i >= 3)
      return false;  // a finished sentence before the date: it is story text
    if (!std::isalpha(c)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < prefix.size() && (std::isalpha(static_cast<unsigned char>(prefix[j])) ||
                                 static_cast<unsigned char>(prefix[j]) >= 0x80))
      ++j;
    const std::string_view word = prefix.substr(i, j - i);
    ++words;
    if (std::islower(c) && !is_function_word(word) && word != "ago" && word != "minutes" &&
        word != "hours" && word != "hrs" && word != "mins")
      ++lower;
    i = j;
  }
  return lower <= 1 && words <= 12;
}

// "WASHINGTON," or "SEOUL, South Korea,": a dateline's place before its date.
bool dateline_prefix(std::string_view prefix) {
  if (prefix.size() < 3 || prefix.size() > 48 || prefix.back() != ',') return false;
  int caps = 0;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(prefix[i]);
    if (std::isupper(c)) ++caps;
    if (std::islower(c) && caps < 3) return false;
  }
  const std::size_t first_comma = prefix.find(',');
  for (std::size_t i = 0; i < first_comma; ++i)
    if (std::islower(static_cast<unsigned char>(prefix[i]))) return false;
  return caps >= 3;
}

// A dash, colon, bar or full stop after the date, then the story's first
// word, which starts a sentence: "Mar. 3, 2021 -- The minister", "Noticias del
// 4 de marzo de 2021. Después". A lower-case word goes on a sentence the date
// is part of ("January 19, 1999 - it was a busy day").
bool starts_with_dash(std::string_view rest) {
  rest = trim(rest);
  bool dashed = false;
  for (bool more = true; more;) {
    more = false;
    for (std::string_view d :
         {"\xE2\x80\x94", "\xE2\x80\x93", "--", "-", "_", ":", "|", "//", ". "}) {
      if (rest.substr(0, d.size()) == d) {
        rest = trim(rest.substr(d.size()));
        dashed = more = true;
        break;
      }
    }
  }
  return dashed && (rest.empty() || !std::islower(static_cast<unsigned char>(rest.front())));
}

bool ends_with_separator(std::string_view prefix) {
  for (std::string_view s :
       {"|", "\xC2\xB7", "\xE2\x80\x94", "\xE2\x80\x93", "-", "/", "\xE2\x80\xA2"})
    if (prefix.size() >= s.size() && prefix.substr(prefix.size() - s.size()) == s) return true;
  return false;
}

// The prefix without the clock, zone, weekday or month stamp that may stand
// between a label and its date: "Last modified at 09:12 GMT, Wednesday," ->
// "Last modified at".
std::string_view without_clock(std::string_view prefix) {
  for (;;) {
    prefix = trim(prefix);
    while (!prefix.empty() && (prefix.back() == ',' || prefix.back() == '|')) {
      prefix.remove_suffix(1);
      prefix = trim(prefix);
    }
    const std::size_t space = prefix.find_last_of(' ');
    const std::string_view word =
        space == std::string_view::npos ? prefix : prefix.substr(space + 1);
    if (word.empty()) return prefix;
    bool clock = true, caps = word.size() <= 4, weekday = false, month_stamp = word.size() == 7;
    for (std::size_t k = 0; k < word.size(); ++k) {
      const auto u = static_cast<unsigned char>(word[k]);
      if (!std::isdigit(u) && word[k] != ':' && word[k] != '.') clock = false;
      if (!std::isupper(u)) caps = false;
      // "2021-03": a record's month stamp before the day ("date 2021-03 28.03.2021").
      if (k == 4 ? word[k] != '-' : !std::isdigit(u)) month_stamp = false;
    }
    std::string lower;
    for (char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const WeekdayName& w : kWeekdayNames) weekday |= lower == w.name;
    const bool meridiem = lower == "am" || lower == "pm" || lower == "a.m." || lower == "p.m.";
    if (!(clock || caps || weekday || meridiem || month_stamp)) return prefix;
    prefix = space == std::string_view::npos ? std::string_view() : prefix.substr(0, space);
  }
}

// The prefix without a trailing "of" of the Romance and German languages,
// which links a bracket or a label to its date: "(Di" -> "(", "Noticias del" ->
// "Noticias". English prepositions stay: "told AFP on" is a sentence.
std::string_view without_linking_word(std::string_view prefix) {
  prefix = trim(prefix);
  const std::size_t cut = prefix.find_last_of(" ([");
  const std::string_view word = cut == std::string_view::npos ? prefix : prefix.substr(cut + 1);
  for (std::string_view w : {"di", "Di", "del", "Del", "du", "Du", "do", "Do", "da", "Da", "vom",
                             "Vom", "des", "Des", "della", "Della"})
    if (word == w) return trim(prefix.substr(0, prefix.size() - word.size()));
  return prefix;
}

// The label a line starts with ("Source: The Star July 20, 2021").
DateCue leading_label(std::string_view prefix) {
  const std::size_t colon = prefix.find(':');
  if (colon == std::string_view::npos || colon > 30) return DateCue::kNone;
  const DateCue cue = label_before(prefix.substr(0, colon));
  return cue;
}

std::string_view weekday_name(int d) {
  static constexpr std::string_view kDays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                               "Friday", "Saturday", "Sunday"};
  return d >= 1 && d <= 7 ? kDays[d - 1] : "?";
}

// The weekday names of five letters or more ("Mon", "mar": abbreviations
// are words too) by the byte they start with, lower case or upper case, in
// the table's order.
const std::array<std::vector<const WeekdayName*>, 256>& names_by_first_byte() {
  static const auto table = [] {
    std::array<std::vector<const WeekdayName*>, 256> t;
    for (const WeekdayName& w : kWeekdayNames) {
      if (w.name.size() < 5) continue;
      const auto lower = static_cast<unsigned char>(w.name[0]);
      const auto upper = static_cast<unsigned char>(std::toupper(lower));
      t[lower].push_back(&w);
      if (upper != lower) t[upper].push_back(&w);
    }
    return t;
  }();
  return table;
}

struct LeadWeekday {
  int weekday = 0;      // 1..7; 0: the lead names none
  bool future = false;  // "will meet on Tuesday", "next Tuesday": no bound on the date
};

// The first weekday the lead names ("voted on Tuesday", "publicó este lunes",
// "am Mittwoch"), in any language of the weekday table. The lead is the first
// line of ten words or more; only its first bytes are read.
LeadWeekday lead_weekday(const std::vector<std::string_view>& lines) {
  std::size_t looked = 0;
  for (std::string_view whole : lines) {
    if (++looked > kHeadZoneLines) break;
    const std::string_view line = whole.substr(0, std::min<std::size_t>(whole.size(), 2000));
    if (std::count(line.begin(), line.end(), ' ') < 9) continue;
    // The earliest name, lower case or with its first letter upper case,
    // that is a whole word; at one place the table's first name wins. One
    // pass over the line, not one per name of every language.
    LeadWeekday found;
    std::size_t best = std::string_view::npos;
    const auto alpha = [&](std::size_t k) {
      return std::isalpha(static_cast<unsigned char>(line[k]));
    };
    const auto& starting = names_by_first_byte();
    for (std::size_t at = 0; at < line.size() && found.weekday == 0; ++at) {
      if (at > 0 && alpha(at - 1)) continue;
      for (const WeekdayName* w : starting[static_cast<unsigned char>(line[at])]) {
        const std::string_view name = w->name;
        if (name.size() > line.size() - at) continue;
        if (line.substr(at + 1, name.size() - 1) != name.substr(1)) continue;
        const std::size_t after = at + name.size();
        if (after < line.size() && alpha(after)) continue;
        best = at, found.weekday = w->weekday;
        break;
      }
    }
    if (found.weekday != 0) {
      const std::string_view before =
          line.substr(best > 40 ? best - 40 : 0, std::min<std::size_t>(best, 40));
      for (std::string_view f : {"will ", "next ", "until ", "'ll ", "expected ", "due ", "from "})
        if (before.find(f) != std::string_view::npos) found.future = true;
    }
    return found;
  }
  return {};
}

std::string quoted(std::string_view s) {
  return "\"" + std::string(s) + "\"";
}

// The last day of the month a page's record header stamps it with
// ("date 2021-03 ..." opening the page), else nullopt: nothing the page
// says can be later than the page itself.
std::optional<Day> stamped_month_end(const std::vector<std::string_view>& lines) {
  for (std::string_view raw : lines) {
    const std::string_view line = trim(raw.substr(0, std::min<std::size_t>(raw.size(), 64)));
    if (line.empty()) continue;
    if (line.size() < 12 || line.substr(0, 5) != "date ") return std::nullopt;
    const std::string_view stamp = line.substr(5, 7);
    const auto digit = [&](std::size_t k) {
      return std::isdigit(static_cast<unsigned char>(stamp[k])) != 0;
    };
    if (!(digit(0) && digit(1) && digit(2) && digit(3) && stamp[4] == '-' && digit(5) && digit(6)))
      return std::nullopt;
    if (line.size() > 12 && line[12] == '-') return std::nullopt;  // a full date: a candidate
    const int year = std::stoi(std::string(stamp.substr(0, 4)));
    const int month = std::stoi(std::string(stamp.substr(5, 2)));
    if (!is_valid_date(year, month, 1)) return std::nullopt;
    return to_day({year, month, days_in_month(year, month)});
  }
  return std::nullopt;
}

// A line that is only a temperature: "31 C", "-4°C", "88 °F".
bool is_temperature_reading(std::string_view line) {
  std::size_t i = 0;
  if (i < line.size() && (line[i] == '-' || line[i] == '+')) ++i;
  const std::size_t digits = i;
  while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
  if (i == digits || i - digits > 3) return false;
  while (i < line.size() && line[i] == ' ') ++i;
  if (line.substr(i, 2) == "\xC2\xB0") i += 2;  // the degree sign
  while (i < line.size() && line[i] == ' ') ++i;
  return i + 1 == line.size() && (line[i] == 'C' || line[i] == 'F');
}

class Collector {
 public:
  explicit Collector(const DaterInput& in) : in_(in), stamped_end_(stamped_month_end(in.lines)) {
    pivot_ = to_ymd(in.latest).year % 100;
  }

  void scan_line(std::string_view raw, std::size_t index, bool labelled_only) {
    const std::string_view line = trim(raw.substr(0, std::min<std::size_t>(raw.size(), 2000)));
    for (std::size_t pos = 0; pos < line.size(); ++pos) {
      const unsigned char c = static_cast<unsigned char>(line[pos]);
      if (!std::isalnum(c)) continue;
      if (pos > 0) {
        const unsigned char prev = static_cast<unsigned char>(line[pos - 1]);
        const bool glued_digit = std::isdigit(c) && std::isalpha(prev);  // "Colombo13-Sep-2011"
        if (std::isalnum(prev) && !glued_digit) continue;
      }
      auto m = match_full_date(line, pos, pivot_);
      if (!m) continue;
      // A label alone on the line above ("Joined" / "Jul 30, 2008") is this date's.
      label_above_ = pos == 0 && previous_.size() <= 24 ? label_before(previous_) : DateCue::kNone;
      if (!labelled_only && m->alt_month == 0 && !m->two_digit_year)
        mentioned_.insert(to_day({m->year, m->month, m->day}));
      if (weather_lines_left_ > 0 && pos == 0) {
        notes_.push_back(quoted(trim(line.substr(0, m->end))) +
                         " sits by a weather reading: the site's clock, no story date");
        pos = m->end - 1;
        continue;
      }
      classify(line, pos, *m, index, labelled_only);
      pos = m->end - 1;
    }
    previous_ = line;
    // "31 C" / "Port Moresby" / "May 6, 2021": a header's weather widget
    // shows today's date, the day the page was shown, not the story's.
    if (is_temperature_reading(line))
      weather_lines_left_ = 2;
    else if (!line.empty() && weather_lines_left_ > 0)
      --weather_lines_left_;
  }

  void add_structured() {
    if (in_.record_date) {
      Candidate c;
      c.date = *in_.record_date;
      c.score = kScoreRecord;
      c.kind = DateKind::kRecord;
      c.how = "record";
      c.evidence = "\"date\": \"" + format_day(*in_.record_date) + "\"";
      c.text = false;
      c.published_cue = true;
      candidates_.push_back(std::move(c));
    }
    for (const StructuredDate& s : in_.structured) {
      if (s.date > in_.latest + 1) continue;
      Candidate c;
      c.date = s.date;
      c.score = s.updated     ? kScoreMetaUpdated
                : s.rank <= 1 ? kScoreMetaPublished
                              : kScoreMetaOther - 5 * (s.rank - 2);
      c.kind = DateKind::kMeta;
      c.how = s.how.substr(0, s.how.find(' '));
      c.evidence = s.how.find(' ') == std::string::npos ? s.how : s.how.substr(s.how.find(' ') + 1);
      c.text = false;
      c.published_cue = !s.updated;
      candidates_.push_back(std::move(c));
    }
    if (!in_.url.empty()) {
      url_ = url_date(in_.url, to_ymd(in_.latest).year);
      std::optional<Day> url_day;
      if (url_ && url_->day != 0) url_day = to_day({url_->year, url_->month, url_->day});
      // "-03022022-" reads 3 February or 2 March: the page's own words settle
      // it when they write one reading out ("le 3 février 2022"), anywhere in the head.
      if (url_day && url_->alt_month != 0) {
        const Day alt = to_day({url_->year, url_->alt_month, url_->alt_day});
        const bool first = mentioned_.count(*url_day) > 0, second = mentioned_.count(alt) > 0;
        if (first == second) {
          notes_.push_back("url " + url_->evidence +
                           " reads day-first and month-first alike: no date");
          url_day.reset();
        } else {
          if (second) url_day = alt;
          url_->evidence += " (the text names " + format_day(*url_day) + ")";
        }
      }
      if (url_day) {
        const Day day = *url_day;
        if (day <= in_.latest + 1) {
          Candidate c;
          c.date = day;
          c.score = kScoreUrl;
          c.kind = DateKind::kUrl;
          c.how = "url";
          c.evidence = url_->evidence;
          c.text = false;
          candidates_.push_back(std::move(c));
        }
      }
    }
  }

  DaterVerdict decide();

 private:
  void classify(std::string_view line, std::size_t pos, const FullDate& m, std::size_t index,
                bool labelled_only);
  void settle_ambiguous();
  void apply_checks();

  const DaterInput& in_;
  int pivot_ = 0;
  std::optional<UrlDate> url_;
  std::vector<Candidate> candidates_;
  std::vector<std::string> notes_;
  std::set<Day> mentioned_;               // every certain full date of the head, candidate or not
  std::optional<Day> stamped_end_;        // the end of the month a record header stamps
  std::string_view previous_;             // the last non-empty line scanned
  int weather_lines_left_ = 0;            // lines after a temperature reading still in its widget
  DateCue label_above_ = DateCue::kNone;  // the label previous_ is, for a date opening its line
};

void Collector::classify(std::string_view line, std::size_t pos, const FullDate& m,
                         std::size_t index, bool labelled_only) {
  std::string_view prefix = trim(line.substr(0, pos));
  std::string_view rest = line.substr(m.end);
  // "(Fri, 29 Jan 2016) The storm ...": a date in brackets opening the lead.
  bool bracketed = false;
  if (const std::string_view bare = without_linking_word(prefix);
      bare.size() < prefix.size() && !bare.empty() && (bare.back() == '(' || bare.back() == '['))
    prefix = bare;
  if (!prefix.empty() && (prefix.back() == '(' || prefix.back() == '[') && !trim(rest).empty() &&
      (trim(rest).front() == ')' || trim(rest).front() == ']')) {
    prefix = trim(prefix.substr(0, prefix.size() - 1));
    rest = trim(rest).substr(1);
    bracketed = true;
  }
  DateCue cue = label_before(prefix);
  if (cue == DateCue::kNone) cue = label_before(without_clock(prefix));
  if (cue == DateCue::kNone) cue = leading_label(prefix);
  if (cue == DateCue::kNone && prefix.empty()) cue = label_above_;
  if (cue == DateCue::kNotStory) {
    notes_.push_back(quoted(trim(line.substr(0, m.end))) +
                     " dates something else (a member's joining, a birth): no story date");
    return;
  }
  if (labelled_only && cue == DateCue::kNone) return;
  // "Publié le 04/05/2021": the label's language writes the day first.
  const bool day_first =
      day_first_label_before(prefix) || day_first_label_before(without_clock(prefix));
  const bool furniture = is_date_furniture(rest);
  const bool glued = !rest.empty() && (std::isupper(static_cast<unsigned char>(rest[0])) ||
                                       static_cast<unsigned char>(rest[0]) >= 0x80);
  const bool dash = starts_with_dash(rest) ||
                    (bracketed && (trim(rest).empty() ||
                                   !std::islower(static_cast<unsigned char>(trim(rest).front()))));
  const bool line_like = furniture || glued || dash;
  // An agency credit right before the date ("LIMA (AFP) Mar 3", "AFP , Friday
  // 21 Jan"), not one a sentence names ("told AFP on March 3").
  std::string_view credit = prefix;
  while (!credit.empty() &&
         std::string_view(" ,|()-:").find(credit.back()) != std::string_view::npos)
    credit.remove_suffix(1);
  std::string_view tail_of_credit = credit.substr(credit.size() > 60 ? credit.size() - 60 : 0);
  if (const std::size_t space = tail_of_credit.find(' ');
      credit.size() > 60 && space != std::string_view::npos)
    tail_of_credit.remove_prefix(space + 1);
  const bool agency = ends_with_agency(credit) && byline_like(tail_of_credit);

  Candidate c;
  c.line = index;
  c.published_cue = cue == DateCue::kPublished;
  if (cue == DateCue::kPublished) {
    c.score = kScoreLabelPublished, c.kind = DateKind::kDateLine, c.how = "date line";
    // A labelled date opening the page ("date 2021-03-03 ..."): a record's header.
    if (index == 0 && prefix.size() <= 12) c.score += 5;
  } else if (cue == DateCue::kSource) {
    c.score = kScoreSource, c.kind = DateKind::kByline, c.how = "byline";
  } else if (agency) {
    c.score = kScoreAgency, c.kind = DateKind::kByline, c.how = "byline";
  } else if (cue == DateCue::kUpdated) {
    c.score = kScoreLabelUpdated, c.kind = DateKind::kDateLine, c.how = "updated line";
  } else if (prefix.empty() && furniture) {
    c.score = kScoreAlone, c.kind = DateKind::kDateLine, c.how = "date line";
  } else if (prefix.empty() && line_like) {
    c.score = kScoreLeadStart, c.kind = DateKind::kDateLine, c.how = "date line";
  } else if (dateline_prefix(prefix) && line_like) {
    c.score = kScoreDateline, c.kind = DateKind::kDateline, c.how = "dateline";
  } else if (byline_like(prefix) && line_like) {
    c.score = kScoreByline + (ends_with_separator(prefix) ? 5 : 0);
    c.kind = DateKind::kByline, c.how = "byline";
  } else {
    return;  // a date inside a sentence: something the story talks about
  }
  // A two-digit year is a year only after a label, in an order nothing doubts.
  if (m.two_digit_year && (cue == DateCue::kNone || (m.alt_month != 0 && !day_first))) return;
  c.date = to_day({m.year, m.month, m.day});
  c.named_weekday = m.weekday != 0;
  if (m.alt_month != 0 && !day_first) c.alt = to_day({m.year, m.alt_month, m.alt_day});
  c.evidence = std::string(trim(line.substr(0, std::min(line.size(), m.end))));
  if (c.evidence.size() > 100) c.evidence = std::string(trim(line.substr(pos, m.end - pos)));
  c.score -= static_cast<int>(std::min<std::size_t>(index, 40)) / 2;
  if (m.weekday != 0 && m.weekday != weekday(c.date) &&
      (c.alt < 0 || m.weekday != weekday(c.alt))) {
    c.score -= kWrongWeekday;
    notes_.push_back(c.how + " " + quoted(c.evidence) + " names the wrong weekday for " +
                     format_day(c.date));
  }
  const Ymd ymd = to_ymd(c.date);
  // Placeholders of empty timestamps: the Unix epoch, 1900-01-01.
  if ((ymd.year == 1970 && ymd.month == 1 && ymd.day == 1) || ymd.year <= 1900) {
    notes_.push_back(quoted(c.evidence) + " is an empty timestamp, no date");
    return;
  }
  if (c.date > in_.latest + 1) {
    notes_.push_back(quoted(c.evidence) + " lies in the future: no date");
    return;
  }
  if (stamped_end_ && c.date > *stamped_end_) {
    notes_.push_back(quoted(c.evidence) + " lies after the month the page is stamped with (" +
                     format_day(*stamped_end_) + "): no date");
    return;
  }
  candidates_.push_back(std::move(c));
}

// An ambiguous numeric date ("04/05/2021") takes the reading another
// candidate confirms, else it is dropped.
void Collector::settle_ambiguous() {
  std::vector<Candidate> kept;
  for (Candidate& c : candidates_) {
    if (c.alt < 0) {
      kept.push_back(c);
      continue;
    }
    const auto confirms = [&](Day d) {
      return std::any_of(candidates_.begin(), candidates_.end(),
                         [&](const Candidate& o) { return &o != &c && o.alt < 0 && o.date == d; });
    };
    // A news lead tells of the day itself or the day before ("voted on Tuesday").
    const int lead = lead_weekday(in_.lines).weekday;
    const auto fits_lead = [&](Day d) {
      return lead != 0 && (weekday(d) == lead || weekday(d - 1) == lead);
    };
    if (confirms(c.date)) {
      c.alt = -1;
      kept.push_back(c);
    } else if (confirms(c.alt)) {
      c.date = c.alt, c.alt = -1;
      kept.push_back(c);
    } else if (fits_lead(c.date) != fits_lead(c.alt)) {
      if (fits_lead(c.alt)) c.date = c.alt;
      c.alt = -1;
      c.evidence += " (lead: " + std::string(weekday_name(lead)) + ")";
      kept.push_back(c);
    } else {
      notes_.push_back(c.how + " " + quoted(c.evidence) +
                       " reads day-first and month-first alike: no date");
    }
  }
  candidates_ = std::move(kept);
}

void Collector::apply_checks() {
  // The address's month, when it gives only that, contradicts other months.
  if (url_ && url_->day == 0) {
    for (Candidate& c : candidates_) {
      const Ymd ymd = to_ymd(c.date);
      if (c.text && !c.published_cue && (ymd.year != url_->year || ymd.month != url_->month))
        c.score -= kOtherMonthThanUrl;
    }
  }
  // The date the page was rendered: at the very top, and far later than a
  // date with a cue further down.
  for (Candidate& top : candidates_) {
    // The first lines: a render date sits above or beside the menu ("A+ | A- |
    // Domingo, 10 Novembro 2024"), before the title.
    // Below the first two lines only a date with its weekday, as a page shows
    // today's, is taken for one: a story's date line there stays.
    if (!top.text || top.line > kRenderZoneLines || top.published_cue) continue;
    if (top.line > 1 && !top.named_weekday) continue;
    const bool older_cued =
        std::any_of(candidates_.begin(), candidates_.end(), [&](const Candidate& o) {
          return &o != &top && o.date + 30 < top.date && o.score >= kScoreLabelUpdated;
        });
    if (older_cued) {
      top.score -= kRenderDate;
      notes_.push_back(top.how + " " + quoted(top.evidence) +
                       " looks like the date the page was rendered");
    }
  }
}

DaterVerdict Collector::decide() {
  settle_ambiguous();
  apply_checks();
  DaterVerdict verdict;
  if (candidates_.empty()) {
    verdict.warnings = std::move(notes_);
    return verdict;
  }
  // A date's support: its best candidate, a little more for each other cue agreeing.
  std::map<Day, int> support;
  std::map<Day, const Candidate*> best;
  for (const Candidate& c : candidates_) {
    const Candidate*& b = best[c.date];
    if (!b || c.score > b->score) b = &c;
  }
  for (const auto& [day, b] : best) {
    int agreeing = 0;
    for (const Candidate& c : candidates_)
      if (c.date == day && &c != b) ++agreeing;
    support[day] = b->score + 3 * std::min(agreeing, 3);
  }
  const auto win =
      std::max_element(support.begin(), support.end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; });
  const Candidate* chosen = best[win->first];
  // A past clause of the lead ("resigned on Tuesday") tells of the story's
  // day or a few before, never after it: a winner from the page's text that
  // it contradicts gives way to a near rival from the text it fits, or keeps
  // a warning. The address, metadata or a record's date only get the warning.
  if (const LeadWeekday lead = lead_weekday(in_.lines); lead.weekday != 0 && !lead.future) {
    // Only a date the text gives yields, to another the text gives: the
    // address's digits and the metadata outweigh a weekday's hint.
    const bool may_yield = chosen->text;
    // One day ahead is a page clock behind the place's: the document moves
    // such a date to the lead's day (document.cpp), so it fits here.
    const auto fits = [&](Day d) {
      for (int back = -1; back <= kLeadDaysBack; ++back)
        if (weekday(d - back) == lead.weekday) return true;
      return false;
    };
    if (!fits(chosen->date)) {
      const Candidate* rival = nullptr;
      for (const auto& [day, b] : best)
        if (may_yield && b->text && fits(day) && support[day] + kLeadPreferMargin >= win->second &&
            (!rival || support[day] > support[rival->date]))
          rival = b;
      notes_.push_back(
          "the lead's " + std::string(weekday_name(lead.weekday)) + " is neither the day of " +
          format_day(chosen->date) + " nor one of the three before nor the one after" +
          (rival ? ": the " + rival->how + " (" + format_day(rival->date) + ") fits it and wins"
                 : ""));
      if (rival) chosen = rival;
    }
  }
  const Candidate& w = *chosen;
  verdict.date = w.date;
  verdict.kind = w.kind;
  verdict.evidence =
      w.how + " " +
      (w.kind == DateKind::kUrl || w.kind == DateKind::kMeta ? w.evidence : quoted(w.evidence));
  for (const auto& [day, b] : best) {
    if (day == w.date || b->score < kScoreLeadStart - 10) continue;
    verdict.warnings.push_back(
        "the " + b->how + " " + (b->text ? quoted(b->evidence) : b->evidence) + " dates it " +
        format_day(day) + "; the " + w.how + " (" + format_day(w.date) +
        ") wins: a record's date, then metadata, a labelled publication line, a dateline, the "
        "address, and last a date alone or by a byline");
  }
  for (std::string& n : notes_) verdict.warnings.push_back(std::move(n));
  return verdict;
}

}  // namespace

DaterVerdict date_page(const DaterInput& input) {
  Collector collector(input);
  std::size_t bytes = 0, seen = 0;
  for (std::string_view line : input.lines) {
    // Bytes before this line decide its zone; a line is read only so far
    // (scan_line), so one huge line costs no more than a short one.
    const std::size_t before = bytes;
    bytes += line.size() + 1;
    if (before > kLabelZoneBytes) break;
    if (trim(line).empty()) continue;
    const bool head = before < kHeadZoneBytes && seen < kHeadZoneLines;
    // Past the head, only short labelled lines: "First Published: Oct 30 2015".
    if (!head && line.size() > 200) {
      ++seen;
      continue;
    }
    collector.scan_line(line, seen, !head);
    ++seen;
  }
  collector.add_structured();
  return collector.decide();
}

}  // namespace annals::text
