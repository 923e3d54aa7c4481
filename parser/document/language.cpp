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

}  // namespace

StoryLanguage detect_language(std::string_view story) {
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
