// Compact JSON written straight into one string. The write path encodes a
// record every time a document changes it; building a boost::json::value
// tree first (one allocation a member) cost more than the RocksDB write
// itself. Records are still read back with Boost.JSON.
#pragma once

#include <charconv>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace annals::kb::codec {

class JsonWriter {
 public:
  JsonWriter() { out_.reserve(256); }

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }

  // A member name; the next call writes its value.
  JsonWriter& key(std::string_view name) {
    string(name);
    out_.push_back(':');
    comma_ = false;
    return *this;
  }

  JsonWriter& value(std::string_view s) {
    string(s);
    return *this;
  }
  JsonWriter& value(std::integral auto n) {
    separate();
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
    out_.append(buf, end);
    comma_ = true;
    return *this;
  }
  JsonWriter& value(double d) {
    separate();
    if (std::isnan(d)) {
      out_ += "null";  // as Boost.JSON writes it: JSON has no NaN
    } else if (std::isinf(d)) {
      out_ += d > 0 ? "1e99999" : "-1e99999";  // read back as infinity
    } else {
      char buf[32];
      auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);  // shortest round trip
      out_.append(buf, end);
    }
    comma_ = true;
    return *this;
  }

  // `name: value`, written only when the string is not empty.
  JsonWriter& member_if(std::string_view name, std::string_view s) {
    if (!s.empty()) key(name).value(s);
    return *this;
  }

  std::string take() { return std::move(out_); }

 private:
  void separate() {
    if (comma_) out_.push_back(',');
  }
  JsonWriter& open(char c) {
    separate();
    out_.push_back(c);
    comma_ = false;
    return *this;
  }
  JsonWriter& close(char c) {
    out_.push_back(c);
    comma_ = true;
    return *this;
  }
  // No byte of the eight at `p` needs escaping (none below 0x20, no quote,
  // no backslash). The tests are exact: "has a byte below n" and "has a zero
  // byte" on a 64-bit word.
  static bool plain_byte(unsigned char c) { return c >= 0x20 && c != '"' && c != '\\'; }
  static bool plain_word(const char* p) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
    std::uint64_t x;
    std::memcpy(&x, p, sizeof x);
    const auto has_zero = [&](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
    const std::uint64_t control = (x - kOnes * 0x20) & ~x & kHighs;
    return (control | has_zero(x ^ (kOnes * '"')) | has_zero(x ^ (kOnes * '\\'))) == 0;
  }
  // Escapes as Boost.JSON's serializer does: quote, backslash and control
  // characters; other bytes (UTF-8 included) pass through.
  void string(std::string_view s) {
    // Most strings (names, sentences) need no escape: the separator, the
    // quotes and the bytes go in with one resize.
    std::size_t plain = 0;
    while (plain + 8 <= s.size() && plain_word(s.data() + plain)) plain += 8;
    while (plain < s.size() && plain_byte(static_cast<unsigned char>(s[plain]))) ++plain;
    if (plain == s.size()) {
      const std::size_t at = out_.size();
      out_.resize(at + (comma_ ? 1 : 0) + s.size() + 2);
      char* p = out_.data() + at;
      if (comma_) *p++ = ',';
      *p++ = '"';
      if (!s.empty()) std::memcpy(p, s.data(), s.size());
      p[s.size()] = '"';
      comma_ = true;
      return;
    }
    separate();
    out_.push_back('"');
    std::size_t run = 0;  // start of the bytes not yet copied
    for (std::size_t i = 0; i < s.size(); ++i) {
      // Sentences and names are long runs of plain bytes: eight at a time.
      while (i + 8 <= s.size() && plain_word(s.data() + i)) i += 8;
      if (i >= s.size()) break;
      const unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(s.data() + run, i - run);
      run = i + 1;
      out_.push_back('\\');
      switch (c) {
        case '"':
          out_.push_back('"');
          break;
        case '\\':
          out_.push_back('\\');
          break;
        case '\b':
          out_.push_back('b');
          break;
        case '\f':
          out_.push_back('f');
          break;
        case '\n':
          out_.push_back('n');
          break;
        case '\r':
          out_.push_back('r');
          break;
        case '\t':
          out_.push_back('t');
          break;
        default: {
          static constexpr char kHex[] = "0123456789abcdef";
          out_ += "u00";
          out_.push_back(kHex[c >> 4]);
          out_.push_back(kHex[c & 0xf]);
        }
      }
    }
    out_.append(s.data() + run, s.size() - run);
    out_.push_back('"');
    comma_ = true;
  }

  std::string out_;
  bool comma_ = false;  // a value precedes at this level: the next one needs ','
};

}  // namespace annals::kb::codec
