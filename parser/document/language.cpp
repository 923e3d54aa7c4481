#include "language.h"

#include <cld2/public/compact_lang_det.h>

namespace annals::text {
namespace {

constexpr std::size_t kSampleBytes = 16 * 1024;
// A story is taken for English unless English is under this share of its
// text: quotes, names and a stray menu line in another language stay English.
constexpr int kEnglishShare = 20;

// The sample ends on a character boundary: CLD2 wants whole UTF-8 sequences.
std::string_view sample_of(std::string_view story) {
  if (story.size() <= kSampleBytes) return story;
  std::size_t end = kSampleBytes;
  while (end > 0 && (static_cast<unsigned char>(story[end]) & 0xC0) == 0x80) --end;
  return story.substr(0, end);
}

// English prose is a quarter its commonest function words; other languages
// share few of them. A story that plainly reads as English is not handed to
// CLD2, whose cost per byte is that of the rest of the parse.
bool plainly_english(std::string_view story) {
  constexpr std::size_t kLookBytes = 2048;
  constexpr std::size_t kMinWords = 30;
  constexpr std::size_t kMinSharePercent = 15;
  static constexpr std::string_view kWords[] = {"the",  "and",  "of",   "to",  "in",   "was", "for",
                                                "that", "with", "said", "by",  "from", "his", "has",
                                                "have", "were", "is",   "are", "it",   "be"};
  std::size_t words = 0, hits = 0;
  char word[8];
  std::size_t length = 0;
  auto end_word = [&]() {
    if (length == 0) return;
    ++words;
    if (length <= 4) {
      const std::string_view w(word, length);
      for (std::string_view k : kWords)
        if (w == k) {
          ++hits;
          break;
        }
    }
    length = 0;
  };
  for (std::size_t i = 0; i < story.size() && i < kLookBytes; ++i) {
    const char c = story[i];
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter) {
      if (length < sizeof word) word[length] = static_cast<char>(c | 0x20);
      ++length;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      length = sizeof word + 1;  // a word with letters beyond ASCII: never a hit
    } else {
      end_word();
    }
  }
  end_word();
  return words >= kMinWords && hits * 100 >= kMinSharePercent * words;
}

}  // namespace

StoryLanguage detect_language(std::string_view story) {
  if (plainly_english(story)) {
    StoryLanguage english;
    english.code = "en";
    english.name = "ENGLISH";
    english.reliable = true;
    return english;
  }
  const std::string_view sample = sample_of(story);
  CLD2::Language top3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  const CLD2::Language top =
      CLD2::DetectLanguageSummary(sample.data(), static_cast<int>(sample.size()),
                                  /*is_plain_text=*/true, top3, percent3, &text_bytes, &reliable);
  StoryLanguage out;
  out.code = CLD2::LanguageCode(top);
  out.name = CLD2::LanguageName(top);
  out.percent = percent3[0];
  out.reliable = reliable;
  int english_share = 0;
  for (int i = 0; i < 3; ++i)
    if (top3[i] == CLD2::ENGLISH) english_share += percent3[i];
  out.english = !(reliable && top != CLD2::ENGLISH && top != CLD2::UNKNOWN_LANGUAGE &&
                  english_share < kEnglishShare);
  return out;
}

}  // namespace annals::text
