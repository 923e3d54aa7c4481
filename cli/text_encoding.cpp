#include "text_encoding.h"

#include <cstdint>

namespace annals::cli {
namespace {

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

Result<std::string> decode_utf16(const std::string& bytes, bool little_endian) {
  auto unit = [&](std::size_t i) -> std::uint32_t {
    const auto lo = static_cast<unsigned char>(bytes[little_endian ? i : i + 1]);
    const auto hi = static_cast<unsigned char>(bytes[little_endian ? i + 1 : i]);
    return (static_cast<std::uint32_t>(hi) << 8) | lo;
  };
  const char* name = little_endian ? "UTF-16 LE" : "UTF-16 BE";
  if (bytes.size() % 2 != 0)
    return Status::InvalidInput(std::string(name) + " text with an odd number of bytes");
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = 2; i < bytes.size(); i += 2) {
    std::uint32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      const std::uint32_t low = i + 2 < bytes.size() ? unit(i + 2) : 0;
      if (low < 0xDC00 || low > 0xDFFF)
        return Status::InvalidInput(
            std::string(name) + " text with a broken surrogate pair at byte " + std::to_string(i));
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      i += 2;
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      return Status::InvalidInput(
          std::string(name) + " text with a broken surrogate pair at byte " + std::to_string(i));
    }
    append_utf8(out, cp);
  }
  return out;
}

bool starts_with(const std::string& s, std::string_view prefix) {
  return s.size() >= prefix.size() && std::string_view(s).substr(0, prefix.size()) == prefix;
}

}  // namespace

Result<std::string> to_utf8(std::string bytes) {
  if (starts_with(bytes, "\xFF\xFE")) return decode_utf16(bytes, true);
  if (starts_with(bytes, "\xFE\xFF")) return decode_utf16(bytes, false);
  if (starts_with(bytes, "\xEF\xBB\xBF")) bytes.erase(0, 3);
  return bytes;
}

}  // namespace annals::cli
