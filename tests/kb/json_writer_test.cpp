#include <catch2/catch.hpp>

#include <boost/json.hpp>

#include <limits>

#include "json_writer.h"
#include "store_codec.h"

using namespace annals;
using namespace annals::kb;

TEST_CASE("the record writer escapes text exactly as Boost.JSON does", "[kb][codec]") {
  std::string every_byte;
  for (int c = 1; c < 256; ++c) every_byte.push_back(static_cast<char>(c));
  for (const std::string& s :
       {std::string(), std::string("plain"), std::string("say \"no\" \\ then\n\ttab"),
        std::string("Zürich — 東京"), every_byte}) {
    codec::JsonWriter w;
    w.begin_object().key(s).value(s).key("n").value(-42).end_object();
    boost::json::object o;
    o[s] = s;
    o["n"] = -42;
    CHECK(w.take() == boost::json::serialize(o));
  }
}

TEST_CASE("the record writer nests arrays and objects with their commas", "[kb][codec]") {
  codec::JsonWriter w;
  w.begin_object().key("a").begin_array().value(1).begin_array().end_array().value("x");
  w.end_array().key("o").begin_object().end_object().member_if("skip", "").end_object();
  CHECK(w.take() == R"({"a":[1,[],"x"],"o":{}})");
}

TEST_CASE("figures in a mention come back as they went in", "[kb][codec]") {
  kb::StoredMention m;
  m.doc = "a\"b.txt";
  m.index = 7;
  m.published = 19000;
  m.type = "sell";
  m.agents = {"Lehman Brothers"};
  m.quantities = {{"shares", 0.1, 1e21, "a tenth"},
                  {"dead", 11, std::numeric_limits<double>::infinity(), "11 or more"}};
  auto back = codec::decode_mention(codec::encode_mention(m));
  REQUIRE(back.ok());
  REQUIRE(back->quantities.size() == 2);
  CHECK(back->quantities[0].low == 0.1);
  CHECK(back->quantities[0].high == 1e21);
  CHECK(back->quantities[1].low == 11);
  CHECK(back->quantities[1].high == std::numeric_limits<double>::infinity());
  CHECK(back->doc == m.doc);
  CHECK(back->agents == m.agents);
  CHECK(back->published == m.published);
}
