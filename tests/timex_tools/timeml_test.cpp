// TimeML reading and writing: what the tagger is fed and what the scorer reads.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "../support/run_command.h"
#include "../support/shared_data.h"
#include "annals/timeml.h"

namespace fs = std::filesystem;
using annals::parse_timeml;
using annals::Timex;
using annals::TimexType;

namespace {

// A small TimeML file in the TE3 layout, written for these tests.
const std::string kSample =
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>test_1</DOCID>\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-04-28\" "
    "functionInDocument=\"CREATION_TIME\">April 28, 2025</TIMEX3></DCT>\n"
    "<TEXT>\nThe council <EVENT eid=\"e1\" class=\"OCCURRENCE\">voted</EVENT> "
    "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-04-26\">on Saturday</TIMEX3> to close "
    "the Smith &amp; Sons plant for <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P6M\" "
    "mod=\"APPROX\">about six months</TIMEX3>.\r\n</TEXT>\n"
    "<TLINK lid=\"l1\" eventInstanceID=\"ei1\" relatedToTime=\"t1\" relType=\"IS_INCLUDED\"/>\n"
    "</TimeML>\n";

const std::string kStripped =
    "\nThe council voted on Saturday to close the Smith &amp; Sons plant for about six "
    "months.\r\n";

Timex make_timex(std::size_t begin, std::size_t end, std::string value,
                 TimexType type = TimexType::kDate) {
  Timex t;
  t.begin = begin;
  t.end = end;
  t.type = type;
  t.value = std::move(value);
  return t;
}

std::size_t offset_of(const std::string& text, const std::string& what) {
  const auto at = text.find(what);
  REQUIRE(at != std::string::npos);
  return at;
}

}  // namespace

TEST_CASE("timeml: reads DCT, stripped TEXT and gold TIMEX3s of a written sample") {
  auto doc = parse_timeml(kSample, "sample.tml");
  REQUIRE(doc.ok());
  CHECK(doc->dct_value == "2025-04-28");
  REQUIRE(doc->dct);
  CHECK(annals::format_day(*doc->dct) == "2025-04-28");
  CHECK(doc->text == kStripped);
  REQUIRE(doc->timexes.size() == 2);
  const auto& first = doc->timexes[0];
  CHECK(first.surface == "on Saturday");
  CHECK(doc->text.substr(first.begin, first.end - first.begin) == "on Saturday");
  CHECK(first.tid == "t1");
  CHECK(first.value == "2025-04-26");
  CHECK(doc->timexes[1].type == "DURATION");
  CHECK(doc->timexes[1].mod == "APPROX");
  CHECK(doc->timexes[1].surface == "about six months");
}

TEST_CASE("timeml: reads a real TBAQ file") {
  ANNALS_REQUIRE_SHARED();
  const fs::path path = annals::testing::shared_dir() / "te3/tbaq/TimeBank/wsj_0006.tml";
  auto doc = annals::read_timeml_file(path);
  REQUIRE(doc.ok());
  CHECK(doc->dct.has_value());
  CHECK(doc->text.find('<') == std::string::npos);
  CHECK_FALSE(doc->timexes.empty());
  for (const auto& t : doc->timexes) {
    CHECK(t.plain);
    CHECK(doc->text.substr(t.begin, t.end - t.begin) == t.surface);
    CHECK_FALSE(t.value.empty());
  }
}

TEST_CASE("timeml: every TE3 file reads, and its TIMEX3 count matches SOURCE.md") {
  ANNALS_REQUIRE_SHARED();
  const std::pair<const char*, std::size_t> sets[] = {
      {"te3/tbaq/TimeBank", 1243}, {"te3/tbaq/AQUAINT", 579}, {"te3/platinum", 138}};
  for (const auto& [dir, expected] : sets) {
    std::size_t timexes = 0;
    for (const auto& entry : fs::directory_iterator(annals::testing::shared_dir() / dir)) {
      auto doc = annals::read_timeml_file(entry.path());
      INFO(entry.path().string() << ": " << doc.status().message());
      REQUIRE(doc.ok());
      CHECK(doc->dct.has_value());
      timexes += doc->timexes.size();
    }
    INFO(dir);
    CHECK(timexes == expected);
  }
}

TEST_CASE("timeml: malformed files give errors naming the file and the fault") {
  annals::testing::TempDir tmp;
  const std::string dct =
      "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-04-28\">today</TIMEX3></DCT>";
  const std::pair<std::string, std::string> cases[] = {
      {"<TimeML><TEXT>Rain on Monday.</TEXT></TimeML>", "no <DCT>"},
      {"<TimeML>" + dct + "</TimeML>", "no <TEXT>"},
      {"<TimeML>" + dct + "<TEXT>Rain <EVENT eid=\"e1\">fell</TEXT></TimeML>", "closes <EVENT>"},
      {"<TimeML>" + dct + "<TEXT>Rain fell.</TEXT>", "<TimeML> is never closed"},
      {"<TimeML>" + dct + "<TEXT>Salt & pepper</TEXT></TimeML>", "'&'"},
      {"<TimeML>" + dct + "<TEXT><TIMEX3 tid=t1>May</TIMEX3></TEXT></TimeML>", "not quoted"},
      {"<TimeML><DCT></DCT><TEXT>x</TEXT></TimeML>", "holds no TIMEX3"},
      {"<TimeML>" + dct + "<TEXT>a</TEXT><TEXT>b</TEXT></TimeML>", "more than one <TEXT>"},
  };
  int n = 0;
  for (const auto& [content, fault] : cases) {
    const fs::path path = tmp.path() / ("bad" + std::to_string(n++) + ".tml");
    std::ofstream(path, std::ios::binary) << content;
    auto doc = annals::read_timeml_file(path);
    INFO(content);
    REQUIRE_FALSE(doc.ok());
    CHECK_THAT(doc.status().message(), Catch::Contains(path.string()));
    CHECK_THAT(doc.status().message(), Catch::Contains(fault));
  }
  auto missing = annals::read_timeml_file(tmp.path() / "absent.tml");
  REQUIRE_FALSE(missing.ok());
  CHECK_THAT(missing.status().message(), Catch::Contains("absent.tml"));
}

TEST_CASE("timeml: writing keeps the file outside TEXT and the stripped TEXT byte for byte") {
  auto doc = parse_timeml(kSample, "sample.tml");
  REQUIRE(doc.ok());
  const std::string& text = doc->text;
  const std::size_t monday = offset_of(text, "on Saturday") + 3;
  std::vector<Timex> system = {
      make_timex(monday, monday + 8, "2025-04-26"),
      make_timex(offset_of(text, "six months"), offset_of(text, "six months") + 10, "P6M",
                 TimexType::kDuration)};
  system[1].mod = "APPROX";
  const std::string written = annals::write_timeml(*doc, system);

  auto reread = parse_timeml(written, "written.tml");
  REQUIRE(reread.ok());
  CHECK(reread->text == doc->text);
  CHECK(reread->dct_value == doc->dct_value);
  CHECK(written.substr(0, doc->text_begin) == kSample.substr(0, doc->text_begin));
  CHECK(written.substr(written.size() - (kSample.size() - doc->text_end)) ==
        kSample.substr(doc->text_end));
  CHECK(written.find("<EVENT") == std::string::npos);
  REQUIRE(reread->timexes.size() == 2);
  CHECK(reread->timexes[0].surface == "Saturday");
  CHECK(reread->timexes[0].tid == "t1");
  CHECK(reread->timexes[1].surface == "six months");
  CHECK(reread->timexes[1].mod == "APPROX");
  CHECK(reread->timexes[1].type == "DURATION");
}

TEST_CASE("timeml: round trip on real files: strip(write(x)) == strip(x)") {
  ANNALS_REQUIRE_SHARED();
  for (const auto& entry : fs::directory_iterator(annals::testing::shared_dir() / "te3/platinum")) {
    auto doc = annals::read_timeml_file(entry.path());
    REQUIRE(doc.ok());
    std::vector<Timex> system;  // the gold spans, shifted by one byte to differ from them
    for (const auto& g : doc->timexes) system.push_back(make_timex(g.begin + 1, g.end, g.value));
    auto reread = parse_timeml(annals::write_timeml(*doc, system), "written");
    INFO(entry.path().string());
    REQUIRE(reread.ok());
    CHECK(reread->text == doc->text);
    CHECK(reread->source.substr(0, doc->text_begin) == doc->source.substr(0, doc->text_begin));
  }
}

TEST_CASE("timeml: overlapping or entity-splitting system spans never break the XML") {
  auto doc = parse_timeml(kSample, "sample.tml");
  REQUIRE(doc.ok());
  const std::string& text = doc->text;
  const std::size_t sat = offset_of(text, "Saturday");
  const std::size_t amp = offset_of(text, "&amp;");
  const std::vector<Timex> system = {
      make_timex(sat, sat + 8, "2025-04-26"),
      make_timex(sat + 3, sat + 20, "XXXX"),                 // overlaps the first: dropped
      make_timex(amp + 2, amp + 10, "XXXX"),                 // starts inside &amp;: dropped
      make_timex(text.size() - 2, text.size() + 5, "XXXX"),  // past the end: dropped
  };
  auto reread = parse_timeml(annals::write_timeml(*doc, system), "written");
  REQUIRE(reread.ok());
  CHECK(reread->text == doc->text);
  REQUIRE(reread->timexes.size() == 1);
  CHECK(reread->timexes[0].surface == "Saturday");
}

TEST_CASE("timeml: plain text becomes escaped TimeML that reads back to the same text") {
  const std::string text = "Profits rose 5% <again> at A&B on Monday.";
  const std::size_t monday = offset_of(text, "on Monday");
  const std::vector<Timex> system = {make_timex(monday, monday + 9, "2025-04-28")};
  const std::string written =
      annals::write_plain_text_as_timeml(text, "note", annals::parse_day("2025-04-28"), system);
  auto reread = parse_timeml(written, "note.tml");
  REQUIRE(reread.ok());
  CHECK(reread->text == annals::xml_escape(text));
  CHECK(reread->dct_value == "2025-04-28");
  REQUIRE(reread->timexes.size() == 1);
  CHECK(reread->timexes[0].surface == "on Monday");
}
